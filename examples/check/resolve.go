package main

import (
	"fmt"
	"strings"

	"github.com/offencemap/offencemap/internal/fold"
	"github.com/offencemap/offencemap/jurisdictions"
	"github.com/offencemap/offencemap/jurisdictions/names"
	"github.com/offencemap/offencemap/offences"
	"golang.org/x/text/language"
)

// jurisdictionCode turns what the reader typed for -from or -to (a code,
// or a name in any language: "Deutschland", "Niemcy") into a code. Input
// that names nothing is passed on, for the checker to report.
func jurisdictionCode(reg *jurisdictions.Registry, s string, tag language.Tag) string {
	if j, ok := names.Lookup(reg.Jurisdictions(), s, tag); ok {
		return j.Code()
	}
	return s
}

// offenceID turns what the reader typed for -offence into an offence of
// the requesting state: an ID or citation as the checker resolves them,
// else the one offence whose name in some language is what was typed
// ("Betrug", "Computerbetrug"), else the only offence whose name contains
// it. A name that fits several offences is an error that lists them, so
// that the reader picks one: guessing a charge would be worse.
func offenceID(reg *jurisdictions.Registry, from, s string, at offences.Date, tag language.Tag) (string, error) {
	if s == "" {
		return s, nil
	}
	if _, err := reg.Resolve(from, s); err == nil {
		return s, nil
	}
	var whole, all []jurisdictions.Hit
	want := fold.Text(strings.TrimSpace(s))
	for _, h := range reg.Search(s, jurisdictions.SearchOptions{Jurisdictions: []string{from}, At: at, Language: tag, NoEquivalents: true}) {
		if h.OffenceID == "" || !h.Direct {
			continue
		}
		all = append(all, h)
		if fold.Text(h.Label) == want {
			whole = append(whole, h)
		}
	}
	switch {
	case len(whole) == 1:
		return whole[0].OffenceID, nil
	case len(all) == 1:
		return all[0].OffenceID, nil
	case len(all) == 0:
		return s, nil // the checker reports that it names no offence
	}
	ids := make([]string, 0, len(all))
	for _, h := range all[:min(len(all), 6)] {
		ids = append(ids, fmt.Sprintf("%s (%s)", h.OffenceID, h.Label))
	}
	return "", fmt.Errorf("-offence %q names several offences of %s: %s; give the ID or the citation", s, from, strings.Join(ids, ", "))
}
