; Inno Setup script: the Windows installer of the one-folder bundle built by build.ps1.
; ISCC /DAppVersion=0.1.0 installer\windows\qamqor.iss  ->  dist\qamqor-0.1.0-setup.exe
; The user's database is in %LOCALAPPDATA%\Qamqor (platformdirs), never in the program's folder: the
; uninstaller removes only what this script installed, so the database, its backups and the log stay.
#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (build.ps1 reads it from qamqor.exe --version)
#endif

[Setup]
AppId={{6B1C2E4D-9F3A-4C57-8E21-5A0D7C3B9E14}
AppName=Qamqor
AppVersion={#AppVersion}
AppPublisher=Qamqor
DefaultDirName={autopf}\Qamqor
DefaultGroupName=Qamqor
DisableProgramGroupPage=yes
; Per-user install by default (no administrator needed on a caseworker's laptop); an administrator may
; choose "for all users" in the dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=qamqor-{#AppVersion}-setup
SetupIconFile=..\..\build\installer\qamqor.ico
UninstallDisplayIcon={app}\qamqorw.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\qamqor\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Qamqor"; Filename: "{app}\qamqorw.exe"
Name: "{group}\{cm:UninstallProgram,Qamqor}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Qamqor"; Filename: "{app}\qamqorw.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\qamqorw.exe"; Description: "{cm:LaunchProgram,Qamqor}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry on purpose: nothing outside {app} is removed, and {app} holds no user data.
