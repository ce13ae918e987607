#!/usr/bin/env bash
# cmake --install into a scratch prefix (with a space in it): every expected
# file and nothing else, the program runs from there, and the man page
# renders without a groff warning and documents every command and option
# the program's help lists.
# shellcheck source=tests/packaging/common.sh
. "$(dirname "$0")/common.sh"

prefix="$scratch/opt/posthog console"
install_to "$prefix"
check_layout "$prefix"

page="$prefix/share/man/man1/posthog-console.1"
export LC_ALL=C.UTF-8
groff -man -Tutf8 -ww -z "$page" 2>"$scratch/groff.err" || fail "groff failed on the man page"
[ ! -s "$scratch/groff.err" ] || { cat "$scratch/groff.err" >&2; fail "groff warns about the man page"; }
MANWIDTH=100 man --warnings=w -l "$page" 2>"$scratch/man.err" | col -bx >"$scratch/man.txt"
[ ! -s "$scratch/man.err" ] || { cat "$scratch/man.err" >&2; fail "man -l warns about the man page"; }

for section in NAME SYNOPSIS DESCRIPTION OPTIONS COMMANDS "EXIT STATUS" FILES "SEE ALSO"; do
    grep -qx "$section" "$scratch/man.txt" || fail "the man page has no $section section"
done
program="$prefix/bin/posthog-console"
verbs=$(verbs_of "$program")
[ "$(echo "$verbs" | wc -l)" -ge 5 ] || fail "--help lists too few commands: $verbs"
# options_of HELP_TEXT: the long option names listed in a help text.
options_of() {
    grep -oE '^  (-[a-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+$'
}
for verb in $verbs; do
    # The subsection: from its heading to the next heading or section.
    awk -v h="   $verb" '$0 == h { on = 1; next } on && /^(   )?[^ ]/ { exit } on' "$scratch/man.txt" >"$scratch/verb.txt"
    [ -s "$scratch/verb.txt" ] || fail "the man page has no subsection for '$verb'"
    grep -q "posthog-console $verb" "$scratch/verb.txt" || fail "the man page has no synopsis for '$verb'"
    for option in $("$program" "$verb" --help | options_of); do
        grep -qE -- "^ +(-[a-z], )?$option( |\$)" "$scratch/verb.txt" || fail "the man page does not list $verb's $option"
    done
done
awk '$0 == "OPTIONS" { on = 1; next } on && /^[^ ]/ { exit } on' "$scratch/man.txt" >"$scratch/options.txt"
for option in $("$program" --help | sed -n '/^Options:/,/^$/p' | options_of); do
    grep -qE -- "^ +(-[a-z], )?$option( |\$)" "$scratch/options.txt" || fail "OPTIONS does not list $option"
done
echo "installed layout, program and man page: ok"
