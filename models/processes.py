"""Asking whether a process still runs, on Linux and on Windows."""
from __future__ import annotations

import os
import sys


def process_exists(pid: int) -> bool:
    """Whether a process with this id runs on this computer (a process of another user counts)."""
    if sys.platform == "win32":  # os.kill on Windows would end the process, not ask about it
        import ctypes

        kernel = ctypes.windll.kernel32
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel.GetLastError() == 5  # access denied: it exists
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
