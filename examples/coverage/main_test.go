package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// docs/coverage.md must be the program's output on the embedded dataset,
// so that the published table never claims more (or less) than the data.
func TestPublishedTableIsCurrent(t *testing.T) {
	var out, errOut bytes.Buffer
	require.NoError(t, run(nil, &out, &errOut))
	published, err := os.ReadFile("../../docs/coverage.md")
	require.NoError(t, err)
	assert.Equal(t, string(published), out.String(), "docs/coverage.md is stale: run go run ./examples/coverage > docs/coverage.md")
}

func TestTableCells(t *testing.T) {
	at2009 := table(t, "2009-06-01")
	// Coroners and Justice Act 2009 s.73 abolished criminal libel from
	// 12 January 2010: on 1 June 2009 the dataset must not say "not an
	// offence" (it has no record of the old common-law offence either).
	assert.Equal(t, "(✗)", at2009("criminal defamation", "GB-EAW"))
	// German records start with the consolidation of 5 December 2012.
	assert.Equal(t, "◐", at2009("fraud", "DE"))
	now := table(t, referenceDay)
	assert.Equal(t, "✗", now("criminal defamation", "GB-EAW"))
	// Germany: § 298 StGB (bid rigging) is a crime, other price fixing an
	// administrative offence (§ 81 GWB).
	assert.Equal(t, "✓✗", now("cartel / price fixing", "DE"))
	assert.Equal(t, "✓", now("fraud", "DE"))
}

// table runs the program for day and returns a cell lookup.
func table(t *testing.T, day string) func(conduct, jur string) string {
	var out bytes.Buffer
	require.NoError(t, run([]string{"-at", day}, &out, &bytes.Buffer{}))
	rows := map[string][]string{}
	var header []string
	for _, line := range strings.Split(out.String(), "\n") {
		cells := strings.Split(strings.Trim(line, "| "), " | ")
		if len(cells) > 1 && cells[0] == "conduct type" {
			header = cells
		} else if len(cells) == len(header) && header != nil {
			rows[strings.SplitN(cells[0], " (", 2)[0]] = cells
		}
	}
	return func(conduct, jur string) string {
		for i, h := range header {
			if h == jur && rows[conduct] != nil {
				return rows[conduct][i]
			}
		}
		t.Fatalf("no cell %s / %s", conduct, jur)
		return ""
	}
}

func TestBadFlags(t *testing.T) {
	assert.Error(t, run([]string{"-at", "yesterday"}, &bytes.Buffer{}, &bytes.Buffer{}))
	assert.Error(t, run([]string{"extra"}, &bytes.Buffer{}, &bytes.Buffer{}))
	assert.Error(t, run([]string{"-data", "/nonexistent"}, &bytes.Buffer{}, &bytes.Buffer{}))
}
