package conformance

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/offencemap/offencemap/dualcrim"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// EnvDirs names the environment variable listing further directories of
// case files (colon-separated), so users run their own cases with go test.
const EnvDirs = "OFFENCEMAP_CONFORMANCE_DIR"

func caseDirs(t *testing.T) []string {
	dirs := []string{filepath.Join("..", "testdata", "conformance")}
	for d := range strings.SplitSeq(os.Getenv(EnvDirs), ":") {
		if d = strings.TrimSpace(d); d != "" {
			dirs = append(dirs, d)
		}
	}
	return dirs
}

func TestConformance(t *testing.T) {
	checker := dualcrim.Default()
	total := 0
	for _, dir := range caseDirs(t) {
		cases, err := ParseDir(os.DirFS(dir), ".")
		require.NoError(t, err, "case files in %s", dir)
		if dir == caseDirs(t)[0] {
			assert.GreaterOrEqual(t, len(cases), 25, "the suite must keep at least 25 cases")
		}
		for _, c := range cases {
			total++
			t.Run(c.Name, func(t *testing.T) {
				assert.Empty(t, Check(checker, c), "source: %s", c.Source)
			})
		}
	}
	t.Logf("%d conformance cases", total)
}
