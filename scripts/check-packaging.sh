#!/usr/bin/env bash
# Packaging check: every Debian package that the build or the running app uses must be installed
# by the README's commands, that is named in scripts/install-deps.sh or pulled in by a hard
# Depends of a package named there (Recommends do not count: installs use
# --no-install-recommends). It catches, on a machine that already has everything, what a fresh
# machine would miss.
#
#   check-packaging.sh [--binary build/app/ropelab] [--list FILE] [--work DIR]
#
# Build time: configures the project in a scratch folder with `cmake --trace`, and collects every
# file under /usr that CMake executed (find_package config files), that CMakeCache.txt names, and
# that the generated build system calls (compilers, moc, rcc, lrelease, libraries).
# Run time: every library `ldd ropelab` resolves, and the Qt plugins the window loads (the xcb
# platform plugin, the SVG image and icon plugins) with their own libraries.
# Each file is mapped to its package with `dpkg -S`. --list replaces the GUI command's list (one
# package a line), e.g. to show that the check fails without a package.
# Exit: 0 all covered, 1 a package is missing from the list (named on stderr), 77 not Debian.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(dirname "$here")"
binary=""
list_file=""
work=""
while [[ $# -gt 0 ]]; do
    case "$1" in
    --binary) binary="$2"; shift 2 ;;
    --list) list_file="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    *) echo "check-packaging.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done
if ! command -v dpkg-query >/dev/null || ! command -v apt-cache >/dev/null; then
    echo "check-packaging.sh: not a Debian system (no dpkg-query/apt-cache); skipped"
    exit 77
fi
if [[ -z "$work" ]]; then
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
else
    rm -rf "$work" && mkdir -p "$work"
fi

# 1. What the GUI command installs: its list plus the hard Depends closure, plus the Essential
#    packages that every Debian system has.
if [[ -n "$list_file" ]]; then
    grep -v '^\s*\(#\|$\)' "$list_file" >"$work/list"
else
    "$here/install-deps.sh" --print gui >"$work/list"
fi
mapfile -t listed <"$work/list"
{
    apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
        --no-replaces --no-enhances "${listed[@]}" | grep -v '^ ' | tr -d '<>'
    dpkg-query -W -f='${Package} ${Essential}\n' | awk '$2 == "yes" { print $1 }'
    printf '%s\n' "${listed[@]}"
} | sed 's/:.*$//' | sort -u >"$work/closure"
echo "install list: ${#listed[@]} packages, $(wc -l <"$work/closure") with their Depends"

# 2. Files the build uses.
cmake -S "$source_dir" -B "$work/build" -DCMAKE_BUILD_TYPE=Release --trace \
    --trace-redirect="$work/trace.txt" >"$work/configure.log" 2>&1 || {
    echo "check-packaging.sh: configuring failed:" >&2
    tail -20 "$work/configure.log" >&2
    exit 1
}
{
    grep -o '^/usr/[^(]*' "$work/trace.txt" || true
    # Cache entries that were used: package folders (*_DIR) and the tool chain. Optional finds
    # (FindOpenGL's EGL/GLU libraries, say) are not used unless a build file names them below.
    grep -E '^([A-Za-z0-9_]+_DIR|CMAKE_[A-Z_]+):' "$work/build/CMakeCache.txt" |
        grep -o '=/usr/[^;]*' | cut -c2- || true
    find "$work/build" \( -name build.make -o -name link.txt -o -name flags.make \) -print0 |
        xargs -0 grep -ho '/usr/[^ ;"]*' || true
} | sort -u | while read -r path; do
    [[ -f "$path" ]] && echo "build $path"
done >"$work/files"

