// Package names gives jurisdiction names in any language the reader asks
// for: the dataset's own name where it has one in that language (its
// official languages and English), else the name of the country in
// golang.org/x/text/language/display's CLDR data, else the dataset's
// English name. Sub-state systems that are not ISO countries (GB-EAW
// England and Wales, GB-SCT Scotland) keep the dataset's own names.
//
// It lives apart from package jurisdictions because the display tables
// add to the size of programs that import it (see BENCHMARKS.md); import
// it only where names in languages beyond the dataset's are needed.
package names

import (
	"slices"
	"strings"

	"github.com/offencemap/offencemap/internal/fold"
	"github.com/offencemap/offencemap/jurisdictions"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Of returns the name of the jurisdiction for a reader of tag, and the
// language of the name returned.
func Of(j *jurisdictions.Jurisdiction, tag language.Tag) (string, language.Tag) {
	own := j.Names()
	if s, used, ok := own.Match(tag); ok {
		return s, used
	}
	base, _ := tag.Base()
	if region, err := language.ParseRegion(j.Code()); err == nil && region.IsCountry() {
		if s := display.Regions(language.Make(base.String())).Name(region); s != "" {
			return s, language.Make(base.String())
		}
	}
	return own.Get(tag)
}

// Sorted returns the jurisdictions ordered by their names for a reader of
// tag, by the collation rules of that language ("Österreich" after
// "Niederlande" in German, "Česko" after "Chile" in Czech). The input is
// not changed. A collator is built per call: collators are not safe for
// concurrent use.
func Sorted(js []*jurisdictions.Jurisdiction, tag language.Tag) []*jurisdictions.Jurisdiction {
	c := collate.New(tag)
	out := slices.Clone(js)
	keys := make(map[*jurisdictions.Jurisdiction]string, len(out))
	for _, j := range out {
		keys[j], _ = Of(j, tag)
	}
	slices.SortStableFunc(out, func(a, b *jurisdictions.Jurisdiction) int { return c.CompareString(keys[a], keys[b]) })
	return out
}

// Lookup finds the jurisdiction a reader means: its code ("DE"), any of
// the dataset's names in any language ("Deutschland", "Niemcy"), or its
// CLDR name in the reader's language, compared without case and
// diacritics ("espana" finds Spain). It reports false when nothing, or
// more than one jurisdiction, has that name.
func Lookup(js []*jurisdictions.Jurisdiction, name string, tag language.Tag) (*jurisdictions.Jurisdiction, bool) {
	want := fold.Text(strings.TrimSpace(name))
	if want == "" {
		return nil, false
	}
	var found *jurisdictions.Jurisdiction
	for _, j := range js {
		match := fold.Text(j.Code()) == want
		j.Names().Each(func(_ language.Tag, s string) { match = match || fold.Text(s) == want })
		if s, _ := Of(j, tag); fold.Text(s) == want {
			match = true
		}
		if !match {
			continue
		}
		if found != nil && found != j {
			return nil, false
		}
		found = j
	}
	return found, found != nil
}
