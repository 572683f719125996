package offences_test

import (
	"fmt"

	"github.com/offencemap/offencemap/offences"
	"golang.org/x/text/language"
)

func ExampleParsePenalty() {
	for _, s := range []string{"5y", "2y6m", "life", "fine"} {
		p, _ := offences.ParsePenalty(s)
		fmt.Printf("%s: %s, at least 12 months: %v\n", s, p, p.AtLeast(12))
	}
	// Output:
	// 5y: 5 years, at least 12 months: true
	// 2y6m: 2 years 6 months, at least 12 months: true
	// life: life imprisonment, at least 12 months: true
	// fine: a fine only, at least 12 months: false
}

func ExampleLabels_Get() {
	l := offences.MustLabels(map[string]string{"de": "Betrug", "en": "Fraud"})
	text, tag := l.Get(language.MustParse("de-CH"))
	fmt.Println(text, tag)
	text, tag = l.Get(language.Japanese)
	fmt.Println(text, tag)
	// Swiss German is a language of its own: no German label for it.
	text, tag = l.Get(language.MustParse("gsw"))
	fmt.Println(text, tag)
	// Output:
	// Betrug de
	// Fraud en
	// Fraud en
}

func ExampleCategory_Within() {
	c := offences.Category("02.defamation.head_of_state")
	fmt.Println(c.Parent(), c.Within("02"), c.IsExtension())
	// Output: 02.defamation true true
}
