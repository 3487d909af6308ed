"""Reports built from what the office recorded: the anonymous trafficking data (HTCDS), and what they share
(k-anonymity: `models.reports.anonymity`)."""
