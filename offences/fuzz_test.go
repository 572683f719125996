package offences_test

import (
	"errors"
	"os"
	"regexp"
	"testing"

	"github.com/offencemap/offencemap/offences"
)

// fuzzDataStrings returns the strings of the repository's data files that
// match re (first submatch), to seed a corpus with real notation.
func fuzzDataStrings(tb testing.TB, re *regexp.Regexp) []string {
	tb.Helper()
	files := []string{
		"data/taxonomy.yaml",
		"../jurisdictions/data/DE.yaml",
		"../jurisdictions/data/ES.yaml",
		"../jurisdictions/data/FR.yaml",
		"../jurisdictions/data/GB-EAW.yaml",
		"../jurisdictions/data/US.yaml",
		"../dualcrim/testdata/conformance/decided.yaml",
		"../dualcrim/testdata/conformance/situations.yaml",
	}
	seen := map[string]bool{}
	var out []string
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			if !seen[m[1]] {
				seen[m[1]] = true
				out = append(out, m[1])
			}
		}
	}
	if len(out) == 0 {
		tb.Fatalf("no seeds for %s", re)
	}
	return out
}

func FuzzParsePenalty(f *testing.F) {
	for _, s := range fuzzDataStrings(f, regexp.MustCompile(`\b(?:max|min): *"?([0-9a-z]+)"?`)) {
		f.Add(s)
	}
	for _, s := range []string{"", "0y", "0m", "12m", "1y11m", "1y12m", "0y13m", "100y", "101y", "1200m", "1201m",
		"+1y", "-1y", "-0y6m", "1y+6m", "y", "m", "ym", "5y5", "5Y", " 5y", "life", "Life", "fine", "99999999999999999999y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := offences.ParsePenalty(s)
		if err != nil {
			if !errors.Is(err, offences.ErrInvalid) {
				t.Fatalf("ParsePenalty(%q): error %v does not match ErrInvalid", s, err)
			}
			if p != (offences.Penalty{}) {
				t.Fatalf("ParsePenalty(%q) failed but returned %+v", s, p)
			}
			return
		}
		if p.IsZero() {
			t.Fatalf("ParsePenalty(%q) = zero penalty without error", s)
		}
		if p.Kind == offences.Custodial && (p.Months <= 0 || p.Months > 1200) {
			t.Fatalf("ParsePenalty(%q) = %d months, outside 1..1200", s, p.Months)
		}
		n := p.Notation()
		q, err := offences.ParsePenalty(n)
		if err != nil {
			t.Fatalf("ParsePenalty(%q) = %+v, whose notation %q does not parse: %v", s, p, n, err)
		}
		if q != p {
			t.Fatalf("ParsePenalty(%q) = %+v, but ParsePenalty(%q) = %+v", s, p, n, q)
		}
		if n2 := q.Notation(); n2 != n {
			t.Fatalf("notation not stable: %q then %q", n, n2)
		}
		var u offences.Penalty
		if err := u.UnmarshalText([]byte(s)); err != nil || u != p {
			t.Fatalf("UnmarshalText(%q) = %+v, %v; want %+v", s, u, err, p)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range fuzzDataStrings(f, regexp.MustCompile(`\b(?:from|to|decided|committed): *"?([0-9]{4}-[0-9]{2}-[0-9]{2})"?`)) {
		f.Add(s)
	}
	for _, s := range []string{"", "0000-01-01", "9999-12-31", "2000-02-29", "2001-02-29", "2001-13-01", "2001-00-10",
		"2001-1-1", "20010101", "2001-01-01T00:00:00Z", " 2001-01-01", "+001-01-01", "-001-01-01", "2001-01-32"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := offences.ParseDate(s)
		if err != nil {
			if !errors.Is(err, offences.ErrInvalid) {
				t.Fatalf("ParseDate(%q): error %v does not match ErrInvalid", s, err)
			}
			return
		}
		str := d.String()
		if str != s {
			t.Fatalf("ParseDate(%q) = %d, which prints as %q", s, int32(d), str)
		}
		back, err := offences.ParseDate(str)
		if err != nil || back != d {
			t.Fatalf("ParseDate(%q) = %d, %v; want %d", str, int32(back), err, int32(d))
		}
		if got := offences.DateOf(d.Time()); got != d {
			t.Fatalf("DateOf(%q.Time()) = %d, want %d", s, int32(got), int32(d))
		}
		b, _ := d.MarshalText()
		var u offences.Date
		if err := u.UnmarshalText(b); err != nil || u != d {
			t.Fatalf("UnmarshalText(MarshalText(%q)) = %d, %v", s, int32(u), err)
		}
	})
}

func FuzzParseCategory(f *testing.F) {
	for _, s := range fuzzDataStrings(f, regexp.MustCompile(`"([0-9]{2,6}(?:\.[a-z0-9_]+)*)"`)) {
		f.Add(s)
	}
	for _, s := range []string{"", "0", "07", "070", "0701", "07011", "070111", "0701111", "0701.", ".computer",
		"0701.computer", "0701..x", "0701.Computer", "02.defamation.head_of_state", "0a01", "٠٧", "0701.x.y.z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := offences.ParseCategory(s)
		if err != nil {
			if !errors.Is(err, offences.ErrInvalid) {
				t.Fatalf("ParseCategory(%q): error %v does not match ErrInvalid", s, err)
			}
			return
		}
		if string(c) != s {
			t.Fatalf("ParseCategory(%q) = %q", s, c)
		}
		if !c.Within(c) {
			t.Fatalf("%q is not within itself", c)
		}
		if !c.Within(c.Section()) {
			t.Fatalf("%q is not within its section %q", c, c.Section())
		}
		// The Parent chain must end in "" after at most len(c) steps, each
		// step shortening the code and staying well formed.
		steps := 0
		for x := c; x != ""; x = x.Parent() {
			if steps > len(s) {
				t.Fatalf("Parent chain of %q does not terminate (at %q after %d steps)", c, x, steps)
			}
			if p := x.Parent(); p != "" {
				if len(p) >= len(x) {
					t.Fatalf("Parent(%q) = %q is not shorter", x, p)
				}
				if _, err := offences.ParseCategory(string(p)); err != nil {
					t.Fatalf("Parent(%q) = %q is malformed: %v", x, p, err)
				}
				if !c.Within(p) {
					t.Fatalf("%q is not within its ancestor %q", c, p)
				}
			}
			steps++
		}
		var u offences.Category
		if err := u.UnmarshalText([]byte(s)); err != nil || u != c {
			t.Fatalf("UnmarshalText(%q) = %q, %v", s, u, err)
		}
	})
}
