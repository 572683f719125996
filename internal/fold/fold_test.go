package fold

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestText(t *testing.T) {
	for in, want := range map[string]string{
		"Código Penal":   "codigo penal",
		"ESCROQUERIE":    "escroquerie",
		"Übler Nachrede": "ubler nachrede",
		"oszustwo":       "oszustwo",
	} {
		assert.Equal(t, want, Text(in), in)
	}
}

func TestCitation(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"§ 263 StGB", []string{"§", "263", "stgb"}},
		{"18 U.S.C. § 1343", []string{"18", "usc", "§", "1343"}},
		{"s.1 Fraud Act 2006", []string{"s", "1", "fraud", "act", "2006"}},
		{"art. 313-1 CP", []string{"art", "313-1", "cp"}},
		{"Art. 248.2 Código Penal", []string{"art", "248.2", "codigo", "penal"}},
		{"s.1(3)", []string{"s", "1(3)"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Citation(tt.in), tt.in)
	}
}
