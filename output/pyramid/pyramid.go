// Package pyramid computes the drawing of the care pyramid once for every
// edition: the PDF fills the layers with path operators, an HTML edition can
// draw the same shapes as SVG. It knows no fonts and no colours; lengths are
// in whatever unit the caller gives (mm for the PDF, px for SVG), with y
// growing downward as on a page and in SVG.
package pyramid

// Point is a position in the figure's box, (0, 0) at the top left.
type Point struct{ X, Y float64 }

// Layer is one level of the pyramid, a trapezoid.
type Layer struct {
	// Corners run bottom left, bottom right, top right, top left.
	Corners [4]Point
	// Mid is the centre of the layer; Room is its width at Mid.Y, the most
	// a line of text centred there may take.
	Mid  Point
	Room float64
}

// Label is the place of a layer's name, right of the pyramid.
type Label struct {
	// Leader runs from the layer's right edge to just before the text.
	Leader [2]Point
	// At is the left end of the text's middle line; Width and Height are
	// the room the text has without touching the neighbouring labels.
	At            Point
	Width, Height float64
}

// Figure is the pyramid in a box of Width × Height.
type Figure struct {
	Width, Height float64
	Layers        []Layer // bottom to top
	Labels        []Label // same order as Layers; none when the figure has no labels
}

// Proportions of the drawing, shared by every edition.
const (
	// Apex is the width of the flat top as a share of the base: wide
	// enough to hold a number in the top layer.
	Apex = 0.14
	// Gap is the white between two layers as a share of a layer's height.
	Gap = 0.14
	// Gutter is the room for the leader lines as a share of the box width.
	Gutter = 0.07
)

// Shapes lays out a pyramid of n layers in a box w × h. With labelW > 0 the
// labels take the right labelW of the box, the leaders a gutter before them
// and the pyramid the rest; without, the pyramid fills the box.
func Shapes(w, h float64, n int, labelW float64) Figure {
	f := Figure{Width: w, Height: h}
	if n <= 0 || w <= 0 || h <= 0 {
		return f
	}
	base := w
	if labelW > 0 {
		base = w - labelW - Gutter*w
	}
	layerH := h / (float64(n) + float64(n-1)*Gap)
	pitch := layerH * (1 + Gap)
	cx := base / 2
	// half is the half-width of the pyramid's outline at height y.
	half := func(y float64) float64 { return base/2*Apex + (base/2-base/2*Apex)*y/h }
	for i := range n {
		bottom := h - float64(i)*pitch
		top := bottom - layerH
		if i == n-1 {
			top = 0 // no rounding residue at the apex
		}
		mid := (top + bottom) / 2
		l := Layer{
			Corners: [4]Point{{cx - half(bottom), bottom}, {cx + half(bottom), bottom}, {cx + half(top), top}, {cx - half(top), top}},
			Mid:     Point{cx, mid},
			Room:    2 * half(mid),
		}
		f.Layers = append(f.Layers, l)
		if labelW > 0 {
			x := w - labelW
			g := Gutter * w / 8 // white at either end of a leader
			f.Labels = append(f.Labels, Label{
				Leader: [2]Point{{cx + half(mid) + g, mid}, {x - g, mid}},
				At:     Point{x, mid},
				Width:  labelW,
				Height: pitch,
			})
		}
	}
	return f
}
