package main

import (
	"context"
	"encoding/json"
	"fmt"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/offencemap/offencemap/dualcrim"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const norrisBody = `{
  "kind": "extradition", "purpose": "prosecution", "from": "US", "to": "GB-EAW",
  "decided": "2008-03-12",
  "charges": [
    {"offence": "15 U.S.C. § 1", "committed": "1999-06-01", "facts": {"deception": false}},
    {"offence": "18 U.S.C. § 1512(b)", "committed": "2001-03-01"}
  ]
}`

// norrisWith returns the Norris request with old replaced by new.
func norrisWith(old, new string) string {
	if !strings.Contains(norrisBody, old) {
		panic("norrisWith: " + old + " not in the body")
	}
	return strings.Replace(norrisBody, old, new, 1)
}

// Response shapes as a client would decode them.
type (
	problemOut struct {
		Type   string `json:"type"`
		Title  string `json:"title"`
		Status int    `json:"status"`
		Detail string `json:"detail"`
		Field  string `json:"field"`
	}
	checkOut struct {
		Language   string `json:"language"`
		Instrument string `json:"instrument"`
		Charges    []struct {
			Offence   string `json:"offence"`
			Committed string `json:"committed"`
			Verdict   string `json:"verdict"`
			Reasons   []struct {
				Code string `json:"code"`
				Text string `json:"text"`
			} `json:"reasons"`
		} `json:"charges"`
	}
	jurisdictionsOut struct {
		Jurisdictions []struct {
			Code         string            `json:"code"`
			Name         string            `json:"name"`
			NameLanguage string            `json:"name_language"`
			Names        map[string]string `json:"names"`
			Languages    []string          `json:"languages"`
			Offences     int               `json:"offences"`
		} `json:"jurisdictions"`
	}
	offencesOut struct {
		Jurisdiction string `json:"jurisdiction"`
		AsOf         string `json:"as_of"`
		Count        int    `json:"count"`
		Offences     []struct {
			ID            string   `json:"id"`
			Citation      string   `json:"citation"`
			Label         string   `json:"label"`
			LabelLanguage string   `json:"label_language"`
			Categories    []string `json:"categories"`
			Max           struct {
				Notation string `json:"notation"`
				Text     string `json:"text"`
			} `json:"max"`
			Validity struct {
				From string `json:"from"`
				To   string `json:"to"`
			} `json:"validity"`
			Source string `json:"source"`
		} `json:"offences"`
	}
)

func decode[T any](t *testing.T, body []byte) T {
	t.Helper()
	var v T
	require.NoError(t, json.Unmarshal(body, &v), "body: %s", body)
	return v
}

func (o offencesOut) ids() []string {
	var ids []string
	for _, x := range o.Offences {
		ids = append(ids, x.ID)
	}
	return ids
}

func newTestServer(t *testing.T) *httptest.Server {
	t.Helper()
	h := newServer(dualcrim.Default()).(*server)
	h.now = func() time.Time { return time.Date(2021, 5, 5, 23, 30, 0, 0, time.UTC) }
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	return ts
}

func do(t *testing.T, ts *httptest.Server, method, path, body string, header map[string]string) (*http.Response, []byte) {
	t.Helper()
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, ts.URL+path, r)
	require.NoError(t, err)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := ts.Client().Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, b
}

// wantProblem checks a problem+json answer and returns it.
func wantProblem(t *testing.T, resp *http.Response, body []byte, status int) problemOut {
	t.Helper()
	assert.Equal(t, "application/problem+json", resp.Header.Get("Content-Type"))
	p := decode[problemOut](t, body)
	assert.Equal(t, status, p.Status, "status member")
	assert.NotEmpty(t, p.Type)
	assert.NotEmpty(t, p.Title)
	return p
}

func TestCheck(t *testing.T) {
	ts := newTestServer(t)
	tests := []struct {
		name   string
		method string
		body   string
		header map[string]string
		status int
		check  func(t *testing.T, resp *http.Response, body []byte)
	}{
		{name: "Norris", body: norrisBody, status: http.StatusOK,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
				assert.Equal(t, "en", resp.Header.Get("Content-Language"))
				assert.Equal(t, "Accept-Language", resp.Header.Get("Vary"))
				out := decode[checkOut](t, body)
				assert.Equal(t, "en", out.Language)
				assert.Equal(t, "UKUS2003", out.Instrument)
				require.Len(t, out.Charges, 2)
				assert.Equal(t, "US/15USC/1", out.Charges[0].Offence)
				assert.Equal(t, "1999-06-01", out.Charges[0].Committed)
				assert.Equal(t, "not_satisfied", out.Charges[0].Verdict)
				assert.Equal(t, "2001-03-01", out.Charges[1].Committed)
				assert.Equal(t, "satisfied", out.Charges[1].Verdict)
				require.NotEmpty(t, out.Charges[0].Reasons)
				for _, r := range out.Charges[0].Reasons {
					assert.NotEmpty(t, r.Code)
					assert.NotEmpty(t, r.Text)
				}
			}},
		{name: "Norris with Accept-Language de falls back to an explanation language", body: norrisBody,
			header: map[string]string{"Accept-Language": "de-DE, de;q=0.9"}, status: http.StatusOK,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				out := decode[checkOut](t, body)
				langs := []string{}
				for _, l := range dualcrim.Languages() {
					langs = append(langs, l.String())
				}
				assert.Contains(t, langs, out.Language)
				assert.Equal(t, out.Language, resp.Header.Get("Content-Language"))
				require.Len(t, out.Charges, 2)
				assert.Equal(t, "not_satisfied", out.Charges[0].Verdict)
			}},
		{name: "bad JSON", body: `{"kind": "extradition",`, status: http.StatusBadRequest,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				p := wantProblem(t, resp, body, http.StatusBadRequest)
				assert.Equal(t, problemTypeBase+"malformed-json", p.Type)
			}},
		{name: "JSON syntax error", body: `{"kind" "extradition"}`, status: http.StatusBadRequest,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				p := wantProblem(t, resp, body, http.StatusBadRequest)
				assert.Equal(t, problemTypeBase+"malformed-json", p.Type)
				assert.Contains(t, p.Detail, "at byte")
			}},
		{name: "empty body", body: "", status: http.StatusBadRequest,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				p := wantProblem(t, resp, body, http.StatusBadRequest)
				assert.Contains(t, p.Detail, "empty")
			}},
		{name: "trailing data", body: norrisBody + `{}`, status: http.StatusBadRequest,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				p := wantProblem(t, resp, body, http.StatusBadRequest)
				assert.Contains(t, p.Detail, "trailing data")
			}},
		{name: "unknown field", body: norrisWith(`"kind"`, `"colour": "red", "kind"`), status: http.StatusBadRequest,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				p := wantProblem(t, resp, body, http.StatusBadRequest)
				assert.Equal(t, "colour", p.Field)
				assert.Contains(t, p.Detail, `unknown field "colour"`)
			}},
		{name: "wrong JSON type", body: norrisWith(`"committed": "1999-06-01"`, `"committed": 19990601`), status: http.StatusBadRequest,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				p := wantProblem(t, resp, body, http.StatusBadRequest)
				assert.Contains(t, p.Field, "committed")
			}},
		{name: "bad decided date", body: norrisWith(`"2008-03-12"`, `"12/03/2008"`), status: http.StatusBadRequest,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				p := wantProblem(t, resp, body, http.StatusBadRequest)
				assert.Equal(t, "decided", p.Field)
				assert.Contains(t, p.Detail, "12/03/2008")
			}},
		{name: "bad committed date", body: norrisWith(`"2001-03-01"`, `"2001-02-30"`), status: http.StatusBadRequest,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				p := wantProblem(t, resp, body, http.StatusBadRequest)
				assert.Equal(t, "charges[1].committed", p.Field)
			}},
		{name: "conduct after decision (checker validation)", body: norrisWith(`"2001-03-01"`, `"2009-01-01"`), status: http.StatusBadRequest,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				p := wantProblem(t, resp, body, http.StatusBadRequest)
				assert.Equal(t, problemTypeBase+"invalid-request", p.Type)
				assert.Equal(t, "charges[1].committed", p.Field)
				assert.Contains(t, p.Detail, "after the decision")
			}},
		{name: "bad kind", body: norrisWith(`"extradition"`, `"deportation"`), status: http.StatusBadRequest,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				p := wantProblem(t, resp, body, http.StatusBadRequest)
				assert.Equal(t, "kind", p.Field)
			}},
		{name: "unknown jurisdiction", body: norrisWith(`"GB-EAW"`, `"XX"`), status: http.StatusUnprocessableEntity,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				p := wantProblem(t, resp, body, http.StatusUnprocessableEntity)
				assert.Equal(t, problemTypeBase+"unknown-jurisdiction", p.Type)
				assert.Equal(t, "to", p.Field)
				assert.Contains(t, p.Detail, `"XX"`)
				assert.Contains(t, p.Detail, "GB-EAW") // the hint lists the known codes
			}},
		{name: "unknown offence", body: norrisWith(`"15 U.S.C. § 1"`, `"99 U.S.C. § 4242"`), status: http.StatusUnprocessableEntity,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				p := wantProblem(t, resp, body, http.StatusUnprocessableEntity)
				assert.Equal(t, problemTypeBase+"unknown-offence", p.Type)
				assert.Equal(t, "charges[0].offence", p.Field)
			}},
		{name: "unknown instrument", body: norrisWith(`"kind"`, `"instrument": "NOPE1999", "kind"`), status: http.StatusUnprocessableEntity,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				p := wantProblem(t, resp, body, http.StatusUnprocessableEntity)
				assert.Equal(t, problemTypeBase+"unknown-instrument", p.Type)
			}},
		{name: "body too large", body: `{"kind": "` + strings.Repeat("a", maxBodyBytes) + `"}`, status: http.StatusRequestEntityTooLarge,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				p := wantProblem(t, resp, body, http.StatusRequestEntityTooLarge)
				assert.Contains(t, p.Detail, "65536")
			}},
		{name: "not JSON content type", body: norrisBody, header: map[string]string{"Content-Type": "text/plain"},
			status: http.StatusUnsupportedMediaType,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				wantProblem(t, resp, body, http.StatusUnsupportedMediaType)
			}},
		{name: "GET not allowed", method: http.MethodGet, status: http.StatusMethodNotAllowed,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				assert.Equal(t, "POST, OPTIONS", resp.Header.Get("Allow"))
				p := wantProblem(t, resp, body, http.StatusMethodNotAllowed)
				assert.Equal(t, "about:blank", p.Type)
				assert.Equal(t, "Method Not Allowed", p.Title)
			}},
		{name: "OPTIONS", method: http.MethodOptions, status: http.StatusNoContent,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				assert.Equal(t, "POST, OPTIONS", resp.Header.Get("Allow"))
				assert.Empty(t, body)
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			method := tt.method
			if method == "" {
				method = http.MethodPost
			}
			resp, body := do(t, ts, method, "/v1/check", tt.body, tt.header)
			require.Equal(t, tt.status, resp.StatusCode, "body: %s", body)
			tt.check(t, resp, body)
		})
	}
}

func TestJurisdictions(t *testing.T) {
	ts := newTestServer(t)
	reg := dualcrim.Default().Registry()
	de, err := reg.Jurisdiction("DE")
	require.NoError(t, err)
	ids := map[string]bool{}
	for _, o := range de.Offences(0) {
		ids[o.ID] = true
	}
	tests := []struct {
		name, acceptLanguage     string
		wantName, wantNameLang   string
		wantContentLangIncludes  string
		wantUSName, wantUSNameLn string
	}{
		{name: "default English", wantName: "Germany", wantNameLang: "en", wantContentLangIncludes: "en",
			wantUSName: "United States", wantUSNameLn: "en"},
		{name: "German", acceptLanguage: "de", wantName: "Deutschland", wantNameLang: "de", wantContentLangIncludes: "de",
			wantUSName: "Vereinigte Staaten", wantUSNameLn: "de"}, // the dataset has no German name for the US: CLDR's
		{name: "German regional with weights", acceptLanguage: "fr-CH;q=0.5, de-AT, en;q=0.1", wantName: "Deutschland",
			wantNameLang: "de", wantContentLangIncludes: "de", wantUSName: "Vereinigte Staaten", wantUSNameLn: "de"},
		{name: "French", acceptLanguage: "fr", wantName: "Allemagne", wantNameLang: "fr", wantContentLangIncludes: "fr",
			wantUSName: "États-Unis", wantUSNameLn: "fr"},
		{name: "malformed header means English", acceptLanguage: "!!!", wantName: "Germany", wantNameLang: "en",
			wantContentLangIncludes: "en", wantUSName: "United States", wantUSNameLn: "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := do(t, ts, http.MethodGet, "/v1/jurisdictions", "", map[string]string{"Accept-Language": tt.acceptLanguage})
			require.Equal(t, http.StatusOK, resp.StatusCode, "body: %s", body)
			assert.Contains(t, resp.Header.Get("Content-Language"), tt.wantContentLangIncludes)
			out := decode[jurisdictionsOut](t, body)
			var codes, names []string
			for _, j := range out.Jurisdictions {
				codes, names = append(codes, j.Code), append(names, j.Name)
				switch j.Code {
				case "DE":
					assert.Equal(t, tt.wantName, j.Name)
					assert.Equal(t, tt.wantNameLang, j.NameLanguage)
					assert.Equal(t, "Deutschland", j.Names["de"])
					assert.Equal(t, "Niemcy", j.Names["pl"], "CLDR's Polish name, recorded in DE.yaml")
					assert.Equal(t, []string{"de"}, j.Languages)
					assert.Equal(t, len(ids), j.Offences)
					assert.Positive(t, j.Offences)
				case "US":
					assert.Equal(t, tt.wantUSName, j.Name)
					assert.Equal(t, tt.wantUSNameLn, j.NameLanguage)
				}
			}
			assert.Subset(t, codes, []string{"DE", "ES", "FR", "GB-EAW", "US"})
			reader := language.English
			if tags, _, err := language.ParseAcceptLanguage(tt.acceptLanguage); err == nil && len(tags) > 0 {
				reader = tags[0]
			}
			col := collate.New(reader)
			assert.True(t, slices.IsSortedFunc(names, col.CompareString), "names in the reader's order: %v", names)
		})
	}

	t.Run("unknown parameter", func(t *testing.T) {
		resp, body := do(t, ts, http.MethodGet, "/v1/jurisdictions?lang=de", "", nil)
		require.Equal(t, http.StatusBadRequest, resp.StatusCode)
		p := wantProblem(t, resp, body, http.StatusBadRequest)
		assert.Equal(t, "lang", p.Field)
	})
	t.Run("POST not allowed", func(t *testing.T) {
		resp, body := do(t, ts, http.MethodPost, "/v1/jurisdictions", "{}", nil)
		require.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
		assert.Equal(t, "GET, HEAD, OPTIONS", resp.Header.Get("Allow"))
		wantProblem(t, resp, body, http.StatusMethodNotAllowed)
	})
	t.Run("HEAD has no body", func(t *testing.T) {
		resp, body := do(t, ts, http.MethodHead, "/v1/jurisdictions", "", nil)
		require.Equal(t, http.StatusOK, resp.StatusCode)
		assert.Empty(t, body)
		assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
	})
}

func TestOffences(t *testing.T) {
	ts := newTestServer(t)
	tests := []struct {
		name   string
		query  string
		lang   string
		status int
		check  func(t *testing.T, resp *http.Response, body []byte)
	}{
		{name: "upper-case query finds § 263 StGB", query: "jurisdiction=DE&q=BETRUG&as_of=2020-01-01", status: http.StatusOK,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				out := decode[offencesOut](t, body)
				assert.Equal(t, "DE", out.Jurisdiction)
				assert.Equal(t, "2020-01-01", out.AsOf)
				assert.Equal(t, []string{"DE/StGB/263", "DE/StGB/263a"}, out.ids()) // Betrug, Computerbetrug
				assert.Equal(t, 2, out.Count)
				o := out.Offences[0]
				assert.Equal(t, "§ 263 StGB", o.Citation)
				assert.Equal(t, "Fraud", o.Label)
				assert.Equal(t, "en", o.LabelLanguage)
				assert.Equal(t, []string{"0701"}, o.Categories)
				assert.Equal(t, "5y", o.Max.Notation)
				assert.Equal(t, "5 years", o.Max.Text)
				assert.Equal(t, "2012-12-05", o.Validity.From)
				assert.Empty(t, o.Validity.To)
				assert.NotEmpty(t, o.Source)
				assert.Equal(t, "en", resp.Header.Get("Content-Language"))
			}},
		{name: "German labels", query: "jurisdiction=de&q=betrug&as_of=2020-01-01", lang: "de-DE", status: http.StatusOK,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				out := decode[offencesOut](t, body)
				require.NotEmpty(t, out.Offences)
				assert.Equal(t, "DE/StGB/263", out.Offences[0].ID)
				assert.Equal(t, "Betrug", out.Offences[0].Label)
				assert.Equal(t, "de", out.Offences[0].LabelLanguage)
				assert.Equal(t, "de", resp.Header.Get("Content-Language"))
			}},
		{name: "diacritics folded", query: "jurisdiction=DE&q=KORPERVERLETZUNG&as_of=2020-01-01", status: http.StatusOK,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				out := decode[offencesOut](t, body)
				assert.Equal(t, []string{"DE/StGB/340"}, out.ids()) // "Körperverletzung im Amt"
			}},
		{name: "query matches citation", query: "jurisdiction=DE&q=%C2%A7%20263a&as_of=2020-01-01", status: http.StatusOK,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				out := decode[offencesOut](t, body)
				assert.Equal(t, []string{"DE/StGB/263a"}, out.ids())
			}},
		{name: "nothing in force before the data", query: "jurisdiction=DE&q=betrug&as_of=2000-01-01", status: http.StatusOK,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				out := decode[offencesOut](t, body)
				assert.Equal(t, 0, out.Count)
				assert.Empty(t, out.Offences)
				assert.Contains(t, string(body), `"offences":[]`)
			}},
		{name: "as_of defaults to today (UTC)", query: "jurisdiction=DE&q=263", status: http.StatusOK,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				out := decode[offencesOut](t, body)
				assert.Equal(t, "2021-05-05", out.AsOf)
				assert.Contains(t, out.ids(), "DE/StGB/263")
			}},
		{name: "bad as_of", query: "jurisdiction=DE&as_of=2020-13-01", status: http.StatusBadRequest,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				p := wantProblem(t, resp, body, http.StatusBadRequest)
				assert.Equal(t, "as_of", p.Field)
				assert.Contains(t, p.Detail, "2020-13-01")
			}},
		{name: "unknown jurisdiction is 404", query: "jurisdiction=XX", status: http.StatusNotFound,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				p := wantProblem(t, resp, body, http.StatusNotFound)
				assert.Equal(t, problemTypeBase+"unknown-jurisdiction", p.Type)
				assert.Equal(t, "jurisdiction", p.Field)
				assert.Contains(t, p.Detail, `"XX"`)
			}},
		{name: "missing jurisdiction", query: "q=betrug", status: http.StatusBadRequest,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				p := wantProblem(t, resp, body, http.StatusBadRequest)
				assert.Equal(t, "jurisdiction", p.Field)
			}},
		{name: "misspelt parameter", query: "jurisdicton=DE", status: http.StatusBadRequest,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				p := wantProblem(t, resp, body, http.StatusBadRequest)
				assert.Equal(t, "jurisdicton", p.Field)
			}},
		{name: "repeated parameter", query: "jurisdiction=DE&q=a&q=b", status: http.StatusBadRequest,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				p := wantProblem(t, resp, body, http.StatusBadRequest)
				assert.Equal(t, "q", p.Field)
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := do(t, ts, http.MethodGet, "/v1/offences?"+tt.query, "", map[string]string{"Accept-Language": tt.lang})
			require.Equal(t, tt.status, resp.StatusCode, "body: %s", body)
			tt.check(t, resp, body)
		})
	}
}

func TestUnknownPath(t *testing.T) {
	ts := newTestServer(t)
	resp, body := do(t, ts, http.MethodGet, "/v2/check", "", nil)
	require.Equal(t, http.StatusNotFound, resp.StatusCode)
	p := wantProblem(t, resp, body, http.StatusNotFound)
	assert.Contains(t, p.Detail, "/v2/check")
}

func TestFoldText(t *testing.T) {
	for in, want := range map[string]string{
		"Körperverletzung": "korperverletzung",
		"CÓDIGO PENAL":     "codigo penal",
		"Geldwäsche":       "geldwasche",
		"außerhalb":        "ausserhalb",
		"§ 263 StGB":       "§ 263 stgb",
	} {
		assert.Equal(t, want, foldText(in), in)
	}
}

// TestConcurrent runs many requests at once; with -race it checks that the
// handler shares no mutable state.
func TestConcurrent(t *testing.T) {
	ts := newTestServer(t)
	const n = 50
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			switch i % 3 {
			case 0:
				resp, body, err := rawDo(ts, http.MethodPost, "/v1/check", norrisBody, "en")
				if !assert.NoError(t, err) || !assert.Equal(t, http.StatusOK, resp.StatusCode, "body: %s", body) {
					return
				}
				var out checkOut
				if assert.NoError(t, json.Unmarshal(body, &out)) && assert.Len(t, out.Charges, 2) {
					assert.Equal(t, "not_satisfied", out.Charges[0].Verdict)
					assert.Equal(t, "satisfied", out.Charges[1].Verdict)
				}
			case 1:
				lang, want := "de", "Betrug"
				if i%2 == 0 {
					lang, want = "en", "Fraud"
				}
				resp, body, err := rawDo(ts, http.MethodGet, "/v1/offences?jurisdiction=DE&q=b%C3%89TRUG&as_of=2020-01-01", "", lang)
				if !assert.NoError(t, err) || !assert.Equal(t, http.StatusOK, resp.StatusCode, "body: %s", body) {
					return
				}
				var out offencesOut
				if assert.NoError(t, json.Unmarshal(body, &out)) && assert.NotEmpty(t, out.Offences) {
					assert.Equal(t, "DE/StGB/263", out.Offences[0].ID)
					assert.Equal(t, want, out.Offences[0].Label)
				}
			default:
				resp, body, err := rawDo(ts, http.MethodPost, "/v1/check", norrisWith(`"GB-EAW"`, `"XX"`), "")
				if !assert.NoError(t, err) || !assert.Equal(t, http.StatusUnprocessableEntity, resp.StatusCode, "body: %s", body) {
					return
				}
				var p problemOut
				if assert.NoError(t, json.Unmarshal(body, &p)) {
					assert.Equal(t, "to", p.Field)
				}
			}
		})
	}
	wg.Wait()
}

// rawDo is do without require, for use off the test goroutine.
func rawDo(ts *httptest.Server, method, path, body, lang string) (*http.Response, []byte, error) {
	req, err := http.NewRequest(method, ts.URL+path, strings.NewReader(body))
	if err != nil {
		return nil, nil, err
	}
	if lang != "" {
		req.Header.Set("Accept-Language", lang)
	}
	resp, err := ts.Client().Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp, b, err
}

// TestServeShutdown starts the real server on a free port, makes a request
// and checks that cancelling the context shuts it down cleanly.
func TestServeShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, newServer(nil), slog.New(slog.NewTextHandler(io.Discard, nil))) }()

	resp, err := http.Get(fmt.Sprintf("http://%s/v1/jurisdictions", ln.Addr()))
	require.NoError(t, err)
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)

	cancel()
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(shutdownTimeout + 5*time.Second):
		t.Fatal("server did not shut down")
	}
	_, err = http.Get(fmt.Sprintf("http://%s/v1/jurisdictions", ln.Addr()))
	assert.Error(t, err, "the listener is closed after shutdown")
}

func TestRunFlags(t *testing.T) {
	var stderr strings.Builder
	err := run(context.Background(), []string{"-nope"}, &stderr)
	require.Error(t, err)
	assert.Contains(t, stderr.String(), "-addr")

	err = run(context.Background(), []string{"-addr", "256.0.0.1:bad"}, io.Discard)
	assert.Error(t, err)
}

func TestSearch(t *testing.T) {
	ts := newTestServer(t)
	type hit struct {
		Jurisdiction, Offence, Label string
		Direct                       bool
	}
	type searchOut struct {
		Count int
		Hits  []hit
	}
	resp, body := do(t, ts, http.MethodGet, "/v1/search?q=oszustwo&limit=20", "", map[string]string{"Accept-Language": "pl"})
	require.Equal(t, http.StatusOK, resp.StatusCode, "body: %s", body)
	out := decode[searchOut](t, body)
	require.NotEmpty(t, out.Hits)
	assert.Equal(t, hit{Jurisdiction: "PL", Offence: "PL/KK/286", Label: "Oszustwo", Direct: true}, out.Hits[0], "art. 286 k.k. is named Oszustwo")
	var ids []string
	for _, h := range out.Hits {
		ids = append(ids, h.Offence)
	}
	assert.Contains(t, ids, "DE/StGB/263", "the equivalents in other states come with it")
	assert.Equal(t, len(out.Hits), out.Count)

	resp, body = do(t, ts, http.MethodGet, "/v1/search?q=Betrug&jurisdiction=FR", "", nil)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	for _, h := range decode[searchOut](t, body).Hits {
		assert.Contains(t, []string{"FR", ""}, h.Jurisdiction)
	}

	for _, bad := range []struct{ query, field string }{
		{"/v1/search", "q"},
		{"/v1/search?q=fraud&limit=0", "limit"},
		{"/v1/search?q=fraud&limit=x", "limit"},
		{"/v1/search?q=fraud&jurisdiction=ZZ", "jurisdiction"},
		{"/v1/search?q=fraud&as_of=yesterday", "as_of"},
		{"/v1/search?q=" + strings.Repeat("a", 201), "q"},
	} {
		resp, body := do(t, ts, http.MethodGet, bad.query, "", nil)
		p := wantProblem(t, resp, body, http.StatusBadRequest)
		assert.Equal(t, bad.field, p.Field, bad.query)
	}
}
