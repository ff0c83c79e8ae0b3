package report

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// gofpdf reads only a font's format-4 character map, which cannot name a
// character beyond U+FFFF (𠮷 U+20BB7, emoji), and writes text as 16-bit
// codes. So a fallback font is given to gofpdf remapped: the glyphs of the
// characters a document needs are put at Private Use Area codes in a new
// format-4 map, and the text writer prints those codes in that font (see
// fontSet). This file reads a TrueType font (or one font of a collection)
// just far enough for that.

// sfntFont is the tables of one TrueType font.
type sfntFont struct {
	tags   []string
	tables map[string][]byte
}

var errNotTrueType = errors.New("report: not a TrueType font")

// parseSFNT reads the font at index of b (a .ttf, or a .ttc collection).
func parseSFNT(b []byte, index int) (*sfntFont, error) {
	if len(b) < 12 {
		return nil, errNotTrueType
	}
	off := 0
	if string(b[:4]) == "ttcf" {
		n := int(binary.BigEndian.Uint32(b[8:12]))
		if index >= n || len(b) < 12+4*n {
			return nil, fmt.Errorf("report: font collection has %d fonts, not %d", n, index+1)
		}
		off = int(binary.BigEndian.Uint32(b[12+4*index:]))
	}
	if off+12 > len(b) {
		return nil, errNotTrueType
	}
	if v := binary.BigEndian.Uint32(b[off:]); v != 0x00010000 && v != 0x74727565 { // 'true'; 'OTTO' (CFF) is not for gofpdf
		return nil, errNotTrueType
	}
	n := int(binary.BigEndian.Uint16(b[off+4:]))
	f := &sfntFont{tables: map[string][]byte{}}
	for i := 0; i < n; i++ {
		rec := off + 12 + 16*i
		if rec+16 > len(b) {
			return nil, errNotTrueType
		}
		tag := string(b[rec : rec+4])
		start, size := int(binary.BigEndian.Uint32(b[rec+8:])), int(binary.BigEndian.Uint32(b[rec+12:]))
		if start < 0 || size < 0 || start+size > len(b) {
			return nil, fmt.Errorf("report: font table %s out of the file", tag)
		}
		f.tags = append(f.tags, tag)
		f.tables[tag] = b[start : start+size]
	}
	for _, t := range []string{"cmap", "glyf", "loca", "head", "hhea", "hmtx", "maxp"} {
		if f.tables[t] == nil {
			return nil, fmt.Errorf("report: font has no %s table: %w", t, errNotTrueType)
		}
	}
	return f, nil
}

