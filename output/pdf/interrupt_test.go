package pdf

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"jaarverslag/templates"
)

// countdown is a context that cancels itself at the n-th call of Err: the
// renderer asks once per page, so n picks the page at which the cancel
// lands, in the layout or in maroto's drawing.
type countdown struct {
	context.Context
	cancel context.CancelFunc
	mu     sync.Mutex
	n      int
	at     time.Time // when it cancelled
}

func newCountdown(t *testing.T, n int) *countdown {
	ctx, cancel := context.WithCancel(t.Context())
	t.Cleanup(cancel)
	return &countdown{Context: ctx, cancel: cancel, n: n}
}

func (c *countdown) Err() error {
	c.mu.Lock()
	if c.n--; c.n == 0 {
		c.at = time.Now()
		c.cancel()
	}
	c.mu.Unlock()
	return c.Context.Err()
}

// TestWriteContextStopsWithinASecond cancels a large report (scale 200,
// some 1,700 pages) halfway through the layout and halfway through
// maroto's drawing: either way WriteContext must return within a second
// with ctx's error and write nothing.
func TestWriteContextStopsWithinASecond(t *testing.T) {
	if testing.Short() {
		t.Skip("renders a large report")
	}
	r, b := scaled(200)
	rd := laidOut(r, b)
	body := len(rd.d.pages) // layout asks once per page of the chapters
	for _, tt := range []struct {
		name string
		n    int
	}{
		{"while laying out", body / 2},
		{"while drawing", body + len(rd.d.pages)/2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ctx := newCountdown(t, tt.n)
			var buf bytes.Buffer
			_, err := WriteContext(ctx, &buf, r, b, templates.DefaultLayout())
			if ctx.at.IsZero() {
				t.Fatalf("never cancelled: fewer than %d checks", tt.n)
			}
			if d := time.Since(ctx.at); d > time.Second {
				t.Errorf("returned %v after the cancel", d)
			}
			if !errors.Is(err, context.Canceled) {
				t.Errorf("err %v, want context.Canceled", err)
			}
			if buf.Len() != 0 {
				t.Errorf("wrote %d bytes after a cancel", buf.Len())
			}
		})
	}
}

// TestLayoutStops: the layout itself stops at the next page once ctx has
// ended, rather than running to the end and leaving it to the drawing.
func TestLayoutStops(t *testing.T) {
	r, b := scaled(10)
	body := len(laidOut(r, b).d.pages)
	rd := newRenderer(r, b, templates.DefaultLayout())
	rd.ctx = newCountdown(t, body/2)
	defer func() {
		if _, ok := recover().(interrupted); !ok {
			t.Error("the layout did not stop with interrupted")
		}
		if n := len(rd.d.pages); n != body/2-1 {
			t.Errorf("stopped after %d pages, want %d", n, body/2-1)
		}
	}()
	rd.layout()
}

// TestCheckpointsKeepBytes: the rows that watch ctx draw nothing of their
// own, so a render with a live context is the same file as one without.
func TestCheckpointsKeepBytes(t *testing.T) {
	r, b := groningen()
	plain, _ := render(t, r, b, templates.DefaultLayout())
	var buf bytes.Buffer
	if _, err := WriteContext(t.Context(), &buf, r, b, templates.DefaultLayout()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(plain, buf.Bytes()) {
		t.Error("WriteContext gives other bytes than Write")
	}
}
