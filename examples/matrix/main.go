// Command matrix writes a self-contained HTML page (inline CSS and SVG, no
// external resources) showing, for one kind of conduct, the
// dual-criminality verdict for every ordered pair of jurisdictions of the
// embedded dataset, and a coverage map of the catalogues.
//
// Each row is a requesting state, each column a requested state. The
// requesting state's charge is its offence in force at -committed whose
// categories contain the chosen category exactly (or, failing that, the
// first offence whose categories contain or lie within it), first by ID.
// The request is of -kind; with the default (surrender) a pair that no
// surrender instrument governs is asked again as an extradition request.
//
//	go run ./examples/matrix -category 0701 -o matrix.html
//	go run ./examples/matrix -category 07041 -decided 2022-06-01 -committed 2021-06-01 -o - > laundering.html
//
// The page's own words (title, legend) are kept per language in texts;
// only English is filled in, and other languages fall back to it through a
// language.Matcher. Category and jurisdiction names come from the dataset
// in the reader's language where it has them.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/offencemap/offencemap/dualcrim"
	"github.com/offencemap/offencemap/jurisdictions"
	"github.com/offencemap/offencemap/offences"
	"golang.org/x/text/language"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "matrix:", err)
		os.Exit(2)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("matrix", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		category  = fs.String("category", "0701", "conduct category, a taxonomy code (e.g. 0701 fraud, 07041 money laundering)")
		decided   = fs.String("decided", "2022-06-01", "decision date, YYYY-MM-DD")
		committed = fs.String("committed", "2021-06-01", "date of the conduct, YYYY-MM-DD")
		kind      = fs.String("kind", string(dualcrim.Surrender), "extradition, surrender, mla or transfer (surrender falls back to extradition per pair)")
		lang      = fs.String("lang", "en", "language of the page (BCP 47)")
		out       = fs.String("o", "matrix.html", `output file ("-" for standard output)`)
	)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments: %q", fs.Args())
	}
	p := params{Category: offences.Category(*category)}
	var err error
	if p.Kind, err = dualcrim.ParseKind(*kind); err != nil {
		return fmt.Errorf("-kind: %w", err)
	}
	if p.Decided, err = offences.ParseDate(*decided); err != nil {
		return fmt.Errorf("-decided: %w", err)
	}
	if p.Committed, err = offences.ParseDate(*committed); err != nil {
		return fmt.Errorf("-committed: %w", err)
	}
	if p.Lang, err = language.Parse(*lang); err != nil {
		return fmt.Errorf("-lang: %w", err)
	}
	m, err := build(dualcrim.Default(), p)
	if err != nil {
		return err
	}
	if *out == "-" {
		return render(stdout, m)
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	if err := render(bw, m); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "wrote %s\n", *out)
	return nil
}

// params are the inputs of build.
type params struct {
	Category  offences.Category
	Kind      dualcrim.Kind
	Decided   offences.Date
	Committed offences.Date
	Lang      language.Tag
}

// Status is what a cell of the matrix says: a verdict, or why there is
// none.
type Status string

// The statuses of a matrix cell. The first four are dualcrim.Verdict names.
const (
	StatusSatisfied    Status = "satisfied"
	StatusNotSatisfied Status = "not_satisfied"
	StatusWaived       Status = "waived"
	StatusUndetermined Status = "undetermined"
	// StatusNoInstrument: no instrument governs the request (of the kind
	// asked, nor of the fallback kind).
	StatusNoInstrument Status = "no_instrument"
	// StatusNoOffence: the requesting state has no offence of that kind
	// in force at the conduct in the dataset.
	StatusNoOffence Status = "no_offence"
	// StatusSelf: the diagonal.
	StatusSelf Status = "self"
)

// cell is one ordered pair (requesting row, requested column).
type cell struct {
	From, To string
	Status   Status
	// Kind is the kind of request that was checked (after any fallback);
	// empty when nothing was checked.
	Kind dualcrim.Kind
	// Instrument is the ID of the instrument applied.
	Instrument string
	// Offence is the citation of the requesting state's offence, and
	// Equivalent that of the first equivalent offence of the requested
	// state ("" when there is none).
	Offence, Equivalent string
}

