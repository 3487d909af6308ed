# Windows build of Qamqor: the PyInstaller bundle, then the Inno Setup installer. Run from the checkout:
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
# Needs Python 3.11+ (python.org, "py" launcher) and Inno Setup 6 (ISCC.exe on PATH or in its default folder).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path .venv\Scripts\python.exe)) { py -3.11 -m venv .venv }
.venv\Scripts\python.exe -m pip install --quiet --upgrade pip
.venv\Scripts\python.exe -m pip install --quiet -e ".[installer]"

# The same spec as on Linux: installer\platform_build.py adds qamqorw.exe (no console) and the icon.
.venv\Scripts\pyinstaller.exe --noconfirm --clean --log-level ERROR --distpath dist --workpath build\pyinstaller installer\qamqor.spec

# A first check of the bundle: the commands run and print the version.
$version = ((& dist\qamqor\qamqor.exe --version) -split " ")[1]
if (-not $version) { throw "dist\qamqor\qamqor.exe --version printed nothing" }
$example = '{"as_of":"2024-06-01","citizenship":"UZB","stays":[{"entry":"2024-05-10","exit":null,"basis":"visa_free"}]}'
$example | & dist\qamqor\qamqor.exe rules eval | Out-Null
if ($LASTEXITCODE -ne 0) { throw "qamqor rules eval failed in the bundle" }

$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc /Q "/DAppVersion=$version" installer\windows\qamqor.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "dist\qamqor-$version-setup.exe"
