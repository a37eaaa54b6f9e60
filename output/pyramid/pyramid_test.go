package pyramid

import (
	"math"
	"testing"
)

func TestShapes(t *testing.T) {
	for _, tt := range []struct {
		name         string
		w, h, labelW float64
		n            int
	}{
		{"full figure in mm", 170, 88, 78, 9},
		{"small heading pyramid in mm", 15, 12, 0, 9},
		{"svg in px", 640, 360, 300, 9},
		{"one layer", 40, 10, 0, 1},
		{"two tall layers with labels", 640, 360, 300, 2},
		{"a narrow label column", 170, 88, 20, 9},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := Shapes(tt.w, tt.h, tt.n, tt.labelW)
			if len(f.Layers) != tt.n {
				t.Fatalf("%d layers, want %d", len(f.Layers), tt.n)
			}
			if (len(f.Labels) > 0) != (tt.labelW > 0) || (tt.labelW > 0 && len(f.Labels) != tt.n) {
				t.Fatalf("%d labels with label width %v", len(f.Labels), tt.labelW)
			}
			const eps = 1e-9
			if b := f.Layers[0].Corners[0].Y; math.Abs(b-tt.h) > eps {
				t.Errorf("base at %v, want the bottom of the box %v", b, tt.h)
			}
			if top := f.Layers[tt.n-1].Corners[2].Y; top != 0 {
				t.Errorf("apex at %v, want 0", top)
			}
			pyramidRight := tt.w
			if tt.labelW > 0 {
				pyramidRight = tt.w - tt.labelW
			}
			for i, l := range f.Layers {
				for _, c := range l.Corners {
					if c.X < -eps || c.X > pyramidRight+eps || c.Y < -eps || c.Y > tt.h+eps {
						t.Errorf("layer %d: corner %v outside the pyramid's part of the box", i, c)
					}
				}
				bl, br, tr, tl := l.Corners[0], l.Corners[1], l.Corners[2], l.Corners[3]
				if bl.Y != br.Y || tl.Y != tr.Y || tl.Y >= bl.Y {
					t.Errorf("layer %d is not a trapezoid with a horizontal top above its base: %v", i, l.Corners)
				}
				if tr.X-tl.X >= br.X-bl.X {
					t.Errorf("layer %d does not narrow upward", i)
				}
				if math.Abs((bl.X+br.X)/2-l.Mid.X) > eps || math.Abs((tl.X+tr.X)/2-l.Mid.X) > eps {
					t.Errorf("layer %d is not centred on %v", i, l.Mid.X)
				}
				if l.Room <= tr.X-tl.X || l.Room >= br.X-bl.X {
					t.Errorf("layer %d: room %v not between its top and base width", i, l.Room)
				}
				if i > 0 && bl.Y >= f.Layers[i-1].Corners[3].Y {
					t.Errorf("layer %d overlaps or touches the one below", i)
				}
				if len(f.Labels) == 0 {
					continue
				}
				lb := f.Labels[i]
				if lb.Leader[0].X <= l.Mid.X+l.Room/2 || lb.Leader[1].X >= lb.At.X || lb.Leader[0].X >= lb.Leader[1].X {
					t.Errorf("layer %d: leader %v does not run from the layer (%v) to the label (%v)", i, lb.Leader, l.Mid.X+l.Room/2, lb.At.X)
				}
				if lb.At.Y != l.Mid.Y || lb.Leader[0].Y != l.Mid.Y {
					t.Errorf("layer %d: label not level with the layer's middle", i)
				}
				if lb.At.X+lb.Width > tt.w+eps {
					t.Errorf("layer %d: label runs past the box", i)
				}
				if i > 0 && lb.At.Y+lb.Height/2 > f.Labels[i-1].At.Y-f.Labels[i-1].Height/2+eps {
					t.Errorf("label %d may overlap the one below", i)
				}
			}
		})
	}
}

func TestShapesEmpty(t *testing.T) {
	if f := Shapes(100, 50, 0, 0); len(f.Layers) != 0 {
		t.Errorf("layers from nothing: %v", f.Layers)
	}
	if f := Shapes(0, 50, 9, 0); len(f.Layers) != 0 {
		t.Errorf("layers in a box without width: %v", f.Layers)
	}
}
