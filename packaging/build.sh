#!/usr/bin/env bash
# Build the one-folder Linux app (dist/reprotect-gui/) with PyInstaller, smoke-test the bundle, and check
# that `pipx install .` works. Slow (about a minute and a half warm, more on a cold pip cache), so it is a
# separate command from tests/run.sh. Works on a fresh Debian machine, as root or with sudo.
#   bash packaging/build.sh            build + smoke test + pipx check
#   bash packaging/build.sh --no-pipx  build + smoke test only
set -euo pipefail
cd "$(dirname "$0")/.."

check_pipx=1
for arg in "$@"; do
  case "$arg" in
    --no-pipx) check_pipx=0 ;;
    *) echo "unknown option $arg; usage: bash packaging/build.sh [--no-pipx]" >&2; exit 2 ;;
  esac
done

build_venv=build/pyinstaller-venv
bundle=dist/reprotect-gui
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' reprotect_gui/__init__.py)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
started=$SECONDS
stage_started=$SECONDS
declare -A took

fail() { echo "build.sh: $*" >&2; exit 1; }
finish_stage() { took[$1]=$((SECONDS - stage_started)); stage_started=$SECONDS; }

install_apt_packages() {
  local python_version
  python_version=$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  local apt_packages=(
    python3-venv
    binutils  # objdump, for PyInstaller's shared-library scan
    # Debian's Python links libpython statically; PyInstaller needs the shared library beside it.
    "libpython${python_version}"
    # Qt's platform plugins and what they link to: present at build time so the bundle carries them.
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 libdbus-1-3
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
    libxcb-render-util0 libxcb-image0 libwayland-client0 libwayland-cursor0
    desktop-file-utils
    xvfb x11-utils  # the X11 check of the bundle (Xvfb, xwininfo)
  )
  command -v apt-get >/dev/null 2>&1 || return 0
  local missing=() p
  for p in "${apt_packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

make_build_venv() {
  # A venv of its own: the app's runtime dependencies only, so nothing test-only can be frozen in.
  [ -x "$build_venv/bin/python" ] || python3 -m venv "$build_venv"
  if ! { "$build_venv/bin/python" -m pip install -q --upgrade pip &&
         "$build_venv/bin/python" -m pip install -q . 'pyinstaller>=6.10,<7'; } >"$scratch/pip.log" 2>&1; then
    cat "$scratch/pip.log" >&2
    fail "installing the app and PyInstaller into $build_venv failed (above)."
  fi
}

freeze() {
  rm -rf "$bundle"
  if ! "$build_venv/bin/pyinstaller" --noconfirm --clean --log-level WARN --distpath dist \
      --workpath build/pyinstaller packaging/reprotect-gui.spec >"$scratch/pyinstaller.log" 2>&1; then
    tail -n 40 "$scratch/pyinstaller.log" >&2
    fail "PyInstaller failed (last lines above)."
  fi
}

add_desktop_integration() {
  # share/ mirrors the XDG layout, so installing is one copy (see packaging/README.md).
  install -D -m 644 packaging/reprotect-gui.desktop "$bundle/share/applications/reprotect-gui.desktop"
  install -D -m 644 resources/icons/reprotect-gui.svg "$bundle/share/icons/hicolor/scalable/apps/reprotect-gui.svg"
  local size
  for size in 16 24 32 48 64 128 256 512; do
    install -D -m 644 "resources/icons/reprotect-gui-$size.png" \
      "$bundle/share/icons/hicolor/${size}x${size}/apps/reprotect-gui.png"
  done
  desktop-file-validate "$bundle/share/applications/reprotect-gui.desktop" \
    || fail "the .desktop file does not validate (messages above)."
}

# The bundle must run without the build venv, from any folder, on an empty home.
in_clean_env() {
  (cd "$scratch" && env -i HOME="$scratch/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@")
}

assert_no_traceback() {  # $1: stderr file, $2: what ran
  if grep -q -E 'Traceback \(most recent call last\)|Fatal Python error|ModuleNotFoundError' "$1"; then
    cat "$1" >&2
    fail "$2 printed a Python error (above)."
  fi
}

smoke_test() {
  local app="$PWD/$bundle/reprotect-gui"
  mkdir -p "$scratch/home"
  "$build_venv/bin/python" packaging/check_bundle.py "$bundle" || fail "the bundle is incomplete (above)."

  local out
  out=$(in_clean_env "$app" --version 2>"$scratch/version.err") || { cat "$scratch/version.err" >&2; fail "--version failed."; }
  [ "$out" = "reprotect-gui $version" ] || fail "--version printed '$out', expected 'reprotect-gui $version'."
  assert_no_traceback "$scratch/version.err" "--version"
  echo "smoke: --version -> $out"

  # A broken scenario file must end the app with its own sentence and status 2 (the training loader runs).
  echo '{"not": "a scenario"' >"$scratch/broken.json"
  local status=0
  in_clean_env "$app" --scenario "$scratch/broken.json" >/dev/null 2>"$scratch/broken.err" || status=$?
  [ "$status" -eq 2 ] || { cat "$scratch/broken.err" >&2; fail "--scenario with a broken file exited $status, expected 2."; }
  [ -s "$scratch/broken.err" ] || fail "--scenario with a broken file exited 2 without saying why."
  assert_no_traceback "$scratch/broken.err" "--scenario with a broken file"
  echo "smoke: --scenario broken.json -> exit 2: $(head -c 120 "$scratch/broken.err")"

  # The demo opens the wizard on the built-in estate and waits for the user: it must still be running
  # (timeout's status 124) with no Python error when it is stopped.
  status=0
  in_clean_env timeout --signal=TERM 8 "$app" --demo >"$scratch/demo.out" 2>"$scratch/demo.err" || status=$?
  assert_no_traceback "$scratch/demo.err" "--demo"
  [ "$status" -eq 124 ] || { cat "$scratch/demo.err" >&2; fail "--demo exited by itself with status $status within 8 s."; }
  echo "smoke: --demo offscreen ran 8 s with no Python error, then was stopped"
}

# Offscreen proves the Python side; this proves the bundled xcb plugin and its X libraries open a window.
check_on_x_display() {
  local app="$PWD/$bundle/reprotect-gui" status=0
  xvfb-run -a -s "-screen 0 1280x900x24" bash -c '
    app=$1 scratch=$2
    (cd "$scratch" && env -i HOME="$scratch/home" PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="$DISPLAY" \
      XAUTHORITY="${XAUTHORITY:-}" "$app" --demo 2>"$scratch/x11.err") &
    pid=$!
    for _ in $(seq 40); do
      sleep 0.5
      if xwininfo -root -tree | grep -q "(\"reprotect-gui\" \"reprotect-gui\")"; then
        kill "$pid"; wait "$pid" 2>/dev/null; exit 0
      fi
      kill -0 "$pid" 2>/dev/null || exit 3
    done
    kill "$pid"; exit 4
  ' _ "$app" "$scratch" || status=$?
  assert_no_traceback "$scratch/x11.err" "--demo on X11"
  case "$status" in
    0) echo "smoke: --demo on an X display (Xvfb, xcb plugin) opened the wizard window" ;;
    3) cat "$scratch/x11.err" >&2; fail "--demo on an X display exited before opening a window (above)." ;;
    *) cat "$scratch/x11.err" >&2; fail "--demo on an X display opened no window within 20 s." ;;
  esac
}

