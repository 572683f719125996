package offences

import "slices"

// Offence is one version of a national offence definition: what it covers,
// what it requires, how it is punished, and when that was the law.
//
// Versions of one offence share the ID and differ in Validity (and usually
// in penalty). Offence values handed out by a registry are copies: changing
// them does not change the registry.
type Offence struct {
	// ID is stable across versions: JUR/ACT/PROVISION, e.g. "DE/StGB/263".
	ID string `json:"id"`
	// Jurisdiction is the code of the legal system, e.g. "DE", "GB-EAW".
	Jurisdiction string `json:"jurisdiction"`
	// Act is the short name of the statute ("StGB", "FraudAct2006", "CL"
	// for common law) and Provision the article, section or name in it.
	Act       string `json:"act"`
	Provision string `json:"provision"`
	// Citation is the pinpoint as lawyers of the state write it.
	Citation string `json:"citation"`
	// Aliases are further ways the offence is cited or named.
	Aliases []string `json:"aliases,omitempty"`
	// URL points to the text (ELI where there is one).
	URL string `json:"url,omitempty"`
	// Labels name the offence in the official language(s) and English.
	Labels Labels `json:"labels"`
	// Categories are the conduct categories the offence covers.
	Categories []Category `json:"categories"`
	// Elements are the facts the definition requires.
	Elements []Element `json:"elements,omitempty"`
	// ListCategory is the list category the state itself files the
	// offence under, where known (used for list-based waivers).
	ListCategory ListCategory `json:"list_category,omitempty"`
	// Max and Min are the penalty range of the basic offence in this
	// version; Min is zero when the law sets none.
	Max Penalty `json:"max"`
	Min Penalty `json:"min,omitzero"`
	// Validity is when this version was in force.
	Validity Validity `json:"validity"`
	// Source says where the definition was read; PenaltySource where this
	// version's penalty and dates were read.
	Source        string `json:"source"`
	PenaltySource string `json:"penalty_source,omitempty"`
}

// Requires reports whether the definition requires element e.
func (o *Offence) Requires(e Element) bool { return slices.Contains(o.Elements, e) }

// Covers reports whether one of the offence's categories is c or contains
// c.
func (o *Offence) Covers(c Category) bool { return c.WithinAny(o.Categories) }

// Clone returns a deep copy, so that a caller may change it freely.
func (o Offence) Clone() Offence {
	o.Aliases = slices.Clone(o.Aliases)
	o.Categories = slices.Clone(o.Categories)
	o.Elements = slices.Clone(o.Elements)
	return o
}

// NonOffence is a sourced record that some conduct is not an offence in a
// jurisdiction during a period ("no criminal defamation in England and
// Wales since 2010-01-12, s.73 Coroners and Justice Act 2009"). It makes
// "not an offence" a fact with a citation rather than an absence of data.
type NonOffence struct {
	ID           string     `json:"id"`
	Jurisdiction string     `json:"jurisdiction"`
	Categories   []Category `json:"categories"`
	Citation     string     `json:"citation"`
	Labels       Labels     `json:"labels"`
	Validity     Validity   `json:"validity"`
	// Unless lists elements whose presence may bring the conduct under
	// other offences of the jurisdiction (price fixing with deception may
	// be fraud): the record decides only conduct the facts show to be
	// without every one of them.
	Unless []Element `json:"unless,omitempty"`
	Source string    `json:"source"`
}

// Covers reports whether the record speaks of conduct of category c: c is
// one of its categories or lies within one.
func (n *NonOffence) Covers(c Category) bool { return c.WithinAny(n.Categories) }

// Clone returns a deep copy.
func (n NonOffence) Clone() NonOffence {
	n.Categories = slices.Clone(n.Categories)
	n.Unless = slices.Clone(n.Unless)
	return n
}
