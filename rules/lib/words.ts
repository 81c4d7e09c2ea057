// Small pure helpers over the story's word tokens, shared by name-consistency and
// spelling-consistency.
import type { Span, Story } from '../../src/rule/types.js'

/** A word, or one part of a hyphenated word. */
export interface WordPart extends Span {
  readonly text: string
}

/** The parts of a word split at hyphens, each without a trailing possessive (`'s`, `’s`, `'`). */
export function wordParts(word: WordPart): WordPart[] {
  const parts: WordPart[] = []
  let offset = word.start
  for (const raw of word.text.split(/[-‐‑]/u)) {
    const text = raw.replace(/['’]s?$/u, '')
    parts.push({ start: offset, end: offset + text.length, text })
    offset += raw.length + 1
  }
  return parts
}

/**
 * The word before (`step` -1) or after (+1) `story.words[index]`, when it is in the same sentence
 * with only one or two spaces between (hard-wrapped lines count as spaces).
 */
export function adjacentWord(story: Story, index: number, step: -1 | 1): WordPart | undefined {
  const here = story.words[index]
  const other = story.words[index + step]
  if (!here || !other || other.sentence !== here.sentence) return undefined
  const gap = step < 0 ? story.flat.slice(other.end, here.start) : story.flat.slice(here.end, other.start)
  return /^ {1,2}$/u.test(gap) ? other : undefined
}
