package browsertest

import (
	"strings"
	"testing"
)

const good = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Proef</title></head>
<body><main><h1>Proef</h1><table><caption>Cijfers</caption>
<thead><tr><th scope="col">Indicator</th><th scope="col">Waarde</th></tr></thead>
<tbody><tr><td>Plekken</td><td>960</td></tr></tbody></table></main></body></html>`

// big is a data table large enough (3 × 3) for axe-core's header rules.
const big = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Proef</title></head>
<body><main><h1>Proef</h1><table><caption>Kerncijfers</caption>
<thead><tr><th scope="col">Indicator</th><th scope="col">2024</th><th scope="col">2025</th></tr></thead>
<tbody><tr><th scope="row">Plekken</th><td>600</td><td>960</td></tr>
<tr><th scope="row">Bezoekers</th><td>1.500.000</td><td>1.700.000</td></tr>
<tr><th scope="row">Gezinnen</th><td>300</td><td>355</td></tr></tbody></table></main></body></html>`

var withIDs = strings.NewReplacer(`<th scope="col">2025</th>`, `<th scope="col" id="j25">2025</th>`,
	"<td>960</td>", `<td headers="j25">960</td>`).Replace(big)

// TestAxeFindsViolations proves the check can fail: each spoiled page must
// give the violation named, and the good page none.
func TestAxeFindsViolations(t *testing.T) {
	ctx := Start(t)
	tests := []struct {
		name, page, want string
	}{
		{"good page", good, ""},
		{"good table", big, ""},
		{"no lang", strings.Replace(good, ` lang="nl"`, "", 1), "html-has-lang"},
		{"image without text", strings.Replace(good, "<h1>Proef</h1>", `<h1>Proef</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">`, 1), "image-alt"},
		{"grey on white", strings.Replace(good, "<h1>Proef</h1>", `<h1>Proef</h1><p style="color:#aaa">zwak</p>`, 1), "color-contrast"},
		// Cells that name their header by id lose it when the header goes.
		{"good table with headers ids", withIDs, ""},
		{"table header removed", strings.Replace(withIDs, `<th scope="col" id="j25">2025</th>`, "", 1), "td-headers-attr"},
		{"button without name", strings.Replace(good, "<h1>Proef</h1>", `<h1>Proef</h1><button></button>`, 1), "button-name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			Open(t, ctx, []byte(tt.page))
			vs := Axe(t, ctx)
			var ids []string
			for _, v := range vs {
				ids = append(ids, v.ID)
			}
			switch {
			case tt.want == "" && len(vs) > 0:
				t.Errorf("violations on a good page: %v", vs)
			case tt.want != "" && !strings.Contains(strings.Join(ids, " "), tt.want):
				t.Errorf("violations %v, want %s", ids, tt.want)
			}
		})
	}
}
