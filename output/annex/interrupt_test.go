package annex

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"testing"

	"jaarverslag/report/sample"
)

// stopAt is a context that cancels itself at the n-th call of Err.
type stopAt struct {
	context.Context
	cancel context.CancelFunc
	mu     sync.Mutex
	n      int
}

func (c *stopAt) Err() error {
	c.mu.Lock()
	if c.n--; c.n == 0 {
		c.cancel()
	}
	c.mu.Unlock()
	return c.Context.Err()
}

// TestWriteContextStops: a cancel before any sheet, between sheets or
// before the file is packed stops the annex with ctx's error and nothing
// written.
func TestWriteContextStops(t *testing.T) {
	r := withSources(sample.Groningen())
	for n := 1; n <= 8; n++ {
		ctx, cancel := context.WithCancel(t.Context())
		c := &stopAt{Context: ctx, cancel: cancel, n: n}
		var buf bytes.Buffer
		_, err := WriteContext(c, &buf, r, testBuild)
		cancel()
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancel at check %d: err %v, want context.Canceled", n, err)
		}
		if buf.Len() != 0 {
			t.Errorf("cancel at check %d: wrote %d bytes", n, buf.Len())
		}
	}
}
