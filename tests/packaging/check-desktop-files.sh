#!/usr/bin/env bash
# The installed .desktop and AppStream metainfo files pass Debian's
# validators with nothing to say (hints and pedantic notes included), and
# they agree with each other, the icon, the program and the Flatpak manifest.
# shellcheck source=tests/packaging/common.sh
. "$(dirname "$0")/common.sh"

prefix="$scratch/usr"
install_to "$prefix"
desktop="$prefix/share/applications/$PHC_APP_ID.desktop"
metainfo="$prefix/share/metainfo/$PHC_APP_ID.metainfo.xml"
[ -f "$desktop" ] || fail "no $desktop"
[ -f "$metainfo" ] || fail "no $metainfo"

desktop-file-validate "$desktop" >"$scratch/dfv.out" 2>&1 || true
[ ! -s "$scratch/dfv.out" ] || { cat "$scratch/dfv.out" >&2; fail "desktop-file-validate has remarks"; }

appstreamcli validate --no-net --pedantic --strict --explain "$metainfo" >"$scratch/asv.out" 2>&1 || {
    cat "$scratch/asv.out" >&2
    fail "appstreamcli validate failed"
}
# Pedantic notes do not fail --strict; they fail here.
! grep -qE '^[EWIP]: ' "$scratch/asv.out" || { cat "$scratch/asv.out" >&2; fail "appstreamcli validate has remarks"; }
# The tree: the metainfo finds its .desktop file.
appstreamcli validate-tree --no-net --pedantic --strict "$prefix" >"$scratch/tree.out" 2>&1 || {
    cat "$scratch/tree.out" >&2
    fail "appstreamcli validate-tree failed"
}

key() { sed -n "s/^$1=//p" "$desktop"; }
[ -f "$prefix/share/icons/hicolor/scalable/apps/$(key Icon).svg" ] || fail "Icon=$(key Icon) is not an installed icon"
[ -x "$prefix/bin/$(key TryExec)" ] || fail "TryExec=$(key TryExec) is not an installed program"
[ "$(key Exec | cut -d' ' -f1)" = "$(key TryExec)" ] || fail "Exec and TryExec name different programs"
grep -q "<id>$PHC_APP_ID</id>" "$metainfo" || fail "the metainfo's id is not $PHC_APP_ID"
grep -q "<launchable type=\"desktop-id\">$PHC_APP_ID.desktop</launchable>" "$metainfo" || fail "the metainfo launches another .desktop"
grep -q "<release version=\"$PHC_VERSION\"" "$metainfo" || fail "the metainfo has no release $PHC_VERSION"
grep -q "<binary>posthog-console</binary>" "$metainfo" || fail "the metainfo does not provide the program"

manifest="$PHC_SOURCE_DIR/packaging/flatpak/$PHC_APP_ID.yml"
[ -f "$manifest" ] || fail "no Flatpak manifest $manifest"
grep -qx "id: $PHC_APP_ID" "$manifest" || fail "the Flatpak manifest's id is not $PHC_APP_ID"
echo "desktop files: ok"
