package pyramid_test

import (
	"fmt"

	"jaarverslag/output/pyramid"
)

// An SVG edition draws the same figure as the PDF: one polygon per layer,
// a line per leader, the name at the label's place.
func ExampleShapes() {
	f := pyramid.Shapes(640, 360, 2, 300)
	for i, l := range f.Layers {
		c := l.Corners
		fmt.Printf("<polygon points=\"%.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f\"/>\n",
			c[0].X, c[0].Y, c[1].X, c[1].Y, c[2].X, c[2].Y, c[3].X, c[3].Y)
		lb := f.Labels[i]
		fmt.Printf("<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\"/> <text x=\"%.0f\" y=\"%.0f\">…</text>\n",
			lb.Leader[0].X, lb.Leader[0].Y, lb.Leader[1].X, lb.Leader[1].Y, lb.At.X, lb.At.Y)
	}
	// Output:
	// <polygon points="0,360 295,360 236,192 59,192"/>
	// <line x1="271" y1="276" x2="334" y2="276"/> <text x="340" y="276">…</text>
	// <polygon points="68,168 228,168 168,0 127,0"/>
	// <line x1="204" y1="84" x2="334" y2="84"/> <text x="340" y="84">…</text>
}