check_pipx_install() {
  "$build_venv/bin/python" -m pip install -q 'pipx>=1.4' >"$scratch/pip-pipx.log" 2>&1 \
    || { cat "$scratch/pip-pipx.log" >&2; fail "installing pipx failed (above)."; }
  local python
  python=$(python3 -c 'import sys; print(sys.executable)')
  export PIPX_HOME="$scratch/pipx-home" PIPX_BIN_DIR="$scratch/pipx-bin" PIPX_MAN_DIR="$scratch/pipx-man"
  "$build_venv/bin/pipx" install --python "$python" . >"$scratch/pipx.log" 2>&1 \
    || { cat "$scratch/pipx.log" >&2; fail "pipx install . failed (above)."; }
  local command out
  for command in reprotect-gui reprotect-gui-cli; do
    out=$("$PIPX_BIN_DIR/$command" --version) || fail "$command --version from the pipx install failed."
    [ "$out" = "reprotect-gui $version" ] || fail "pipx's $command --version printed '$out'."
    echo "pipx: $command --version -> $out"
  done
}

install_apt_packages;  finish_stage apt
make_build_venv;       finish_stage venv
freeze;                finish_stage freeze
add_desktop_integration
smoke_test
check_on_x_display;    finish_stage smoke
if [ "$check_pipx" -eq 1 ]; then check_pipx_install; finish_stage pipx; else took[pipx]=skipped; fi

bundle_mb=$(du -sm "$bundle" | cut -f1)
echo "built $bundle (${bundle_mb} MB); run it with $bundle/reprotect-gui --demo"
echo "apt_s=${took[apt]} venv_s=${took[venv]} freeze_s=${took[freeze]} smoke_s=${took[smoke]} pipx_s=${took[pipx]} total_s=$((SECONDS - started)) bundle_mb=$bundle_mb"
