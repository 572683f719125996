package dualcrim

import (
	"fmt"
	"slices"

	"github.com/offencemap/offencemap/offences"
)

// Kind is what a request asks for.
type Kind string

// The kinds of request.
const (
	Extradition Kind = "extradition"
	Surrender   Kind = "surrender" // European arrest warrant and the like
	MLA         Kind = "mla"       // mutual legal assistance
	Transfer    Kind = "transfer"  // transfer of sentenced persons or sentences
)

// ParseKind parses a request kind.
func ParseKind(s string) (Kind, error) {
	switch k := Kind(s); k {
	case Extradition, Surrender, MLA, Transfer:
		return k, nil
	}
	return "", fmt.Errorf("%w: kind %q (want extradition, surrender, mla or transfer)", ErrInvalidRequest, s)
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseKind.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	*k = v
	return err
}

// Purpose is why the person is sought.
type Purpose string

// The purposes of a request.
const (
	Prosecution Purpose = "prosecution"
	Sentence    Purpose = "sentence" // execution of a custodial sentence
)

// ParsePurpose parses a purpose.
func ParsePurpose(s string) (Purpose, error) {
	switch p := Purpose(s); p {
	case Prosecution, Sentence:
		return p, nil
	}
	return "", fmt.Errorf("%w: purpose %q (want prosecution or sentence)", ErrInvalidRequest, s)
}

// UnmarshalText implements encoding.TextUnmarshaler with ParsePurpose.
func (p *Purpose) UnmarshalText(b []byte) error {
	v, err := ParsePurpose(string(b))
	*p = v
	return err
}

// Side says whose law or decision a threshold measures.
type Side string

// The sides of a threshold.
const (
	Requesting Side = "requesting"
	Requested  Side = "requested"
	Both       Side = "both"
)

// Measure is what a threshold measures.
type Measure string

// The measures of a threshold.
const (
	// MaxPenalty: the maximum penalty the law provides for the offence.
	MaxPenalty Measure = "max_penalty"
	// SentenceImposed: the custodial sentence passed.
	SentenceImposed Measure = "sentence_imposed"
	// SentenceRemaining: the part of the sentence still to be served.
	SentenceRemaining Measure = "sentence_remaining"
)

// Op compares a penalty or sentence with a threshold.
type Op string

// The comparisons.
const (
	AtLeast  Op = "ge" // "of at least N months", "N months or more"
	MoreThan Op = "gt" // "more than N months"
)

// Threshold is one seriousness condition of an instrument, e.g. "punishable
// under the laws of both Parties by a maximum of at least one year" (ECE
// Art 2(1)).
type Threshold struct {
	// Purpose limits the threshold to requests for prosecution or for a
	// sentence; empty means both.
	Purpose Purpose `yaml:"purpose" json:"purpose,omitempty"`
	Side    Side    `yaml:"side" json:"side"`
	Measure Measure `yaml:"measure" json:"measure"`
	Op      Op      `yaml:"op" json:"op"`
	Months  int     `yaml:"months" json:"months"`
	// Article is the pinpoint in the instrument.
	Article string `yaml:"article" json:"article"`
}

// Applies reports whether the threshold governs a request of purpose p.
func (t Threshold) Applies(p Purpose) bool { return t.Purpose == "" || t.Purpose == p }

// AppliesTo reports whether the threshold measures side s ("both" covers
// each side).
func (t Threshold) AppliesTo(s Side) bool { return t.Side == s || t.Side == Both }

// MetBy reports whether a penalty reaches the threshold.
func (t Threshold) MetBy(p offences.Penalty) bool {
	if t.Op == MoreThan {
		return p.MoreThan(t.Months)
	}
	return p.AtLeast(t.Months)
}

// MetByMonths reports whether a sentence of n months reaches the threshold.
func (t Threshold) MetByMonths(n int) bool {
	if t.Op == MoreThan {
		return n > t.Months
	}
	return n >= t.Months
}

// Requirement says whether an instrument makes dual criminality a
// condition.
type Requirement string

// The requirements.
const (
	// Required: the conduct must be an offence under the requested
	// state's law.
	Required Requirement = "required"
	// Optional: the requested state may refuse when it is not (EAW Art
	// 4(1)); the checker checks it and says the refusal is optional.
	Optional Requirement = "optional"
)

