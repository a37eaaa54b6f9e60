package sources

import (
	"maps"
	"reflect"
	"slices"
	"sync"
)

// Cache holds what reading a workbook gave, by its name and the SHA-256 of
// its bytes: the same bytes under the same name always read the same. It
// keeps the newest entries up to its size and is safe for concurrent use.
// A nil *Cache keeps nothing.
type Cache struct {
	mu    sync.Mutex
	size  int
	order []cacheKey // oldest first
	m     map[cacheKey]fileResult
}

type cacheKey struct {
	name, sum string
	maxRows   int
}

// NewCache keeps at most size workbooks.
func NewCache(size int) *Cache {
	return &Cache{size: max(size, 1), m: map[cacheKey]fileResult{}}
}

func (c *Cache) get(name, sum string, maxRows int) (fileResult, bool) {
	if c == nil {
		return fileResult{}, false
	}
	c.mu.Lock()
	res, ok := c.m[cacheKey{name, sum, maxRows}]
	c.mu.Unlock()
	if !ok {
		return fileResult{}, false
	}
	return res.clone(), true
}

func (c *Cache) put(name, sum string, maxRows int, res fileResult) {
	if c == nil {
		return
	}
	k := cacheKey{name, sum, maxRows}
	res = res.clone() // the caller's copy goes on to be merged and validated
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[k]; !ok {
		c.order = append(c.order, k)
	}
	c.m[k] = res
	for len(c.order) > c.size {
		delete(c.m, c.order[0])
		c.order = c.order[1:]
	}
}

// clone copies what later steps change in place: validation makes values
// canonical in the rows, and merging takes a section's slice over.
func (res fileResult) clone() fileResult {
	out := res
	out.findings = slices.Clone(res.findings)
	out.file.Rows = maps.Clone(res.file.Rows)
	if res.book != nil {
		book := *res.book
		v := reflect.ValueOf(&book).Elem()
		for i := range v.NumField() {
			if f := v.Field(i); f.Kind() == reflect.Slice && !f.IsNil() {
				c := reflect.MakeSlice(f.Type(), f.Len(), f.Len())
				reflect.Copy(c, f)
				f.Set(c)
			}
		}
		out.book = &book
	}
	return out
}

// Len is the number of workbooks kept.
func (c *Cache) Len() int {
	if c == nil {
		return 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.m)
}
