package dualcrim

import (
	"cmp"
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
	// versions maps an offence ID to the checker's copies of its versions,
	// oldest first.
	versions   map[string][]*offences.Offence
	categories map[offences.Category]offences.CategoryInfo
	lists      map[offences.ListCategory]offences.ListCategoryInfo
	// members marks, per jurisdiction, the instruments (by position in
	// instruments.list) it has a membership of on any date: selection
	// skips the others without reading memberships.
	members map[string]bitset
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
	c := &Checker{reg: reg, instruments: instruments, indexes: map[string]*catalog.Index{},
		versions: map[string][]*offences.Offence{}, categories: map[offences.Category]offences.CategoryInfo{},
		lists: map[offences.ListCategory]offences.ListCategoryInfo{}, members: map[string]bitset{}}
	position := make(map[string]int, len(instruments.list))
	for i, in := range instruments.list {
		position[in.ID] = i
	}
	for _, info := range reg.Vocabulary().Categories() {
		c.categories[info.Code] = info
	}
	for _, info := range reg.Vocabulary().ListCategories() {
		c.lists[info.Key] = info
	}
	for _, j := range reg.Jurisdictions() {
		var member bitset
		for _, m := range j.Memberships() {
			i, ok := position[m.Instrument]
			switch {
			case !ok:
				errs = append(errs, &yamlx.Error{File: m.File, Line: m.Line,
					Msg: fmt.Sprintf("membership of unknown instrument %q", m.Instrument)})
				continue
			case instruments.list[i].TwoSided && m.Side == "":
				errs = append(errs, &yamlx.Error{File: m.File, Line: m.Line,
					Msg: fmt.Sprintf("membership of %s, an agreement between two sides, needs a side", m.Instrument)})
			}
			member.add(i)
		}
		c.members[j.Code()] = member
		ix := buildIndex(j)
		c.indexes[j.Code()] = ix
		for _, o := range ix.Offences() {
			c.versions[o.ID] = append(c.versions[o.ID], o)
		}
	}
	for _, vs := range c.versions {
		slices.SortFunc(vs, func(a, b *offences.Offence) int { return cmp.Compare(a.Validity.From, b.Validity.From) })
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
	e := eval{c: c, n: max(1, len(req.Charges))}
	return c.decide(req, &e, make([]ChargeResult, 0, len(req.Charges)))
}

// Verdicts decides the charges of the request as Check does, without
// building reasons, equivalents or thresholds: it appends one verdict per
// charge to dst, in order, and returns the extended slice. For request
// paths that need the answer only: with a dst of sufficient capacity and
// charges naming offences by ID, it does not allocate. Errors are those of
// Check.
func (c *Checker) Verdicts(req Request, dst []Verdict) ([]Verdict, error) {
	e := eval{c: c, quiet: true, n: 1, verdicts: dst}
	if _, err := c.decide(req, &e, nil); err != nil {
		return dst, err
	}
	return e.verdicts, nil
}

// decide answers the request, appending the charges' results to out.
func (c *Checker) decide(req Request, e *eval, out []ChargeResult) (Result, error) {
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
	var buf [4]resolvedCharge
	charges := buf[:0]
	for i, ch := range req.Charges {
		rc, err := c.resolveCharge(from, i, ch)
		if err != nil {
			return Result{}, err
		}
		charges = append(charges, rc)
	}
	in, selected, err := c.selectInstrument(req, from, to, charges)
	if err != nil {
		return Result{}, err
	}
	res := Result{Instrument: in, Selected: selected}
	cite := Citation{Instrument: in.ID, Text: in.Citation, URL: in.URL}
	if selected {
		code := InstrumentSelected
		if in.Requested != "" {
			code = NationalActSelected
		}
		e.say(code, []Citation{cite}, TextArg(in.ID), LabelArg(in.ID, in.Name),
			LabelArg(from.Code(), from.Names()), LabelArg(to.Code(), to.Names()), DateArg(req.Decided))
	} else {
		e.say(InstrumentNamed, []Citation{cite}, TextArg(in.ID), LabelArg(in.ID, in.Name))
	}
	res.Reasons = tail(e.reasons, 0)
	for i := range charges {
		r := e.checkCharge(req, in, to, &charges[i])
		if e.quiet {
			e.verdicts = append(e.verdicts, r.Verdict)
		} else {
			out = append(out, r)
		}
	}
	res.Charges = out
	return res, nil
}

// resolveCharge finds the requesting offence of charge i and checks the
// charge's vocabulary.
func (c *Checker) resolveCharge(from *jurisdictions.Jurisdiction, i int, ch Charge) (resolvedCharge, error) {
	rc := resolvedCharge{Charge: ch}
	if ch.Offence == "" {
		// A charge described by its conduct alone: the requested side can be
		// tested, the requesting state's penalty cannot be measured.
		rc.conductOnly = true
	} else {
		versions, ok := c.versions[ch.Offence]
		if !ok || versions[0].Jurisdiction != from.Code() {
			id, err := c.reg.Resolve(from.Code(), ch.Offence)
			if err != nil {
				return rc, &RequestError{Err: err, Field: fmt.Sprintf("charges[%d].offence", i)}
			}
			versions = c.versions[id]
		}
		rc.latest = versions[len(versions)-1]
		for _, o := range versions {
			if o.Validity.Contains(ch.Committed) {
				rc.atConduct = o
				break
			}
		}
	}
	for _, k := range ch.Conduct {
		if !c.reg.Vocabulary().HasCategory(k) {
			return rc, &RequestError{Err: ErrInvalidRequest, Field: fmt.Sprintf("charges[%d].conduct", i),
				Msg: fmt.Sprintf("category %q is not in the taxonomy", k)}
		}
	}
	if ch.ListCategory != "" && !c.reg.Vocabulary().HasListCategory(ch.ListCategory) {
		return rc, &RequestError{Err: ErrInvalidRequest, Field: fmt.Sprintf("charges[%d].list_category", i),
			Msg: fmt.Sprintf("list category %q is not in the vocabulary", ch.ListCategory)}
	}
	for el := range ch.Facts {
		if !c.reg.Vocabulary().HasElement(el) {
			return rc, &RequestError{Err: ErrInvalidRequest, Field: fmt.Sprintf("charges[%d].facts", i),
				Msg: fmt.Sprintf("element %q is not in the vocabulary", el)}
		}
	}
	rc.cats = rc.categories()
	return rc, nil
}

// resolvedCharge is a charge with its offence found: pointers to the
// checker's own records, never handed out.
type resolvedCharge struct {
	Charge
	conductOnly bool
	latest      *offences.Offence // the latest version, for its categories when none was in force
	atConduct   *offences.Offence // nil when no version was in force at the conduct
	cats        []offences.Category
}

// name is how errors name the charge.
func (rc *resolvedCharge) name() string {
	if rc.conductOnly {
		parts := make([]string, len(rc.Conduct))
		for i, k := range rc.Conduct {
			parts[i] = string(k)
		}
		return "conduct " + strings.Join(parts, ",")
	}
	return rc.latest.ID
}

// categories computes the conduct categories of the charge: the offence's
// and the charge's own, without those that contain another of them (the
// conduct lies in the narrower one: bid rigging, not cartels in general).
// When nothing is added or dropped the result is the offence's own slice,
// which is only read.
func (rc *resolvedCharge) categories() []offences.Category {
	var base []offences.Category
	switch {
	case rc.atConduct != nil:
		base = rc.atConduct.Categories
	case rc.latest != nil:
		base = rc.latest.Categories
	}
	if len(rc.Conduct) == 0 && !hasNested(base) {
		return base // the common case: the offence's own categories
	}
	out := slices.Clone(base)
	for _, k := range rc.Conduct {
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return slices.DeleteFunc(out, func(k offences.Category) bool {
		return slices.ContainsFunc(out, func(n offences.Category) bool { return n != k && n.Within(k) })
	})
}

// hasNested reports whether one category of cs lies within another.
func hasNested(cs []offences.Category) bool {
	for _, a := range cs {
		for _, b := range cs {
			if a != b && a.Within(b) {
				return true
			}
		}
	}
	return false
}
