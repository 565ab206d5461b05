package font

import "strings"

// Count is the number of glyphs in the font.
func Count() int { return len(glyphs) }

// Render draws text in big letters, one string per row.
func Render(text string, scale int) []string {
	if scale < 1 {
		scale = 1
	}
	rows := make([]string, 8*scale)
	for _, c := range text {
		glyph := glyphs[int(c)%len(glyphs)](scale)
		for i := range rows {
			rows[i] += glyph[i] + strings.Repeat(" ", scale)
		}
	}
	return rows
}
