package jurisdictions

import (
	"embed"
	"io/fs"
	"sync"
)

//go:embed data/*.yaml
var data embed.FS

func defaultFS() fs.FS {
	sub, err := fs.Sub(data, "data")
	if err != nil {
		panic(err) // the embedded directory always exists
	}
	return sub
}

var defaultRegistry = sync.OnceValues(func() (*Registry, error) {
	return LoadOnly(defaultFS(), nil)
})

// Default returns the registry of the dataset embedded in this package,
// loaded on first use. It panics only if the embedded dataset is invalid,
// which the package's tests rule out.
func Default() *Registry {
	r, err := defaultRegistry()
	if err != nil {
		panic("jurisdictions: embedded dataset is invalid: " + err.Error())
	}
	return r
}

// DefaultFS returns the embedded dataset's files, for tools that want to
// read or copy them.
func DefaultFS() fs.FS { return defaultFS() }
