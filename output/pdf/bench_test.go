package pdf

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/johnfercher/maroto/v2"
	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/components/text"
	"github.com/johnfercher/maroto/v2/pkg/config"
	"github.com/johnfercher/maroto/v2/pkg/consts/fontstyle"
	"github.com/johnfercher/maroto/v2/pkg/props"

	"jaarverslag/report"
	"jaarverslag/templates"
)

var scales = []int{1, 10, 100}

// BenchmarkWrite renders the whole report; scale 100 is 1,600 actions,
// 3,000 achievements, 1,000 plans and topics, 1,200 key figures.
func BenchmarkWrite(b *testing.B) {
	for _, n := range scales {
		r, bd := scaled(n)
		b.Run(fmt.Sprintf("scale-%d", n), func(b *testing.B) {
			for b.Loop() {
				res, err := Write(io.Discard, r, bd, templates.DefaultLayout())
				if err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(res.Pages), "pages")
			}
		})
	}
}

// BenchmarkWriteActions renders a report of coalition actions only: the
// same rows as BenchmarkMarotoBaseline, through the whole writer.
func BenchmarkWriteActions(b *testing.B) {
	for _, n := range scales {
		r, bd := actionsOnly(n)
		b.Run(fmt.Sprintf("scale-%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Write(io.Discard, r, bd, templates.DefaultLayout()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func actionsOnly(n int) (*report.Report, report.Build) {
	r, bd := scaled(n)
	r.Achievements, r.Plans, r.Developments, r.KeyFigures, r.Budget = nil, nil, nil, nil, nil
	return r, bd
}

// BenchmarkMarotoBaseline renders the same coalition-action rows with
// maroto alone: same font, same columns and sizes, auto rows, no model, no
// contents, no splitting, no URL wrapping. Write's time over this is the
// cost of doing the layout right.
func BenchmarkMarotoBaseline(b *testing.B) {
	fonts, err := customFonts()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range scales {
		r, _ := actionsOnly(n)
		b.Run(fmt.Sprintf("scale-%d", n), func(b *testing.B) {
			for b.Loop() {
				cfg := config.NewBuilder().
					WithLeftMargin(20).WithRightMargin(20).WithTopMargin(18).WithBottomMargin(22).
					WithMaxGridSize(grid).
					WithCustomFonts(fonts).
					WithDefaultFont(&props.Font{Family: family, Style: fontstyle.Normal, Size: 8.5}).
					WithCompression(true).
					Build()
				m := maroto.New(cfg)
				_ = m.RegisterFooter(row.New(1))
				head := props.Text{Style: fontstyle.Bold}
				m.AddRow(6, text.NewCol(250, "Beschreven actie", head), text.NewCol(270, "Concrete invulling", head),
					text.NewCol(330, "Uitvoering", head), text.NewCol(150, "Status", head))
				for _, a := range r.Actions {
					var links []string
					for _, l := range a.Links {
						links = append(links, l.Shown())
					}
					exec := flat(a.Execution + " " + strings.Join(links, " ") + " " + a.Explanation)
					m.AddAutoRow(
						col.New(250).Add(text.New(a.ID+" "+flat(a.Action), props.Text{Top: 1})),
						col.New(270).Add(text.New(flat(a.Approach), props.Text{Top: 1})),
						col.New(330).Add(text.New(exec, props.Text{Top: 1})),
						col.New(150).Add(text.New(string(a.Status), props.Text{Top: 1})),
					)
				}
				doc, err := m.Generate()
				if err != nil {
					b.Fatal(err)
				}
				_ = doc.GetBytes()
			}
		})
	}
}

func flat(s string) string { return strings.Join(strings.Fields(s), " ") }
