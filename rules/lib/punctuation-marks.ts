// Punctuation faults that rewritten and translated wire copy carries beside its spacing slips:
// end marks typed twice, brackets left open or never opened, a full stop shut inside a bracket that
// opened mid-sentence, dashes typed as two hyphens and spaced on one side, commas doubled across a
// hard line break, and a year range spaced around its dash. Pure detectors over text and spans.
import { runEnd, runStart, trailing } from './runs.js'
import { lowerAbbreviations } from './sentence-starts.js'
import { lexicon } from './spelling/lexicon.js'
import type { Span } from '../../src/rule/types.js'

/** A finding with the text that replaces it. */
export interface MarkHit {
  span: Span
  expected: string
}

/**
 * Whether a word before a full stop is surely no abbreviation: a ranked lower-case word that is
 * not one (`cup.,`), or a capitalised word of six letters or more (`Russia.,`); short capitalised
 * words may be (`Tex.,`, `Bldg.,`, `Corp.",`).
 */
export function plainBeforeStop(word: string): boolean {
  if (/^\p{Lu}\p{Ll}{5,}$/u.test(word)) return word !== 'Messrs'
  return /^\p{Ll}{3,}$/u.test(word) && !lowerAbbreviations.has(word) && lexicon().rank(word) !== Infinity
}

/**
 * How the story writes `?` and `!`: `single` (at least one single mark and no more runs than
 * singles: a doubled one is a slip), `doubled` (two runs or more and no single mark: tokenised corpora
 * such as Brown double every one, `state??`, a convention rather than a slip), or `unknown` (one
 * run, nothing to compare it with).
 */
export function endMarkStyle(text: string): 'single' | 'doubled' | 'unknown' {
  const runs = text.match(/([!?])\1+/gu)?.length ?? 0
  const singles = text.match(/(?<![!?])[!?](?![!?])/gu)?.length ?? 0
  if (singles > 0 && singles >= runs) return 'single'
  return singles === 0 && runs >= 2 ? 'doubled' : 'unknown'
}

/**
 * A question or exclamation mark typed two or more times after a word (`Monday!!`, `it??`,
 * `bomb!!!`): news copy uses one. `?!` and `!?` are left alone, and so is a run against a quote
 * mark (`this"??`: how tokenised corpora rebuild a quoted question).
 */
export function repeatedEndMarks(text: string, line: Span): MarkHit[] {
  const found: MarkHit[] = []
  for (const match of text.slice(line.start, line.end).matchAll(/(?<=[\p{L}\p{N})])([!?])\1{1,8}(?![!?])/gu)) {
    const at = line.start + match.index
    const start = runStart(text, at, line.start)
    found.push({ span: { start, end: at + match[0].length }, expected: `${text.slice(start, at)}${match[1] ?? ''}` })
  }
  return found
}

/** A list marker (`a)`, `2)`, `iv)`) or an emoticon (`:)`) before a closing bracket: not a bracket to pair. */
function looseCloser(text: string, at: number, floor: number): boolean {
  if (/[:;]/u.test(text[at - 1] ?? '')) return true
  const start = runStart(text, at, floor)
  return /^(?:\p{L}|[ivx]{1,4}|\p{N}{1,3})\.?$/u.test(text.slice(start, at)) && (start === floor || /[\s(]/u.test(text[start - 1] ?? ''))
}

/** How many paragraph breaks a bracketed aside may run across (tokenised copy breaks inside them). */
const bracketReach = 2

/**
 * Round brackets left open (`the plan (backed on Monday was`) or closed without an opening one
 * (`the plan backed on Monday) was`). A bracket may close up to two paragraphs on: an aside of
 * whole sentences can span a break. List markers and emoticons do not count; square brackets are
 * left to editors' insertions.
 */
export function unbalancedBrackets(text: string, paragraphs: readonly (Span & { index: number })[]): { unclosed: Span[]; unopened: Span[] } {
  const open: { at: number; paragraph: number }[] = []
  const unclosed: Span[] = []
  const unopened: Span[] = []
  for (const paragraph of paragraphs) {
    while (open.length > 0 && (open[0]?.paragraph ?? 0) < paragraph.index - bracketReach) {
      const at = open.shift()?.at ?? 0
      unclosed.push({ start: at, end: at + 1 })
    }
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const char = text[i]
      if (char === '(') open.push({ at: i, paragraph: paragraph.index })
      else if (char === ')') {
        if (open.length > 0) open.pop()
        else if (!looseCloser(text, i, paragraph.start)) unopened.push({ start: i, end: i + 1 })
      }
    }
  }
  for (const { at } of open) unclosed.push({ start: at, end: at + 1 })
  return { unclosed, unopened }
}

