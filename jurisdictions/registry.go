package jurisdictions

import (
	"slices"
	"strings"

	"github.com/offencemap/offencemap/offences"
)

// Registry holds jurisdictions and their catalogues. It is immutable once
// loaded and safe for concurrent use; the values its methods return are
// copies or immutable.
type Registry struct {
	vocab  *offences.Vocabulary
	byCode map[string]*Jurisdiction
	codes  []string
	// search builds the search index on first use.
	search func() *searchIndex
}

// Vocabulary returns the vocabulary the registry's data is written in.
func (r *Registry) Vocabulary() *offences.Vocabulary { return r.vocab }

// Codes returns the codes of every jurisdiction, sorted.
func (r *Registry) Codes() []string { return slices.Clone(r.codes) }

// Jurisdictions returns every jurisdiction, sorted by code.
func (r *Registry) Jurisdictions() []*Jurisdiction {
	out := make([]*Jurisdiction, len(r.codes))
	for i, c := range r.codes {
		out[i] = r.byCode[c]
	}
	return out
}

// Jurisdiction returns the jurisdiction with the given code. Codes are
// matched without regard to case.
func (r *Registry) Jurisdiction(code string) (*Jurisdiction, error) {
	if j, ok := r.byCode[code]; ok {
		return j, nil
	}
	if j, ok := r.byCode[strings.ToUpper(code)]; ok {
		return j, nil
	}
	return nil, &LookupError{Err: ErrUnknownJurisdiction, Jurisdiction: code,
		Hint: "known: " + strings.Join(r.codes, ", ")}
}

// Offence returns the version of the offence with the given ID that was in
// force on day at (the latest version for a zero date). The jurisdiction is
// the ID's first part.
func (r *Registry) Offence(id string, at offences.Date) (offences.Offence, error) {
	jur, _, _ := strings.Cut(id, "/")
	j, err := r.Jurisdiction(jur)
	if err != nil {
		return offences.Offence{}, err
	}
	return j.Offence(id, at)
}
