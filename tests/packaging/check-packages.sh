#!/usr/bin/env bash
# CPack builds the .deb and the .tar.gz from the build tree. The .deb carries
# the dependencies decided in packaging/CMakeLists.txt and those dpkg-shlibdeps
# found, installs with dpkg into a scratch root (its dependencies checked
# against this machine's packages), holds the full layout under /usr and
# removes cleanly; the .tar.gz holds the same layout.
# shellcheck source=tests/packaging/common.sh
. "$(dirname "$0")/common.sh"

out="$scratch/out"
cpack -G "DEB;TGZ" --config "$PHC_BUILD_DIR/CPackConfig.cmake" -B "$out" >"$scratch/cpack.log" 2>&1 || {
    cat "$scratch/cpack.log" >&2
    fail "cpack failed"
}

arch=$(dpkg --print-architecture)
deb="$out/posthog-console_${PHC_VERSION}_$arch.deb"
[ -f "$deb" ] || fail "no $deb (cpack wrote: $(ls "$out"))"
echo "deb: $(stat -c %s "$deb") bytes"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = posthog-console ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$PHC_VERSION" ] || fail "Version is '$(field Version)'"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)'"
[ "$(field Section)" = admin ] || fail "Section is '$(field Section)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Description)" ] || fail "no Description"
depends=$(field Depends)
echo "Depends: $depends"
# Loaded at run time (platform plugin, SVG icon engine, QtKeychain's
# libsecret), then what dpkg-shlibdeps finds in the binary.
names=$(echo "$depends" | tr ',' '\n' | sed 's/(.*//; s/|.*//; s/ //g')
for package in qt6-qpa-plugins libqt6svg6 libsecret-1-0 libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 \
    libqt6network6 libqt6keychain1 'libyaml-cpp*'; do
    found=""
    for name in $names; do
        # shellcheck disable=SC2053 # a pattern on purpose: libyaml-cpp's name carries its soname
        [[ $name == $package ]] && found=1
    done
    [ -n "$found" ] || fail "Depends lacks $package"
done
echo "$depends" | grep -q 'libqt6core6 (>= ' || fail "Depends has no versions: dpkg-shlibdeps did not run"
# Nothing to run at install: the window's module is private, no library for ldconfig.
dpkg-deb -I "$deb" | grep -wE 'postinst|postrm|preinst|prerm' >&2 && fail "the package has maintainer scripts"
dpkg-deb -c "$deb" | awk '$2 != "root/root" { bad = 1; print } END { exit bad }' >&2 || fail "files not owned by root"
dpkg-deb -c "$deb" | awk '$6 !~ /^\.\/usr\// { bad = 1; print } END { exit bad }' >&2 || fail "files outside /usr"

# A scratch root whose dpkg database knows this machine's copies of the
# dependencies, so dpkg checks names and versions as on a real install.
root="$scratch/root"
admin="$root/var/lib/dpkg"
mkdir -p "$admin/info" "$admin/updates"
# shellcheck disable=SC2086 # one argument per package name
dpkg-query -s $names >"$admin/status" 2>"$scratch/query.err" || {
    cat "$scratch/query.err" >&2
    fail "a dependency is not installed here (packaging/setup-debian.sh installs them)"
}
# shellcheck disable=SC2086
for name in $(dpkg-query -W -f '${binary:Package}\n' $names); do
    touch "$admin/info/$name.list"
done
dpkg --root="$root" -i "$deb" >"$scratch/dpkg.log" 2>&1 || {
    cat "$scratch/dpkg.log" >&2
    fail "dpkg -i into the scratch root failed"
}
[ "$(ls "$root")" = "$(printf 'usr\nvar')" ] || fail "the package installed outside /usr: $(ls "$root")"
check_layout "$root/usr"
"$root/usr/bin/posthog-console" --help >/dev/null || fail "the installed program's --help failed"
dpkg --root="$root" -r posthog-console >"$scratch/dpkg.log" 2>&1 || {
    cat "$scratch/dpkg.log" >&2
    fail "dpkg -r failed"
}
left=$(find "$root" -path "$admin" -prune -o ! -type d -print)
[ -z "$left" ] || fail "files left after dpkg -r: $left"

tarball="$out/posthog-console-$PHC_VERSION-Linux.tar.gz"
[ -f "$tarball" ] || fail "no $tarball (cpack wrote: $(ls "$out"))"
echo "tar.gz: $(stat -c %s "$tarball") bytes"
mkdir "$scratch/tar"
tar -xzf "$tarball" -C "$scratch/tar"
[ "$(ls "$scratch/tar")" = "posthog-console-$PHC_VERSION-Linux" ] || fail "the tarball's top level is $(ls "$scratch/tar")"
check_layout "$scratch/tar/posthog-console-$PHC_VERSION-Linux"
echo "packages: ok"
