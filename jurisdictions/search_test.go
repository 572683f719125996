package jurisdictions_test

import (
	"sync"
	"testing"

	"github.com/offencemap/offencemap/jurisdictions"
	"github.com/offencemap/offencemap/offences"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// The names are the statutes' own: § 263 StGB "Betrug", art. 313-1 C. pén.
// "Escroquerie", art. 286 k.k. "Oszustwo", art. 640 c.p. "Truffa", art. 326
// Sr "Oplichting"; "fraud" is the ICCS label of 0701.
func TestSearchFindsFraudInEveryLanguage(t *testing.T) {
	r := jurisdictions.Default()
	fraud := []string{"DE/StGB/263", "FR/CP/313-1", "PL/KK/286", "IT/CP/640", "NL/Sr/326", "GB-EAW/FraudAct2006/1", "CH/StGB/146", "ES/CP/248"}
	for _, q := range []string{"escroquerie", "Betrug", "oszustwo", "fraud", "TRUFFA", "oplichting"} {
		t.Run(q, func(t *testing.T) {
			hits := r.Search(q, jurisdictions.SearchOptions{})
			require.NotEmpty(t, hits)
			assert.True(t, hits[0].Direct, "a label that matches ranks first")
			var ids []string
			for _, h := range hits {
				ids = append(ids, h.OffenceID)
			}
			for _, id := range fraud {
				assert.Contains(t, ids, id)
			}
		})
	}
}

func TestSearchFoldsCaseAndDiacritics(t *testing.T) {
	r := jurisdictions.Default()
	for q, want := range map[string]string{
		"kradziez":         "PL/KK/278", // Kradzież
		"ZABOJSTWO":        "PL/KK/148", // Zabójstwo
		"estafa":           "ES/CP/248",
		"Blanchiment":      "FR/CP/324-1",
		"geldwäsche":       "DE/StGB/261",
		"geldwasche":       "DE/StGB/261",
		"tax fraud":        "FR/CGI/1741",
		"money laundering": "DE/StGB/261",
	} {
		hits := r.Search(q, jurisdictions.SearchOptions{NoEquivalents: true})
		var ids []string
		for _, h := range hits {
			assert.True(t, h.Direct)
			ids = append(ids, h.OffenceID)
		}
		assert.Contains(t, ids, want, q)
	}
}

func TestSearchRanking(t *testing.T) {
	hits := jurisdictions.Default().Search("oszustwo", jurisdictions.SearchOptions{})
	require.GreaterOrEqual(t, len(hits), 3)
	assert.Equal(t, "PL/KK/286", hits[0].OffenceID, "the whole label first")
	assert.Equal(t, "PL/KK/287", hits[1].OffenceID, "then a label that starts with it (Oszustwo komputerowe)")
	var category bool
	for i := 1; i < len(hits); i++ {
		assert.GreaterOrEqual(t, hits[i-1].Score, hits[i].Score)
		category = category || hits[i].OffenceID == "" && hits[i].Category == "0701.computer"
	}
	// The taxonomy's own Polish label ("Oszustwo komputerowe (…)") is found
	// too. Equivalents of the best match may rank above weak direct matches
	// (a category label that merely contains the word, e.g. tax fraud).
	assert.True(t, category, "the computer-fraud category by its Polish label")
	assert.True(t, hits[0].Direct && hits[1].Direct)
}

func TestSearchOptions(t *testing.T) {
	r := jurisdictions.Default()
	assert.Nil(t, r.Search("  ", jurisdictions.SearchOptions{}))
	assert.Nil(t, r.Search("§§", jurisdictions.SearchOptions{}))
	assert.Empty(t, r.Search("zzzqqq", jurisdictions.SearchOptions{}))

	only := r.Search("fraud", jurisdictions.SearchOptions{Jurisdictions: []string{"FR"}})
	require.NotEmpty(t, only)
	for _, h := range only {
		assert.Contains(t, []string{"FR", ""}, h.Jurisdiction)
	}
	assert.Len(t, r.Search("fraud", jurisdictions.SearchOptions{Limit: 3}), 3)

	// Criminal libel was abolished in England and Wales on 12 January
	// 2010; § 186 StGB stays in force.
	libel := r.Search("üble Nachrede", jurisdictions.SearchOptions{At: offences.MustParseDate("2020-01-01"), Language: language.German})
	var ids []string
	for _, h := range libel {
		ids = append(ids, h.OffenceID)
		if !h.Direct && h.OffenceID != "" {
			o, err := r.Offence(h.OffenceID, offences.MustParseDate("2020-01-01"))
			assert.NoError(t, err, "%s is in force on the day asked", h.OffenceID)
			assert.NotEmpty(t, o.ID)
		}
	}
	assert.Contains(t, ids, "DE/StGB/186")
}

func TestSearchConcurrent(t *testing.T) {
	r, err := jurisdictions.LoadOnly(jurisdictions.DefaultFS(), nil) // a fresh registry: the index is built under contention
	require.NoError(t, err)
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			for _, q := range []string{"Betrug", "escroquerie", "fraud"} {
				assert.NotEmpty(t, r.Search(q, jurisdictions.SearchOptions{Language: language.Polish}))
			}
		})
	}
	wg.Wait()
}

func BenchmarkSearch(b *testing.B) {
	r := jurisdictions.Default()
	r.Search("warm", jurisdictions.SearchOptions{})
	for _, q := range []string{"Betrug", "oszustwo komputerowe", "fraud"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if len(r.Search(q, jurisdictions.SearchOptions{Language: language.German})) == 0 {
					b.Fatal("no hits")
				}
			}
		})
	}
}
