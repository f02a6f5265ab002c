#!/usr/bin/env bash
# The one list of Debian 12 packages RoPE Lab needs. The README's two commands, .ci/run and the
# packaging check (scripts/check-packaging.sh) all read it from here.
#
#   scripts/install-deps.sh PROFILE          install what PROFILE needs and is missing
#   scripts/install-deps.sh --print PROFILE  print PROFILE's packages, one a line
#
# Profiles: gui (build and run the app), test (gui + what the tests need), package (build the
# .deb), ci (everything .ci/run uses), dev (screenshots and PDF checks by hand).
# Only hard Depends of these packages are relied on: installs use --no-install-recommends.
set -euo pipefail

# Compiling and linking. libqt6opengl6-dev: Qt6ChartsConfig.cmake needs Qt6OpenGL, and
# qt6-charts-dev only Recommends it.
build=(cmake g++ make libeigen3-dev libgl-dev
       qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
       qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools)
# Running the window: Qt's own translations (qtbase_zh_CN.qm) and a font with Chinese glyphs.
# (On Debian 12 the xcb platform plugin is in libqt6gui6, a Depends of qt6-base-dev;
# qt6-qpa-plugins holds only the VNC and TUIO plugins.)
runtime=(qt6-translations-l10n fonts-noto-cjk)
# cpack -G DEB with computed Depends (dpkg-shlibdeps, file).
package=(dpkg-dev file)
# Checking the .deb in CI.
ci_only=(lintian)
# Looking at the app as a user does: Xvfb screenshots, PDF pages.
dev=(xvfb xauth imagemagick poppler-utils)

profile_packages() {
    case "$1" in
    gui) echo "${build[@]}" "${runtime[@]}" ;;
    test) echo "${build[@]}" "${runtime[@]}" ;;
    package) echo "${build[@]}" "${runtime[@]}" "${package[@]}" ;;
    ci) echo "${build[@]}" "${runtime[@]}" "${package[@]}" "${ci_only[@]}" ;;
    dev) echo "${build[@]}" "${runtime[@]}" "${package[@]}" "${dev[@]}" ;;
    *) echo "install-deps.sh: unknown profile '$1' (gui, test, package, ci, dev)" >&2; return 2 ;;
    esac
}

if [[ "${1:-}" == "--print" ]]; then
    [[ $# -eq 2 ]] || { echo "usage: install-deps.sh --print PROFILE" >&2; exit 2; }
    profile_packages "$2" | tr ' ' '\n'
    exit 0
fi
[[ $# -eq 1 ]] || { echo "usage: install-deps.sh PROFILE | --print PROFILE" >&2; exit 2; }
read -r -a wanted <<<"$(profile_packages "$1")"

missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "installed" ]] || missing+=("$pkg")
done
if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps.sh: all ${#wanted[@]} packages for '$1' are installed"
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps.sh: run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi
echo "install-deps.sh: installing ${missing[*]}"
"${sudo[@]}" apt-get update
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
