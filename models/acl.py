"""Windows: who may open Qamqor's data folder, which file modes say on Linux.

On Windows a file's mode (0600) means nothing: what lets another account read a file is the access
control list (ACL) of the file, which it inherits from its folder. The data folder
(%LOCALAPPDATA%\\Qamqor: the database, its timestamped backups, the log, the audit trail's key) is made
private when Qamqor opens a database in it: full control for the user, SYSTEM and the Administrators
group (who can take any file on Windows anyway), inherited by everything in it; nothing inherited from
above, so a profile whose folders were opened to "Users" or "Everyone" does not open the cases too.

Files the user writes elsewhere (a backup, a letter, an export) get the ACL of the folder chosen, which
in the user's profile (Documents, Desktop) is the user's alone; on a USB stick formatted FAT32 or exFAT
there is no ACL at all, and only an encrypted database (SQLCipher) protects the data there.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

# SDDL: D = the DACL, P = protected (inherits nothing); each (A;OICI;FA;;;WHO) gives WHO full access,
# inherited by files (OI) and folders (CI). SY = LocalSystem, BA = the Administrators group.
PRIVATE_SDDL = "D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;FA;;;{user})"


def make_private(folder: Path) -> bool:
    """Give `folder` the private ACL (Windows only; elsewhere the modes do it). False if Windows refused
    (a FAT drive, a folder of another user): the database still opens, and the log says why."""
    if sys.platform != "win32":
        return True
    try:
        _set_dacl(str(folder), PRIVATE_SDDL.format(user=_user_sid()))
    except OSError as error:
        log.warning("could not make %s private to this user: %s", folder, error)
        return False
    return True


def describe(folder: Path | str) -> str:
    """The folder's ACL in words: whether it is protected, and who has which access (for the smoke test
    and for an administrator's check)."""
    if sys.platform != "win32":
        return "no ACL (POSIX modes)"
    sddl = _get_sddl(str(folder))
    dacl = sddl[sddl.index("D:"):] if "D:" in sddl else ""
    flags = dacl[2:dacl.index("(")] if "(" in dacl else dacl[2:]
    entries = [entry.split(";") for entry in dacl[dacl.find("("):].strip("()").split(")(") if entry]
    who = [f"{_account_name(entry[5])}: {'full control' if entry[2] in ('FA', '0x1f01ff') else entry[2]}"
           f"{' (inherited)' if 'ID' in entry[1] else ''}" for entry in entries if len(entry) >= 6 and entry[0] == "A"]
    return ("protected" if "P" in flags else "inherits from its parent") + "\n" + "\n".join(who)


# --- advapi32 through ctypes (no pywin32 in the installer) --------------------------------------------------

def _api() -> tuple[Any, Any]:
    """advapi32 and kernel32 with the argument types of the functions used here (64-bit handles)."""
    import ctypes
    from ctypes import POINTER, c_int, c_void_p
    from ctypes.wintypes import BOOL, DWORD, HANDLE, LPCWSTR, LPWSTR

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    for library, name, restype, argtypes in (
        (kernel32, "GetCurrentProcess", HANDLE, []),
        (kernel32, "CloseHandle", BOOL, [HANDLE]),
        (kernel32, "LocalFree", c_void_p, [c_void_p]),
        (advapi32, "OpenProcessToken", BOOL, [HANDLE, DWORD, POINTER(HANDLE)]),
        (advapi32, "GetTokenInformation", BOOL, [HANDLE, c_int, c_void_p, DWORD, POINTER(DWORD)]),
        (advapi32, "ConvertSidToStringSidW", BOOL, [c_void_p, POINTER(LPWSTR)]),
        (advapi32, "ConvertStringSidToSidW", BOOL, [LPCWSTR, POINTER(c_void_p)]),
        (advapi32, "LookupAccountSidW", BOOL, [LPCWSTR, c_void_p, LPWSTR, POINTER(DWORD), LPWSTR, POINTER(DWORD),
                                               POINTER(DWORD)]),
        (advapi32, "ConvertStringSecurityDescriptorToSecurityDescriptorW", BOOL,
         [LPCWSTR, DWORD, POINTER(c_void_p), c_void_p]),
        (advapi32, "ConvertSecurityDescriptorToStringSecurityDescriptorW", BOOL,
         [c_void_p, DWORD, DWORD, POINTER(LPWSTR), c_void_p]),
        (advapi32, "GetSecurityDescriptorDacl", BOOL, [c_void_p, POINTER(BOOL), POINTER(c_void_p), POINTER(BOOL)]),
        (advapi32, "SetNamedSecurityInfoW", DWORD, [LPWSTR, c_int, DWORD, c_void_p, c_void_p, c_void_p, c_void_p]),
        (advapi32, "GetNamedSecurityInfoW", DWORD,
         [LPCWSTR, c_int, DWORD, c_void_p, c_void_p, c_void_p, c_void_p, POINTER(c_void_p)]),
    ):
        function = getattr(library, name)
        function.restype, function.argtypes = restype, argtypes
    return advapi32, kernel32


