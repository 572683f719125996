// Command check asks the dual-criminality checker about a request and
// prints the verdict for each charge, the equivalent offences of the
// requested state, the thresholds and the reasons with their citations.
//
// Each -offence is one charge; OFFENCE@YYYY-MM-DD gives it its own conduct
// date. Without -offence, -conduct describes one charge by its conduct
// alone. The output is a table of verdicts, then each charge's equivalents
// and reasons; -json prints the explained result instead.
//
// Example (Norris v USA, [2008] UKHL 16):
//
//	go run ./examples/check -from US -to GB-EAW -decided 2008-03-12 \
//	    -committed 1999-06-01 -facts deception=false \
//	    -offence "15 U.S.C. § 1" -offence "18 U.S.C. § 1512(b)"
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/offencemap/offencemap/dualcrim"
	"github.com/offencemap/offencemap/offences"
	"golang.org/x/text/language"
)

// multi collects a repeatable flag.
type multi []string

func (m *multi) String() string     { return strings.Join(*m, ", ") }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "check:", err)
		os.Exit(2)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		offs       multi
		from       = fs.String("from", "", "requesting jurisdiction: code or name in any language (e.g. US, ES, GB-EAW, Deutschland, Pologne)")
		to         = fs.String("to", "", "requested jurisdiction: code or name")
		kind       = fs.String("kind", "extradition", "extradition, surrender, mla or transfer")
		purpose    = fs.String("purpose", "prosecution", "prosecution or sentence")
		instrument = fs.String("instrument", "", "instrument ID to apply (default: the one that governs)")
		decided    = fs.String("decided", "", "decision date, YYYY-MM-DD")
		committed  = fs.String("committed", "", "date of the conduct, YYYY-MM-DD (for every charge)")
		conduct    = fs.String("conduct", "", "extra conduct categories, comma-separated (e.g. 0701,0903)")
		facts      = fs.String("facts", "", "facts, comma-separated element=true|false (e.g. force_or_threat=false)")
		sentence   = fs.Int("sentence", 0, "sentence imposed in months (purpose sentence)")
		lang       = fs.String("lang", "en", "language of the explanation (BCP 47)")
		asJSON     = fs.Bool("json", false, "print the result as JSON")
	)
	fs.Var(&offs, "offence", "requesting state's offence: ID, citation or name in any language, optionally with its own conduct date as OFFENCE@YYYY-MM-DD (repeat for several charges)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if len(offs) == 0 && strings.TrimSpace(*conduct) == "" {
		return errors.New("give at least one -offence, or -conduct for a charge described by its conduct alone")
	}
	tag, err := language.Parse(*lang)
	if err != nil {
		return fmt.Errorf("-lang: %w", err)
	}
	checker := dualcrim.Default()
	reg := checker.Registry()
	req := dualcrim.Request{Kind: dualcrim.Kind(*kind), Purpose: dualcrim.Purpose(*purpose),
		From: jurisdictionCode(reg, *from, tag), To: jurisdictionCode(reg, *to, tag), Instrument: *instrument}
	if *decided == "" {
		return errors.New("-decided: give the date of the decision, YYYY-MM-DD")
	}
	if req.Decided, err = offences.ParseDate(*decided); err != nil {
		return fmt.Errorf("-decided: %w", err)
	}
	var when offences.Date
	if *committed != "" {
		if when, err = offences.ParseDate(*committed); err != nil {
			return fmt.Errorf("-committed: %w", err)
		}
	}
	var cats []offences.Category
	for c := range strings.SplitSeq(*conduct, ",") {
		if c = strings.TrimSpace(c); c != "" {
			cat, err := offences.ParseCategory(c)
			if err != nil {
				return fmt.Errorf("-conduct: %w", err)
			}
			cats = append(cats, cat)
		}
	}
	fm := map[offences.Element]bool{}
	for f := range strings.SplitSeq(*facts, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		name, val, ok := strings.Cut(f, "=")
		if !ok || (val != "true" && val != "false") {
			return fmt.Errorf("-facts: %q is not element=true or element=false", f)
		}
		fm[offences.Element(name)] = val == "true"
	}
	if len(offs) == 0 {
		offs = multi{""} // one charge described by -conduct alone
	}
	for _, o := range offs {
		ch := dualcrim.Charge{Offence: o, Committed: when, Conduct: cats, Facts: fm, SentenceMonths: *sentence}
		if name, date, ok := strings.Cut(o, "@"); ok {
			if ch.Committed, err = offences.ParseDate(strings.TrimSpace(date)); err != nil {
				return fmt.Errorf("-offence %q: %w", o, err)
			}
			ch.Offence = strings.TrimSpace(name)
		} else if when.IsZero() {
			return errors.New("-committed: give the date of the conduct, or OFFENCE@YYYY-MM-DD")
		}
		if ch.Offence, err = offenceID(reg, req.From, ch.Offence, ch.Committed, tag); err != nil {
			return err
		}
		req.Charges = append(req.Charges, ch)
	}
	res, err := checker.Check(req)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(dualcrim.Explain(res, tag))
	}
	print(stdout, res, reg.Vocabulary(), tag)
	return nil
}

