package sources

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// actionsBook writes a Coalitieakkoord sheet of n realistic rows, with
// shared strings as Excel writes them.
func actionsBook(b *testing.B, n int) string {
	b.Helper()
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "Coalitieakkoord"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		b.Fatal(err)
	}
	if err := f.SetSheetRow(sheet, "A1", &actionHeaders); err != nil {
		b.Fatal(err)
	}
	statuses := []string{"Gereed", "Op schema", "Vertraagd", "Niet gestart", "Gestopt"}
	domains := []string{"Jeugd", "Publieke gezondheid", "Zorg en veiligheid", "Nieuwkomers", "Armoede en schulden"}
	for i := 0; i < n; i++ {
		row := []any{
			fmt.Sprintf("CA-%05d", i+1),
			domains[i%len(domains)],
			fmt.Sprintf("Extra inzet suïcidepreventie en mentale gezondheid jongeren (%d)", i),
			"Actieplan mentale gezondheid jongeren opgesteld met jongeren.",
			strings.Repeat("We lopen landelijk voorop en werken samen met partners in de wijken. ", 3) + fmt.Sprint(i),
			statuses[i%len(statuses)],
			fmt.Sprintf("https://gemeente.groningen.nl/actie/%d; https://mindus.nl/aanpak", i),
			"Toelichting bij de status.",
		}
		if err := f.SetSheetRow(sheet, cellName(1, i+2), &row); err != nil {
			b.Fatal(err)
		}
	}
	path := filepath.Join(b.TempDir(), "acties.xlsx")
	if err := f.SaveAs(path); err != nil {
		b.Fatal(err)
	}
	return path
}

func benchmarkRead(b *testing.B, n int) {
	path := actionsBook(b, n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r, fs := Read([]string{path}, Options{})
		if len(fs) != 0 || len(r.Actions) != n {
			b.Fatalf("read %d actions, findings %v", len(r.Actions), fs)
		}
	}
}

func BenchmarkRead10kActions(b *testing.B) { benchmarkRead(b, 10_000) }

func BenchmarkReadActions(b *testing.B) {
	for _, n := range []int{100, 1_000, 100_000} {
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) { benchmarkRead(b, n) })
	}
}
