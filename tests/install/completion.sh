# tests/install/completion.sh - the bash completion offers the commands
# `kgraph help` lists and, for each, the options its --help lists
. "$(dirname "$0")/lib.sh"
command -v bash >/dev/null 2>&1 || { echo "no bash"; exit 77; }
COMP="$SRC/scripts/kgraph.bash-completion"

# complete WORDS...: what the completion offers for the last word, sorted
complete_words() {
	bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1));
		_kgraph; printf "%s\n" "${COMPREPLY[@]}"' sh "$COMP" "$@" |
		sort
}

cmds=$("$KGRAPH" help | sed -n '/^Commands:/,/^$/p' |
	sed -n 's/^  \([a-z][a-z0-9-]*\) .*/\1/p' | sort)
[ -n "$cmds" ] || fail "kgraph help lists no commands"
expect_eq "commands" "$(complete_words kgraph '' | grep -v '^-')" "$cmds"
expect_eq "prefix" "$(complete_words kgraph se)" "search"
for c in $cmds; do
	[ "$c" = help ] && continue
	want=$("$KGRAPH" "$c" --help | sed -n '/^Options:/,$p' |
		grep -oE '^  (-[a-zA-Z], )?--?[a-zA-Z0-9-]+' |
		sed 's/,//' | tr -s ' ' '\n' | grep . | sort)
	expect_eq "options of $c" "$(complete_words kgraph "$c" -)" "$want"
done
expect_eq "formats" "$(complete_words kgraph export --format g)" \
	"$(printf 'gexf\ngraphml')"
expect_eq "predicates" "$(complete_words kgraph facts --predicate me)" \
	"$(printf 'member_of\nmet_with')"
touch a.db b.txt
expect_eq "--db" "$(complete_words kgraph search --db '')" "a.db"
exit 0
