# tests/install/manpage.sh - docs/kgraph.1 is what scripts/gen-manpage.sh
# makes of the current help texts, and covers every command `kgraph help`
# lists with every option of its --help
. "$(dirname "$0")/lib.sh"
MAN="$SRC/docs/kgraph.1"
sh "$SRC/scripts/gen-manpage.sh" "$KGRAPH" >kgraph.1 || fail "gen-manpage.sh"
diff "$MAN" kgraph.1 >man.diff ||
	fail "docs/kgraph.1 is out of date; run: scripts/gen-manpage.sh" \
		"build/kgraph > docs/kgraph.1 ($(head -20 man.diff))"

# Independently of the generator: each command has a section, each option
# appears in it (roff writes - as \-).
cmds=$("$KGRAPH" help | sed -n '/^Commands:/,/^$/p' |
	sed -n 's/^  \([a-z][a-z0-9-]*\) .*/\1/p')
[ -n "$cmds" ] || fail "kgraph help lists no commands"
for c in $cmds; do
	grep -q "^\\.SS \"kgraph $c\"\$" "$MAN" || fail "no section for $c"
	[ "$c" = help ] && continue
	sed -n "/^\\.SS \"kgraph $c\"\$/,/^\\.S[SH] /p" "$MAN" >section
	for o in $("$KGRAPH" "$c" --help | sed -n '/^Options:/,$p' |
		grep -oE '^  (-[a-zA-Z], )?--?[a-zA-Z0-9-]+' | sed 's/,//'); do
		r=$(printf '%s' "$o" | sed 's/-/\\-/g')
		grep -qF -- "$r" section || fail "option $o of $c not in kgraph.1"
	done
done
for s in NAME SYNOPSIS DESCRIPTION COMMANDS "EXIT STATUS" FILES; do
	grep -q "^\\.SH \"*$s\"*\$" "$MAN" || fail "no $s section"
done
# groff, when present, reads it without a warning
if command -v groff >/dev/null 2>&1; then
	groff -man -Tutf8 -ww -z "$MAN" 2>groff.err || fail "groff failed"
	[ -s groff.err ] && fail "groff warns: $(head -5 groff.err)"
fi
exit 0
