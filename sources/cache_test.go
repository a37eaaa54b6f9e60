package sources_test

import (
	"reflect"
	"sync"
	"testing"

	"jaarverslag/report"
	"jaarverslag/sources"
)

// TestCacheReadsAsBefore: a set read through a cache, again and again,
// gives exactly what reading it without one gives, also after the caller
// changed the report it got (validation changes values in place).
func TestCacheReadsAsBefore(t *testing.T) {
	want, wantFs := sources.Load([]string{sampleDir}, sources.Options{})
	c := sources.NewCache(16)
	for i := range 3 {
		r, fs := sources.Load([]string{sampleDir}, sources.Options{Cache: c})
		if !reflect.DeepEqual(r, want) || !reflect.DeepEqual(fs, wantFs) {
			t.Fatalf("read %d through the cache differs from a plain read", i+1)
		}
		// What a later step might do to its copy.
		r.Actions[0].Status, r.Actions[0].Domain = "veranderd", "veranderd"
		r.Plans = append(r.Plans[:0], report.Plan{ID: "erbij"})
	}
}

// TestCacheUnderLoad reads the set from many goroutines at once; run with
// -race it shows that entries are never shared between callers.
func TestCacheUnderLoad(t *testing.T) {
	want, _ := sources.Load([]string{sampleDir}, sources.Options{})
	c := sources.NewCache(16)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			r, _ := sources.Load([]string{sampleDir}, sources.Options{Cache: c})
			if !reflect.DeepEqual(r, want) {
				t.Error("a concurrent read through the cache differs")
			}
			r.Actions[0].Status = "veranderd"
		})
	}
	wg.Wait()
}

// TestCacheKeepsItsSize: with room for one workbook, reading a folder of
// seven keeps the last one only, and still reads every file right.
func TestCacheKeepsItsSize(t *testing.T) {
	want, _ := sources.Load([]string{sampleDir}, sources.Options{})
	c := sources.NewCache(1)
	for range 2 {
		if r, _ := sources.Load([]string{sampleDir}, sources.Options{Cache: c}); !reflect.DeepEqual(r, want) {
			t.Fatal("a read through a small cache differs")
		}
	}
	if n := c.Len(); n != 1 {
		t.Errorf("cache holds %d workbooks, want 1", n)
	}
}
