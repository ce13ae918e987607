#!/usr/bin/env bash
# The man page generator follows the program's help: a command the help
# lists (here a 'probe' command added by a wrapper around the real program)
# gets its own subsection with its options, without a change to the
# generator; a program whose help fails or lists no commands fails the build.
# shellcheck source=tests/packaging/common.sh
. "$(dirname "$0")/common.sh"
: "${PHC_PYTHON:?}" "${PHC_PROGRAM:?}"

generate() {
    "$PHC_PYTHON" "$PHC_SOURCE_DIR/packaging/manpage/gen-manpage.py" "$1" \
        "$PHC_SOURCE_DIR/packaging/manpage/posthog-console.1.in" "$2" "$PHC_VERSION" 2026-01-01
}

fake="$scratch/bin/posthog-console"
mkdir -p "$scratch/bin"
cat >"$fake" <<SCRIPT
#!/bin/sh
case "\$1 \${2-}" in
"probe --help")
    printf 'Usage: posthog-console probe [options] URL\nProbe a running instance once.\n\nOptions:\n  --timeout <SECONDS>  How long to wait for each answer.\n  -h, --help           Show this help.\n'
    ;;
"--help "*)
    "$PHC_PROGRAM" --help | sed '/^Commands:/a\\
  probe       probe a running instance once'
    ;;
*)
    exec "$PHC_PROGRAM" "\$@"
    ;;
esac
SCRIPT
chmod +x "$fake"
verbs_of "$fake" | grep -qx probe || fail "the wrapper does not add 'probe' to --help"

generate "$fake" "$scratch/page.1" || fail "the generator failed"
export LC_ALL=C.UTF-8
groff -man -Tutf8 -ww -z "$scratch/page.1" 2>"$scratch/groff.err" || fail "groff failed"
[ ! -s "$scratch/groff.err" ] || { cat "$scratch/groff.err" >&2; fail "groff warns"; }
grep -qx '.SS probe' "$scratch/page.1" || fail "no subsection for the new command"
grep -q 'timeout' "$scratch/page.1" || fail "the new command's option is missing"
for verb in $(verbs_of "$PHC_PROGRAM"); do
    # roff spells a hyphen "\-" (upgrade\-check)
    grep -qxF ".SS ${verb//-/\\-}" "$scratch/page.1" || fail "no subsection for '$verb'"
done

# A broken program must break the build, not leave a half page.
printf '#!/bin/sh\necho "Usage: posthog-console"\n' >"$fake"
! generate "$fake" "$scratch/none.1" 2>/dev/null || fail "the generator accepted help without commands"
[ ! -e "$scratch/none.1" ] || fail "the generator wrote a page for help without commands"
# shellcheck disable=SC2016 # $1 is the fake's own argument
printf '#!/bin/sh\n[ "$1" = --help ] && exec "%s" --help\nexit 2\n' "$PHC_PROGRAM" >"$fake"
! generate "$fake" "$scratch/none.1" 2>/dev/null || fail "the generator accepted a failing command help"
echo "man page generator: ok"
