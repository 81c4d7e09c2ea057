// Paragraph-like units of a story, shared by truncated-text and caption-residue (a pure helper).
// A block between blank lines is one unit when it is a single line or hard-wrapped prose; a block
// whose lines mostly end a sentence (copy with one paragraph per line and no blank lines between)
// gives one unit per line.
import type { Line, Story } from '../../src/rule/types.js'

/** A paragraph-like stretch of the story, leading and trailing blanks trimmed. */
export interface Unit {
  readonly start: number
  readonly end: number
  readonly text: string
  /** Index of its block in `story.paragraphs`. */
  readonly paragraph: number
}

/** Characters that close a line legitimately: sentence ends, quote marks, brackets, label colons, dashes. */
const closers: ReadonlySet<string> = new Set(['.', '!', '?', '"', '\u201d', '\u2019', "'", ')', ']', ':', '\u00bb', '*', '\u2014', '\u2013'])

/** Whether a line (trimmed) ends with a character that may end it legitimately. */
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
export function isHardWrapped(lines: readonly Line[]): boolean {
  if (lines.length < 2) return false
  if (lines.some((line) => line.text.trim().length > wrapWidth)) return false
  // A line also runs on when the next one goes on in lower case (`...met U.S.` / `officials in...`).
  const open = lines
    .slice(0, -1)
    .filter((line, i) => !endsClosed(line.text) || /^\p{Ll}/u.test(lines[i + 1]?.text.trim() ?? '')).length
  return open >= 1 && open * 2 >= lines.length - 1
}

/** The units of a story in order (see the module comment). */
export function proseUnits(story: Story): Unit[] {
  const units: Unit[] = []
  let lineIndex = 0
  for (const paragraph of story.paragraphs) {
    while (lineIndex < story.lines.length && (story.lines[lineIndex]?.end ?? 0) < paragraph.start) lineIndex++
    const lines: Line[] = []
    for (let i = lineIndex; i < story.lines.length; i++) {
      const line = story.lines[i]
      if (!line || line.start >= paragraph.end) break
      if (line.text.trim().length > 0) lines.push(line)
    }
    const spans = paragraph.lineCount > 1 && !isHardWrapped(lines) ? lines : [paragraph]
    for (const span of spans) {
      const unit = trimmed(story.text, span.start, span.end, paragraph.index)
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
  return s < e ? { start: s, end: e, text: text.slice(s, e), paragraph } : undefined
}

/** Word-like tokens of a text with their offsets (letters, digits and inner `'’.-`). */
export function wordsOf(text: string): { text: string; start: number; end: number }[] {
  const words: { text: string; start: number; end: number }[] = []
  for (const match of text.matchAll(/[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'\u2019.-]{0,60}[\p{L}\p{N}\p{M}])?/gu)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length })
  }
  return words
}

/**
 * Whether the words read like a headline or a label rather than prose: mostly capitalised (among
 * words of four letters or more) or all capitals.
 */
export function isTitleLike(words: readonly { text: string }[]): boolean {
  const long = words.filter((w) => /^\p{L}{4}/u.test(w.text))
  if (long.length === 0) return false
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w.text)).length
  const shouting = long.filter((w) => w.text === w.text.toUpperCase()).length
  return capitalised * 5 > long.length * 3 || shouting * 2 > long.length
}