# 3. Files the app loads.
if [[ -n "$binary" ]]; then
    [[ -x "$binary" ]] || { echo "check-packaging.sh: no executable at $binary" >&2; exit 1; }
    ldd_paths() { ldd "$1" | grep -o '/[^ ]*\.so[^ ]*' | sort -u; }
    qtcore="$(ldd_paths "$binary" | grep '/libQt6Core\.so' | head -1)"
    plugins="$(dirname "$qtcore")/qt6/plugins"
    runtime=("$binary")
    for plugin in platforms/libqxcb.so imageformats/libqsvg.so iconengines/libqsvgicon.so; do
        if [[ ! -f "$plugins/$plugin" ]]; then
            echo "check-packaging.sh: the app needs $plugins/$plugin, which is not installed" >&2
            exit 1
        fi
        runtime+=("$plugins/$plugin")
        echo "run $plugins/$plugin" >>"$work/files"
    done
    for file in "${runtime[@]}"; do
        ldd_paths "$file" | sed 's/^/run /' >>"$work/files"
    done
fi

# 4. Owner of each file: dpkg -S on the path, else its real path, else its /usr-merged twin
#    (Debian 12 records /lib/... for files that ldd finds under /usr/lib/...). One dpkg call a
#    round: it reads its database once.
owners_of() { # paths on stdin -> "path<TAB>owner owner..." for those dpkg knows
    xargs -d '\n' -r dpkg-query -S 2>/dev/null | grep -v '^diversion' |
        sed -E 's/^(.*): (\/.*)$/\2\t\1/; s/:[a-z0-9]+(,|\t|$)/\1/g; s/,//g' || true
}
declare -A owner_of=()
cut -d' ' -f2- "$work/files" | sort -u >"$work/paths"
while IFS=$'\t' read -r path owners; do owner_of["$path"]="$owners"; done < <(owners_of <"$work/paths")
for variant in 'readlink -f' 'strip' 'prefix'; do
    declare -A alias_of=()
    while read -r path; do
        [[ -n "${owner_of[$path]:-}" ]] && continue
        case "$variant" in
        'readlink -f') candidate="$(readlink -f "$path")" ;;
        strip) candidate="${path#/usr}" ;;
        prefix) candidate="/usr$(readlink -f "$path")" ;;
        esac
        [[ -n "$candidate" && "$candidate" != "$path" ]] && alias_of["$candidate"]="$path"
    done <"$work/paths"
    [[ ${#alias_of[@]} -gt 0 ]] || continue
    while IFS=$'\t' read -r candidate owners; do
        [[ -n "${alias_of[$candidate]:-}" ]] && owner_of["${alias_of[$candidate]}"]="$owners"
    done < <(printf '%s\n' "${!alias_of[@]}" | owners_of)
    unset alias_of
done
sort -u "$work/files" | while read -r kind path; do
    echo "$kind $path ${owner_of[$path]:-?}"
done >"$work/owners"
status=0
checked=0
declare -A reported=()
while read -r kind path owners; do
    checked=$((checked + 1))
    if [[ "$owners" == "?" ]]; then
        echo "UNKNOWN: $path (used at $kind time) belongs to no Debian package: installed by" \
            "hand? A fresh machine will not have it." >&2
        status=1
        continue
    fi
    covered=0
    for package in $owners; do
        grep -qxF "$package" "$work/closure" && covered=1
    done
    if [[ $covered -eq 0 && -z "${reported[$owners]:-}" ]]; then
        reported[$owners]=1
        echo "MISSING: package '$owners' (for $path, used at ${kind} time) is neither in the" \
            "install list nor a Depends of it: add it to scripts/install-deps.sh" >&2
        status=1
    fi
done <"$work/owners"
echo "checked $checked files used at build and run time," \
    "from $(awk '$3 != "?" { for (i = 3; i <= NF; ++i) print $i }' "$work/owners" | sort -u | wc -l) packages"
if [[ $checked -lt 50 ]]; then # a check that finds nothing to check proves nothing
    echo "check-packaging.sh: only $checked files found: the collection is broken" >&2
    status=1
fi
if [[ $status -eq 0 ]]; then
    echo "packaging check passed: every package used is installed by the README's commands"
fi
exit $status
