package pdf

import (
	"bytes"
	"fmt"
	"unicode/utf16"
)

// outlineObjects builds the outline dictionary (object root) and one item
// per heading: chapters at the top, their domains below them, closed so
// the sidebar starts as a list of chapters.
func outlineObjects(items []mark, pages []int, root int) []string {
	if len(items) == 0 {
		return nil
	}
	type node struct {
		it       mark
		parent   int // index in nodes, -1 for the root
		children []int
	}
	var nodes []node
	var top []int
	last := -1
	for _, it := range items {
		if it.page < 0 || it.page >= len(pages) {
			continue
		}
		i := len(nodes)
		if it.level > 0 && last >= 0 {
			nodes = append(nodes, node{it: it, parent: last})
			nodes[last].children = append(nodes[last].children, i)
			continue
		}
		nodes = append(nodes, node{it: it, parent: -1})
		top = append(top, i)
		last = i
	}
	if len(nodes) == 0 {
		return nil
	}
	obj := func(i int) int { return root + 1 + i }
	objs := make([]string, 1+len(nodes))
	objs[0] = fmt.Sprintf("<</Type /Outlines /First %d 0 R /Last %d 0 R /Count %d>>", obj(top[0]), obj(top[len(top)-1]), len(top))
	siblings := func(n node) []int {
		if n.parent < 0 {
			return top
		}
		return nodes[n.parent].children
	}
	for i, n := range nodes {
		var b bytes.Buffer
		parent := root
		if n.parent >= 0 {
			parent = obj(n.parent)
		}
		fmt.Fprintf(&b, "<</Title %s /Parent %d 0 R", pdfText(n.it.title), parent)
		sib := siblings(n)
		for k, s := range sib {
			if s != i {
				continue
			}
			if k > 0 {
				fmt.Fprintf(&b, " /Prev %d 0 R", obj(sib[k-1]))
			}
			if k+1 < len(sib) {
				fmt.Fprintf(&b, " /Next %d 0 R", obj(sib[k+1]))
			}
		}
		if len(n.children) > 0 {
			fmt.Fprintf(&b, " /First %d 0 R /Last %d 0 R /Count -%d", obj(n.children[0]), obj(n.children[len(n.children)-1]), len(n.children))
		}
		fmt.Fprintf(&b, " /Dest [%d 0 R /XYZ 0 %.2f null]>>", pages[n.it.page], destY(n.it.y))
		objs[1+i] = b.String()
	}
	return objs
}

// pdfText is a text string in UTF-16BE with a byte order mark, as hex.
func pdfText(s string) string {
	var b bytes.Buffer
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}

// pdfString is an ASCII literal string.
func pdfString(s string) string {
	var b bytes.Buffer
	b.WriteByte('(')
	for _, c := range []byte(s) {
		if c == '(' || c == ')' || c == '\\' {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	b.WriteByte(')')
	return b.String()
}
