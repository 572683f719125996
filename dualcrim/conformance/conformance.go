// Package conformance reads conformance case files and checks a
// dualcrim.Checker against them. A case file is a YAML list of cases:
//
//   - name: Norris v USA — price fixing before the Enterprise Act 2002
//     source: "Norris v Government of the USA [2008] UKHL 16"
//     request:
//     kind: extradition          # extradition | surrender | mla | transfer
//     purpose: prosecution       # prosecution | sentence
//     from: US
//     to: GB-EAW
//     instrument: UKUS2003       # optional
//     decided: 2008-03-12
//     charges:
//   - offence: "15 U.S.C. § 1"   # ID or citation
//     conduct: ["08.cartel"]     # optional extra categories
//     facts: {deception: false}  # optional element: true|false
//     committed: 1999-06-01
//     sentence_months: 18        # optional
//     want:
//     instrument: UKUS2003       # optional
//     charges:
//   - verdict: not_satisfied   # satisfied | not_satisfied | waived | undetermined
//     equivalents: []          # optional: IDs or citations that must be among the matches
//
// Unknown keys and bad values are errors naming the file and line.
package conformance

import (
	"fmt"
	"io/fs"
	"path"
	"slices"

	"github.com/offencemap/offencemap/dualcrim"
	"github.com/offencemap/offencemap/internal/yamlx"
	"github.com/offencemap/offencemap/offences"
)

// Case is one conformance case.
type Case struct {
	Name    string      `yaml:"name"`
	Source  string      `yaml:"source"`
	Request RequestSpec `yaml:"request"`
	Want    Want        `yaml:"want"`
	// File and Line locate the case.
	File string `yaml:"-"`
	Line int    `yaml:"-"`
}

// SetLine records the case's line (yamlx.Positioned).
func (c *Case) SetLine(n int) { c.Line = n }

// RequestSpec is the request of a case, as written.
type RequestSpec struct {
	Kind       dualcrim.Kind    `yaml:"kind"`
	Purpose    dualcrim.Purpose `yaml:"purpose"`
	From       string           `yaml:"from"`
	To         string           `yaml:"to"`
	Instrument string           `yaml:"instrument"`
	Decided    offences.Date    `yaml:"decided"`
	Charges    []ChargeSpec     `yaml:"charges"`
}

// ChargeSpec is one charge of a case.
type ChargeSpec struct {
	Offence        string              `yaml:"offence"`
	Conduct        []offences.Category `yaml:"conduct"`
	Facts          map[string]bool     `yaml:"facts"`
	Committed      offences.Date       `yaml:"committed"`
	SentenceMonths int                 `yaml:"sentence_months"`
}

// Want is what the checker must answer.
type Want struct {
	Instrument string       `yaml:"instrument"`
	Charges    []WantCharge `yaml:"charges"`
}

// WantCharge is the expected answer for one charge.
type WantCharge struct {
	Verdict     dualcrim.Verdict `yaml:"verdict"`
	Equivalents []string         `yaml:"equivalents"`
}

// Parse reads the cases of one file. Every problem is reported with the
// file name and line.
func Parse(file string, data []byte) ([]*Case, error) {
	var cases []*Case
	errs := yamlx.Decode(file, data, &cases)
	for _, c := range cases {
		c.File = file
		bad := func(format string, args ...any) {
			errs = append(errs, &yamlx.Error{File: file, Line: c.Line, Msg: fmt.Sprintf(format, args...)})
		}
		switch {
		case c.Name == "":
			bad("case without a name")
		case c.Source == "":
			bad("case %q has no source", c.Name)
		case c.Request.From == "" || c.Request.To == "" || c.Request.Decided.IsZero() || c.Request.Kind == "" || c.Request.Purpose == "":
			bad("case %q: request needs kind, purpose, from, to and decided", c.Name)
		case len(c.Request.Charges) == 0:
			bad("case %q: request has no charges", c.Name)
		case len(c.Want.Charges) != len(c.Request.Charges):
			bad("case %q: %d charges but %d expected answers", c.Name, len(c.Request.Charges), len(c.Want.Charges))
		}
	}
	if err := yamlx.Join(errs); err != nil {
		return nil, err
	}
	return cases, nil
}

// ParseDir reads every *.yaml file of a directory in fsys.
func ParseDir(fsys fs.FS, dir string) ([]*Case, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	var all []*Case
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		cs, err := Parse(n, b)
		if err != nil {
			return nil, err
		}
		all = append(all, cs...)
	}
	return all, nil
}

// BuildRequest builds the dualcrim request of the case.
func (c *Case) BuildRequest() dualcrim.Request {
	r := c.Request
	req := dualcrim.Request{Kind: r.Kind, Purpose: r.Purpose, From: r.From, To: r.To, Instrument: r.Instrument, Decided: r.Decided}
	for _, ch := range r.Charges {
		facts := make(map[offences.Element]bool, len(ch.Facts))
		for k, v := range ch.Facts {
			facts[offences.Element(k)] = v
		}
		req.Charges = append(req.Charges, dualcrim.Charge{Offence: ch.Offence, Conduct: ch.Conduct, Facts: facts,
			Committed: ch.Committed, SentenceMonths: ch.SentenceMonths})
	}
	return req
}

// Check runs the case against checker and returns what differs from the
// expected answer (nothing when the case passes).
func Check(checker *dualcrim.Checker, c *Case) []string {
	res, err := checker.Check(c.BuildRequest())
	if err != nil {
		return []string{fmt.Sprintf("%s:%d: %s: check failed: %v", c.File, c.Line, c.Name, err)}
	}
	var diffs []string
	at := fmt.Sprintf("%s:%d: %s", c.File, c.Line, c.Name)
	if c.Want.Instrument != "" && res.Instrument.ID != c.Want.Instrument {
		diffs = append(diffs, fmt.Sprintf("%s: instrument %s, want %s", at, res.Instrument.ID, c.Want.Instrument))
	}
	for i, w := range c.Want.Charges {
		got := res.Charges[i]
		if got.Verdict != w.Verdict {
			diffs = append(diffs, fmt.Sprintf("%s: charge %d (%s): verdict %s, want %s", at, i+1, c.Request.Charges[i].Offence, got.Verdict, w.Verdict))
		}
		for _, e := range w.Equivalents {
			id, err := checker.Registry().Resolve(c.Request.To, e)
			if err != nil {
				diffs = append(diffs, fmt.Sprintf("%s: charge %d: expected equivalent %q: %v", at, i+1, e, err))
				continue
			}
			if !slices.ContainsFunc(got.Equivalents, func(q dualcrim.Equivalent) bool { return q.Offence.ID == id }) {
				diffs = append(diffs, fmt.Sprintf("%s: charge %d: %s is not among the equivalents %v", at, i+1, id, equivalentIDs(got.Equivalents)))
			}
		}
	}
	return diffs
}

func equivalentIDs(es []dualcrim.Equivalent) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Offence.ID
	}
	return out
}
