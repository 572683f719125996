package jurisdictions

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/offencemap/offencemap/internal/fold"
	"github.com/offencemap/offencemap/offences"
	"golang.org/x/text/language"
)

// Hit is one result of Registry.Search: an offence, or a category of the
// taxonomy.
type Hit struct {
	// Jurisdiction and OffenceID name an offence; both are empty for a
	// category hit.
	Jurisdiction string
	OffenceID    string
	// Category is the category a category hit names, or the category
	// through which an offence was found (Direct false).
	Category offences.Category
	// Label is the text that matched (Direct), or the offence's label in
	// the reader's language; Tag is its language.
	Label string
	Tag   language.Tag
	// Direct is true when a label of this offence or category matched
	// the query; false when the offence was found as one of the same
	// category as a match (an equivalent in another state).
	Direct bool
	// Score ranks the hits; higher is better. Only the order is
	// meaningful.
	Score int
}

// SearchOptions narrow a search.
type SearchOptions struct {
	// Jurisdictions keeps only offences of these codes (all when empty).
	Jurisdictions []string
	// At keeps only offences with a version in force on that day (all
	// when zero).
	At offences.Date
	// Language is the reader's language, for the labels of hits found
	// through their category.
	Language language.Tag
	// Limit caps the number of hits (no cap when zero).
	Limit int
	// NoEquivalents drops the offences found only through their category.
	NoEquivalents bool
}

// searchEntry is one label indexed for search.
type searchEntry struct {
	folded   string
	tokens   []string
	label    string
	tag      language.Tag
	offence  *offences.Offence // the latest version; nil for a category
	category offences.Category
}

// searchIndex holds every label of the registry, folded once.
type searchIndex struct {
	entries []searchEntry
	// byCategory lists the latest versions of the offences of a category.
	byCategory map[offences.Category][]*offences.Offence
}

func buildSearchIndex(r *Registry) *searchIndex {
	ix := &searchIndex{byCategory: map[offences.Category][]*offences.Offence{}}
	add := func(l offences.Labels, o *offences.Offence, c offences.Category) {
		l.Each(func(tag language.Tag, text string) {
			f := fold.Text(text)
			ix.entries = append(ix.entries, searchEntry{folded: f, tokens: words(f), label: text, tag: tag, offence: o, category: c})
		})
	}
	for _, info := range r.vocab.Categories() {
		add(info.Labels, nil, info.Code)
	}
	for _, code := range r.codes {
		j := r.byCode[code]
		for _, versions := range j.byID {
			o := versions[len(versions)-1]
			add(o.Labels, o, "")
			for _, c := range o.Categories {
				ix.byCategory[c] = append(ix.byCategory[c], o)
			}
		}
	}
	for _, list := range ix.byCategory {
		slices.SortFunc(list, func(a, b *offences.Offence) int { return strings.Compare(a.ID, b.ID) })
	}
	return ix
}

// words splits folded text into words.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// Search finds offences and categories by name in any language of the
// dataset, ignoring case and diacritics ("escroquerie", "Betrug",
// "oszustwo" and "fraud" all find fraud), ranked: whole-label matches
// first, then word matches, prefixes and parts of words. Each offence or
// category that matches brings the offences of its category in every
// jurisdiction (its equivalents), ranked below the direct matches, unless
// opts.NoEquivalents. An empty query finds nothing.
func (r *Registry) Search(query string, opts SearchOptions) []Hit {
	q := fold.Text(strings.TrimSpace(query))
	qw := words(q)
	if len(qw) == 0 {
		return nil
	}
	ix := r.search()
	keep := func(o *offences.Offence) bool {
		if len(opts.Jurisdictions) > 0 && !slices.Contains(opts.Jurisdictions, o.Jurisdiction) {
			return false
		}
		if opts.At != 0 {
			return slices.ContainsFunc(r.byCode[o.Jurisdiction].byID[o.ID], func(v *offences.Offence) bool { return v.Validity.Contains(opts.At) })
		}
		return true
	}
	best := map[string]Hit{} // by offence ID or category code
	put := func(key string, h Hit) {
		if old, ok := best[key]; !ok || h.Score > old.Score || (h.Score == old.Score && h.Direct && !old.Direct) {
			best[key] = h
		}
	}
	type seed struct {
		category offences.Category
		score    int
	}
	var seeds []seed
	for i := range ix.entries {
		e := &ix.entries[i]
		score := matchScore(q, qw, e)
		if score == 0 {
			continue
		}
		if e.offence == nil {
			put("category "+string(e.category), Hit{Category: e.category, Label: e.label, Tag: e.tag, Direct: true, Score: score})
			seeds = append(seeds, seed{e.category, score})
			continue
		}
		if !keep(e.offence) {
			continue
		}
		put(e.offence.ID, Hit{Jurisdiction: e.offence.Jurisdiction, OffenceID: e.offence.ID, Label: e.label, Tag: e.tag, Direct: true, Score: score})
		for _, c := range e.offence.Categories {
			seeds = append(seeds, seed{c, score})
		}
	}
	if !opts.NoEquivalents {
		for _, s := range seeds {
			for _, o := range ix.byCategory[s.category] {
				if keep(o) {
					label, tag := o.Labels.Get(opts.Language)
					put(o.ID, Hit{Jurisdiction: o.Jurisdiction, OffenceID: o.ID, Category: s.category, Label: label, Tag: tag, Score: s.score / 2})
				}
			}
		}
	}
	hits := make([]Hit, 0, len(best))
	for _, h := range best {
		hits = append(hits, h)
	}
	slices.SortFunc(hits, func(a, b Hit) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		if c := strings.Compare(a.Jurisdiction, b.Jurisdiction); c != 0 {
			return c
		}
		return strings.Compare(a.OffenceID+string(a.Category), b.OffenceID+string(b.Category))
	})
	if opts.Limit > 0 && len(hits) > opts.Limit {
		hits = hits[:opts.Limit]
	}
	return hits
}

// matchScore grades how well an entry matches the folded query: every
// query word must match a word of the label, whole (3), as its start (2)
// or inside it (1, words of four letters or more: "betrug" in
// "computerbetrug"). A label equal to the query, or starting with it, and
// short labels rank higher. Zero means no match.
func matchScore(q string, qw []string, e *searchEntry) int {
	total := 0
	for _, w := range qw {
		best := 0
		for _, t := range e.tokens {
			switch {
			case t == w:
				best = 3
			case strings.HasPrefix(t, w) && best < 2:
				best = 2
			case len(w) >= 4 && strings.Contains(t, w) && best < 1:
				best = 1
			}
		}
		if best == 0 {
			return 0
		}
		total += best
	}
	score := 100 * total / (3 * len(qw)) // 0–100: how well the words match
	switch {
	case e.folded == q:
		score += 100
	case strings.HasPrefix(e.folded, q):
		score += 20
	}
	return score*10 - min(len(e.tokens), 9) // fewer extra words first
}
