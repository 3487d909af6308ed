"""Trafficking screening, consent, referrals and their letters: the case view's tab, its dialogs,
the letter preview, printing many letters at once, and the service directory."""
