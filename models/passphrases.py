"""Where the database passphrase comes from, other than a person typing it.

`QAMQOR_PASSPHRASE` serves scripts and CI. An office may instead choose to keep
the passphrase in the operating system's keyring (Windows Credential Manager,
macOS Keychain, the Secret Service on Linux) so that Qamqor opens without asking;
the `keyring` package is optional here, and a missing or failing keyring is the
same as an empty one. Nothing in this module logs or raises a passphrase.
"""
from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from typing import Any

ENVIRONMENT_VARIABLE = "QAMQOR_PASSPHRASE"
KEYRING_SERVICE = "Qamqor database"
MINIMUM_LENGTH = 10


def passphrase_for(path: Path | str) -> str | None:
    """The passphrase for the database at `path` from `QAMQOR_PASSPHRASE` or the keyring; None: ask the person."""
    if env := os.environ.get(ENVIRONMENT_VARIABLE):
        return env
    backend = _keyring()
    if backend is None:
        return None
    try:
        return backend.get_password(KEYRING_SERVICE, _account(path))
    except Exception:  # any backend may fail in its own way (locked, no D-Bus, …): then there is none stored
        return None


def keyring_available() -> bool:
    """Whether a working keyring backend is there to remember a passphrase in."""
    backend = _keyring()
    if backend is None:
        return False
    try:
        return float(backend.priority) > 0  # the "fail" and "null" backends have priority 0 and -1
    except Exception:  # a backend reports itself unusable by raising from `priority`
        return False


def remember(path: Path | str, passphrase: str) -> bool:
    """Keep the passphrase of `path` in the keyring; False if the keyring would not take it."""
    backend = _keyring()
    if backend is None:
        return False
    try:
        backend.set_password(KEYRING_SERVICE, _account(path), passphrase)
    except Exception:  # see passphrase_for
        return False
    return True


def forget(path: Path | str) -> None:
    """Remove a remembered passphrase of `path` from the keyring, if there is one."""
    backend = _keyring()
    if backend is None:
        return
    try:
        backend.delete_password(KEYRING_SERVICE, _account(path))
    except Exception:  # nothing stored, or no keyring: either way nothing is remembered
        pass


def new_passphrase_problem(passphrase: str, repeated: str | None = None) -> str | None:
    """Why a new passphrase is refused, in words (English; the desktop translates its own), or None."""
    if repeated is not None and passphrase != repeated:
        return "The two passphrases are not the same."
    if not passphrase.strip():
        return "The passphrase is empty."
    if len(unicodedata.normalize("NFC", passphrase)) < MINIMUM_LENGTH:
        return f"The passphrase is too short: use at least {MINIMUM_LENGTH} characters (a few words are best)."
    if "\x00" in passphrase:
        return "A passphrase cannot contain a NUL character."
    return None


def for_new_database(path: Path | str) -> str | None:
    """The passphrase a new database at `path` is created with without asking (QAMQOR_PASSPHRASE, or
    the keyring), or None; ValueError, in words, when it breaks the rule a typed one must follow."""
    found = passphrase_for(path)
    if found is not None and (problem := new_passphrase_problem(found)) is not None:
        source = ENVIRONMENT_VARIABLE if os.environ.get(ENVIRONMENT_VARIABLE) else "The stored passphrase"
        raise ValueError(f"{source} cannot protect a new database. {problem}")
    return found


def _account(path: Path | str) -> str:
    return str(Path(path).resolve())


def _keyring() -> Any:
    """The active keyring backend, or None when the package is not installed or cannot start."""
    try:
        import keyring
    except ImportError:
        return None
    try:
        return keyring.get_keyring()
    except Exception:  # a broken keyring configuration must not stop Qamqor
        return None
