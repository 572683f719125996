// Package fold normalizes text for matching: case and diacritics are
// folded, so that "Código Penal", "codigo penal" and "CÓDIGO PENAL" compare
// equal.
package fold

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Text folds case and removes diacritics. The transformer is built per call
// because x/text transformers are stateful and must not be shared between
// goroutines.
func Text(s string) string {
	if !hasDiacritics(s) {
		return strings.ToLower(s) // nothing to fold but case
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// Citation folds a legal citation into space-separated tokens: case and
// diacritics folded, a dot between two letters dropped ("U.S.C." → "usc"),
// a dot between two digits kept ("248.2"), other punctuation except '-',
// '(' and ')' turned into spaces, "§" and
// "¶" made tokens of their own.
func Citation(s string) []string {
	f := []rune(Text(s))
	var b strings.Builder
	for i, r := range f {
		switch {
		case r == '.' && i > 0 && i+1 < len(f) && unicode.IsLetter(f[i-1]) && unicode.IsLetter(f[i+1]):
			// "u.s.c" → "usc"
		case r == '.' && i > 0 && unicode.IsLetter(f[i-1]) && i+1 == len(f) && i >= 2 && f[i-2] == '.':
			// the final dot of "u.s.c."
		case r == '.' && i > 0 && i+1 < len(f) && unicode.IsDigit(f[i-1]) && unicode.IsDigit(f[i+1]):
			b.WriteRune(r) // "248.2": a paragraph of an article stays with it
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '(' || r == ')':
			b.WriteRune(r)
		case r == '§' || r == '¶':
			b.WriteString(" § ")
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Fields(b.String())
}

// hasDiacritics reports whether s has a non-ASCII letter or mark, the only
// runes the transformer would change beyond case ("§" and "–" are not).
func hasDiacritics(s string) bool {
	for _, r := range s {
		if r >= 0x80 && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
			return true
		}
	}
	return false
}
