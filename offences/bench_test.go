package offences_test

import (
	"testing"

	"github.com/offencemap/offencemap/offences"
	"golang.org/x/text/language"
)

func BenchmarkLabelsGet(b *testing.B) {
	l := offences.MustLabels(map[string]string{"de": "Betrug", "en": "Fraud", "es": "Estafa", "fr": "Escroquerie", "nl": "Oplichting"})
	// A Swiss-German reader: de-CH is not labelled, its parent de is.
	pref := language.MustParse("de-CH")
	if s, _ := l.Get(pref); s != "Betrug" {
		b.Fatalf("Get(de-CH) = %q", s)
	}
	b.ReportAllocs()
	for b.Loop() {
		l.Get(pref)
	}
}

func BenchmarkParsePenalty(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := offences.ParsePenalty("2y6m"); err != nil {
			b.Fatal(err)
		}
	}
}
