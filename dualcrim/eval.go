package dualcrim

import "github.com/offencemap/offencemap/offences"

// eval is the working state of one check. A result's slices are carved
// out of a few arenas, so that a check allocates a handful of blocks
// instead of one per reason, citation or copied offence. With quiet set it
// decides verdicts only: no reasons, equivalents, thresholds or copies.
type eval struct {
	c     *Checker
	quiet bool
	// n is the number of charges; the arenas' first blocks are sized for
	// what a charge usually needs (measured on the default dataset: about
	// 7 reasons, 22 arguments and 8 citations).
	n int
	// verdicts collects the verdicts in quiet mode.
	verdicts []Verdict
	reasons  []Reason
	args     []Arg
	cites    []Citation
	eqs      []Equivalent
	ths      []ThresholdCheck
	cats     []offences.Category
	els      []offences.Element
	strs     []string
}

// say records a reason. The arguments and citations are copied into the
// arenas, so callers may pass literals that stay on their stack; slices
// inside arguments (ElementsArg) must already live in an arena.
func (e *eval) say(code ReasonCode, cites []Citation, args ...Arg) {
	if e.quiet {
		return
	}
	grow(&e.reasons, 2+7*e.n)
	e.reasons = append(e.reasons, Reason{Code: code, Args: carve(&e.args, args, 4+20*e.n), Citations: carve(&e.cites, cites, 2+8*e.n)})
}

// threshold records a threshold check.
func (e *eval) threshold(tc ThresholdCheck) {
	if e.quiet {
		return
	}
	grow(&e.ths, 3*e.n)
	e.ths = append(e.ths, tc)
}

// clone copies an offence for a caller, its slices carved from the arenas.
func (e *eval) clone(o *offences.Offence) offences.Offence {
	x := *o
	x.Aliases = carve(&e.strs, o.Aliases, 4*e.n)
	x.Categories = carve(&e.cats, o.Categories, 4*e.n)
	x.Elements = carve(&e.els, o.Elements, 8*e.n)
	return x
}

// carve appends s to the arena and returns the copy, its capacity capped
// so that a caller's append cannot reach the next carving. It returns nil
// for an empty s.
func carve[T any](arena *[]T, s []T, size int) []T {
	if len(s) == 0 {
		return nil
	}
	grow(arena, max(size, len(s)))
	a := len(*arena)
	*arena = append(*arena, s...)
	return (*arena)[a:len(*arena):len(*arena)]
}

// tail returns the arena's items from index a on, capacity capped.
func tail[T any](arena []T, a int) []T {
	if a >= len(arena) {
		return nil
	}
	return arena[a:len(arena):len(arena)]
}

// grow gives an empty arena its first block.
func grow[T any](arena *[]T, size int) {
	if cap(*arena) == 0 {
		*arena = make([]T, 0, size)
	}
}

// fact is an element asserted present or absent.
type fact struct {
	e       offences.Element
	present bool
}

// facts is a small set of facts, scanned linearly: a charge has few.
type facts []fact

func (f facts) get(e offences.Element) (present, known bool) {
	for _, x := range f {
		if x.e == e {
			return x.present, true
		}
	}
	return false, false
}

// with records e as present or absent and returns the set. (A value
// method, so that a set built in a stack buffer stays there.)
func (f facts) with(e offences.Element, present bool) facts {
	for i := range f {
		if f[i].e == e {
			f[i].present = present
			return f
		}
	}
	return append(f, fact{e, present})
}
