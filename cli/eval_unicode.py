#!/usr/bin/env python3
"""cli/eval_unicode.py - writes cli/eval_unicode.h: Python's Unicode tables
(str.lower, re's \\w) for kgraph eval's word splitting.  Usage:
  python3 cli/eval_unicode.py > cli/eval_unicode.h && clang-format -i cli/eval_unicode.h
"""
import re, sys, unicodedata
def isw(c): return bool(re.match(r'[^\W_]', c))
nw = []; start = None
for cp in range(0x80, 0x110000):
    w = False if 0xD800 <= cp < 0xE000 else isw(chr(cp))
    if not w and start is None: start = cp
    if w and start is not None: nw.append((start, cp - 1)); start = None
if start is not None: nw.append((start, 0x10FFFF))
low = []
for cp in range(0x80, 0x110000):
    if 0xD800 <= cp < 0xE000: continue
    l = chr(cp).lower()
    if l != chr(cp) and len(l) == 1: low.append((cp, ord(l) - cp))
runs = []
for cp, d in low:
    if runs:
        lo, hi, dd, st = runs[-1]
        if dd == d and (st in (0, 1) and cp == hi + 1 and st != 2):
            runs[-1] = (lo, cp, d, 1); continue
        if dd == d and (st in (0, 2) and cp == hi + 2):
            runs[-1] = (lo, cp, d, 2); continue
    runs.append((cp, cp, d, 0))
out = sys.stdout
out.write("/* cli/eval_unicode.h - Unicode tables for eval.c's word splitting (generated)\n"
          " *\n * Generated from Python %s (Unicode %s) so that kgraph eval splits and\n"
          " * lower-cases names exactly as score.py's re.split(r\"[\\W_]+\", s.lower())\n"
          " * does.  Included by cli/eval.c only.  Regenerate with\n"
          " *   python3 cli/eval_unicode.py > cli/eval_unicode.h\n *   clang-format -i cli/eval_unicode.h\n */\n"
          % (sys.version.split()[0], unicodedata.unidata_version))
out.write("#ifndef KG_CLI_EVAL_UNICODE_H\n#define KG_CLI_EVAL_UNICODE_H\n\n#include <stdint.h>\n\n")
out.write("/* Code point ranges >= 0x80 that are not word characters (not \\w). */\n")
out.write("static const uint32_t nonword_ranges[][2] = {\n")
for i in range(0, len(nw), 4):
    out.write("\t" + " ".join("{ 0x%X, 0x%X }," % r for r in nw[i:i+4]) + "\n")
out.write("};\n\n")
out.write("/* Lower-case runs >= 0x80: lo..hi in steps of step (1 or 2) map to cp +\n"
          " * delta.  U+0130 (to \"i\" U+0307) is handled in eval.c. */\n")
out.write("static const struct lower_run {\n\tuint32_t lo, hi;\n\tint32_t delta;\n\tuint32_t step;\n} lower_runs[] = {\n")
items = ["{ 0x%X, 0x%X, %d, %d }," % (lo, hi, d, max(st, 1)) for lo, hi, d, st in runs]
for i in range(0, len(items), 3):
    out.write("\t" + " ".join(items[i:i+3]) + "\n")
out.write("};\n\n#endif\n")
