package dualcrim

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"sync"

	"github.com/offencemap/offencemap/internal/yamlx"
	"github.com/offencemap/offencemap/offences"
)

// InstrumentsFile is the name of the instruments file in a dataset.
const InstrumentsFile = "instruments.yaml"

type rawInstrument struct {
	ID               string              `yaml:"id"`
	Name             map[string]string   `yaml:"name"`
	Citation         string              `yaml:"citation"`
	URL              string              `yaml:"url"`
	Kinds            []Kind              `yaml:"kinds"`
	From             offences.Date       `yaml:"from"`
	To               offences.Date       `yaml:"to"`
	Requested        string              `yaml:"requested"`
	YieldsToTreaties bool                `yaml:"yields_to_treaties"`
	Priority         int                 `yaml:"priority"`
	TwoSided         bool                `yaml:"two_sided"`
	Scope            []offences.Category `yaml:"scope"`
	DualCrim         string              `yaml:"dual_criminality"`
	ConductTest      string              `yaml:"conduct_test"`
	Assessment       string              `yaml:"assessment"`
	Thresholds       []Threshold         `yaml:"thresholds"`
	ListWaiver       *ListWaiver         `yaml:"list_waiver"`
	FiscalProviso    string              `yaml:"fiscal_proviso"`
	Source           string              `yaml:"source"`
	Notes            []string            `yaml:"notes"`
	line             int
}

func (r *rawInstrument) SetLine(n int) { r.line = n }

// Instruments is an immutable set of instruments, safe for concurrent use.
type Instruments struct {
	list []*Instrument // by descending priority, then ID
	byID map[string]*Instrument
}

// Get returns the instrument with the given ID.
func (s *Instruments) Get(id string) (*Instrument, bool) {
	in, ok := s.byID[id]
	return in, ok
}

// All returns the instruments, highest priority first. The instruments
// must not be changed.
func (s *Instruments) All() []*Instrument { return slices.Clone(s.list) }

//go:embed data/instruments.yaml
var instrumentsData embed.FS

var defaultInstruments = sync.OnceValues(func() (*Instruments, error) {
	sub, err := fs.Sub(instrumentsData, "data")
	if err != nil {
		return nil, err
	}
	return LoadInstruments(sub, nil)
})

// DefaultInstruments returns the instruments embedded in this package. It
// panics only if the embedded data is invalid, which the tests rule out.
func DefaultInstruments() *Instruments {
	s, err := defaultInstruments()
	if err != nil {
		panic("dualcrim: embedded instruments are invalid: " + err.Error())
	}
	return s
}

