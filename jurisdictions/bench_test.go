package jurisdictions_test

import (
	"testing"

	"github.com/offencemap/offencemap/jurisdictions"
)

func BenchmarkLoadDefault(b *testing.B) {
	fsys := jurisdictions.DefaultFS()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := jurisdictions.LoadOnly(fsys, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkResolve(b *testing.B) {
	reg := jurisdictions.Default()
	const citation = "§ 263 Abs. 1 StGB"
	if id, err := reg.Resolve("DE", citation); err != nil || id != "DE/StGB/263" {
		b.Fatalf("Resolve(DE, %q) = %q, %v", citation, id, err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := reg.Resolve("DE", citation); err != nil {
			b.Fatal(err)
		}
	}
}
