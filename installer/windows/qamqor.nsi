; The Windows installer of Qamqor, compiled on Linux by build.py with NSIS's native makensis:
;   makensis -DVERSION=0.1.0 -DSTAGE=build/windows/Qamqor -DICON=build/windows/qamqor.ico -DOUTFILE=... qamqor.nsi
;
; For the current user by default, without administrator rights, into %LOCALAPPDATA%\Programs\Qamqor
; (an NGO laptop's user is often not an administrator). An administrator may choose "for all users"
; (Program Files\Qamqor) on the first page, or pass /AllUsers. Silent: /S (with /CurrentUser or /AllUsers).
;
; The caseworker's data is never in the program's folder: the database, its backups and the log are in
; %LOCALAPPDATA%\Qamqor (platformdirs), which neither an upgrade nor the uninstaller touches.

; A 64-bit installer, like the program it installs (Qamqor is 64-bit only): it runs on 64-bit Windows,
; and under a 64-bit-only Wine, which has no 32-bit side for the usual 32-bit NSIS stub.
Target amd64-unicode
!ifndef VERSION | STAGE | ICON | OUTFILE
  !error "build.py passes VERSION, STAGE, ICON and OUTFILE"
!endif

!define APP "Qamqor"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define APP_KEY "Software\${APP}"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${APP_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${APP_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!include MultiUser.nsh
!include MUI2.nsh

Name "${APP}"
OutFile "${OUTFILE}"
!ifndef COMPRESSOR
  !define COMPRESSOR zlib  ; build.py --small passes lzma: a smaller setup, in several times longer
!endif
SetCompressor /SOLID ${COMPRESSOR}
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "${APP}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\qamqorw.exe"

!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"

Function .onInit
  !insertmacro MULTIUSER_INIT
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "Qamqor" Program
  SectionIn RO
  ; An upgrade replaces the program whole: a module or migration removed since must not stay behind.
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\lib"
  RMDir /r "$INSTDIR\app"
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Compiled once here, where the installer may write: an all-users install's folder is read-only to
  ; the caseworker, and without the compiled files every start would compile them again. One process: a
  ; pool of them (-j) did not finish under Wine.
  DetailPrint "Compiling Python modules..."
  nsExec::ExecToLog '"$INSTDIR\python\python.exe" -I -m compileall -q --invalidation-mode unchecked-hash "$INSTDIR\lib" "$INSTDIR\app"'
  Pop $0

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\qamqorw.exe" "" "$INSTDIR\qamqor.ico" 0 SW_SHOWNORMAL "" \
    "Case management for caseworkers who help migrants"

  WriteRegStr SHCTX "${APP_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${APP_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\qamqor.ico"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

; Removes what the installer put in the program's folder, by name, and nothing else: never the user's data
; folder (%LOCALAPPDATA%\Qamqor: the database, its backups, the log), never a file the user put beside it.
Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\lib"
  RMDir /r "$INSTDIR\app"
  Delete "$INSTDIR\qamqor.exe"
  Delete "$INSTDIR\qamqorw.exe"
  Delete "$INSTDIR\qamqor.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "${APP_KEY}"
SectionEnd