// Cover is what a coverage cell says about a jurisdiction and a category.
type Cover string

// The coverage statuses.
const (
	// CoverOffence: an offence in force at the conduct covers the category.
	CoverOffence Cover = "offence"
	// CoverNotOffence: a sourced record in force says it is not an offence.
	CoverNotOffence Cover = "not_offence"
	// CoverAbsent: no offence covers it and the catalogue is claimed
	// complete for it.
	CoverAbsent Cover = "absent"
	// CoverUnknown: the dataset does not say.
	CoverUnknown Cover = "unknown"
)

// coverCell is one jurisdiction × category cell of the coverage map.
type coverCell struct {
	Status Cover
	// Complete is true when the dataset claims a complete catalogue for the
	// category at the date (Jurisdiction.CoversCategory).
	Complete bool
	// Citation names the offence or record behind Status, if any.
	Citation string
}

// label is a text with the language it is actually in.
type label struct {
	Text string
	Lang language.Tag
}

// jur is a jurisdiction as shown.
type jur struct {
	Code string
	Name label
	// Offence is the citation of the requesting offence chosen for the
	// category, "" when there is none.
	Offence string
}

// category is a category as shown.
type category struct {
	Code  offences.Category
	Label label
}

// matrix is everything render needs; build computes it.
type matrix struct {
	// Lang is the language of the page's own words, Text those words.
	Lang language.Tag
	Text texts

	Category  category
	Kind      dualcrim.Kind
	Fallback  dualcrim.Kind // "" when there is no fallback
	Decided   offences.Date
	Committed offences.Date

	Jurisdictions []jur
	// Cells[i][j] is the pair (Jurisdictions[i] requesting,
	// Jurisdictions[j] requested).
	Cells [][]cell

	Categories []category
	// Coverage[i][k] is Jurisdictions[i] × Categories[k].
	Coverage [][]coverCell

	DataVersion string
}

// coverageCategories are the conduct categories of the coverage map.
var coverageCategories = []offences.Category{
	"0101", "0502", "0701", "0701.computer", "09031", "07041", "0601.trafficking",
	"0204", "03011", "07031", "08.tax", "08.cartel", "02.defamation",
	"08.genocide_denial", "02.defamation.head_of_state", "09.state_security",
	"09051", "11.torture", "08.justice",
}

// build computes the matrix and the coverage map with checker c.
func build(c *dualcrim.Checker, p params) (matrix, error) {
	reg := c.Registry()
	vocab := reg.Vocabulary()
	if _, err := offences.ParseCategory(string(p.Category)); err != nil {
		return matrix{}, fmt.Errorf("-category: %w", err)
	}
	info, err := vocab.Category(p.Category)
	if err != nil {
		return matrix{}, fmt.Errorf("-category: %w", err)
	}
	if p.Committed > p.Decided {
		return matrix{}, fmt.Errorf("the conduct (%s) is after the decision (%s)", p.Committed, p.Decided)
	}
	uiTag, text := textsFor(p.Lang)
	m := matrix{
		Lang:        uiTag,
		Text:        text,
		Category:    category{Code: p.Category, Label: labelOf(info.Labels, p.Lang)},
		Kind:        p.Kind,
		Decided:     p.Decided,
		Committed:   p.Committed,
		DataVersion: offences.DataVersion,
	}
	kinds := []dualcrim.Kind{p.Kind}
	if p.Kind == dualcrim.Surrender {
		m.Fallback = dualcrim.Extradition
		kinds = append(kinds, dualcrim.Extradition)
	}

	js := reg.Jurisdictions()
	for _, j := range js {
		o, ok := chargeFor(j, p.Category, p.Committed)
		x := jur{Code: j.Code(), Name: labelOf(j.Names(), p.Lang)}
		if ok {
			x.Offence = o.Citation
		}
		m.Jurisdictions = append(m.Jurisdictions, x)
	}
	m.Cells = make([][]cell, len(js))
	for i, from := range js {
		o, ok := chargeFor(from, p.Category, p.Committed)
		m.Cells[i] = make([]cell, len(js))
		for k, to := range js {
			x := cell{From: from.Code(), To: to.Code()}
			switch {
			case i == k:
				x.Status = StatusSelf
			case !ok:
				x.Status = StatusNoOffence
			default:
				x.Offence = o.Citation
				if err := check(c, kinds, o, p, &x); err != nil {
					return matrix{}, fmt.Errorf("%s → %s: %w", from.Code(), to.Code(), err)
				}
			}
			m.Cells[i][k] = x
		}
	}

	for _, code := range coverageCategories {
		ci, err := vocab.Category(code)
		if err != nil {
			return matrix{}, fmt.Errorf("coverage map: %w", err)
		}
		m.Categories = append(m.Categories, category{Code: code, Label: labelOf(ci.Labels, p.Lang)})
	}
	m.Coverage = make([][]coverCell, len(js))
	for i, j := range js {
		row := make([]coverCell, len(coverageCategories))
		inForce := j.Offences(p.Committed)
		nons := j.NonOffences()
		for k, code := range coverageCategories {
			row[k] = coverage(j, inForce, nons, code, p.Committed)
		}
		m.Coverage[i] = row
	}
	return m, nil
}

