/* TEST PREFIX ONLY, never in the installer: Windows 10/11 has bcryptprimitives.dll, Wine 8 lacks
 * ProcessPrng in it, which Rust-built wheels (pydantic_core, python-calamine, cryptography) import.
 * This stand-in answers from advapi32's RtlGenRandom (SystemFunction036), Windows' own generator. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG part = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, part)) return FALSE;
        data += part;
        length -= part;
    }
    return TRUE;
}
