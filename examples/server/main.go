// Command server serves the dual-criminality checker over HTTP as a JSON
// service. It uses net/http only and is meant to be copied and adapted.
//
// Endpoints (all answers are JSON; errors are RFC 9457 problem details,
// Content-Type application/problem+json, with a "field" member naming the
// offending request field where there is one):
//
//	POST /v1/check
//	    Body: {"kind", "purpose", "from", "to", "instrument"?, "decided": "YYYY-MM-DD",
//	           "charges": [{"offence", "conduct"?: [codes], "facts"?: {element: bool},
//	                        "committed": "YYYY-MM-DD", "sentence_months"?, "remaining_months"?}]}
//	    Answer: dualcrim.Explain of the result, in the language negotiated
//	    from Accept-Language. Unknown fields are rejected. Bodies over 64 KiB
//	    get 413, malformed JSON, bad dates and invalid requests 400, a
//	    Content-Type other than JSON 415. Well-formed requests naming an
//	    unknown jurisdiction, offence or instrument, or for which no
//	    instrument applies, get 422 (the body is understood but cannot be
//	    processed against the dataset).
//	GET /v1/jurisdictions
//	    Every jurisdiction: code, name in the negotiated language, names in
//	    every language, official languages, number of offences (distinct
//	    IDs over all versions).
//	GET /v1/offences?jurisdiction=DE&q=betrug&as_of=2020-01-01
//	    The offence versions of a jurisdiction in force on as_of (default:
//	    today, UTC), filtered by q: a case- and diacritics-insensitive
//	    substring of the ID, citation, aliases or a label in any language.
//	    An unknown jurisdiction gets 404 (the catalogue asked for does not
//	    exist); a missing jurisdiction, a bad as_of or an unknown query
//	    parameter get 400.
//
// Other methods get 405 with an Allow header, other paths 404.
// Labels and explanations follow Accept-Language; Content-Language names
// the language(s) used and Vary: Accept-Language is set.
//
// Example:
//
//	go run ./examples/server -addr 127.0.0.1:8080 &
//	curl -s -H 'Content-Type: application/json' -H 'Accept-Language: en' \
//	    localhost:8080/v1/check -d '{
//	  "kind": "extradition", "purpose": "prosecution", "from": "US", "to": "GB-EAW",
//	  "decided": "2008-03-12",
//	  "charges": [{"offence": "15 U.S.C. § 1", "committed": "1999-06-01", "facts": {"deception": false}},
//	              {"offence": "18 U.S.C. § 1512(b)", "committed": "2001-03-01"}]}'
//	curl -s -H 'Accept-Language: de' 'localhost:8080/v1/offences?jurisdiction=DE&q=betrug'
//
// The server stops gracefully on SIGINT or SIGTERM: it stops accepting
// connections and waits up to 10 seconds for requests in flight.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/offencemap/offencemap/dualcrim"
)

// Server timeouts. WriteTimeout bounds the whole handler plus the write of
// the answer; checks on the embedded dataset take well under a second.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 10 * time.Second
	writeTimeout      = 30 * time.Second
	idleTimeout       = 120 * time.Second
	shutdownTimeout   = 10 * time.Second
	maxHeaderBytes    = 16 << 10
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "server:", err)
		os.Exit(1)
	}
}

// run parses the flags, listens and serves until ctx is cancelled.
func run(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (host:port)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments: %v", fs.Args())
	}
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	logger.Info("listening", "addr", ln.Addr().String())
	return serve(ctx, ln, newServer(dualcrim.Default()), logger)
}

// serve serves h on ln until ctx is cancelled, then shuts down gracefully
// within shutdownTimeout. It returns nil after a clean shutdown.
func serve(ctx context.Context, ln net.Listener, h http.Handler, logger *slog.Logger) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err // Serve failed before any shutdown was asked for
	case <-ctx.Done():
	}
	logger.Info("shutting down", "deadline", shutdownTimeout.String())
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		_ = srv.Close()
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	logger.Info("stopped")
	return nil
}
