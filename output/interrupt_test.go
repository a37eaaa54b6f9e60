package output

import (
	"context"
	"os"
	"sync"
	"testing"
	"time"

	"jaarverslag/report"
	"jaarverslag/report/sample"
)

// startCtx is a context that reports its first Err call (a renderer
// checking it, so rendering has started) on started.
type startCtx struct {
	context.Context
	once    sync.Once
	started chan struct{}
}

func (c *startCtx) Err() error {
	c.once.Do(func() { close(c.started) })
	return c.Context.Err()
}

// TestWriteReturnsSoonAfterCancel builds a large report (scale 200) and
// cancels it once rendering has started: Write must return within a
// second, and nothing may appear in the folder, then or later.
func TestWriteReturnsSoonAfterCancel(t *testing.T) {
	if testing.Short() {
		t.Skip("renders a large report")
	}
	j := job(t)
	j.Report = sample.Scaled(200)
	for _, s := range Reconciled {
		j.Report.Files = append(j.Report.Files, report.SourceFile{Name: s + ".xlsx", SHA256: s, Rows: map[string]int{s: j.Report.Count(s)}})
	}
	inner, cancel := context.WithCancel(t.Context())
	defer cancel()
	ctx := &startCtx{Context: inner, started: make(chan struct{})}
	var at time.Time
	go func() {
		<-ctx.started
		time.Sleep(200 * time.Millisecond) // well into the layout
		at = time.Now()
		cancel()
	}()
	_, err := Write(ctx, j)
	took := time.Since(at)
	if err != ErrInterrupted {
		t.Fatalf("err %v, want ErrInterrupted", err)
	}
	if took > time.Second {
		t.Errorf("Write returned %v after the cancel", took)
	}
	time.Sleep(500 * time.Millisecond) // the renderers wind down; they must not write
	if entries, _ := os.ReadDir(j.Dir); len(entries) != 0 {
		t.Errorf("an interrupted build left %v", entries)
	}
}
