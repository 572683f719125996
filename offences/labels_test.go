package offences

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

// TestLabelsGet checks the fallbacks the multilingual issue names: regional
// and script variants reach their language, related languages do not.
func TestLabelsGet(t *testing.T) {
	l := MustLabels(map[string]string{"de": "Betrug", "en": "Fraud", "pt": "Fraude", "da": "Bedrageri"})
	tests := []struct {
		name string
		pref []language.Tag
		text string
		tag  language.Tag
	}{
		{"exact", []language.Tag{language.German}, "Betrug", language.German},
		{"regional falls back to parent", []language.Tag{language.MustParse("de-CH")}, "Betrug", language.German},
		{"pt-BR falls back to pt", []language.Tag{language.BrazilianPortuguese}, "Fraude", language.Portuguese},
		{"Norwegian Bokmål is not Danish", []language.Tag{language.Norwegian}, "Fraud", language.English},
		{"nb is not Danish either", []language.Tag{language.MustParse("nb-NO")}, "Fraud", language.English},
		{"Afrikaans is not Dutch", []language.Tag{language.Afrikaans}, "Fraud", language.English},
		{"Swiss German is not German", []language.Tag{language.MustParse("gsw")}, "Fraud", language.English},
		{"Austrian German is German", []language.Tag{language.MustParse("de-AT")}, "Betrug", language.German},
		{"extensions are ignored", []language.Tag{language.MustParse("de-u-co-phonebk")}, "Betrug", language.German},
		{"a related language does not beat a later exact one", []language.Tag{language.Norwegian, language.Portuguese}, "Fraude", language.Portuguese},
		{"second preference", []language.Tag{language.French, language.German}, "Betrug", language.German},
		{"no preference gives English", nil, "Fraud", language.English},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, tag := l.Get(tt.pref...)
			assert.Equal(t, tt.text, text)
			assert.Equal(t, tt.tag, tag)
		})
	}
	_, err := NewLabels(map[string]string{"xx-!!": "x"})
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = NewLabels(map[string]string{"en": "  "})
	assert.ErrorIs(t, err, ErrInvalid)
	text, tag := Labels{}.Get(language.English)
	assert.Empty(t, text)
	assert.Equal(t, language.Und, tag)
}

func TestLabelsGetScriptVariant(t *testing.T) {
	l := MustLabels(map[string]string{"en": "Fraud", "sr-Latn": "Prevara"})
	text, tag := l.Get(language.MustParse("sh"))
	assert.Equal(t, "Prevara", text, "sh is Serbian in Latin script")
	assert.Equal(t, language.MustParse("sr-Latn"), tag)
}

func TestLabelsMatch(t *testing.T) {
	l := MustLabels(map[string]string{"de": "Betrug", "en": "Fraud", "da": "Bedrageri"})
	text, used, ok := l.Match(language.MustParse("de-CH"))
	assert.True(t, ok)
	assert.Equal(t, "Betrug", text)
	assert.Equal(t, language.German, used)
	_, _, ok = l.Match(language.Norwegian)
	assert.False(t, ok, "no fallback: Danish is not Norwegian, and English is not the reader's")
	_, _, ok = Labels{}.Match(language.English)
	assert.False(t, ok)
}
