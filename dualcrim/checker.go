package dualcrim

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/offencemap/offencemap/internal/catalog"
	"github.com/offencemap/offencemap/internal/yamlx"
	"github.com/offencemap/offencemap/jurisdictions"
	"github.com/offencemap/offencemap/offences"
)

// Checker decides dual criminality over a registry and a set of
// instruments. It is immutable and safe for concurrent use. Its category
// indexes are built once, in New, from copies of the registry's records.
type Checker struct {
	reg         *jurisdictions.Registry
	instruments *Instruments
	indexes     map[string]*catalog.Index
}

// New returns a checker over reg and instruments (the default instruments
// when nil). It checks that every membership names a known instrument and
// every national act a known jurisdiction, and reports all problems, each
// a *yamlx.Error with file and line.
func New(reg *jurisdictions.Registry, instruments *Instruments) (*Checker, error) {
	if reg == nil {
		return nil, fmt.Errorf("%w: nil registry", ErrInvalidInstruments)
	}
	if instruments == nil {
		instruments = DefaultInstruments()
	}
	var errs []error
	c := &Checker{reg: reg, instruments: instruments, indexes: map[string]*catalog.Index{}}
	for _, j := range reg.Jurisdictions() {
		for _, m := range j.Memberships() {
			in, ok := instruments.Get(m.Instrument)
			switch {
			case !ok:
				errs = append(errs, &yamlx.Error{File: m.File, Line: m.Line,
					Msg: fmt.Sprintf("membership of unknown instrument %q", m.Instrument)})
			case in.TwoSided && m.Side == "":
				errs = append(errs, &yamlx.Error{File: m.File, Line: m.Line,
					Msg: fmt.Sprintf("membership of %s, an agreement between two sides, needs a side", m.Instrument)})
			}
		}
		c.indexes[j.Code()] = buildIndex(j)
	}
	for _, in := range instruments.list {
		if in.Requested == "" {
			continue
		}
		if _, err := reg.Jurisdiction(in.Requested); err != nil {
			errs = append(errs, &yamlx.Error{File: in.file, Line: in.line,
				Msg: fmt.Sprintf("national act %s belongs to unknown jurisdiction %q", in.ID, in.Requested)})
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(append([]error{jurisdictions.ErrInvalidDataset}, errs...)...)
	}
	return c, nil
}

// buildIndex indexes private copies of a jurisdiction's records, so that
// nothing the registry hands to others can reach the checker's data.
func buildIndex(j *jurisdictions.Jurisdiction) *catalog.Index {
	all := j.Offences(0)
	offs := make([]*offences.Offence, len(all))
	for i := range all {
		offs[i] = &all[i]
	}
	recs := j.NonOffences()
	non := make([]*offences.NonOffence, len(recs))
	for i := range recs {
		non[i] = &recs[i]
	}
	return catalog.Build(offs, non)
}

var defaultChecker = sync.OnceValues(func() (*Checker, error) {
	return New(jurisdictions.Default(), DefaultInstruments())
})

// Default returns a checker over the embedded dataset and instruments,
// built on first use. It panics only if the embedded data is invalid,
// which the tests rule out.
func Default() *Checker {
	c, err := defaultChecker()
	if err != nil {
		panic("dualcrim: embedded dataset is invalid: " + err.Error())
	}
	return c
}

// Registry returns the registry the checker reads.
func (c *Checker) Registry() *jurisdictions.Registry { return c.reg }

// Instruments returns the checker's instruments.
func (c *Checker) Instruments() *Instruments { return c.instruments }

// Check decides dual criminality for each charge of the request. It
// returns an error only for a request it cannot answer at all: a malformed
// request (ErrInvalidRequest), an unknown jurisdiction or offence
// (jurisdictions.ErrUnknownJurisdiction, jurisdictions.ErrUnknownOffence),
// or no instrument (ErrNoInstrument, ErrUnknownInstrument,
// ErrInstrumentNotApplicable). Gaps in the data give Undetermined
// verdicts, not errors.
func (c *Checker) Check(req Request) (Result, error) {
	if err := req.validate(); err != nil {
		return Result{}, err
	}
	from, err := c.reg.Jurisdiction(req.From)
	if err != nil {
		return Result{}, &RequestError{Err: err, Field: "from"}
	}
	to, err := c.reg.Jurisdiction(req.To)
	if err != nil {
		return Result{}, &RequestError{Err: err, Field: "to"}
	}
	charges := make([]resolvedCharge, len(req.Charges))
	for i, ch := range req.Charges {
		if ch.Offence == "" {
			// A charge described by its conduct alone: the requested side can be
			// tested, the requesting state's penalty cannot be measured.
			charges[i] = resolvedCharge{Charge: ch, id: "conduct " + joinCategories(ch.Conduct), inForce: errNoOffence}
		} else {
			id, err := c.reg.Resolve(from.Code(), ch.Offence)
			if err != nil {
				return Result{}, &RequestError{Err: err, Field: fmt.Sprintf("charges[%d].offence", i)}
			}
			latest, _ := from.Offence(id, 0)
			charges[i] = resolvedCharge{Charge: ch, id: id, latest: latest}
			charges[i].atConduct, charges[i].inForce = from.Offence(id, ch.Committed)
		}
		charges[i].cats = charges[i].categories()
		for _, k := range ch.Conduct {
			if !c.reg.Vocabulary().HasCategory(k) {
				return Result{}, &RequestError{Err: ErrInvalidRequest, Field: fmt.Sprintf("charges[%d].conduct", i),
					Msg: fmt.Sprintf("category %q is not in the taxonomy", k)}
			}
		}
		if ch.ListCategory != "" && !c.reg.Vocabulary().HasListCategory(ch.ListCategory) {
			return Result{}, &RequestError{Err: ErrInvalidRequest, Field: fmt.Sprintf("charges[%d].list_category", i),
				Msg: fmt.Sprintf("list category %q is not in the vocabulary", ch.ListCategory)}
		}
		for e := range ch.Facts {
			if !c.reg.Vocabulary().HasElement(e) {
				return Result{}, &RequestError{Err: ErrInvalidRequest, Field: fmt.Sprintf("charges[%d].facts", i),
					Msg: fmt.Sprintf("element %q is not in the vocabulary", e)}
			}
		}
	}
	in, selected, err := c.selectInstrument(req, from, to, charges)
	if err != nil {
		return Result{}, err
	}
	res := Result{Instrument: in, Selected: selected}
	if selected {
		res.Reasons = append(res.Reasons, Reason{Code: InstrumentSelected,
			Args:      []any{in.ID, in.Label(), from.Code(), to.Code(), req.Decided.String()},
			Citations: []Citation{{Instrument: in.ID, Text: in.Citation, URL: in.URL}}})
	} else {
		res.Reasons = append(res.Reasons, Reason{Code: InstrumentNamed, Args: []any{in.ID, in.Label()},
			Citations: []Citation{{Instrument: in.ID, Text: in.Citation, URL: in.URL}}})
	}
	res.Charges = make([]ChargeResult, len(charges))
	for i := range charges {
		res.Charges[i] = c.checkCharge(req, in, to, &charges[i])
	}
	return res, nil
}

// errNoOffence marks a charge given by its conduct alone.
var errNoOffence = errors.New("no offence given")

func joinCategories(cs []offences.Category) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = string(c)
	}
	return strings.Join(parts, ",")
}

// resolvedCharge is a charge with its offence found.
type resolvedCharge struct {
	Charge
	id        string
	latest    offences.Offence // the latest version, for its categories when none was in force
	atConduct offences.Offence
	inForce   error // nil when atConduct is set
	cats      []offences.Category
}

// categories computes the conduct categories of the charge: the offence's
// and the charge's own. Check stores them in cats once per charge.
func (rc *resolvedCharge) categories() []offences.Category {
	base := rc.latest.Categories
	if rc.inForce == nil {
		base = rc.atConduct.Categories
	}
	out := append([]offences.Category(nil), base...)
	for _, k := range rc.Conduct {
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}
