// Command check asks the dual-criminality checker about a request and
// prints the verdict for each charge, the equivalent offences of the
// requested state, the thresholds and the reasons with their citations.
//
// Example (Norris v USA, [2008] UKHL 16):
//
//	go run ./examples/check -from US -to GB-EAW -decided 2008-03-12 \
//	    -committed 1999-06-01 -offence "15 U.S.C. § 1" -offence "18 U.S.C. § 1512(b)"
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

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
		from       = fs.String("from", "", "requesting jurisdiction (e.g. US, ES, GB-EAW)")
		to         = fs.String("to", "", "requested jurisdiction")
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
	fs.Var(&offs, "offence", "requesting state's offence, ID or citation (repeat for several charges)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if len(offs) == 0 {
		return errors.New("give at least one -offence")
	}
	req := dualcrim.Request{Kind: dualcrim.Kind(*kind), Purpose: dualcrim.Purpose(*purpose), From: *from, To: *to, Instrument: *instrument}
	var err error
	if req.Decided, err = offences.ParseDate(*decided); err != nil {
		return fmt.Errorf("-decided: %w", err)
	}
	when, err := offences.ParseDate(*committed)
	if err != nil {
		return fmt.Errorf("-committed: %w", err)
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
	for _, o := range offs {
		req.Charges = append(req.Charges, dualcrim.Charge{Offence: o, Committed: when, Conduct: cats, Facts: fm, SentenceMonths: *sentence})
	}
	tag, err := language.Parse(*lang)
	if err != nil {
		return fmt.Errorf("-lang: %w", err)
	}
	res, err := dualcrim.Default().Check(req)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(dualcrim.Explain(res, tag))
	}
	print(stdout, res, tag)
	return nil
}

func print(w io.Writer, res dualcrim.Result, tag language.Tag) {
	fmt.Fprintf(w, "Instrument: %s — %s\n", res.Instrument.ID, res.Instrument.Citation)
	for _, r := range res.Reasons {
		fmt.Fprintf(w, "  %s\n", r.Text(tag))
	}
	for i, ch := range res.Charges {
		name := ch.Offence.Citation
		if name == "" {
			name = ch.Charge.Offence
		}
		fmt.Fprintf(w, "\nCharge %d: %s (conduct %s)\n", i+1, name, ch.Charge.Committed)
		fmt.Fprintf(w, "  Verdict: %s\n", strings.ToUpper(strings.ReplaceAll(ch.Verdict.String(), "_", " ")))
		if !ch.AssessedAt.IsZero() {
			fmt.Fprintf(w, "  Requested state's law as in force on %s\n", ch.AssessedAt)
		}
		if len(ch.Equivalents) > 0 {
			fmt.Fprintln(w, "  Equivalent offences:")
			for _, e := range ch.Equivalents {
				label, _ := e.Offence.Labels.Get(tag)
				fmt.Fprintf(w, "    %-8s %s — %s, max %s\n", e.Confidence, e.Offence.Citation, label, e.Offence.Max)
			}
		}
		if len(ch.Establish) > 0 {
			fmt.Fprintf(w, "  Establish: %v\n", ch.Establish)
		}
		fmt.Fprintln(w, "  Reasons:")
		for _, r := range ch.Reasons {
			fmt.Fprintf(w, "    - %s\n", r.Text(tag))
		}
	}
}
