package jurisdictions

import (
	"slices"
	"strings"

	"github.com/offencemap/offencemap/internal/fold"
)

// fillers are the words people put around a provision number: "§", "art.",
// "s.", "section", "Abs.", "para" and their kin in the dataset's languages.
var fillers = map[string]bool{
	"§": true, "§§": true, "art": true, "arts": true, "article": true, "articles": true, "artikel": true,
	"articulo": true, "articolo": true, "s": true, "ss": true, "sec": true, "section": true, "sections": true,
	"of": true, "the": true, "del": true, "de": true, "du": true, "des": true, "der": true, "des-": true,
	"no": true, "nr": true, "n": true, "title": true,
}

// subMarkers introduce a subdivision of a provision, which the resolver
// passes over: "§ 263 Abs. 1 StGB" is § 263 StGB.
var subMarkers = map[string]bool{
	"abs": true, "absatz": true, "satz": true, "para": true, "paragraph": true, "al": true, "alinea": true,
	"apartado": true, "comma": true, "lit": true, "sub": true, "subs": true, "subsection": true, "ziff": true,
}

type actName struct {
	tokens []string
	act    string
}

// resolver turns the usual ways of writing a citation into offence IDs.
type resolver struct {
	acts       []actName                    // longest first
	knownActs  map[string]bool              // acts whose names were added
	provisions map[string]map[string]string // act → folded provision → ID
	aliases    map[string]string            // folded alias or citation → ID
	ids        map[string]bool
}

func newResolver() *resolver {
	return &resolver{provisions: map[string]map[string]string{}, aliases: map[string]string{}, ids: map[string]bool{}, knownActs: map[string]bool{}}
}

func (r *resolver) addAct(act string, names ...string) {
	if len(names) == 0 && r.knownActs[act] {
		return // the common case: one more offence of an act already known
	}
	r.knownActs[act] = true
	for _, n := range append([]string{act}, names...) {
		toks := fold.Citation(n)
		if len(toks) == 0 {
			continue
		}
		if slices.ContainsFunc(r.acts, func(a actName) bool { return a.act == act && slices.Equal(a.tokens, toks) }) {
			continue
		}
		r.acts = append(r.acts, actName{tokens: toks, act: act})
	}
	slices.SortStableFunc(r.acts, func(a, b actName) int { return len(b.tokens) - len(a.tokens) })
}

func (r *resolver) addOffence(id, act, provision, citation string, aliases []string) {
	r.ids[id] = true
	if r.provisions[act] == nil {
		r.provisions[act] = map[string]string{}
	}
	r.provisions[act][provisionKey(strings.Join(fold.Citation(provision), " "))] = id
	for _, a := range append([]string{citation}, aliases...) {
		r.aliases[strings.Join(fold.Citation(a), " ")] = id
	}
}

// resolve returns the ID a citation names, or "".
func (r *resolver) resolve(citation string) string {
	if r.ids[citation] {
		return citation
	}
	toks := fold.Citation(citation)
	if id, ok := r.aliases[strings.Join(toks, " ")]; ok {
		return id
	}
	for _, a := range r.acts {
		at := indexTokens(toks, a.tokens)
		if at < 0 {
			continue
		}
		rest := append(slices.Clone(toks[:at]), toks[at+len(a.tokens):]...)
		if id := r.provision(a.act, rest); id != "" {
			return id
		}
	}
	return ""
}

// provision finds the provision among the tokens left once the act's name
// is taken out: the first token that is not a filler word, without the
// subdivisions that follow it.
func (r *resolver) provision(act string, toks []string) string {
	table := r.provisions[act]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if fillers[t] {
			continue
		}
		if subMarkers[t] {
			i++ // and the number after it
			continue
		}
		if i+1 < len(toks) && suffixes[toks[i+1]] {
			if id, ok := table[provisionKey(t+toks[i+1])]; ok { // "197 bis" → 197bis
				return id
			}
		}
		for p := t; p != ""; p = trimSubdivision(p) {
			if id, ok := table[provisionKey(p)]; ok {
				return id
			}
		}
		// A named provision of several words ("cheating the public revenue").
		if id, ok := table[strings.Join(toks[i:], " ")]; ok {
			return id
		}
		return ""
	}
	return ""
}

// suffixes are the Latin ordinals that make new articles between old ones.
var suffixes = map[string]bool{"bis": true, "ter": true, "quater": true, "quinquies": true, "sexies": true}

// provisionKey makes provisions compare without their parentheses, so that
// "1030(a)(2)" finds an ID written 1030a2.
func provisionKey(p string) string {
	return provisionKeyReplacer.Replace(p)
}

// provisionKeyReplacer is built once: a Replacer prepares its tables on
// first use, and is safe for concurrent use.
var provisionKeyReplacer = strings.NewReplacer("(", "", ")", "", " ", "")

// trimSubdivision drops the last "(x)" or ".n" of a provision: "1030(a)(4)"
// → "1030(a)", "248.2" → "248", "263" → "".
func trimSubdivision(p string) string {
	if strings.HasSuffix(p, ")") {
		if i := strings.LastIndexByte(p, '('); i > 0 {
			return p[:i]
		}
	}
	if i := strings.LastIndexByte(p, '.'); i > 0 {
		return p[:i]
	}
	return ""
}

func indexTokens(hay, needle []string) int {
	for i := 0; i+len(needle) <= len(hay); i++ {
		if slices.Equal(hay[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}

// Resolve returns the ID of the offence of jurisdiction jur that citation
// names. It accepts the ID itself ("DE/StGB/263") and the usual ways of
// citing: "§ 263 StGB", "StGB 263", "§ 263 Abs. 1 StGB", "s.1 Fraud Act
// 2006", "Fraud Act 2006, s. 1(3)", "art. 313-1 CP", "18 U.S.C. § 1343",
// and the aliases the dataset gives. Case and diacritics do not matter.
func (r *Registry) Resolve(jur, citation string) (string, error) {
	j, err := r.Jurisdiction(jur)
	if err != nil {
		return "", err
	}
	if id := j.resolver.resolve(strings.TrimSpace(citation)); id != "" {
		return id, nil
	}
	return "", &LookupError{Err: ErrUnknownOffence, Jurisdiction: jur, Query: citation,
		Hint: "give an offence ID such as " + j.exampleID() + " or a citation of an act the dataset knows"}
}

func (j *Jurisdiction) exampleID() string {
	if offs := j.index.Offences(); len(offs) > 0 {
		return offs[0].ID
	}
	return j.code + "/ACT/PROVISION"
}
