package jurisdictions

import (
	"github.com/offencemap/offencemap/offences"
)

// ConductType is one kind of conduct on which the reference dataset's
// coverage is measured: a name and the categories that make it up.
type ConductType struct {
	Name       string
	Categories []offences.Category
}

// ConductTypes are the conduct types of the reference dataset's coverage
// table, in the order the table shows them.
func ConductTypes() []ConductType {
	return []ConductType{
		{"intentional homicide", []offences.Category{"0101"}},
		{"theft", []offences.Category{"0502"}},
		{"fraud", []offences.Category{"0701"}},
		{"computer fraud", []offences.Category{"0701.computer"}},
		{"unauthorised access to a computer system", []offences.Category{"09031"}},
		{"money laundering", []offences.Category{"07041"}},
		{"drug trafficking", []offences.Category{"0601.trafficking"}},
		{"trafficking in human beings", []offences.Category{"0204"}},
		{"rape", []offences.Category{"03011"}},
		{"active bribery of a public official", []offences.Category{"07031"}},
		{"tax evasion and tax fraud", []offences.Category{"08.tax"}},
		{"cartel / price fixing", []offences.Category{"08.cartel"}},
		{"criminal defamation", []offences.Category{"02.defamation"}},
		{"denial of genocide", []offences.Category{"08.genocide_denial"}},
		{"insulting the own head of state", []offences.Category{"02.defamation.head_of_state"}},
		{"insulting a foreign head of state", []offences.Category{"02.defamation.foreign_head_of_state"}},
		{"rebellion / high treason", []offences.Category{"09.state_security"}},
		{"rioting", []offences.Category{"08.riot"}},
		{"participation in a criminal organisation", []offences.Category{"09051"}},
	}
}

// Cell is what the dataset knows of one conduct type in one jurisdiction.
type Cell uint8

// The cells of the coverage table.
const (
	// Unknown: no record of the dataset speaks of this conduct.
	Unknown Cell = iota
	// Offence: an offence covering the conduct is in force on the day.
	Offence
	// OffenceOtherDates: offences are recorded, but none for the day
	// (the law changed, or the dataset's versions leave a gap).
	OffenceOtherDates
	// NotAnOffence: a sourced record says the conduct is not an offence
	// on the day.
	NotAnOffence
	// NotAnOffenceOtherDates: such a record exists for other days only.
	NotAnOffenceOtherDates
	// Partly: on the day, offences cover some forms of the conduct and a
	// sourced record says other forms are not offences (bid rigging is a
	// crime in Germany, other price fixing is not).
	Partly
	// BroaderOffence: on the day, only offences of a broader kind are
	// recorded (sexual assault for rape, insult for insulting a head of
	// state); whether they cover the conduct depends on their elements,
	// which the checker compares.
	BroaderOffence
	// SomeForms: on the day, only offences of narrower kinds are recorded
	// (bid rigging for cartel conduct, denial as group insult for
	// genocide denial); for other forms the checker answers undetermined
	// and asks to establish the form.
	SomeForms
)

var cellNames = [...]string{"unknown", "offence", "offence (other dates)", "not an offence", "not an offence (other dates)", "partly an offence", "broader offence", "some forms an offence"}

// String names the cell.
func (c Cell) String() string {
	if int(c) < len(cellNames) {
		return cellNames[c]
	}
	return "Cell(?)"
}

// CoverageOf says what the jurisdiction's records say of conduct type t on
// day at: an offence of the type's categories in force that day; only
// offences of narrower categories (some forms of the conduct); only an
// offence of a broader category, which the checker weighs by its
// elements; a non-offence record for the conduct (the type's category or
// a broader one, as the checker applies them: a record that some narrower
// form is not an offence says nothing of the rest); either of them on
// other days only; or nothing.
func (j *Jurisdiction) CoverageOf(t ConductType, at offences.Date) Cell {
	var offenceNow, narrowerNow, broaderNow, offenceOther, nonNow, nonOther bool
	for _, o := range j.index.Offences() {
		rel := relation(o.Categories, t.Categories)
		if rel == unrelated {
			continue
		}
		now := o.Validity.Contains(at)
		switch {
		case !now:
			offenceOther = true
		case rel == broader:
			broaderNow = true
		case rel == narrower:
			narrowerNow = true
		default:
			offenceNow = true
		}
	}
	for _, n := range j.index.NonOffences() {
		if rel := relation(n.Categories, t.Categories); rel == same || rel == broader {
			now := n.Validity.Contains(at)
			nonNow, nonOther = nonNow || now, nonOther || !now
		}
	}
	switch {
	case (offenceNow || narrowerNow) && nonNow:
		return Partly
	case offenceNow:
		return Offence
	case nonNow:
		return NotAnOffence
	case narrowerNow:
		return SomeForms
	case broaderNow:
		return BroaderOffence
	case offenceOther:
		return OffenceOtherDates
	case nonOther:
		return NotAnOffenceOtherDates
	}
	return Unknown
}

// How a record's categories relate to a conduct type's, closest first.
const (
	unrelated = iota
	broader   // a type category lies within a record category
	narrower  // a record category lies within a type category
	same      // a record category is a type category
)

func relation(record, conduct []offences.Category) int {
	rel := unrelated
	for _, k := range record {
		for _, c := range conduct {
			switch {
			case k == c:
				return same
			case k.Within(c):
				rel = max(rel, narrower)
			case c.Within(k):
				rel = max(rel, broader)
			}
		}
	}
	return rel
}