func print(w io.Writer, res dualcrim.Result, vocab *offences.Vocabulary, tag language.Tag) {
	t := vocabulary(tag)
	title := res.Instrument.Citation
	if name, _ := res.Instrument.Name.Get(tag); name != "" {
		title = name
	}
	fmt.Fprintf(w, "%s: %s — %s\n", t["instrument"], res.Instrument.ID, title)
	for _, r := range res.Reasons {
		fmt.Fprintf(w, "  %s\n", r.Text(tag))
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "#\t%s\t%s\t%s\t%s\t%s\n", strings.ToUpper(t["charge"]), strings.ToUpper(t["conduct"]),
		strings.ToUpper(t["verdict"]), strings.ToUpper(t["best"]), strings.ToUpper(t["thresholds"]))
	for i, ch := range res.Charges {
		best := "—"
		if len(ch.Equivalents) > 0 {
			e := ch.Equivalents[0]
			best = fmt.Sprintf("%s (%s)", e.Offence.Citation, e.Confidence.Text(tag))
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", i+1, chargeName(ch, t), ch.Charge.Committed, strings.ToUpper(ch.Verdict.Text(tag)), best, thresholds(ch, t, tag))
	}
	tw.Flush()
	for i, ch := range res.Charges {
		fmt.Fprintf(w, "\n%s %d: %s (%s %s)\n", t["charge"], i+1, chargeName(ch, t), t["conduct"], ch.Charge.Committed)
		fmt.Fprintf(w, "  %s: %s\n", t["verdict"], strings.ToUpper(ch.Verdict.Text(tag)))
		if !ch.AssessedAt.IsZero() {
			fmt.Fprintf(w, "  "+t["lawAt"]+"\n", ch.AssessedAt)
		}
		if len(ch.Equivalents) > 0 {
			fmt.Fprintf(w, "  %s:\n", t["equivalents"])
			for _, e := range ch.Equivalents {
				fmt.Fprintf(w, "    %-8s %s — %s, %s %s\n", e.Confidence.Text(tag), e.Offence.Citation, dualcrim.OffenceName(e.Offence, tag), t["max"], dualcrim.PenaltyText(e.Offence.Max, tag))
			}
		}
		if len(ch.Establish) > 0 {
			fmt.Fprintf(w, "  %s:\n", t["establish"])
			for _, e := range ch.Establish {
				fmt.Fprintf(w, "    - %s\n", elementText(vocab, e, tag))
			}
		}
		fmt.Fprintf(w, "  %s:\n", t["reasons"])
		for _, r := range ch.Reasons {
			fmt.Fprintf(w, "    - %s\n", r.Text(tag))
		}
	}
}

func chargeName(ch dualcrim.ChargeResult, t map[string]string) string {
	switch {
	case ch.Offence.Citation != "":
		return ch.Offence.Citation
	case ch.Charge.Offence != "":
		return ch.Charge.Offence
	default:
		return fmt.Sprintf("%s %v", t["conductOnly"], ch.Charge.Conduct)
	}
}

// thresholds summarizes the threshold checks: "requesting state met,
// requested state not met".
func thresholds(ch dualcrim.ChargeResult, words map[string]string, tag language.Tag) string {
	var parts []string
	for _, t := range ch.Thresholds {
		mark := "?"
		switch {
		case t.Known && t.Met:
			mark = words["met"]
		case t.Known:
			mark = words["notMet"]
		}
		parts = append(parts, fmt.Sprintf("%s %s", t.Side.Text(tag), mark))
	}
	if len(parts) == 0 {
		return "—"
	}
	return strings.Join(parts, ", ")
}

// elementText is an element's label in the reader's language, with its
// identifier (which -facts takes).
func elementText(vocab *offences.Vocabulary, e offences.Element, tag language.Tag) string {
	info, err := vocab.Element(e)
	if err != nil {
		return string(e)
	}
	label, _ := info.Labels.Get(tag)
	return fmt.Sprintf("%s (%s)", label, e)
}
