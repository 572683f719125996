package jurisdictions

import (
	"slices"

	"github.com/offencemap/offencemap/offences"
)

// Gap is the dataset's note on a conduct type it does not record for a
// jurisdiction (the coverage table's "?" and "◐" cells): what the project's
// reference said of it and why it was not encoded. The coverage table
// publishes the notes, and a test requires one for every such cell, so a
// reader can tell "nobody looked" from "looked, could not verify".
type Gap struct {
	// Conduct is the conduct type's category.
	Conduct offences.Category
	// Reference is what the reference material (or the research done)
	// offered: the lead, its status, or "none".
	Reference string
	// Reason says why nothing (or nothing for the day) was encoded and
	// what would fill the gap.
	Reason string
	// Line is the record's line in the jurisdiction's file.
	Line int
}

// Gaps returns the dataset's notes on the conduct it does not record.
func (j *Jurisdiction) Gaps() []Gap { return slices.Clone(j.gaps) }

// Gap returns the note on conduct category c, if the dataset has one.
func (j *Jurisdiction) Gap(c offences.Category) (Gap, bool) {
	for _, g := range j.gaps {
		if g.Conduct == c {
			return g, true
		}
	}
	return Gap{}, false
}
