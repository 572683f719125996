package main

import "golang.org/x/text/language"

// words are the program's own words in each language of the library's
// explanations; verdicts, confidences, sides, penalties and reasons come
// from package dualcrim in the same language.
var words = map[language.Tag]map[string]string{
	language.English: {
		"instrument": "Instrument", "charge": "Charge", "conduct": "Conduct", "verdict": "Verdict",
		"best": "Best equivalent", "thresholds": "Thresholds", "lawAt": "Requested state's law as in force on %s",
		"equivalents": "Equivalent offences", "establish": "Establish", "reasons": "Reasons", "met": "met",
		"notMet": "not met", "max": "max", "conductOnly": "conduct",
	},
	language.German: {
		"instrument": "Instrument", "charge": "Tatvorwurf", "conduct": "Tatzeit", "verdict": "Ergebnis",
		"best": "Beste Entsprechung", "thresholds": "Schwellen", "lawAt": "Recht des ersuchten Staates in der am %s geltenden Fassung",
		"equivalents": "Entsprechende Straftatbestände", "establish": "Festzustellen", "reasons": "Gründe", "met": "erreicht",
		"notMet": "nicht erreicht", "max": "Höchststrafe", "conductOnly": "Verhalten",
	},
	language.French: {
		"instrument": "Instrument", "charge": "Chef d'accusation", "conduct": "Date des faits", "verdict": "Résultat",
		"best": "Meilleure correspondance", "thresholds": "Seuils", "lawAt": "Droit de l'État requis en vigueur le %s",
		"equivalents": "Infractions correspondantes", "establish": "À établir", "reasons": "Motifs", "met": "atteint",
		"notMet": "non atteint", "max": "peine maximale", "conductOnly": "faits",
	},
	language.Spanish: {
		"instrument": "Instrumento", "charge": "Cargo", "conduct": "Fecha de los hechos", "verdict": "Resultado",
		"best": "Mejor equivalente", "thresholds": "Umbrales", "lawAt": "Derecho del Estado requerido vigente el %s",
		"equivalents": "Delitos equivalentes", "establish": "Por establecer", "reasons": "Motivos", "met": "alcanzado",
		"notMet": "no alcanzado", "max": "pena máxima", "conductOnly": "hechos",
	},
	language.Italian: {
		"instrument": "Strumento", "charge": "Imputazione", "conduct": "Data del fatto", "verdict": "Esito",
		"best": "Migliore corrispondenza", "thresholds": "Soglie", "lawAt": "Diritto dello Stato richiesto in vigore il %s",
		"equivalents": "Reati corrispondenti", "establish": "Da accertare", "reasons": "Motivi", "met": "raggiunta",
		"notMet": "non raggiunta", "max": "pena massima", "conductOnly": "fatto",
	},
	language.Dutch: {
		"instrument": "Instrument", "charge": "Feit", "conduct": "Datum van het feit", "verdict": "Uitkomst",
		"best": "Beste overeenkomst", "thresholds": "Drempels", "lawAt": "Recht van de aangezochte staat zoals het gold op %s",
		"equivalents": "Overeenkomende strafbare feiten", "establish": "Vast te stellen", "reasons": "Gronden", "met": "gehaald",
		"notMet": "niet gehaald", "max": "maximumstraf", "conductOnly": "gedraging",
	},
	language.Polish: {
		"instrument": "Instrument", "charge": "Zarzut", "conduct": "Data czynu", "verdict": "Wynik",
		"best": "Najlepszy odpowiednik", "thresholds": "Progi", "lawAt": "Prawo państwa wezwanego w brzmieniu z dnia %s",
		"equivalents": "Odpowiadające przestępstwa", "establish": "Do ustalenia", "reasons": "Uzasadnienie", "met": "spełniony",
		"notMet": "niespełniony", "max": "kara maksymalna", "conductOnly": "czyn",
	},
}

var wordTags = func() []language.Tag {
	tags := []language.Tag{language.English} // first: the fallback
	for t := range words {
		if t != language.English {
			tags = append(tags, t)
		}
	}
	return tags
}()

var wordMatcher = language.NewMatcher(wordTags)

// vocabulary returns the program's words for a reader of tag.
func vocabulary(tag language.Tag) map[string]string {
	_, i, _ := wordMatcher.Match(tag)
	return words[wordTags[i]]
}