// glyphs reads the font's Unicode map: format 12 (all planes) when there is
// one, else format 4 (U+0000–U+FFFF).
func (f *sfntFont) glyphs() map[rune]uint16 {
	c := f.tables["cmap"]
	if len(c) < 4 {
		return nil
	}
	var best, bestRank int = -1, 0
	for i, n := 0, int(binary.BigEndian.Uint16(c[2:])); i < n && 4+8*i+8 <= len(c); i++ {
		rec := c[4+8*i:]
		platform, encoding := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[2:])
		off := int(binary.BigEndian.Uint32(rec[4:]))
		if off+2 > len(c) {
			continue
		}
		format := binary.BigEndian.Uint16(c[off:])
		rank := 0
		switch {
		case format == 12 && (platform == 3 && encoding == 10 || platform == 0):
			rank = 2
		case format == 4 && (platform == 3 && encoding == 1 || platform == 0):
			rank = 1
		}
		if rank > bestRank {
			best, bestRank = off, rank
		}
	}
	if best < 0 {
		return nil
	}
	out := map[rune]uint16{}
	t := c[best:]
	if binary.BigEndian.Uint16(t) == 12 {
		if len(t) < 16 {
			return nil
		}
		n := int(binary.BigEndian.Uint32(t[12:]))
		for i := 0; i < n && 16+12*i+12 <= len(t); i++ {
			g := t[16+12*i:]
			lo, hi, gid := binary.BigEndian.Uint32(g), binary.BigEndian.Uint32(g[4:]), binary.BigEndian.Uint32(g[8:])
			for r := lo; r <= hi && r <= 0x10ffff && hi-lo < 0x110000; r++ {
				if id := gid + (r - lo); id != 0 && id <= 0xffff {
					out[rune(r)] = uint16(id)
				}
			}
		}
		return out
	}
	if len(t) < 14 {
		return nil
	}
	segs := int(binary.BigEndian.Uint16(t[6:])) / 2
	ends, starts := 14, 16+2*segs
	deltas, ranges := starts+2*segs, starts+4*segs
	if ranges+2*segs > len(t) {
		return nil
	}
	for i := 0; i < segs; i++ {
		end, start := binary.BigEndian.Uint16(t[ends+2*i:]), binary.BigEndian.Uint16(t[starts+2*i:])
		delta, ro := binary.BigEndian.Uint16(t[deltas+2*i:]), int(binary.BigEndian.Uint16(t[ranges+2*i:]))
		for r := int(start); r <= int(end) && r != 0xffff; r++ {
			var gid uint16
			if ro == 0 {
				gid = uint16(r) + delta
			} else {
				at := ranges + 2*i + ro + 2*(r-int(start))
				if at+2 > len(t) {
					continue
				}
				if gid = binary.BigEndian.Uint16(t[at:]); gid != 0 {
					gid += delta
				}
			}
			if gid != 0 {
				out[rune(r)] = gid
			}
		}
	}
	return out
}

// puaBase is where remapped characters go: U+E000, the Private Use Area.
const puaBase = 0xe000

// remapped writes the font again with a new character map that holds only
// the glyphs gids, at U+E000, U+E001 … in that order: gofpdf can then cut
// and print them.
func (f *sfntFont) remapped(gids []uint16) []byte {
	tables := map[string][]byte{}
	for t, b := range f.tables {
		tables[t] = b
	}
	tables["cmap"] = format4PUA(gids)
	tags := append([]string(nil), f.tags...)
	sort.Strings(tags)
	out := make([]byte, 12+16*len(tags))
	binary.BigEndian.PutUint32(out, 0x00010000)
	binary.BigEndian.PutUint16(out[4:], uint16(len(tags)))
	for i, tag := range tags {
		b := tables[tag]
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		rec := out[12+16*i:]
		copy(rec, tag)
		binary.BigEndian.PutUint32(rec[4:], checksum(b))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(b)))
		out = append(out, b...)
	}
	return out
}

// format4PUA is a cmap table of one Windows Unicode format-4 subtable
// mapping U+E000+i to gids[i], one segment per character.
func format4PUA(gids []uint16) []byte {
	segs := len(gids) + 1 // and the closing 0xFFFF segment
	sub := make([]byte, 16+8*segs)
	binary.BigEndian.PutUint16(sub, 4)
	binary.BigEndian.PutUint16(sub[2:], uint16(len(sub)))
	binary.BigEndian.PutUint16(sub[6:], uint16(2*segs))
	p := 1
	for p*2 <= segs {
		p *= 2
	}
	binary.BigEndian.PutUint16(sub[8:], uint16(2*p))
	e := 0
	for 1<<(e+1) <= p {
		e++
	}
	binary.BigEndian.PutUint16(sub[10:], uint16(e))
	binary.BigEndian.PutUint16(sub[12:], uint16(2*segs-2*p))
	ends, starts := 14, 16+2*segs
	deltas := starts + 2*segs
	for i := 0; i < segs; i++ {
		code, delta := uint16(0xffff), uint16(1)
		if i < len(gids) {
			code = uint16(puaBase + i)
			delta = gids[i] - code
		}
		binary.BigEndian.PutUint16(sub[ends+2*i:], code)
		binary.BigEndian.PutUint16(sub[starts+2*i:], code)
		binary.BigEndian.PutUint16(sub[deltas+2*i:], delta)
	}
	head := []byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12}
	return append(head, sub...)
}

func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