// LoadInstruments reads instruments.yaml from fsys and validates it against
// vocab (the default vocabulary when nil). All problems are reported, each
// a *yamlx.Error with file and line; the joined error matches
// ErrInvalidInstruments.
func LoadInstruments(fsys fs.FS, vocab *offences.Vocabulary) (*Instruments, error) {
	if vocab == nil {
		vocab = offences.DefaultVocabulary()
	}
	b, err := fs.ReadFile(fsys, InstrumentsFile)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidInstruments, err)
	}
	var doc struct {
		Instruments []*rawInstrument `yaml:"instruments"`
	}
	errs := yamlx.Decode(InstrumentsFile, b, &doc)
	bad := func(line int, format string, args ...any) {
		errs = append(errs, &yamlx.Error{File: InstrumentsFile, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	s := &Instruments{byID: map[string]*Instrument{}}
	for _, r := range doc.Instruments {
		if r.ID == "" {
			bad(r.line, "instrument without an id")
			continue
		}
		if _, dup := s.byID[r.ID]; dup {
			bad(r.line, "instrument %q defined twice", r.ID)
			continue
		}
		in := &Instrument{ID: r.ID, Citation: r.Citation, URL: r.URL, Kinds: r.Kinds,
			Validity: offences.Validity{From: r.From, To: r.To}, Requested: r.Requested, YieldsToTreaties: r.YieldsToTreaties, Priority: r.Priority, TwoSided: r.TwoSided,
			Scope: r.Scope, Requirement: Requirement(r.DualCrim), ConductTest: r.ConductTest,
			Assessment: r.Assessment, Thresholds: r.Thresholds, ListWaiver: r.ListWaiver,
			FiscalProviso: r.FiscalProviso, Source: r.Source, Notes: r.Notes, file: InstrumentsFile, line: r.line}
		name, err := offences.NewLabels(r.Name)
		if err != nil || name.English() == "" {
			bad(r.line, "instrument %s needs an English name", r.ID)
		}
		in.Name = name
		if r.Citation == "" || r.Source == "" {
			bad(r.line, "instrument %s needs a citation and a source", r.ID)
		}
		if len(r.Kinds) == 0 {
			bad(r.line, "instrument %s governs no kind of request", r.ID)
		}
		if r.YieldsToTreaties && r.Requested == "" {
			bad(r.line, "instrument %s: yields_to_treaties is for national acts (set requested)", r.ID)
		}
		if !in.Validity.Valid() {
			bad(r.line, "instrument %s ends before it starts", r.ID)
		}
		switch in.Requirement {
		case Required, Optional:
		default:
			bad(r.line, "instrument %s: dual_criminality must be required or optional, not %q", r.ID, r.DualCrim)
		}
		switch r.Assessment {
		case "", "conduct", "decision":
		default:
			bad(r.line, "instrument %s: assessment must be conduct or decision, not %q", r.ID, r.Assessment)
		}
		for _, c := range r.Scope {
			if !vocab.HasCategory(c) {
				bad(r.line, "instrument %s: scope category %q is not in the taxonomy", r.ID, c)
			}
		}
		for _, t := range r.Thresholds {
			validThreshold(t, func(msg string) { bad(r.line, "instrument %s: %s", r.ID, msg) })
		}
		if w := r.ListWaiver; w != nil {
			if w.MinMonths < 0 || w.Article == "" || len(w.Categories) == 0 {
				bad(r.line, "instrument %s: list_waiver needs categories, min_months and an article", r.ID)
			}
			for _, c := range w.Categories {
				if !vocab.HasListCategory(c) {
					bad(r.line, "instrument %s: list category %q is not in the vocabulary", r.ID, c)
				}
			}
		}
		s.byID[r.ID] = in
		s.list = append(s.list, in)
	}
	if len(errs) > 0 {
		list := []error{ErrInvalidInstruments}
		for _, e := range errs {
			list = append(list, e)
		}
		return nil, errors.Join(list...)
	}
	for _, in := range s.list {
		in.indexCitations()
	}
	slices.SortStableFunc(s.list, func(a, b *Instrument) int {
		if a.Priority != b.Priority {
			return b.Priority - a.Priority
		}
		if a.ID < b.ID {
			return -1
		}
		return 1
	})
	return s, nil
}

func validThreshold(t Threshold, bad func(string)) {
	switch t.Purpose {
	case "", Prosecution, Sentence:
	default:
		bad(fmt.Sprintf("threshold purpose %q", t.Purpose))
	}
	switch t.Side {
	case Requesting, Requested, Both:
	default:
		bad(fmt.Sprintf("threshold side %q (want requesting, requested or both)", t.Side))
	}
	switch t.Measure {
	case MaxPenalty, SentenceImposed, SentenceRemaining:
	default:
		bad(fmt.Sprintf("threshold measure %q", t.Measure))
	}
	if t.Measure != MaxPenalty && t.Side != Requesting {
		bad("a sentence threshold can only measure the requesting side")
	}
	switch t.Op {
	case AtLeast, MoreThan:
	default:
		bad(fmt.Sprintf("threshold op %q (want ge or gt)", t.Op))
	}
	if t.Months < 0 || t.Months > 1200 {
		bad(fmt.Sprintf("threshold of %d months", t.Months))
	}
	if t.Article == "" {
		bad("threshold without an article")
	}
}
