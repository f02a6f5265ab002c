#!/usr/bin/env bash
# Builds the .deb from a configured build folder and checks it as a user would get it:
# unpacked with dpkg-deb -x into a scratch root, its binary runs (--version, presets,
# inspect --json, a headless export), its Depends name the package of the xcb platform plugin and
# a CJK font, it carries the desktop entry, icon and man page, and lintian reports no errors.
#   check-deb.sh BUILD_DIR
set -euo pipefail
build="$(cd "${1:?usage: check-deb.sh BUILD_DIR}" && pwd)"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
fail() { echo "check-deb.sh: $*" >&2; exit 1; }

rm -rf "$build/package"
(cd "$build" && cpack -G DEB >/dev/null)
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
deb="$build/package/ropelab_${version}_amd64.deb"
[[ -f "$deb" ]] || fail "cpack did not write $deb"
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
xcb_plugin="$(dpkg-query -S 'platforms/libqxcb.so' | head -1 | sed 's/[:,].*//')"
for package in "$xcb_plugin" fonts-noto-cjk libqt6charts6; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done

dpkg-deb -x "$deb" "$root"
for file in usr/bin/ropelab usr/share/applications/ropelab.desktop \
    usr/share/icons/hicolor/scalable/apps/ropelab.svg usr/share/man/man1/ropelab.1.gz \
    usr/share/doc/ropelab/copyright; do
    [[ -f "$root/$file" ]] || fail "the package lacks /$file"
done
zcat "$root/usr/share/man/man1/ropelab.1.gz" | grep -q '^\.SS "ropelab export"' || fail "man page has no export section"

bin="$root/usr/bin/ropelab"
"$bin" --version | grep -qx "ropelab $version" || fail "--version does not print ropelab $version"
"$bin" presets | grep -q deepseek-v3 || fail "presets does not list deepseek-v3"
"$bin" inspect --preset deepseek-v3 --json >"$root/inspect.json"
grep -q '"inv_freq"' "$root/inspect.json" || fail "inspect --json has no inv_freq"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
    "$bin" export --preset deepseek-v3 --view bands --out "$root/bands.png" --size 800x500 --scale 1
[[ "$(head -c 8 "$root/bands.png" | od -An -tx1 | tr -d ' \n')" == "89504e470d0a1a0a" ]] ||
    fail "export did not write a PNG"
echo "unpacked binary: --version, presets, inspect --json and a headless export work"

lintian --allow-root --fail-on error "$deb"
echo "lintian: no errors"
