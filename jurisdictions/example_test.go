package jurisdictions_test

import (
	"fmt"

	"github.com/offencemap/offencemap/jurisdictions"
	"github.com/offencemap/offencemap/offences"
)

// Citations are accepted the way lawyers write them.
func ExampleRegistry_Resolve() {
	reg := jurisdictions.Default()
	for _, q := range []struct{ jur, citation string }{
		{"DE", "§ 263 Abs. 1 StGB"},
		{"GB-EAW", "Fraud Act 2006, s. 1"},
		{"FR", "art. 313-1 CP"},
		{"US", "18 U.S.C. § 1343"},
	} {
		id, err := reg.Resolve(q.jur, q.citation)
		fmt.Println(id, err)
	}
	// Output:
	// DE/StGB/263 <nil>
	// GB-EAW/FraudAct2006/1 <nil>
	// FR/CP/313-1 <nil>
	// US/18USC/1343 <nil>
}

// An offence has versions over time; the registry returns the one in force
// on a date. Art. 578 of the Spanish Código Penal carried 2 years until LO
// 2/2015 raised it to 3 years from 1 July 2015.
func ExampleRegistry_Offence() {
	reg := jurisdictions.Default()
	for _, day := range []string{"2013-01-01", "2016-01-01"} {
		o, err := reg.Offence("ES/CP/578", offences.MustParseDate(day))
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(day, o.Max)
	}
	// Output:
	// 2013-01-01 2 years
	// 2016-01-01 3 years
}
