package dualcrim

import "golang.org/x/text/language"

// packPL is Polish. Legal terms follow the Polish case law of the Court of
// Justice ("podwójna karalność") and the Kodeks postępowania karnego
// ("państwo wzywające", "państwo wezwane"). Polish has four plural forms
// of years and months: 1 rok, 2 lata, 5 lat, 1,5 roku.
var packPL = languagePack{
	tag: language.Polish,
	sentences: map[ReasonCode]string{
		InstrumentSelected:    "Zastosowanie ma %[2]s (%[1]s): wiąże obie strony (%[3]s, %[4]s) w dniu %[5]s i ma pierwszeństwo przed innymi wiążącymi je instrumentami.",
		NationalActSelected:   "Zastosowanie ma %[2]s (%[1]s): w dniu %[5]s żaden instrument ze zbioru danych nie wiąże obu państw (%[3]s, %[4]s), więc rozstrzyga prawo wewnętrzne państwa wezwanego.",
		ActYieldsToTreaty:     "%[2]s (%[1]s) stosuje się z zastrzeżeniem umowy o ekstradycji między państwami (%[3]s, %[4]s); zbiór danych nie zawiera takiej umowy, a umowa może przewidywać inne progi: przed oparciem się na tej odpowiedzi należy ustalić, czy taka umowa obowiązuje.",
		InstrumentNamed:       "Zastosowanie ma %[2]s (%[1]s), ponieważ wniosek wskazuje ten instrument.",
		OffenceNotInForce:     "Zbiór danych nie zawiera wersji %[1]s obowiązującej w dniu %[2]s, tj. w dniu czynu; nie można więc ustalić ówczesnego zagrożenia karą.",
		OffenceNotGiven:       "Zarzut opisuje jedynie czyn: nie podano przestępstwa państwa wzywającego ani kary, więc nie można zbadać progów.",
		ThresholdMet:          "Próg spełniony (%[1]s): %[2]s – %[3]s; próg: %[4]s (%[5]s).",
		ThresholdNotMet:       "Próg niespełniony (%[1]s): %[2]s – %[3]s; próg: %[4]s (%[5]s).",
		ThresholdUnknown:      "Progu nie można zbadać (%[1]s): brak danych – %[2]s; próg: %[3]s (%[4]s).",
		WaiverApplied:         "Bez weryfikacji podwójnej karalności: %[1]s należy do kategorii z wykazu „%[2]s”; kara maksymalna w czasie czynu: %[3]s, a więc co najmniej %[4]s (%[5]s).",
		WaiverRefused:         "Wyłączenie dla kategorii z wykazu nie ma zastosowania: %[1]s należy do kategorii „%[2]s”, lecz kara maksymalna w czasie czynu (%[3]s) jest niższa niż %[4]s (%[5]s); należy zbadać podwójną karalność.",
		WaiverNotForConduct:   "Wyłączenie dla kategorii z wykazu nie ma zastosowania: państwo wezwane (%[1]s) stosuje je tylko do czynów popełnionych od dnia %[2]s (%[3]s); należy zbadać podwójną karalność.",
		EquivalentFound:       "%[1]s (%[2]s) obejmuje czyn (zgodność: %[3]s).",
		ElementAbsent:         "%[1]s nie obejmuje czynu: wymaga znamion, które fakty wykluczają: %[2]s.",
		ElementUnknown:        "%[1]s obejmuje czyn tylko wtedy, gdy zostaną ustalone te okoliczności: %[2]s.",
		Narrower:              "%[1]s obejmuje tylko niektóre formy kategorii „%[2]s”; należy ustalić, że czyn jest jedną z nich.",
		BelowThreshold:        "%[1]s: kara maksymalna %[2]s, poniżej progu (%[3]s, %[4]s).",
		NotAnOffence:          "Czyn nie jest przestępstwem (%[1]s) w dniu %[4]s: %[3]s (%[2]s).",
		NoOffenceInCatalogue:  "Żadne przestępstwo (%[1]s) obowiązujące w dniu %[3]s nie obejmuje czynów rodzaju „%[2]s” (katalog zbioru danych jest dla tego rodzaju kompletny).",
		CoverageMissing:       "Zbiór danych nie obejmuje czynów rodzaju „%[2]s” (%[1]s) w dniu %[3]s; odpowiedź wymaga znajomości tego prawa.",
		AssessedAtConduct:     "Prawo państwa wezwanego stosuje się w brzmieniu obowiązującym w dniu %[1]s, tj. w dniu czynu (%[2]s).",
		AssessedAtDecision:    "Prawo państwa wezwanego stosuje się w brzmieniu obowiązującym w dniu %[1]s, tj. w dniu wydania decyzji (%[2]s).",
		AssessmentDateUnknown: "Zbiór danych nie wskazuje, czy państwo wezwane stosuje swoje prawo według daty czynu czy daty decyzji, a odpowiedzi się różnią: %[1]s w dniu %[2]s, %[3]s w dniu %[4]s.",
		FiscalProviso:         "Klauzula skarbowa: nie można odmówić uwzględnienia wniosku z tego powodu, że prawo państwa wezwanego nie przewiduje podatków lub opłat tego samego rodzaju (%[1]s).",
		OptionalRefusal:       "Brak podwójnej karalności jest fakultatywną podstawą odmowy (%[1]s): państwo wezwane może, ale nie musi odmówić.",
		ConductTestApplied:    "Decyduje czyn, a nie nazwa ani znamiona przestępstwa (%[1]s).",
		StartUnknown:          "Zbiór danych nie podaje, od kiedy %[1]s przewiduje tę karę; przyjęto, że obowiązywała we wskazanym dniu.",
		FactOverridden:        "Według podanych faktów brak znamienia %[1]s, choć %[2]s go wymaga; podane fakty mają pierwszeństwo.",
	},
	words: map[string]string{
		"list.item":                  "pozycja %s",
		"side.requesting":            "państwo wzywające",
		"side.requested":             "państwo wezwane",
		"confidence.no":              "brak",
		"confidence.low":             "niska",
		"confidence.high":            "wysoka",
		"confidence.exact":           "dokładna",
		"verdict.satisfied":          "spełniona",
		"verdict.not_satisfied":      "niespełniona",
		"verdict.waived":             "bez weryfikacji",
		"verdict.undetermined":       "nieustalona",
		"measure.sentence_imposed":   "orzeczona kara",
		"measure.sentence_remaining": "kara pozostała do odbycia",
		"penalty.life":               "dożywotnie pozbawienie wolności",
		"penalty.fine":               "wyłącznie grzywna",
		"penalty.none":               "nie podano kary",
		"threshold.ge":               "co najmniej %s",
		"threshold.gt":               "więcej niż %s",
		"unit.years_months":          "%[1]s i %[2]s",
	},
	years:  []any{"one", "%d rok", "few", "%d lata", "many", "%d lat", "other", "%d roku"},
	months: []any{"one", "%d miesiąc", "few", "%d miesiące", "many", "%d miesięcy", "other", "%d miesiąca"},
}
