package jurisdictions

import (
	"slices"

	"github.com/offencemap/offencemap/internal/catalog"
	"github.com/offencemap/offencemap/offences"
	"golang.org/x/text/language"
)

// AssessmentDate is the day on which a requested state assesses dual
// criminality: the law in force at the conduct, or at the decision.
type AssessmentDate uint8

// The assessment dates.
const (
	// AssessmentUnknown: the dataset does not say.
	AssessmentUnknown AssessmentDate = iota
	// AtConduct: the requested state's law as in force when the acts were
	// committed (e.g. the United Kingdom, Pinochet (No 3)).
	AtConduct
	// AtDecision: the requested state's law as in force at the decision.
	AtDecision
)

// String returns "conduct", "decision" or "unknown".
func (a AssessmentDate) String() string {
	switch a {
	case AtConduct:
		return "conduct"
	case AtDecision:
		return "decision"
	default:
		return "unknown"
	}
}

// AssessmentRule is a sourced AssessmentDate.
type AssessmentRule struct {
	At     AssessmentDate
	Source string
}

// Membership is a jurisdiction's participation in a cooperation instrument
// during a period, with its reservations.
type Membership struct {
	// Instrument is the instrument's ID (e.g. "EAW", "ECE1957").
	Instrument string
	// Side names the party this jurisdiction belongs to in an agreement
	// between two sides ("EU", "UK", "US"); empty for conventions.
	Side string
	// Validity is when the instrument applied to this jurisdiction.
	Validity offences.Validity
	// Reservations are declarations and reservations that matter for
	// dual criminality, as text.
	Reservations []string
	// ConductFrom, when set, limits the instrument to conduct on or after
	// that day when this jurisdiction is the requested state (EAW Art 32
	// declarations, L. 69/2005 art. 40(2)); ListWaiverConductFrom limits
	// its list waiver the same way (L. 69/2005 art. 40(3)).
	ConductFrom           offences.Date
	ListWaiverConductFrom offences.Date
	Source                string
	// File and Line locate the record in the dataset.
	File string
	Line int
}

// Jurisdiction is a legal system: a state, or a system below a state such
// as England and Wales (GB-EAW). It holds the offence catalogue over time.
// A Jurisdiction is immutable and safe for concurrent use; the values its
// methods return are copies.
type Jurisdiction struct {
	code        string
	parent      string
	names       offences.Labels
	languages   []language.Tag
	assessment  AssessmentRule
	covers      []Coverage
	gaps        []Gap
	memberships []Membership
	file        string
	source      string

	index    *catalog.Index
	byID     map[string][]*offences.Offence // versions, oldest first
	resolver *resolver
}

// Code is the jurisdiction's code: ISO 3166-1 alpha-2 ("DE"), or a
// documented code for a legal system below a state ("GB-EAW").
func (j *Jurisdiction) Code() string { return j.code }

// Parent is the code of the state a sub-state legal system belongs to, or
// "".
func (j *Jurisdiction) Parent() string { return j.parent }

// Names are the jurisdiction's names by language.
func (j *Jurisdiction) Names() offences.Labels { return j.names }

// Languages are the official languages.
func (j *Jurisdiction) Languages() []language.Tag { return slices.Clone(j.languages) }

// Assessment says when this state assesses dual criminality as a
// requested state, where the dataset knows.
func (j *Jurisdiction) Assessment() AssessmentRule { return j.assessment }

// Coverage is a claim of the dataset that a jurisdiction's catalogue is
// complete for a category of conduct during a period: every offence of
// that kind is encoded, or a record says the conduct is not an offence.
type Coverage struct {
	Category offences.Category
	Validity offences.Validity
	Note     string
}

// Covers returns the dataset's coverage claims. Outside them, a missing
// offence means "unknown", not "not an offence".
func (j *Jurisdiction) Covers() []Coverage { return slices.Clone(j.covers) }

// CoversCategory reports whether the catalogue is complete for conduct of
// category c on day at (c is, or lies within, a covered category).
func (j *Jurisdiction) CoversCategory(c offences.Category, at offences.Date) bool {
	for _, k := range j.covers {
		if c.Within(k.Category) && k.Validity.Contains(at) {
			return true
		}
	}
	return false
}

// Memberships returns the memberships of instruments.
func (j *Jurisdiction) Memberships() []Membership {
	out := slices.Clone(j.memberships)
	for i := range out {
		out[i].Reservations = slices.Clone(out[i].Reservations)
	}
	return out
}

