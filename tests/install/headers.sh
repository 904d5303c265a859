# tests/install/headers.sh - each public header compiles on its own, twice
# included, with strict warnings (as libgit2's headertest does), and the
# umbrella header kgraph.h includes every one of them
# Args after WORK: the C compiler.
. "$(dirname "$0")/lib.sh"
CC=${4:-cc}
n=0
for h in "$SRC"/include/kgraph/*.h; do
	b=$(basename "$h")
	printf '#include <kgraph/%s>\n#include <kgraph/%s>\n' "$b" "$b" >t.c
	"$CC" -std=c11 -Wall -Wextra -pedantic -Werror -Wstrict-prototypes \
		-Wshadow -Wconversion -fsyntax-only -I"$SRC/include" t.c \
		2>cc.err || fail "$b does not compile alone: $(cat cc.err)"
	case $b in
	kgraph.h) ;;
	*) grep -q "^#include \"$b\"" "$SRC/include/kgraph/kgraph.h" ||
		fail "kgraph.h does not include $b" ;;
	esac
	n=$((n + 1))
done
[ "$n" -ge 10 ] || fail "only $n headers in include/kgraph"
exit 0
