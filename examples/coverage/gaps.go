package main

import (
	"fmt"
	"io"
	"slices"

	"github.com/offencemap/offencemap/jurisdictions"
	"github.com/offencemap/offencemap/offences"
)

// open reports whether a cell leaves the checker without a record for the
// day, so that the dataset owes a note on it.
func open(c jurisdictions.Cell) bool {
	return c == jurisdictions.Unknown || c == jurisdictions.OffenceOtherDates
}

// gapCheck is the result of matching the open cells with the notes.
type gapCheck struct {
	notes   []string // one line per open cell with its note
	missing []string // open cells without a note
	stale   []string // notes on cells that are not open
}

func checkGaps(reg *jurisdictions.Registry, day offences.Date) gapCheck {
	var g gapCheck
	types := jurisdictions.ConductTypes()
	for _, j := range reg.Jurisdictions() {
		for _, t := range types {
			c := j.CoverageOf(t, day)
			note, ok := noteFor(j, t)
			cell := fmt.Sprintf("%s · %s (`%s`) · %s", j.Code(), t.Name, joinCategories(t.Categories), marks[c])
			switch {
			case open(c) && ok:
				g.notes = append(g.notes, fmt.Sprintf("- **%s**: *reference:* %s *Why:* %s", cell, note.Reference, note.Reason))
			case open(c):
				g.missing = append(g.missing, cell)
			case ok:
				g.stale = append(g.stale, fmt.Sprintf("%s (%s:%d)", cell, j.File(), note.Line))
			}
		}
		for _, n := range j.Gaps() {
			if !slices.ContainsFunc(types, func(t jurisdictions.ConductType) bool { return slices.Contains(t.Categories, n.Conduct) }) {
				g.stale = append(g.stale, fmt.Sprintf("%s · `%s` is not a conduct type of the table (%s:%d)", j.Code(), n.Conduct, j.File(), n.Line))
			}
		}
	}
	return g
}

func noteFor(j *jurisdictions.Jurisdiction, t jurisdictions.ConductType) (jurisdictions.Gap, bool) {
	for _, c := range t.Categories {
		if g, ok := j.Gap(c); ok {
			return g, true
		}
	}
	return jurisdictions.Gap{}, false
}

func writeGaps(w io.Writer, reg *jurisdictions.Registry, day offences.Date) {
	g := checkGaps(reg, day)
	fmt.Fprintf(w, "\n## Gaps\n\nEvery \"?\" and \"◐\" cell on %s, with the dataset's note (the `gaps:` of each file): what the project's reference (statutes.md) offered for it, and why nothing, or nothing for that day, is encoded.\n\n", day)
	for _, n := range g.notes {
		fmt.Fprintln(w, n)
	}
	list := func(title string, items []string) {
		if len(items) == 0 {
			fmt.Fprintf(w, "\n%s: none.\n", title)
			return
		}
		fmt.Fprintf(w, "\n%s:\n\n", title)
		for _, it := range items {
			fmt.Fprintln(w, "- "+it)
		}
	}
	list("Open cells without a note", g.missing)
	list("Notes on cells that are not open", g.stale)
}