// ListWaiver is a list of offence categories for which an instrument waives
// the dual-criminality check when the requesting state's maximum penalty,
// under its law at the time of the conduct, reaches MinMonths (EAW Art
// 2(2)).
type ListWaiver struct {
	Categories []offences.ListCategory `yaml:"categories" json:"categories"`
	MinMonths  int                     `yaml:"min_months" json:"min_months"`
	Article    string                  `yaml:"article" json:"article"`
	// NeedsNotification: the waiver applies only between parties that
	// have each notified it (membership reservation "list_waiver").
	NeedsNotification bool `yaml:"needs_notification" json:"needs_notification,omitempty"`
}

// Covers reports whether list category c is on the list.
func (w *ListWaiver) Covers(c offences.ListCategory) bool {
	return w != nil && c != "" && slices.Contains(w.Categories, c)
}

// Instrument is a cooperation instrument with its dual-criminality rules:
// a convention, framework decision, agreement, treaty or national act.
// Instruments are immutable once loaded.
type Instrument struct {
	ID       string
	Name     offences.Labels
	Citation string
	URL      string
	Kinds    []Kind
	Validity offences.Validity
	// Requested is set for a national act: the jurisdiction whose act it
	// is, which applies it to requests from any state. Empty for
	// instruments that bind parties (from memberships).
	Requested string
	// YieldsToTreaties marks a national act that applies subject to any
	// treaty between the requested and the requesting state. When such an
	// act governs only because the dataset has no treaty between them, a
	// failed threshold of the act answers undetermined, not "not
	// satisfied": an unrecorded treaty may set another threshold.
	YieldsToTreaties bool
	// TwoSided marks an agreement between two sides (the EU and the
	// United Kingdom, the EU and the United States): it governs only
	// requests between members of different sides.
	TwoSided bool
	// Priority orders instruments that both parties share: the higher
	// governs (a framework decision over a convention over a national
	// act).
	Priority int
	// Scope, when not empty, limits the instrument to conduct within these
	// categories (e.g. the Budapest Convention to offences against
	// computer systems).
	Scope       []offences.Category
	Requirement Requirement
	// ConductTest is the pinpoint of the rule that the conduct, not the
	// name or elements of the offence, decides.
	ConductTest string
	// Assessment is the date at which the instrument has dual criminality
	// assessed, where its text says so.
	Assessment    string // "conduct", "decision" or ""
	Thresholds    []Threshold
	ListWaiver    *ListWaiver
	FiscalProviso string // pinpoint, empty when none
	Source        string
	Notes         []string
	file          string
	line          int
	// cites holds "article, citation" for each article the instrument's
	// rules name, so that a check does not build them.
	cites map[string]string
}

// cite returns the pinpoint of an article of the instrument.
func (in *Instrument) cite(article string) string {
	if article == "" {
		return in.Citation
	}
	if s, ok := in.cites[article]; ok {
		return s
	}
	return article + ", " + in.Citation
}

// indexCitations fills cites for the articles of the rules.
func (in *Instrument) indexCitations() {
	in.cites = map[string]string{}
	add := func(a string) {
		if a != "" {
			in.cites[a] = a + ", " + in.Citation
		}
	}
	for _, t := range in.Thresholds {
		add(t.Article)
	}
	if in.ListWaiver != nil {
		add(in.ListWaiver.Article)
	}
	add(in.ConductTest)
	add(in.FiscalProviso)
}

// Governs reports whether the instrument covers requests of kind k.
func (in *Instrument) Governs(k Kind) bool { return slices.Contains(in.Kinds, k) }

// InScope reports whether conduct of category c is within the instrument's
// scope.
func (in *Instrument) InScope(c offences.Category) bool {
	if len(in.Scope) == 0 {
		return true
	}
	for _, s := range in.Scope {
		if c.Within(s) {
			return true
		}
	}
	return false
}

// Label returns the instrument's English name, or its ID.
func (in *Instrument) Label() string {
	if s := in.Name.English(); s != "" {
		return s
	}
	return in.ID
}
