package report

import "math"

// Assessment says whether a deviation (Realisatie minus Begroting na
// wijziging) favours the municipality: "V" (voordelig) for less spent or
// more received, "N" (nadelig) for the opposite, "" when it rounds to zero
// cents. The PDF and the annex show it beside every deviation.
func Assessment(kind BudgetKind, dev float64) string {
	if math.Round(dev*100) == 0 {
		return ""
	}
	favourable := dev < 0
	if kind == Income {
		favourable = dev > 0
	}
	if favourable {
		return "V"
	}
	return "N"
}

// OverThreshold says which Rapport thresholds a budget line's deviation is
// above; a line above either must have a Toelichting. A threshold that is
// not set is never exceeded, and a line without both amounts is not judged.
// Amounts compare in whole cents and shares in millionths of a percent, so
// a deviation exactly at a threshold is not above it through floating-point
// noise, and the annex's spreadsheet formula (ROUND to 2 and to 6 decimals)
// marks exactly the same lines.
func (m Meta) OverThreshold(b BudgetLine) (eur, pct bool) {
	if b.Budget == nil || b.Actual == nil {
		return false, false
	}
	dev := b.Deviation()
	if t := m.ThresholdEUR; t != nil {
		eur = roundTo(math.Abs(dev), 2) > roundTo(*t, 2)
	}
	if t := m.ThresholdPct; t != nil && *b.Budget != 0 {
		pct = roundTo(math.Abs(dev / *b.Budget)*100, 6) > roundTo(*t, 6)
	}
	return eur, pct
}

// roundTo rounds half away from zero to the given decimals, as a
// spreadsheet's ROUND does.
func roundTo(v float64, decimals int) float64 {
	p := math.Pow10(decimals)
	return math.Round(v*p) / p
}