SE_FILE_OBJECT, TOKEN_QUERY, TOKEN_USER, SDDL_REVISION = 1, 0x0008, 1, 1
DACL_SECURITY_INFORMATION, PROTECTED_DACL_SECURITY_INFORMATION = 0x00000004, 0x80000000


def _check(ok: object, what: str) -> None:
    import ctypes

    if not ok:
        raise OSError(ctypes.get_last_error(), f"{what} failed")  # type: ignore[attr-defined]


def _user_sid() -> str:
    """The SID of the account this process runs as (S-1-5-21-...)."""
    import ctypes
    from ctypes import wintypes

    advapi32, kernel32 = _api()
    token = wintypes.HANDLE()
    _check(advapi32.OpenProcessToken(kernel32.GetCurrentProcess(), TOKEN_QUERY, ctypes.byref(token)),
           "OpenProcessToken")
    try:
        size = wintypes.DWORD()
        advapi32.GetTokenInformation(token, TOKEN_USER, None, 0, ctypes.byref(size))  # asks the size
        buffer = ctypes.create_string_buffer(size.value)
        _check(advapi32.GetTokenInformation(token, TOKEN_USER, buffer, size, ctypes.byref(size)),
               "GetTokenInformation")
        sid = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_void_p))[0]  # TOKEN_USER.User.Sid
        text = wintypes.LPWSTR()
        _check(advapi32.ConvertSidToStringSidW(sid, ctypes.byref(text)), "ConvertSidToStringSidW")
        try:
            return str(text.value)
        finally:
            kernel32.LocalFree(ctypes.cast(text, ctypes.c_void_p))
    finally:
        kernel32.CloseHandle(token)


def _set_dacl(path: str, sddl: str) -> None:
    import ctypes
    from ctypes import wintypes

    advapi32, kernel32 = _api()
    descriptor = ctypes.c_void_p()
    _check(advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl, SDDL_REVISION,
                                                                        ctypes.byref(descriptor), None),
           "ConvertStringSecurityDescriptorToSecurityDescriptorW")
    try:
        present, defaulted, dacl = wintypes.BOOL(), wintypes.BOOL(), ctypes.c_void_p()
        _check(advapi32.GetSecurityDescriptorDacl(descriptor, ctypes.byref(present), ctypes.byref(dacl),
                                                  ctypes.byref(defaulted)), "GetSecurityDescriptorDacl")
        error = advapi32.SetNamedSecurityInfoW(path, SE_FILE_OBJECT, DACL_SECURITY_INFORMATION |
                                               PROTECTED_DACL_SECURITY_INFORMATION, None, None, dacl, None)
        if error:
            raise OSError(error, f"SetNamedSecurityInfoW on {path} failed")
    finally:
        kernel32.LocalFree(descriptor)


def _get_sddl(path: str) -> str:
    import ctypes
    from ctypes import wintypes

    advapi32, kernel32 = _api()
    descriptor = ctypes.c_void_p()
    error = advapi32.GetNamedSecurityInfoW(path, SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, None, None, None, None,
                                           ctypes.byref(descriptor))
    if error:
        raise OSError(error, f"GetNamedSecurityInfoW on {path} failed")
    text = wintypes.LPWSTR()
    try:
        _check(advapi32.ConvertSecurityDescriptorToStringSecurityDescriptorW(
            descriptor, SDDL_REVISION, DACL_SECURITY_INFORMATION, ctypes.byref(text), None),
            "ConvertSecurityDescriptorToStringSecurityDescriptorW")
        value = str(text.value)
        kernel32.LocalFree(ctypes.cast(text, ctypes.c_void_p))
        return value
    finally:
        kernel32.LocalFree(descriptor)


def _account_name(sid: str) -> str:
    """An account's name for a SID or an SDDL abbreviation (SY, BA, WD = Everyone, BU = Users)."""
    import ctypes
    from ctypes import wintypes

    known = {"SY": "SYSTEM", "BA": "Administrators", "WD": "Everyone", "BU": "Users", "AU": "Authenticated Users",
             "CO": "CREATOR OWNER", "OW": "OWNER RIGHTS"}
    if sid in known:
        return known[sid]
    advapi32, kernel32 = _api()
    binary = ctypes.c_void_p()
    if not advapi32.ConvertStringSidToSidW(sid, ctypes.byref(binary)):
        return sid
    try:
        name, domain = ctypes.create_unicode_buffer(256), ctypes.create_unicode_buffer(256)
        size_name, size_domain, use = wintypes.DWORD(256), wintypes.DWORD(256), wintypes.DWORD()
        if not advapi32.LookupAccountSidW(None, binary, name, ctypes.byref(size_name), domain,
                                          ctypes.byref(size_domain), ctypes.byref(use)):
            return sid
        return f"{domain.value}\\{name.value}" if domain.value else name.value
    finally:
        kernel32.LocalFree(binary)
