#!/usr/bin/env bash
# Every translatable string in ui/ and app/ has a finished Chinese translation, and the .ts file
# holds no string the sources no longer use. Runs lupdate on a copy of the .ts file (the real
# one is left alone) and lists what is missing.
#   check-translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$source_dir"/resources/translations/*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    # As qt_add_translations runs it (app/CMakeLists.txt): the ui/ and app/ sources.
    "$lupdate" -silent -no-obsolete -extensions cpp,h "$source_dir/ui" "$source_dir/app" \
        -ts "$copy" >/dev/null 2>"$work/lupdate.log" || { cat "$work/lupdate.log"; exit 1; }
    # Locations are relative to the .ts file: compare everything else.
    if ! cmp -s <(grep -v '<location' "$ts") <(grep -v '<location' "$copy"); then
        echo "$(basename "$ts") is not up to date with the sources:"
        echo "  run: cmake --build <build dir> --target update_translations"
        diff -u <(grep -v '<location' "$ts") <(grep -v '<location' "$copy") \
            | grep '^[-+]\s*<source>' | head -20 || true
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    if [ "$unfinished" -gt 0 ]; then
        echo "$(basename "$ts"): $unfinished unfinished translation(s):"
        grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -20
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "translations complete and up to date"
exit "$status"
