package dualcrim

import "golang.org/x/text/language"

// packFR is French. Legal terms follow the case law of the Court of
// Justice in French ("double incrimination") and the 1957 Convention's
// French text ("Partie requérante", "Partie requise").
var packFR = languagePack{
	tag: language.French,
	sentences: map[ReasonCode]string{
		InstrumentSelected:    "%[2]s (%[1]s) s'applique : cet instrument lie les deux parties (%[3]s, %[4]s) le %[5]s et prime les autres instruments qui les lient.",
		InstrumentNamed:       "%[2]s (%[1]s) s'applique, car la demande le désigne.",
		OffenceNotInForce:     "Le jeu de données ne contient aucune version de %[1]s en vigueur le %[2]s, date des faits ; la peine encourue ne peut donc pas être mesurée.",
		OffenceNotGiven:       "L'accusation ne décrit que les faits : l'infraction de l'État requérant et sa peine ne sont pas indiquées, ses seuils ne peuvent donc pas être mesurés.",
		ThresholdMet:          "Seuil atteint (%[1]s) : %[2]s – %[3]s ; seuil : %[4]s (%[5]s).",
		ThresholdNotMet:       "Seuil non atteint (%[1]s) : %[2]s – %[3]s ; seuil : %[4]s (%[5]s).",
		ThresholdUnknown:      "Seuil non mesurable (%[1]s) : %[2]s – donnée manquante ; seuil : %[3]s (%[4]s).",
		WaiverApplied:         "Pas de contrôle de la double incrimination : %[1]s relève de la catégorie de la liste « %[2]s » ; peine maximale au moment des faits : %[3]s, au moins %[4]s (%[5]s).",
		WaiverRefused:         "La dispense prévue pour la liste ne s'applique pas : %[1]s relève de la catégorie de la liste « %[2]s », mais sa peine maximale au moment des faits (%[3]s) est inférieure à %[4]s (%[5]s) ; la double incrimination doit être contrôlée.",
		EquivalentFound:       "%[1]s (%[2]s) couvre les faits (concordance : %[3]s).",
		ElementAbsent:         "%[1]s ne couvre pas les faits : cette infraction exige %[2]s, que les faits excluent.",
		ElementUnknown:        "%[1]s ne couvre les faits que si ces éléments sont établis : %[2]s.",
		Narrower:              "%[1]s ne couvre que certaines formes de « %[2]s » ; il faut établir que les faits en relèvent.",
		BelowThreshold:        "%[1]s : peine maximale %[2]s, inférieure au seuil (%[3]s, %[4]s).",
		NotAnOffence:          "Les faits ne constituent pas une infraction (%[1]s) le %[4]s : %[3]s (%[2]s).",
		NoOffenceInCatalogue:  "Aucune infraction (%[1]s) en vigueur le %[3]s ne couvre des faits du type « %[2]s » (le catalogue du jeu de données est complet pour ce type).",
		CoverageMissing:       "Le jeu de données ne couvre pas les faits du type « %[2]s » (%[1]s) le %[3]s ; la réponse exige ce droit.",
		AssessedAtConduct:     "Le droit de l'État requis est appliqué tel qu'en vigueur le %[1]s, date des faits (%[2]s).",
		AssessedAtDecision:    "Le droit de l'État requis est appliqué tel qu'en vigueur le %[1]s, date de la décision (%[2]s).",
		AssessmentDateUnknown: "Le jeu de données n'indique pas si l'État requis applique son droit à la date des faits ou à celle de la décision, et les réponses diffèrent : %[1]s le %[2]s, %[3]s le %[4]s.",
		FiscalProviso:         "Clause fiscale : la demande ne peut être refusée au motif que la législation de l'État requis n'impose pas le même type de taxes ou d'impôts (%[1]s).",
		OptionalRefusal:       "L'absence de double incrimination est un motif facultatif de refus (%[1]s) : l'État requis peut refuser, sans y être tenu.",
		ConductTestApplied:    "Ce sont les faits qui comptent, non la qualification ni les éléments constitutifs de l'infraction (%[1]s).",
		StartUnknown:          "Le jeu de données n'indique pas depuis quand %[1]s prévoit cette peine ; elle a été retenue pour la date demandée.",
		FactOverridden:        "Selon les faits indiqués, %[1]s fait défaut, bien que %[2]s l'exige ; les faits indiqués prévalent.",
	},
	words: map[string]string{
		"side.requesting":            "État requérant",
		"side.requested":             "État requis",
		"confidence.no":              "nulle",
		"confidence.low":             "faible",
		"confidence.high":            "élevée",
		"confidence.exact":           "exacte",
		"verdict.satisfied":          "remplie",
		"verdict.not_satisfied":      "non remplie",
		"verdict.waived":             "contrôle levé",
		"verdict.undetermined":       "indéterminée",
		"measure.sentence_imposed":   "la peine prononcée",
		"measure.sentence_remaining": "le reliquat de peine",
		"penalty.life":               "réclusion à perpétuité",
		"penalty.fine":               "une amende seulement",
		"penalty.none":               "aucune peine indiquée",
		"threshold.ge":               "au moins %s",
		"threshold.gt":               "plus de %s",
		"unit.years_months":          "%[1]s et %[2]s",
	},
	years:  []any{"one", "%d an", "other", "%d ans"},
	months: []any{"one", "%d mois", "other", "%d mois"},
}
