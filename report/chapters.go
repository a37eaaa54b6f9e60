package report

import (
	"sort"
	"strings"
)

// Chapter is a chapter of the report by what it holds, whatever title the
// layout gives it (templates.Texts.Chapter): a Beschouwing names one in Na
// hoofdstuk to follow it, so the values are the names staff type there.
type Chapter string

// The chapters every report has, and the one it has with a Terugblik.
const (
	ChapterSummary        Chapter = "Samenvatting"
	ChapterDevelopments   Chapter = "Relevante ontwikkelingen"
	ChapterActions        Chapter = "Coalitieakkoord"
	ChapterAchievements   Chapter = "Resultaten"
	ChapterKeyFigures     Chapter = "Kerncijfers"
	ChapterBudget         Chapter = "Wat heeft het gekost"
	ChapterReview         Chapter = "Terugblik" // only with Terugblik rows
	ChapterPlans          Chapter = "Plannen"
	ChapterAccountability Chapter = "Verantwoording" // always last
)

// Chapters are the fixed chapters in the order of every edition; free
// chapters (Beschouwingen) go between them, see ChapterOrder. A new
// chapter goes here, and each edition fails until it draws it.
var Chapters = []Chapter{ChapterSummary, ChapterDevelopments, ChapterActions, ChapterAchievements,
	ChapterKeyFigures, ChapterBudget, ChapterReview, ChapterPlans, ChapterAccountability}

// Placeable are the chapters a Beschouwing may follow, the values Na
// hoofdstuk allows, in report order: not the Terugblik, which only some
// reports have, nor the Verantwoording, which stays last.
var Placeable = []Chapter{ChapterSummary, ChapterDevelopments, ChapterActions, ChapterAchievements,
	ChapterKeyFigures, ChapterBudget, ChapterPlans}

// Reflection is one row of Beschouwingen: a chapter of free text, such as
// "Waarom deze beweging?", placed after the chapter named in After.
type Reflection struct {
	Title string `col:"Titel,required" validate:"required"`
	// Text holds paragraphs separated by blank lines; a line that starts
	// with •, - or * is a bullet (see Blocks).
	Text  string  `col:"Tekst,required" validate:"required"`
	After Chapter `col:"Na hoofdstuk" validate:"omitempty,chapter"`
	Order *int    `col:"Volgorde"`
	Src   Source  `validate:"-"`
}

// Place is the chapter a Beschouwing follows: Samenvatting when none is named.
func (f Reflection) Place() Chapter {
	if strings.TrimSpace(string(f.After)) == "" {
		return ChapterSummary
	}
	return f.After
}

// ChapterRef is one chapter in reading order: a fixed chapter, or a free
// one (Chapter "" and its Reflection).
type ChapterRef struct {
	Chapter    Chapter
	Reflection *Reflection
}

// ChapterOrder is the order of the chapters, the same in every edition:
// the fixed chapters, each followed by the Beschouwingen placed after it
// (by Volgorde, numbered ones first, then in input order); the Terugblik,
// when there is one, right before Plannen; Verantwoording last. A
// Beschouwing after a chapter that does not exist (validation refuses it)
// comes before Verantwoording rather than going missing.
func (r *Report) ChapterOrder() []ChapterRef {
	after := map[Chapter][]int{}
	var lost []int
	for i, f := range r.Reflections {
		p := f.Place()
		if !isChapter(p) {
			lost = append(lost, i)
			continue
		}
		after[p] = append(after[p], i)
	}
	var out []ChapterRef
	free := func(idx []int) {
		sort.SliceStable(idx, func(a, b int) bool {
			oa, ob := r.Reflections[idx[a]].Order, r.Reflections[idx[b]].Order
			if oa == nil || ob == nil {
				return oa != nil && ob == nil
			}
			return *oa < *ob
		})
		for _, i := range idx {
			out = append(out, ChapterRef{Reflection: &r.Reflections[i]})
		}
	}
	for _, c := range Chapters {
		switch {
		case c == ChapterReview && len(r.Reviews) == 0:
			continue
		case c == ChapterAccountability:
			free(lost)
		}
		out = append(out, ChapterRef{Chapter: c})
		free(after[c])
	}
	return out
}

// ReflectionOrder is the Beschouwingen by index in the order the chapters
// show them, for the annex.
func (r *Report) ReflectionOrder() []int {
	var out []int
	for _, c := range r.ChapterOrder() {
		for i := range r.Reflections {
			if c.Reflection == &r.Reflections[i] {
				out = append(out, i)
			}
		}
	}
	return out
}

// isChapter: c is a chapter a Beschouwing may follow.
func isChapter(c Chapter) bool {
	for _, k := range Placeable {
		if k == c {
			return true
		}
	}
	return false
}

// TextBlock is a paragraph or one bullet of a free text. Lines are the
// line breaks typed within it, kept as they were meant.
type TextBlock struct {
	Bullet bool
	Lines  []string
}

// Blocks splits a free text into paragraphs and bullets: a blank line ends
// a paragraph; a line that starts with •, - or * (the dash and the star
// followed by a space) starts a bullet, which runs on over the next lines
// until a blank line or the next bullet. Line breaks within a paragraph or
// a bullet are kept: staff may have meant them (a numbered list, an
// address). Nothing typed is dropped but the markers and surrounding
// spaces; a marker with nothing after it stays as text.
func Blocks(text string) []TextBlock {
	var out []TextBlock
	open := false // the last block takes more lines
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			open = false
			continue
		}
		if item, ok := bullet(l); ok {
			out = append(out, TextBlock{Bullet: true, Lines: []string{item}})
			open = true
			continue
		}
		if open {
			b := &out[len(out)-1]
			b.Lines = append(b.Lines, l)
			continue
		}
		out = append(out, TextBlock{Lines: []string{l}})
		open = true
	}
	return out
}

// bullet recognises a bullet line and returns its text.
func bullet(l string) (string, bool) {
	for _, m := range []string{"•", "- ", "* ", "-\t", "*\t"} {
		if rest, ok := strings.CutPrefix(l, m); ok && strings.TrimSpace(rest) != "" {
			return strings.TrimSpace(rest), true
		}
	}
	return l, false
}
