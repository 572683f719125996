package dualcrim

import "golang.org/x/text/language"

// packNL is Dutch. Legal terms follow the Dutch case law of the Court of
// Justice ("dubbele strafbaarheid") and the Overleveringswet and
// Uitleveringswet ("verzoekende staat", "aangezochte staat").
var packNL = languagePack{
	tag: language.Dutch,
	sentences: map[ReasonCode]string{
		InstrumentSelected:    "%[2]s (%[1]s) is van toepassing: het bindt beide partijen (%[3]s, %[4]s) op %[5]s en gaat voor op de andere instrumenten die hen binden.",
		InstrumentNamed:       "%[2]s (%[1]s) is van toepassing, omdat het verzoek het noemt.",
		OffenceNotInForce:     "De dataset bevat geen versie van %[1]s die gold op %[2]s, de datum van het feit; de strafbedreiging kan dus niet worden gemeten.",
		OffenceNotGiven:       "De tenlastelegging beschrijft alleen de gedraging: het strafbare feit van de verzoekende staat en de straf zijn niet gegeven, dus de drempels kunnen niet worden gemeten.",
		ThresholdMet:          "Drempel gehaald (%[1]s): %[2]s – %[3]s; drempel: %[4]s (%[5]s).",
		ThresholdNotMet:       "Drempel niet gehaald (%[1]s): %[2]s – %[3]s; drempel: %[4]s (%[5]s).",
		ThresholdUnknown:      "Drempel niet meetbaar (%[1]s): %[2]s ontbreekt; drempel: %[3]s (%[4]s).",
		WaiverApplied:         "Geen toetsing van de dubbele strafbaarheid: %[1]s valt onder de lijstcategorie ‘%[2]s’; maximumstraf ten tijde van het feit: %[3]s, ten minste %[4]s (%[5]s).",
		WaiverRefused:         "De uitzondering voor lijstfeiten geldt niet: %[1]s valt onder de lijstcategorie ‘%[2]s’, maar de maximumstraf ten tijde van het feit (%[3]s) is lager dan %[4]s (%[5]s); de dubbele strafbaarheid moet worden getoetst.",
		EquivalentFound:       "%[1]s (%[2]s) dekt de gedraging (overeenstemming: %[3]s).",
		ElementAbsent:         "%[1]s dekt de gedraging niet: het vereist %[2]s, wat de feiten uitsluiten.",
		ElementUnknown:        "%[1]s dekt de gedraging alleen als deze feiten worden vastgesteld: %[2]s.",
		Narrower:              "%[1]s dekt slechts enkele vormen van ‘%[2]s’; vast te stellen is dat de gedraging daartoe behoort.",
		BelowThreshold:        "%[1]s: maximumstraf %[2]s, lager dan de drempel (%[3]s, %[4]s).",
		NotAnOffence:          "De gedraging is op %[4]s niet strafbaar (%[1]s): %[3]s (%[2]s).",
		NoOffenceInCatalogue:  "Geen op %[3]s geldend strafbaar feit (%[1]s) dekt gedragingen van de soort ‘%[2]s’ (de catalogus van de dataset is voor deze soort volledig).",
		CoverageMissing:       "De dataset dekt gedragingen van de soort ‘%[2]s’ (%[1]s) op %[3]s niet; het antwoord vereist dat recht.",
		AssessedAtConduct:     "Het recht van de aangezochte staat wordt toegepast zoals het gold op %[1]s, de datum van het feit (%[2]s).",
		AssessedAtDecision:    "Het recht van de aangezochte staat wordt toegepast zoals het gold op %[1]s, de datum van de beslissing (%[2]s).",
		AssessmentDateUnknown: "De dataset zegt niet of de aangezochte staat zijn recht toepast naar de datum van het feit of van de beslissing, en de antwoorden verschillen: %[1]s op %[2]s, %[3]s op %[4]s.",
		FiscalProviso:         "Fiscale clausule: het verzoek mag niet worden geweigerd omdat de wetgeving van de aangezochte staat niet dezelfde soort belastingen of rechten oplegt (%[1]s).",
		OptionalRefusal:       "Het ontbreken van dubbele strafbaarheid is een facultatieve weigeringsgrond (%[1]s): de aangezochte staat mag, maar hoeft niet te weigeren.",
		ConductTestApplied:    "De gedraging beslist, niet de benaming of de bestanddelen van het strafbare feit (%[1]s).",
		StartUnknown:          "De dataset vermeldt niet sinds wanneer %[1]s deze strafbedreiging kent; die is aangenomen voor de gevraagde datum.",
		FactOverridden:        "Volgens de opgegeven feiten ontbreekt %[1]s, hoewel %[2]s dat vereist; de opgegeven feiten gaan voor.",
	},
	words: map[string]string{
		"side.requesting":            "verzoekende staat",
		"side.requested":             "aangezochte staat",
		"confidence.no":              "geen",
		"confidence.low":             "laag",
		"confidence.high":            "hoog",
		"confidence.exact":           "exact",
		"verdict.satisfied":          "voldaan",
		"verdict.not_satisfied":      "niet voldaan",
		"verdict.waived":             "toetsing vervalt",
		"verdict.undetermined":       "onbepaald",
		"measure.sentence_imposed":   "de opgelegde straf",
		"measure.sentence_remaining": "het nog uit te zitten strafrestant",
		"penalty.life":               "levenslange gevangenisstraf",
		"penalty.fine":               "alleen een geldboete",
		"penalty.none":               "geen straf gegeven",
		"threshold.ge":               "ten minste %s",
		"threshold.gt":               "meer dan %s",
		"unit.years_months":          "%[1]s en %[2]s",
	},
	years:  []any{"one", "%d jaar", "other", "%d jaar"},
	months: []any{"one", "%d maand", "other", "%d maanden"},
}
