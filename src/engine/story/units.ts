// Block shape and paragraph-like units: a block between blank lines is one unit when it is a
// single line or hard-wrapped prose; a block whose lines mostly end a sentence (copy with one
// paragraph per line and no blank lines between) gives one unit per line.
import type { BlockShape, Line, Paragraph, Unit } from '../../rule/types.js'

/** Characters that close a line legitimately: sentence ends, quote marks, brackets, label colons, dashes. */
const closers: ReadonlySet<string> = new Set(['.', '!', '?', '"', '\u201d', '\u2019', "'", ')', ']', ':', '\u00bb', '*', '\u2014', '\u2013'])

/** Whether a line or unit (trimmed) ends with a character that may end it legitimately. */
export function endsClosed(text: string): boolean {
  return closers.has(text.trimEnd().slice(-1))
}

/** Longest line of hard-wrapped copy. */
const wrapWidth = 100

/**
 * Whether a block's lines are hard-wrapped prose: every line at most 100 characters and at least
 * half of the lines before the last running on (no closing punctuation, or the next line goes on in
 * lower case).
 */
export function isHardWrapped(lines: readonly Pick<Line, 'text'>[]): boolean {
  if (lines.length < 2) return false
  if (lines.some((line) => line.text.trim().length > wrapWidth)) return false
  // A line also runs on when the next one goes on in lower case (`...met U.S.` / `officials in...`).
  const open = lines
    .slice(0, -1)
    .filter((line, i) => !endsClosed(line.text) || /^\p{Ll}/u.test(lines[i + 1]?.text.trim() ?? '')).length
  return open >= 1 && open * 2 >= lines.length - 1
}

/** The shape of a block from its (non-blank) lines. */
export function blockShape(lines: readonly Pick<Line, 'text'>[]): BlockShape {
  const filled = lines.filter((line) => line.text.trim().length > 0)
  if (lines.length < 2) return 'single'
  return isHardWrapped(filled) ? 'wrapped' : 'lines'
}

/** The units of a story in order: whole paragraphs, or the lines of `lines`-shaped paragraphs. */
export function proseUnits(text: string, paragraphs: readonly Paragraph[], lines: readonly Line[]): Unit[] {
  const units: Unit[] = []
  let lineIndex = 0
  for (const paragraph of paragraphs) {
    const spans: (Line | Paragraph)[] = paragraph.shape === 'lines' ? [] : [paragraph]
    if (paragraph.shape === 'lines') {
      while (lineIndex < lines.length && (lines[lineIndex]?.end ?? 0) < paragraph.start) lineIndex++
      for (let i = lineIndex; i < lines.length; i++) {
        const line = lines[i]
        if (!line || line.start >= paragraph.end) break
        if (line.text.trim().length > 0) spans.push(line)
      }
    }
    for (const span of spans) {
      const unit = trimmed(text, span.start, span.end, paragraph.index)
      if (unit) units.push(unit)
    }
  }
  return units
}

function trimmed(text: string, start: number, end: number, paragraph: number): Unit | undefined {
  let s = start
  let e = end
  while (s < e && /\s/u.test(text[s] ?? '')) s++
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--
  return s < e ? { start: s, end: e, text: text.slice(s, e), paragraph, closed: endsClosed(text.slice(s, e)) } : undefined
}
