# tests/install/tree.sh - cmake --install into a DESTDIR puts every file in
# place, and examples/embed.c builds against the installed kgraph.pc (the
# shared library, and libkgraph.a with --static) and runs
# Args after WORK: the build folder, the C compiler, extra compiler flags.
. "$(dirname "$0")/lib.sh"
BUILD=$4
CC=${5:-cc}
CFLAGS=${6:-}
command -v pkg-config >/dev/null 2>&1 || { echo "no pkg-config"; exit 77; }
D=$WORK/root
P=/usr/local
DESTDIR=$D cmake --install "$BUILD" --prefix $P >install.log 2>&1 ||
	fail "cmake --install: $(tail -5 install.log)"

for f in bin/kgraph lib/libkgraph.a lib/libkgraph.so lib/libkgraph.so.0 \
	include/kgraph/kgraph.h include/kgraph/store.h \
	include/kgraph/search.h lib/pkgconfig/kgraph.pc \
	share/man/man1/kgraph.1 share/bash-completion/completions/kgraph; do
	[ -e "$D$P/$f" ] || fail "not installed: $P/$f"
done
[ -L "$D$P/lib/libkgraph.so" ] || fail "libkgraph.so is not a link"
if command -v readelf >/dev/null 2>&1; then
	readelf -d "$D$P/lib/libkgraph.so" >elf.txt
	grep -q 'SONAME.*\[libkgraph\.so\.0\]' elf.txt || fail "soname"
fi
"$D$P/bin/kgraph" --version >out || fail "installed kgraph --version"
grep -q "^kgraph [0-9]" out || fail "version: $(cat out)"

# pkg-config, the files found under the DESTDIR as if it were the root
export PKG_CONFIG_PATH="$D$P/lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$D"
grep -q "^prefix=$P\$" "$D$P/lib/pkgconfig/kgraph.pc" || fail "prefix"
pkg-config --exists kgraph || fail "pkg-config does not find kgraph"
cflags=$(pkg-config --cflags kgraph)
libs=$(pkg-config --libs kgraph)
case "$cflags $libs" in
*"-I$D$P/include"*"-L$D$P/lib"*"-lkgraph"*) ;;
*) fail "pkg-config gives '$cflags $libs'" ;;
esac
pkg-config --static --libs kgraph | grep -q -- -lsqlite3 ||
	fail "Requires.private"

# The example, against the shared library, then the static one.
# shellcheck disable=SC2086 # flags are words
"$CC" $CFLAGS -o embed "$SRC/examples/embed.c" $cflags $libs 2>cc.err ||
	fail "embed.c (shared): $(cat cc.err)"
LD_LIBRARY_PATH="$D$P/lib" ./embed >out 2>err || fail "embed failed"
if command -v ldd >/dev/null 2>&1; then
	LD_LIBRARY_PATH="$D$P/lib" ldd ./embed | grep -q "libkgraph.so.0 => $D" ||
		fail "embed does not use the installed libkgraph.so.0"
fi
check_embed() {
	expect_out "Aino Virtanen -met_with-> Kaarel Tamm  (helsinki.txt#0)"
	expect_out "Kaarel Tamm -attended-> Tallinn summit  (tallinn.txt#0)"
	expect_out "search: helsinki.txt#1: The two leaders discussed sanctions"
	expect_out "digraph kgraph {"
	expect_out 'label="Kaarel Tamm"'
	[ "$(tail -n 1 out)" = "}" ] || fail "DOT does not end the output"
}
check_embed
slibs=$(pkg-config --static --libs kgraph | sed 's/-lkgraph /-l:libkgraph.a /')
# shellcheck disable=SC2086
"$CC" $CFLAGS -o embed-static "$SRC/examples/embed.c" $cflags $slibs \
	2>cc.err || fail "embed.c (static): $(cat cc.err)"
./embed-static >out 2>err || fail "embed-static failed"
check_embed
if command -v ldd >/dev/null 2>&1; then
	! ldd ./embed-static | grep -q libkgraph || fail "embed-static uses .so"
fi
exit 0
