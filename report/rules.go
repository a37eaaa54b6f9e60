package report

// Rule names are stable: tests, --json consumers and the per-rule counts rely on them.
const (
	// Reading rules (package sources).
	RuleUnreadable     = "bestand-onleesbaar"   // file cannot be read at all (exit 3)
	RuleSkipped        = "bestand-overgeslagen" // not an input file, skipped (warning)
	RuleUnknownSheet   = "onbekend-blad"        // sheet outside the contract (warning)
	RuleSheetName      = "bladnaam"             // sheet meant as a contract sheet under another name
	RuleEmptySheet     = "leeg-blad"            // contract sheet without a header row
	RuleMissingColumn  = "kolom-ontbreekt"      // required column not found
	RuleUnknownColumn  = "onbekende-kolom"      // column outside the contract (warning)
	RuleDuplicateCol   = "dubbele-kolom"        // same header twice on one sheet
	RuleNumber         = "getal"                // not a number
	RuleWholeNumber    = "geheel-getal"         // not a whole number
	RuleDate           = "datum"                // not a date
	RuleFormula        = "formule"              // formula error or formula without a cached value
	RuleTooManyRows    = "te-veel-rijen"        // sheet over the row limit
	RuleTooLong        = "te-lange-tekst"       // cell over Excel's 32,767 characters
	RuleUnknownField   = "onbekend-veld"        // Rapport: Veld that the contract does not know (warning)
	RuleLostLink       = "koppeling"            // a hyperlink on a cell that holds no links; only its text is kept (warning)
	RuleDuplicateField = "dubbel-veld"          // Rapport: same Veld twice

	// Field rules (validator tags on the model).
	RuleRequired = "verplicht"
	RuleStatus   = "status"
	RuleLevel    = "piramideniveau"
	RuleKind     = "soort"
	RuleURL      = "url"
	RuleDue      = "gereed-in"
	RuleRange    = "bereik"
	RulePercent  = "procent" // a percentage where none is meant
	RuleChapter  = "na-hoofdstuk"
	RuleOutcome  = "uitkomst"

	// Cross-row rules.
	RuleDuplicateID     = "dubbel-id"
	RuleUnknownAction   = "onbekende-actie"
	RuleUnknownDomain   = "onbekend-domein"
	RuleStatusNote      = "toelichting-status"
	RuleDeviationNote   = "toelichting-afwijking"
	RuleReportSheet     = "rapport-blad"  // not exactly one Rapport
	RuleDomainsSheet    = "domeinen-blad" // not exactly one Domeinen
	RuleDuplicateDomain = "dubbel-domein"
	RuleDuplicateOrder  = "dubbele-volgorde"
	RuleUnchecked       = "niet-gecontroleerd" // a rule left out because a sheet it needs was not read (warning)

	// Terugblik: last year's plans against this year's report.
	RulePrevious        = "vorig-jaar"            // the --vorig-jaar file is not last year's annex of this report
	RuleReviewMissing   = "terugblik-ontbreekt"   // a plan of last year without a Terugblik row
	RuleReviewDuplicate = "terugblik-dubbel"      // a plan with more than one Terugblik row
	RuleReviewUnknown   = "terugblik-onbekend"    // a Plan-ID that is no plan of last year
	RuleReviewReminder  = "terugblik-herinnering" // typed Domein or Plan differs from last year's (warning)
	RuleOutcomeNote     = "toelichting-uitkomst"  // Uitkomst other than Gerealiseerd without a Toelichting
	RuleMovedTo         = "doorgeschoven-naar"    // Doorgeschoven without, or with an unknown, plan of this year
)
