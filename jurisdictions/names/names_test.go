package names_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/offencemap/offencemap/jurisdictions"
	"github.com/offencemap/offencemap/jurisdictions/names"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func jur(t testing.TB, code string) *jurisdictions.Jurisdiction {
	j, err := jurisdictions.Default().Jurisdiction(code)
	require.NoError(t, err)
	return j
}

func TestOf(t *testing.T) {
	tests := []struct {
		code, lang, want, used string
	}{
		{"DE", "de", "Deutschland", "de"}, // the dataset's own name in the official language
		{"DE", "de-AT", "Deutschland", "de"},
		{"DE", "en", "Germany", "en"},
		{"DE", "fr", "Allemagne", "fr"}, // CLDR
		{"DE", "pl", "Niemcy", "pl"},
		{"PL", "pl", "Polska", "pl"},
		{"CH", "it", "Svizzera", "it"},
		{"NL", "es", "Países Bajos", "es"},
		{"GB-EAW", "fr", "Angleterre et Pays de Galles", "fr"}, // not an ISO country: the dataset's own name (European e-Justice Portal)
		{"GB-SCT", "pl", "Szkocja", "pl"},
		{"GB-EAW", "ja", "England and Wales", "en"}, // no name in that language: the dataset's English name
		{"US", "ja", "アメリカ合衆国", "ja"},
	}
	for _, tt := range tests {
		got, used := names.Of(jur(t, tt.code), language.MustParse(tt.lang))
		assert.Equal(t, tt.want, got, "%s in %s", tt.code, tt.lang)
		assert.Equal(t, tt.used, used.String(), "%s in %s", tt.code, tt.lang)
	}
}

func TestLookup(t *testing.T) {
	js := jurisdictions.Default().Jurisdictions()
	tests := []struct {
		name, lang, want string
	}{
		{"DE", "en", "DE"},
		{"gb-eaw", "en", "GB-EAW"},
		{"Deutschland", "pl", "DE"}, // the dataset's names work whatever the reader's language
		{"Niemcy", "pl", "DE"},
		{"  polska ", "de", "PL"},
		{"espana", "es", "ES"}, // diacritics folded
		{"Pays-Bas", "fr", "NL"},
		{"Scotland", "de", "GB-SCT"},
		{"ドイツ", "ja", "DE"}, // CLDR name in the reader's language
		{"Atlantis", "en", ""},
		{"", "en", ""},
	}
	for _, tt := range tests {
		j, ok := names.Lookup(js, tt.name, language.MustParse(tt.lang))
		if tt.want == "" {
			assert.False(t, ok, tt.name)
			continue
		}
		require.True(t, ok, tt.name)
		assert.Equal(t, tt.want, j.Code(), tt.name)
	}
}

func TestSorted(t *testing.T) {
	js := jurisdictions.Default().Jurisdictions()
	codes := func(tag language.Tag) []string {
		var out []string
		for _, j := range names.Sorted(js, tag) {
			out = append(out, j.Code())
		}
		return out
	}
	// In German: Belgien, Deutschland, England und Wales (own English
	// name), Frankreich, Italien, Kanada, Niederlande, Polen, Schottland?
	// Only the order of a few is pinned: Deutschland before Frankreich,
	// Spanien after Schweiz.
	de := codes(language.German)
	assert.Less(t, index(de, "DE"), index(de, "FR"))
	assert.Less(t, index(de, "CH"), index(de, "ES"), "Schweiz before Spanien")
	// In Spanish "Países Bajos" (NL) sorts with P, after "Italia".
	es := codes(language.Spanish)
	assert.Less(t, index(es, "IT"), index(es, "NL"))
	assert.Len(t, de, len(js))

	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() { assert.Equal(t, de, codes(language.German)) })
	}
	wg.Wait()
}

func index(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

func ExampleOf() {
	de, _ := jurisdictions.Default().Jurisdiction("DE")
	for _, tag := range []language.Tag{language.German, language.French, language.Polish} {
		name, _ := names.Of(de, tag)
		fmt.Println(name)
	}
	// Output:
	// Deutschland
	// Allemagne
	// Niemcy
}

func ExampleLookup() {
	js := jurisdictions.Default().Jurisdictions()
	for _, name := range []string{"Niemcy", "Pays-Bas", "espana", "Atlantis"} {
		if j, ok := names.Lookup(js, name, language.Polish); ok {
			fmt.Println(name, "→", j.Code())
		} else {
			fmt.Println(name, "→ no jurisdiction")
		}
	}
	// Output:
	// Niemcy → DE
	// Pays-Bas → NL
	// espana → ES
	// Atlantis → no jurisdiction
}
