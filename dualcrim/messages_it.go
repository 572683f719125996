package dualcrim

import "golang.org/x/text/language"

// packIT is Italian. Legal terms follow the Italian case law of the Court
// of Justice ("doppia incriminazione") and Italian extradition law ("Stato
// richiedente", "Stato richiesto").
var packIT = languagePack{
	tag: language.Italian,
	sentences: map[ReasonCode]string{
		InstrumentSelected:    "Si applica %[2]s (%[1]s): vincola entrambe le parti (%[3]s, %[4]s) il %[5]s e prevale sugli altri strumenti che le vincolano.",
		InstrumentNamed:       "Si applica %[2]s (%[1]s), indicato nella richiesta.",
		OffenceNotInForce:     "Il dataset non contiene alcuna versione di %[1]s in vigore il %[2]s, data del fatto; la pena non può quindi essere misurata.",
		OffenceNotGiven:       "L'imputazione descrive solo il fatto: il reato dello Stato richiedente e la sua pena non sono indicati, quindi le soglie non possono essere misurate.",
		ThresholdMet:          "Soglia raggiunta (%[1]s): %[2]s – %[3]s; soglia: %[4]s (%[5]s).",
		ThresholdNotMet:       "Soglia non raggiunta (%[1]s): %[2]s – %[3]s; soglia: %[4]s (%[5]s).",
		ThresholdUnknown:      "Soglia non misurabile (%[1]s): manca %[2]s; soglia: %[3]s (%[4]s).",
		WaiverApplied:         "Nessuna verifica della doppia incriminazione: %[1]s rientra nella categoria dell'elenco «%[2]s»; pena massima al momento del fatto: %[3]s, almeno %[4]s (%[5]s).",
		WaiverRefused:         "L'esenzione per le categorie dell'elenco non si applica: %[1]s rientra nella categoria «%[2]s», ma la sua pena massima al momento del fatto (%[3]s) è inferiore a %[4]s (%[5]s); occorre verificare la doppia incriminazione.",
		EquivalentFound:       "%[1]s (%[2]s) copre il fatto (corrispondenza: %[3]s).",
		ElementAbsent:         "%[1]s non copre il fatto: richiede %[2]s, che i fatti escludono.",
		ElementUnknown:        "%[1]s copre il fatto solo se sono accertati questi elementi: %[2]s.",
		Narrower:              "%[1]s copre solo alcune forme di «%[2]s»; occorre accertare che il fatto sia una di esse.",
		BelowThreshold:        "%[1]s: pena massima %[2]s, inferiore alla soglia (%[3]s, %[4]s).",
		NotAnOffence:          "Il fatto non costituisce reato (%[1]s) il %[4]s: %[3]s (%[2]s).",
		NoOffenceInCatalogue:  "Nessun reato (%[1]s) in vigore il %[3]s copre fatti del tipo «%[2]s» (il catalogo del dataset è completo per questo tipo).",
		CoverageMissing:       "Il dataset non copre fatti del tipo «%[2]s» (%[1]s) il %[3]s; la risposta richiede quel diritto.",
		AssessedAtConduct:     "Il diritto dello Stato richiesto si applica nel testo in vigore il %[1]s, data del fatto (%[2]s).",
		AssessedAtDecision:    "Il diritto dello Stato richiesto si applica nel testo in vigore il %[1]s, data della decisione (%[2]s).",
		AssessmentDateUnknown: "Il dataset non indica se lo Stato richiesto applica il proprio diritto alla data del fatto o a quella della decisione, e le risposte differiscono: %[1]s il %[2]s, %[3]s il %[4]s.",
		FiscalProviso:         "Clausola fiscale: la richiesta non può essere rifiutata perché la legislazione dello Stato richiesto non impone lo stesso tipo di tasse o imposte (%[1]s).",
		OptionalRefusal:       "La mancanza della doppia incriminazione è un motivo facoltativo di rifiuto (%[1]s): lo Stato richiesto può rifiutare, ma non è obbligato.",
		ConductTestApplied:    "Conta il fatto, non la denominazione né gli elementi del reato (%[1]s).",
		StartUnknown:          "Il dataset non indica da quando %[1]s prevede questa pena; è stata assunta applicabile alla data richiesta.",
		FactOverridden:        "Secondo i fatti indicati manca %[1]s, benché %[2]s lo richieda; prevalgono i fatti indicati.",
	},
	words: map[string]string{
		"side.requesting":            "Stato richiedente",
		"side.requested":             "Stato richiesto",
		"confidence.no":              "nulla",
		"confidence.low":             "bassa",
		"confidence.high":            "alta",
		"confidence.exact":           "esatta",
		"verdict.satisfied":          "soddisfatta",
		"verdict.not_satisfied":      "non soddisfatta",
		"verdict.waived":             "senza verifica",
		"verdict.undetermined":       "indeterminata",
		"measure.sentence_imposed":   "la pena inflitta",
		"measure.sentence_remaining": "la pena residua",
		"penalty.life":               "ergastolo",
		"penalty.fine":               "solo pena pecuniaria",
		"penalty.none":               "nessuna pena indicata",
		"threshold.ge":               "almeno %s",
		"threshold.gt":               "più di %s",
		"unit.years_months":          "%[1]s e %[2]s",
	},
	years:  []any{"one", "%d anno", "other", "%d anni"},
	months: []any{"one", "%d mese", "other", "%d mesi"},
}
