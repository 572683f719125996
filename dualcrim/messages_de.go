package dualcrim

import "golang.org/x/text/language"

// packDE is German. Legal terms follow the German version of Framework
// Decision 2002/584/JHA ("beiderseitige Strafbarkeit") and the IRG
// ("ersuchender Staat", "ersuchter Staat").
var packDE = languagePack{
	tag: language.German,
	sentences: map[ReasonCode]string{
		InstrumentSelected:    "%[2]s (%[1]s) ist maßgeblich: Das Instrument bindet beide Parteien (%[3]s, %[4]s) am %[5]s und geht den übrigen bindenden Instrumenten vor.",
		InstrumentNamed:       "%[2]s (%[1]s) ist anzuwenden, da das Ersuchen dieses Instrument nennt.",
		OffenceNotInForce:     "Der Datensatz enthält keine am %[2]s, dem Tag der Tat, geltende Fassung von %[1]s; die Strafdrohung kann daher nicht gemessen werden.",
		OffenceNotGiven:       "Der Tatvorwurf beschreibt nur die Handlung: Straftatbestand und Strafdrohung des ersuchenden Staates sind nicht angegeben, daher können dessen Schwellen nicht geprüft werden.",
		ThresholdMet:          "Schwelle erreicht (%[1]s): %[2]s – %[3]s; Schwelle: %[4]s (%[5]s).",
		ThresholdNotMet:       "Schwelle nicht erreicht (%[1]s): %[2]s – %[3]s; Schwelle: %[4]s (%[5]s).",
		ThresholdUnknown:      "Schwelle nicht messbar (%[1]s): %[2]s ist nicht angegeben; Schwelle: %[3]s (%[4]s).",
		WaiverApplied:         "Keine Prüfung der beiderseitigen Strafbarkeit: %[1]s fällt unter die Listenkategorie „%[2]s“; Höchststrafe zur Tatzeit: %[3]s, erforderlich mindestens %[4]s (%[5]s).",
		WaiverRefused:         "Die Ausnahme für Listendelikte greift nicht: %[1]s fällt unter die Listenkategorie „%[2]s“, die Höchststrafe zur Tatzeit (%[3]s) erreicht aber nicht %[4]s (%[5]s); die beiderseitige Strafbarkeit ist zu prüfen.",
		EquivalentFound:       "%[1]s (%[2]s) erfasst das Verhalten (Übereinstimmung: %[3]s).",
		ElementAbsent:         "%[1]s erfasst das Verhalten nicht: Der Tatbestand verlangt %[2]s, was nach dem Sachverhalt fehlt.",
		ElementUnknown:        "%[1]s erfasst das Verhalten nur, wenn diese Tatsachen festgestellt werden: %[2]s.",
		Narrower:              "%[1]s erfasst nur einige Formen von „%[2]s“; festzustellen ist, dass das Verhalten eine davon ist.",
		BelowThreshold:        "%[1]s: Höchststrafe %[2]s, unter der Schwelle (%[3]s, %[4]s).",
		NotAnOffence:          "Das Verhalten ist am %[4]s nicht strafbar (%[1]s): %[3]s (%[2]s).",
		NoOffenceInCatalogue:  "Kein am %[3]s geltender Straftatbestand (%[1]s) erfasst Verhalten der Art „%[2]s“ (der Katalog des Datensatzes ist für diese Art vollständig).",
		CoverageMissing:       "Der Datensatz erfasst Verhalten der Art „%[2]s“ (%[1]s) am %[3]s nicht; die Antwort erfordert dieses Recht.",
		AssessedAtConduct:     "Das Recht des ersuchten Staates wird in der am %[1]s, dem Tag der Tat, geltenden Fassung angewandt (%[2]s).",
		AssessedAtDecision:    "Das Recht des ersuchten Staates wird in der am %[1]s, dem Tag der Entscheidung, geltenden Fassung angewandt (%[2]s).",
		AssessmentDateUnknown: "Der Datensatz sagt nicht, ob der ersuchte Staat sein Recht zur Tatzeit oder zur Zeit der Entscheidung anwendet, und die Antworten unterscheiden sich: %[1]s am %[2]s, %[3]s am %[4]s.",
		FiscalProviso:         "Fiskalklausel: Das Ersuchen darf nicht deshalb abgelehnt werden, weil das Recht des ersuchten Staates nicht dieselbe Art von Steuern oder Abgaben vorsieht (%[1]s).",
		OptionalRefusal:       "Die fehlende beiderseitige Strafbarkeit ist ein fakultativer Ablehnungsgrund (%[1]s): Der ersuchte Staat kann, muss aber nicht ablehnen.",
		ConductTestApplied:    "Maßgeblich ist das Verhalten, nicht die Bezeichnung oder die Merkmale des Straftatbestands (%[1]s).",
		StartUnknown:          "Der Datensatz gibt nicht an, seit wann %[1]s diese Strafdrohung enthält; sie wurde für den gefragten Tag angenommen.",
		FactOverridden:        "Nach dem angegebenen Sachverhalt fehlt %[1]s, obwohl %[2]s es voraussetzt; der angegebene Sachverhalt geht vor.",
	},
	words: map[string]string{
		"side.requesting":            "ersuchender Staat",
		"side.requested":             "ersuchter Staat",
		"confidence.no":              "keine",
		"confidence.low":             "gering",
		"confidence.high":            "hoch",
		"confidence.exact":           "genau",
		"verdict.satisfied":          "erfüllt",
		"verdict.not_satisfied":      "nicht erfüllt",
		"verdict.waived":             "Prüfung entfällt",
		"verdict.undetermined":       "nicht bestimmbar",
		"measure.sentence_imposed":   "die verhängte Strafe",
		"measure.sentence_remaining": "der zu verbüßende Strafrest",
		"penalty.life":               "lebenslange Freiheitsstrafe",
		"penalty.fine":               "nur Geldstrafe",
		"penalty.none":               "keine Strafe angegeben",
		"threshold.ge":               "mindestens %s",
		"threshold.gt":               "mehr als %s",
		"unit.years_months":          "%[1]s und %[2]s",
	},
	years:  []any{"one", "%d Jahr", "other", "%d Jahre"},
	months: []any{"one", "%d Monat", "other", "%d Monate"},
}
