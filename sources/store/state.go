package store

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"strings"
	"sync"

	"jaarverslag/report"
	"jaarverslag/sources"
)

// File is a current version with its findings now: checked together with
// every department's current files, as the next build will read them.
type File struct {
	Version
	Findings report.Findings
}

// Errors counts the findings that block a build.
func (f File) Errors() int { return f.Findings.Errors(false) }

// Warnings counts the rest.
func (f File) Warnings() int { return len(f.Findings) - f.Errors() }

// Space is a department with its current files.
type Space struct {
	Department
	Files []File
}

// Errors counts the errors in the space's current files.
func (sp Space) Errors() int {
	n := 0
	for _, f := range sp.Files {
		n += f.Errors()
	}
	return n
}

// Warnings counts the warnings in the space's current files.
func (sp Space) Warnings() int {
	n := 0
	for _, f := range sp.Files {
		n += f.Warnings()
	}
	return n
}

// Accepted ("akkoord") means the space has files and none has errors.
func (sp Space) Accepted() bool { return len(sp.Files) > 0 && sp.Errors() == 0 }

// Overview is the state of the whole report: F&C's space and every department's.
type Overview struct {
	Admin       Space
	Departments []Space
	// Orphans are findings in no current file (the set as a whole).
	Orphans report.Findings
	// HasReport says whether a current file has the Rapport sheet: without
	// it, domains and thresholds cannot be checked yet.
	HasReport bool
}

// Accepted counts the departments that are akkoord.
func (o Overview) Accepted() int {
	n := 0
	for _, d := range o.Departments {
		if d.Accepted() {
			n++
		}
	}
	return n
}

// Ready says whether a build would pass now: there are files and none has errors.
func (o Overview) Ready() bool {
	files := 0
	for _, sp := range append([]Space{o.Admin}, o.Departments...) {
		if sp.Errors() > 0 {
			return false
		}
		files += len(sp.Files)
	}
	return files > 0 && o.Orphans.Errors(false) == 0
}

// check is the current set read and validated together.
type check struct {
	files     []File
	orphans   report.Findings
	hasReport bool
}

// stateMemo keeps the last check: the set changes only on an upload or a
// withdrawal, pages are looked at far more often.
type stateMemo struct {
	mu    sync.Mutex
	key   string
	check check
}

// checkCurrent reads and validates the current versions of everyone,
// through the same sources.LoadInputs as validate and build.
func (s *Store) checkCurrent(ctx context.Context) (check, error) {
	cur, err := s.current(ctx)
	if err != nil {
		return check{}, err
	}
	var key strings.Builder
	for _, v := range cur {
		fmt.Fprintf(&key, "%d,", v.ID)
	}
	s.state.mu.Lock()
	defer s.state.mu.Unlock()
	if s.state.key == key.String() && key.Len() > 0 {
		return s.state.check, nil
	}
	ins := make([]sources.Input, len(cur))
	byName := map[string]int{}
	for i, v := range cur {
		ins[i] = s.input(v)
		byName[v.Name()] = i
	}
	r, fs := sources.LoadInputs(ins, s.opts)
	c := check{files: make([]File, len(cur)), hasReport: r.Meta.Src.Sheet != ""}
	for i, v := range cur {
		c.files[i].Version = v
	}
	for _, f := range fs {
		if i, ok := byName[f.Pos.File]; ok {
			c.files[i].Findings = append(c.files[i].Findings, f)
		} else {
			c.orphans = append(c.orphans, f)
		}
	}
	s.state.key, s.state.check = key.String(), c
	return c, nil
}

// Overview is the state of every space. F&C only.
func (s *Store) Overview(ctx context.Context, a Access) (Overview, error) {
	ds, err := s.Departments(ctx, a)
	if err != nil {
		return Overview{}, err
	}
	c, err := s.checkCurrent(ctx)
	if err != nil {
		return Overview{}, err
	}
	o := Overview{Orphans: c.orphans, HasReport: c.hasReport}
	for _, d := range ds {
		sp := c.space(d)
		if d.Admin {
			o.Admin = sp
		} else {
			o.Departments = append(o.Departments, sp)
		}
	}
	return o, nil
}

// Space is one department's current files and their findings now.
func (s *Store) Space(ctx context.Context, a Access, department int64) (Space, bool, error) {
	d, err := s.Department(ctx, a, department)
	if err != nil {
		return Space{}, false, err
	}
	c, err := s.checkCurrent(ctx)
	if err != nil {
		return Space{}, false, err
	}
	return c.space(d), c.hasReport, nil
}

func (c check) space(d Department) Space {
	sp := Space{Department: d}
	for _, f := range c.files {
		if f.Department == d.ID {
			sp.Files = append(sp.Files, f)
		}
	}
	return sp
}

// DepartmentTemplate writes the blank workbook for a department, with the
// domains of F&C's current files in its Domein dropdown (the default
// domains while F&C has none).
func (s *Store) DepartmentTemplate(ctx context.Context, a Access, w io.Writer) error {
	if !a.Known() {
		return ErrUnauthorized
	}
	vs, err := s.versions(ctx, currentWhere+` AND d.admin = 1 ORDER BY v.file`)
	if err != nil {
		return err
	}
	ins := make([]sources.Input, len(vs))
	for i, v := range vs {
		ins[i] = s.input(v)
	}
	// The Toelichting shows F&C's Verslagjaar and thresholds as well.
	var set sources.DepartmentSettings
	if len(ins) > 0 {
		r, _ := sources.ReadInputs(ins, s.opts)
		set.Domains = r.DistinctDomains()
		if r.Meta.Src.Sheet != "" {
			meta := r.Meta
			// Named without the department part: the Toelichting says "van F&C".
			_, file, _ := strings.Cut(meta.Src.File, "› ")
			set.Meta, set.From = &meta, cmp.Or(file, meta.Src.File)
		}
	}
	return sources.WriteDepartmentTemplate(w, set)
}