/** Whether a bracket is first on its line, opens a whole sentence (after `.`, `?`, `!`) or closes one (after one of them). */
export function sentenceAside(text: string, bracket: Span): boolean {
  const ends = (at: number): boolean => /[.!?]/u.test(text[at - 1] ?? '') || (/["'\u201d\u2019]/u.test(text[at - 1] ?? '') && /[.!?]/u.test(text[at - 2] ?? ''))
  let at = bracket.start
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--
  if (at === 0 || text[at - 1] === '\n') return true
  if (text[bracket.start] === ')') return ends(at)
  return at < bracket.start && ends(at)
}

/**
 * A full stop shut inside a closing bracket whose bracket opened mid-sentence (`the clinic (see
 * below.) Nurses`): the aside is part of the sentence, so the stop goes after the bracket. Not an
 * aside of whole sentences (`... here. (See below.)`), nor after an abbreviation (`(Acme Inc.)`).
 */
export function stopsInBrackets(text: string, paragraph: Span): MarkHit[] {
  const found: MarkHit[] = []
  const slice = text.slice(paragraph.start, paragraph.end)
  for (const match of slice.matchAll(/(?<=[\p{L}\p{N},] )\(([^()\n]{1,200})\.\)(?=\s+\p{Lu}|\s*$)/gu)) {
    const inner = match[1] ?? ''
    if (/[.!?]\s/u.test(inner)) continue // sentences inside
    const word = trailing(inner, (c) => /[\p{L}\p{N}]/u.test(c))
    if (!/^\p{N}+$/u.test(word) && !plainBeforeStop(word)) continue
    const close = paragraph.start + match.index + match[0].length
    const start = runStart(text, close - 2, paragraph.start)
    found.push({ span: { start, end: close }, expected: `${text.slice(start, close - 2)}).` })
  }
  return found
}

/**
 * A dash typed as two hyphens with a space on one side only (`close --very`, `trace-- the`): house
 * styles space a dash on both sides or neither. Not three hyphens or more (a rule), nor at a line's edge.
 */
export function lopsidedDoubleHyphens(text: string, line: Span): Span[] {
  const found: Span[] = []
  for (const match of text.slice(line.start, line.end).matchAll(/(?<=[\p{L}\p{N}.,)"\u201d] )--(?=[\p{L}\p{N}(])|(?<=[\p{L}\p{N}.,)"\u201d])--(?= [\p{L}\p{N}(])/gu)) {
    const at = line.start + match.index
    const spacedLeft = text[at - 1] === ' '
    const start = runStart(text, spacedLeft ? at - 1 : at, line.start)
    const end = runEnd(text, spacedLeft ? at : at + 3, line.end)
    found.push({ start, end })
  }
  return found
}

/**
 * A comma at the end of one line and another opening the next (`the port,` / `, and`): joined
 * feed lines that kept both. The second comma goes.
 */
export function commasAcrossBreak(text: string, paragraph: Span): MarkHit[] {
  const found: MarkHit[] = []
  for (const match of text.slice(paragraph.start, paragraph.end).matchAll(/(?<=[\p{L}\p{N})"\u201d\u2019]) ?,([ \t]*\n[ \t]*),[ \t]?/gu)) {
    const at = paragraph.start + match.index
    const start = runStart(text, at, paragraph.start)
    const first = text.slice(start, at).trimEnd()
    found.push({ span: { start, end: at + match[0].length }, expected: `${first},${match[1] ?? '\n'}` })
  }
  return found
}

/**
 * A range of years with a spaced dash or hyphen (`2012 — 2013`, `(2012 - 2014)`): a range is set
 * closed up (`2012–2013`). The second year must follow the first, within a century, so a score
 * (`3 - 2`) or a pair of codes is not a range.
 */
export function spacedYearRanges(text: string, line: Span): { span: Span; range: string }[] {
  const found: { span: Span; range: string }[] = []
  for (const match of text.slice(line.start, line.end).matchAll(/(?<![\p{N}.,:/-])((?:18|19|20)\p{N}{2})(?: [-\u2013\u2014] ?| ?[-\u2013\u2014] )((?:18|19|20)\p{N}{2})(?![\p{N}.,:/-]\p{N})/gu)) {
    const from = Number(match[1])
    const to = Number(match[2])
    if (to <= from || to - from > 99) continue
    const at = line.start + match.index
    found.push({ span: { start: at, end: at + match[0].length }, range: `${match[1] ?? ''}\u2013${match[2] ?? ''}` })
  }
  return found
}