// Membership returns the membership of instrument id in force on day at.
func (j *Jurisdiction) Membership(id string, at offences.Date) (Membership, bool) {
	for _, m := range j.memberships {
		if m.Instrument == id && m.Validity.Contains(at) {
			m.Reservations = slices.Clone(m.Reservations)
			return m, true
		}
	}
	return Membership{}, false
}

// Bound reports whether the jurisdiction is bound by instrument id on day
// at, and on which side. Unlike Membership it copies nothing, for request
// paths.
func (j *Jurisdiction) Bound(id string, at offences.Date) (side string, ok bool) {
	for i := range j.memberships {
		if m := &j.memberships[i]; m.Instrument == id && m.Validity.Contains(at) {
			return m.Side, true
		}
	}
	return "", false
}

// ConductLimits returns the days from which instrument id, and its list
// waiver, apply to conduct when the jurisdiction is the requested state
// (zero: no limit), as bound on day at.
func (j *Jurisdiction) ConductLimits(id string, at offences.Date) (instrument, listWaiver offences.Date) {
	for i := range j.memberships {
		if m := &j.memberships[i]; m.Instrument == id && m.Validity.Contains(at) {
			return m.ConductFrom, m.ListWaiverConductFrom
		}
	}
	return 0, 0
}

// Declared reports whether the jurisdiction, bound by instrument id on day
// at, made the reservation or declaration r ("list_waiver").
func (j *Jurisdiction) Declared(id string, at offences.Date, r string) bool {
	for i := range j.memberships {
		if m := &j.memberships[i]; m.Instrument == id && m.Validity.Contains(at) {
			return slices.Contains(m.Reservations, r)
		}
	}
	return false
}

// Source says where the jurisdiction's general data was read, as the
// dataset file gives it (empty when the file gives none).
func (j *Jurisdiction) Source() string { return j.source }

// File is the dataset file the jurisdiction was read from.
func (j *Jurisdiction) File() string { return j.file }

// Offences returns every offence version of the catalogue (at zero) or the
// versions in force on day at, in the order of the dataset file, the
// versions of one offence oldest first.
func (j *Jurisdiction) Offences(at offences.Date) []offences.Offence {
	var out []offences.Offence
	for _, o := range j.index.Offences() {
		if at == 0 || o.Validity.Contains(at) {
			out = append(out, o.Clone())
		}
	}
	return out
}

// NonOffences returns the non-criminalisation records.
func (j *Jurisdiction) NonOffences() []offences.NonOffence {
	var out []offences.NonOffence
	for _, n := range j.index.NonOffences() {
		out = append(out, n.Clone())
	}
	return out
}

// ByCategory returns the offence versions in force on day at (all versions
// at zero) whose categories are c, contain c, or lie within c.
func (j *Jurisdiction) ByCategory(c offences.Category, at offences.Date) []offences.Offence {
	var out []offences.Offence
	seen := map[*offences.Offence]bool{}
	j.index.Match(c, at, func(o *offences.Offence, _ catalog.Relation) bool {
		if !seen[o] {
			seen[o] = true
			out = append(out, o.Clone())
		}
		return true
	})
	return out
}

// Offence returns the version of offence id in force on day at; with a zero
// date, the latest version.
func (j *Jurisdiction) Offence(id string, at offences.Date) (offences.Offence, error) {
	versions, ok := j.byID[id]
	if !ok {
		return offences.Offence{}, &LookupError{Err: ErrUnknownOffence, Jurisdiction: j.code, Query: id}
	}
	if at == 0 {
		return versions[len(versions)-1].Clone(), nil
	}
	for _, o := range versions {
		if o.Validity.Contains(at) {
			return o.Clone(), nil
		}
	}
	return offences.Offence{}, &LookupError{Err: ErrNotInForce, Jurisdiction: j.code, Query: id + " on " + at.String(),
		Hint: "versions in the dataset: " + periods(versions)}
}

// Versions returns every version of offence id, oldest first.
func (j *Jurisdiction) Versions(id string) []offences.Offence {
	var out []offences.Offence
	for _, o := range j.byID[id] {
		out = append(out, o.Clone())
	}
	return out
}

func periods(vs []*offences.Offence) string {
	s := ""
	for i, o := range vs {
		if i > 0 {
			s += ", "
		}
		s += o.Validity.String()
	}
	return s
}
