// Package catalog indexes offence records by conduct category, so that a
// query touches only the offences of the categories asked for, never a whole
// catalogue. Package jurisdictions uses it for its lookups and package
// dualcrim for the candidates of a check.
package catalog

import "github.com/offencemap/offencemap/offences"

// Relation tells how an offence's category relates to the conduct asked for.
type Relation uint8

// The relations, from closest to loosest.
const (
	// Same: the offence has exactly the category of the conduct.
	Same Relation = iota + 1
	// Broader: the offence's category contains the conduct's (the offence
	// covers a wider class of conduct).
	Broader
	// Narrower: the offence's category lies within the conduct's (it
	// covers only some forms of the conduct).
	Narrower
)

// Index maps categories to the offence versions and non-offence records
// that cover them. An Index is immutable once built and safe for
// concurrent use.
type Index struct {
	offences []*offences.Offence
	non      []*offences.NonOffence
	// exact maps a category to the offences listing it.
	exact map[offences.Category][]int32
	// below maps a category to the offences listing a category strictly
	// within it.
	below map[offences.Category][]int32
}

// Build indexes the records. The Index keeps the pointers: callers must not
// change the records afterwards.
func Build(offs []*offences.Offence, non []*offences.NonOffence) *Index {
	ix := &Index{
		offences: offs,
		non:      non,
		exact:    make(map[offences.Category][]int32),
		below:    make(map[offences.Category][]int32),
	}
	for i, o := range offs {
		for _, c := range o.Categories {
			ix.exact[c] = appendOnce(ix.exact[c], int32(i))
			for p := c.Parent(); p != ""; p = p.Parent() {
				ix.below[p] = appendOnce(ix.below[p], int32(i))
			}
		}
	}
	return ix
}

func appendOnce(s []int32, i int32) []int32 {
	if n := len(s); n > 0 && s[n-1] == i {
		return s
	}
	return append(s, i)
}

// Offences returns every record indexed, in the order given to Build.
func (ix *Index) Offences() []*offences.Offence { return ix.offences }

// NonOffences returns every non-offence record, in the order given.
func (ix *Index) NonOffences() []*offences.NonOffence { return ix.non }

// Match calls yield for each offence version in force on day at (every
// version when at is zero) whose categories relate to conduct category c,
// with the closest relation. An offence listed under several related
// categories may be yielded more than once, each time with its relation.
// Iteration stops when yield returns false.
func (ix *Index) Match(c offences.Category, at offences.Date, yield func(*offences.Offence, Relation) bool) {
	emit := func(list []int32, rel Relation) bool {
		for _, i := range list {
			o := ix.offences[i]
			if at != 0 && !o.Validity.Contains(at) {
				continue
			}
			if !yield(o, rel) {
				return false
			}
		}
		return true
	}
	if !emit(ix.exact[c], Same) {
		return
	}
	for p := c.Parent(); p != ""; p = p.Parent() {
		if !emit(ix.exact[p], Broader) {
			return
		}
	}
	emit(ix.below[c], Narrower)
}

// NonOffence returns the first non-offence record in force on day at that
// covers conduct category c, or nil.
func (ix *Index) NonOffence(c offences.Category, at offences.Date) *offences.NonOffence {
	for _, n := range ix.non {
		if n.Validity.Contains(at) && n.Covers(c) {
			return n
		}
	}
	return nil
}
