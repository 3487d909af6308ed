/* qamqor.exe and qamqorw.exe: start the Python that ships beside them on Qamqor's launcher, passing the
 * command line on unchanged.
 *
 * Built twice by build.py with MinGW: qamqor.exe is a console program (the commands print, and their exit
 * status is returned); qamqorw.exe, built with -DWINDOWED, is a window program (the Start-menu entry), which
 * opens no black console window: it starts pythonw.exe and returns at once.
 *
 * Python runs isolated (-I: no PYTHON* variables, no user site-packages, not the current folder on the path,
 * so nothing of another Python on the computer is mixed in) and in UTF-8 mode (-X utf8: a pipe or a file
 * receives UTF-8, not the ANSI code page, in which Kazakh letters such as "ә" do not exist).
 * Wide-character functions throughout: the folder may have Cyrillic letters (C:\Users\Айгерим\...). */
#include <windows.h>
#include <wchar.h>

#ifdef WINDOWED
#define PYTHON L"pythonw.exe"
#else
#define PYTHON L"python.exe"
#endif

static const wchar_t *arguments_after_program(const wchar_t *line) {
    /* The command line as Windows gives it: the program's name (quoted or not), then the arguments. */
    int quoted = 0;
    for (; *line && (quoted || (*line != L' ' && *line != L'\t')); line++)
        if (*line == L'"') quoted = !quoted;
    while (*line == L' ' || *line == L'\t') line++;
    return line;
}

static int fail(const wchar_t *what) {
#ifdef WINDOWED
    MessageBoxW(NULL, what, L"Qamqor", MB_OK | MB_ICONERROR);
#else
    fwprintf(stderr, L"qamqor: %ls (error %lu)\n", what, GetLastError());
#endif
    return 1;
}

int main(void) {
    wchar_t folder[MAX_PATH];
    DWORD length = GetModuleFileNameW(NULL, folder, MAX_PATH);
    if (length == 0 || length == MAX_PATH) return fail(L"cannot find the folder Qamqor is installed in");
    wchar_t *slash = wcsrchr(folder, L'\\');
    if (slash) *slash = 0;

    const wchar_t *rest = arguments_after_program(GetCommandLineW());
    size_t size = wcslen(folder) * 2 + wcslen(rest) + 128;
    wchar_t *command = HeapAlloc(GetProcessHeap(), 0, size * sizeof(wchar_t));
    wchar_t python[MAX_PATH + 32];
    if (!command) return fail(L"out of memory");
    _snwprintf(python, MAX_PATH + 32, L"%ls\\python\\" PYTHON, folder);
    _snwprintf(command, size, L"\"%ls\" -I -X utf8 -m desktop.launcher %ls", python, rest);

    STARTUPINFOW startup = {0};
    PROCESS_INFORMATION process;
    startup.cb = sizeof(startup);
#ifndef WINDOWED
    /* The same standard handles (a console, or the pipes of whoever started us) for Python. */
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    startup.hStdOutput = GetStdHandle(STD_OUTPUT_HANDLE);
    startup.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    SetConsoleCtrlHandler(NULL, TRUE); /* Ctrl+C is Python's to handle; we only wait for its exit */
#endif
    if (!CreateProcessW(python, command, NULL, NULL, TRUE, 0, NULL, NULL, &startup, &process))
        return fail(L"cannot start the Python bundled with Qamqor (python folder missing?)");
    CloseHandle(process.hThread);
#ifdef WINDOWED
    CloseHandle(process.hProcess);
    return 0;
#else
    DWORD status = 1;
    WaitForSingleObject(process.hProcess, INFINITE);
    GetExitCodeProcess(process.hProcess, &status);
    CloseHandle(process.hProcess);
    return (int)status;
#endif
}