// chargeFor picks the requesting state's offence for conduct of category
// c: among the versions in force at the conduct whose categories are,
// contain or lie within c, those listing c itself come first; then by ID.
func chargeFor(j *jurisdictions.Jurisdiction, c offences.Category, at offences.Date) (offences.Offence, bool) {
	all := j.ByCategory(c, at)
	if len(all) == 0 {
		return offences.Offence{}, false
	}
	var exact []offences.Offence
	for _, o := range all {
		if slices.Contains(o.Categories, c) {
			exact = append(exact, o)
		}
	}
	if len(exact) > 0 {
		all = exact
	}
	slices.SortStableFunc(all, func(a, b offences.Offence) int { return strings.Compare(a.ID, b.ID) })
	return all[0], true
}

// check asks the checker about one pair, trying each kind in turn while no
// instrument governs.
func check(c *dualcrim.Checker, kinds []dualcrim.Kind, o offences.Offence, p params, x *cell) error {
	for _, k := range kinds {
		res, err := c.Check(dualcrim.Request{
			Kind: k, Purpose: dualcrim.Prosecution, From: x.From, To: x.To, Decided: p.Decided,
			Charges: []dualcrim.Charge{{Offence: o.ID, Committed: p.Committed}},
		})
		if errors.Is(err, dualcrim.ErrNoInstrument) {
			continue
		}
		if err != nil {
			return err
		}
		ch := res.Charges[0]
		x.Kind = k
		x.Instrument = res.Instrument.ID
		x.Status = Status(ch.Verdict.String())
		if len(ch.Equivalents) > 0 {
			x.Equivalent = ch.Equivalents[0].Offence.Citation
		}
		return nil
	}
	x.Status = StatusNoInstrument
	return nil
}

// coverage says what jurisdiction j's catalogue says about category c at
// day at.
func coverage(j *jurisdictions.Jurisdiction, inForce []offences.Offence, nons []offences.NonOffence, c offences.Category, at offences.Date) coverCell {
	x := coverCell{Status: CoverUnknown, Complete: j.CoversCategory(c, at)}
	for _, o := range inForce {
		if o.Covers(c) {
			x.Status, x.Citation = CoverOffence, o.Citation
			return x
		}
	}
	for _, n := range nons {
		if n.Validity.Contains(at) && n.Covers(c) {
			x.Status, x.Citation = CoverNotOffence, n.Citation
			return x
		}
	}
	if x.Complete {
		x.Status = CoverAbsent
	}
	return x
}

// labelOf picks the label for the reader's language.
func labelOf(l offences.Labels, tag language.Tag) label {
	s, t := l.Get(tag)
	return label{Text: s, Lang: t}
}
