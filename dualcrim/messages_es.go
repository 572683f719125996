package dualcrim

import "golang.org/x/text/language"

// packES is Spanish. Legal terms follow the Spanish version of Framework
// Decision 2002/584/JHA ("doble tipificación") and Spanish extradition law
// ("Estado requirente", "Estado requerido").
var packES = languagePack{
	tag: language.Spanish,
	sentences: map[ReasonCode]string{
		InstrumentSelected:    "Se aplica %[2]s (%[1]s): vincula a ambas partes (%[3]s, %[4]s) el %[5]s y prevalece sobre los demás instrumentos que las vinculan.",
		InstrumentNamed:       "Se aplica %[2]s (%[1]s), pues la solicitud lo designa.",
		OffenceNotInForce:     "El conjunto de datos no contiene ninguna versión de %[1]s vigente el %[2]s, fecha de los hechos; por ello no puede medirse su pena.",
		OffenceNotGiven:       "El cargo describe solo los hechos: no se indican el delito del Estado requirente ni su pena, por lo que no pueden medirse sus umbrales.",
		ThresholdMet:          "Umbral alcanzado (%[1]s): %[2]s – %[3]s; umbral: %[4]s (%[5]s).",
		ThresholdNotMet:       "Umbral no alcanzado (%[1]s): %[2]s – %[3]s; umbral: %[4]s (%[5]s).",
		ThresholdUnknown:      "Umbral no medible (%[1]s): falta %[2]s; umbral: %[3]s (%[4]s).",
		WaiverApplied:         "Sin control de la doble tipificación: %[1]s pertenece a la categoría de la lista «%[2]s»; pena máxima en el momento de los hechos: %[3]s, al menos %[4]s (%[5]s).",
		WaiverRefused:         "No se aplica la exención de la lista: %[1]s pertenece a la categoría de la lista «%[2]s», pero su pena máxima en el momento de los hechos (%[3]s) es inferior a %[4]s (%[5]s); debe controlarse la doble tipificación.",
		EquivalentFound:       "%[1]s (%[2]s) abarca los hechos (coincidencia: %[3]s).",
		ElementAbsent:         "%[1]s no abarca los hechos: exige %[2]s, que los hechos excluyen.",
		ElementUnknown:        "%[1]s abarca los hechos solo si se establecen estos elementos: %[2]s.",
		Narrower:              "%[1]s abarca solo algunas formas de «%[2]s»; debe establecerse que los hechos son una de ellas.",
		BelowThreshold:        "%[1]s: pena máxima %[2]s, inferior al umbral (%[3]s, %[4]s).",
		NotAnOffence:          "Los hechos no constituyen delito (%[1]s) el %[4]s: %[3]s (%[2]s).",
		NoOffenceInCatalogue:  "Ningún delito (%[1]s) vigente el %[3]s abarca hechos del tipo «%[2]s» (el catálogo del conjunto de datos es completo para este tipo).",
		CoverageMissing:       "El conjunto de datos no abarca hechos del tipo «%[2]s» (%[1]s) el %[3]s; la respuesta requiere ese derecho.",
		AssessedAtConduct:     "Se aplica el derecho del Estado requerido vigente el %[1]s, fecha de los hechos (%[2]s).",
		AssessedAtDecision:    "Se aplica el derecho del Estado requerido vigente el %[1]s, fecha de la decisión (%[2]s).",
		AssessmentDateUnknown: "El conjunto de datos no indica si el Estado requerido aplica su derecho a la fecha de los hechos o a la de la decisión, y las respuestas difieren: %[1]s el %[2]s, %[3]s el %[4]s.",
		FiscalProviso:         "Cláusula fiscal: la solicitud no puede denegarse porque la legislación del Estado requerido no imponga el mismo tipo de impuestos o tasas (%[1]s).",
		OptionalRefusal:       "La falta de doble tipificación es un motivo facultativo de denegación (%[1]s): el Estado requerido puede denegar, pero no está obligado.",
		ConductTestApplied:    "Deciden los hechos, no la denominación ni los elementos del delito (%[1]s).",
		StartUnknown:          "El conjunto de datos no indica desde cuándo %[1]s prevé esta pena; se ha supuesto aplicable en la fecha consultada.",
		FactOverridden:        "Según los hechos indicados falta %[1]s, aunque %[2]s lo exige; prevalecen los hechos indicados.",
	},
	words: map[string]string{
		"side.requesting":            "Estado requirente",
		"side.requested":             "Estado requerido",
		"confidence.no":              "nula",
		"confidence.low":             "baja",
		"confidence.high":            "alta",
		"confidence.exact":           "exacta",
		"verdict.satisfied":          "cumplida",
		"verdict.not_satisfied":      "no cumplida",
		"verdict.waived":             "sin control",
		"verdict.undetermined":       "indeterminada",
		"measure.sentence_imposed":   "la pena impuesta",
		"measure.sentence_remaining": "la pena pendiente de cumplimiento",
		"penalty.life":               "prisión a perpetuidad",
		"penalty.fine":               "solo multa",
		"penalty.none":               "ninguna pena indicada",
		"threshold.ge":               "al menos %s",
		"threshold.gt":               "más de %s",
		"unit.years_months":          "%[1]s y %[2]s",
	},
	years:  []any{"one", "%d año", "other", "%d años"},
	months: []any{"one", "%d mes", "other", "%d meses"},
}
