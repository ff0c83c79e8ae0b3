#!/bin/sh
# fallback.sh makes the two small fallback fonts the PDFs print with where
# the report font (WenQuanYi Micro Hei) has no glyph and the system has no
# font that does (see ../fontfallback.go):
#
#   kams-ext-cjk.ttf.gz      HanaMinB (GlyphWiki, Hanazono Font License or
#                            OFL): the 303 characters beyond U+FFFF of
#                            JIS X 0213 plus 𠮷 (U+20BB7), rare-name
#                            characters (304 glyphs, ~90 KB)
#   kams-ext-symbols.ttf.gz  Symbola (George Douros, free for any use):
#                            faces, hands, hearts, people (U+1F440–1F4AF,
#                            U+1F600–1F64F, U+1F910–1F92F) and the
#                            symbols and dingbats U+2600–27BF, in text
#                            presentation (~150 KB)
#
# Needs Debian's fonts-hanazono, fonts-symbola and python3-fonttools; run
# from this folder. The output is committed: the build needs none of them.
set -eu
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
$py - "$tmp" <<'PY'
import sys
from fontTools.ttLib import TTFont
tmp = sys.argv[1]
jis = set()
for b1 in range(0xa1, 0xff):
    for b2 in range(0xa1, 0xff):
        for pre in (b'', b'\x8f'):
            try:
                s = (pre + bytes([b1, b2])).decode('euc_jis_2004')
            except UnicodeDecodeError:
                continue
            jis.update(ord(c) for c in s if ord(c) > 0xffff)
jis.add(0x20BB7)
open(tmp + '/cjk.txt', 'w').write(','.join('U+%X' % c for c in sorted(jis)))
have = TTFont('/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf').getBestCmap()
ranges = [(0x1F440, 0x1F4AF), (0x1F600, 0x1F64F), (0x1F910, 0x1F92F), (0x2600, 0x27BF)]
sym = [c for a, b in ranges for c in range(a, b + 1) if c in have]
open(tmp + '/symbols.txt', 'w').write(','.join('U+%X' % c for c in sym))
PY
$py -m fontTools.subset /usr/share/fonts/truetype/hanazono/HanaMinB.ttf --unicodes-file="$tmp/cjk.txt" \
  --output-file="$tmp/cjk.ttf" --no-hinting --drop-tables+=BASE,FFTM,GDEF,GSUB,GPOS,vhea,vmtx
$py -m fontTools.subset /usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf --unicodes-file="$tmp/symbols.txt" \
  --output-file="$tmp/symbols.ttf" --no-hinting --drop-tables+=GDEF,GSUB,GPOS
gzip -9n <"$tmp/cjk.ttf" >kams-ext-cjk.ttf.gz
gzip -9n <"$tmp/symbols.ttf" >kams-ext-symbols.ttf.gz
