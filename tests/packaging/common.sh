# shellcheck shell=bash
# Shared by the packaging checks (sourced). Needs PHC_APP_ID, PHC_VERSION,
# PHC_SOURCE_DIR and PHC_BUILD_DIR from ctest.
set -euo pipefail

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

: "${PHC_APP_ID:?}" "${PHC_VERSION:?}" "${PHC_SOURCE_DIR:?}" "${PHC_BUILD_DIR:?}" "${PHC_LIBDIR:?}"

# The window's module, loaded by the program only when it opens a window.
gui_module="$PHC_LIBDIR/posthog-console/modules/posthog-console-gui.so"

# The action icons the GUI needs at least; every icon in resources/ ships.
required_action_icons="new open save export wizard dashboard refresh probe pause resume diagnostics"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# install_to PREFIX: cmake --install of the build tree.
install_to() {
    cmake --install "$PHC_BUILD_DIR" --prefix "$1" >"$scratch/install.log" 2>&1 || {
        cat "$scratch/install.log" >&2
        fail "cmake --install failed"
    }
}

# Every file an installed prefix holds, relative to it: exactly these.
expected_files() {
    echo bin/posthog-console
    echo "$gui_module"
    echo "share/applications/$PHC_APP_ID.desktop"
    echo "share/metainfo/$PHC_APP_ID.metainfo.xml"
    echo "share/icons/hicolor/scalable/apps/$PHC_APP_ID.svg"
    echo share/man/man1/posthog-console.1
    for icon in "$PHC_SOURCE_DIR"/resources/icons/actions/*.svg; do
        echo "share/icons/hicolor/scalable/actions/$PHC_APP_ID-$(basename "$icon")"
    done
}

# check_layout PREFIX: the installed tree is complete, holds nothing else,
# and its program runs.
check_layout() {
    local prefix=$1 name
    for name in $required_action_icons; do
        [ -f "$PHC_SOURCE_DIR/resources/icons/actions/$name-symbolic.svg" ] || fail "no action icon '$name' in resources/icons/actions"
    done
    expected_files | sort >"$scratch/expected"
    (cd "$prefix" && find . ! -type d | sed 's|^\./||' | sort) >"$scratch/actual"
    diff -u "$scratch/expected" "$scratch/actual" >&2 || fail "$prefix: installed files differ from the expected list (- missing, + unexpected)"
    [ -x "$prefix/bin/posthog-console" ] || fail "$prefix/bin/posthog-console is not executable"
    for file in $(expected_files | grep -v ^bin/ | grep -vxF "$gui_module"); do
        [ -s "$prefix/$file" ] || fail "$prefix/$file is empty"
        [ ! -x "$prefix/$file" ] || fail "$prefix/$file is executable"
    done
    local version
    version=$("$prefix/bin/posthog-console" --version) || fail "$prefix/bin/posthog-console --version failed"
    [ "$version" = "posthog-console $PHC_VERSION" ] || fail "--version printed '$version'"
    "$prefix/bin/posthog-console" --help >"$scratch/help" || fail "$prefix/bin/posthog-console --help failed"
    grep -q '^Commands:' "$scratch/help" || fail "--help lists no commands"
    # The commands start without the GUI libraries; the window finds its
    # module where it was installed (it checks --lang before opening).
    if readelf -d "$prefix/bin/posthog-console" | grep -E 'NEEDED.*lib(Qt6(Widgets|Gui|Charts|OpenGL)|X11|xcb)' >&2; then
        fail "$prefix/bin/posthog-console links GUI libraries: the commands would load them on every run"
    fi
    readelf -d "$prefix/$gui_module" | grep -q 'NEEDED.*libQt6Widgets' || fail "$gui_module does not link Qt Widgets"
    local lang_error
    lang_error=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/posthog-console" --lang xx 2>&1 >/dev/null) && fail "--lang xx was accepted"
    case $lang_error in
    *"unknown language"*) ;;
    *) fail "the installed window did not start from its module: $lang_error" ;;
    esac
}

# The commands the program lists in its --help.
verbs_of() {
    "$1" --help | awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { on = 0 }'
}
