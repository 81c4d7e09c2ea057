// The story model: the one analysis layer. Built once per lint; every part is computed on first
// use and at most once (one parse, one quotation pairing, tags per span from one tagger).
import type { Root } from 'nlcst'
import type { Line, Paragraph, ParagraphQuotes, Sentence, Span, Story, Token, Unit, Word, WordPart } from '../../rule/types.js'
import { type Parsed, parseStory, type PointOf, pointsOf, splitLines } from './parse.js'
import { analyzeQuotes, overlapsAny, quotationSpans } from './quotes.js'
import { tag } from './tagger.js'
import { proseUnits } from './units.js'

export { type Point, type PointOf, splitLines, isBlankLine, normalWord } from './parse.js'
export { overlapsAny } from './quotes.js'

/** The story model with the engine's own extras (points for positions). */
export interface StoryModel extends Story {
  /** Line, column and offset of an offset. */
  readonly point: PointOf
  /** Parts a file format names as the story's own fields (see {@link StoryFields}). */
  readonly fields: readonly Span[]
}

/**
 * What a format knows of the story's parts, so the model need not guess them from the layout:
 * `headline` is the headline's offset (its line is the headline), `null` when the story has none.
 */
export interface StoryFields {
  readonly headline?: number | null | undefined
  /**
   * Spans of the parts a format names as the story's own fields (byline, dateline): never scraper
   * residue, so a residue finding that is exactly such a part is dropped.
   */
  readonly fields?: readonly Span[]
}

/** Builds the story model of `text` (a leading BOM already removed). Nothing is computed yet. */
export function createStory(text: string, fields: StoryFields = {}): StoryModel {
  return new LazyStory(text, fields)
}

/** The span of a sorted, non-overlapping list that holds `offset` (`start <= offset < end`). */
function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let low = 0
  let high = spans.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((spans[mid]?.end ?? 0) <= offset) low = mid + 1
    else high = mid
  }
  const found = spans[low]
  return found && found.start <= offset && offset < found.end ? found : undefined
}

/** Whether `text.slice(from, to)` is one or two spaces (U+0020). */
function isSpaceGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 0x20) return false
  return true
}

class LazyStory implements StoryModel {
  readonly text: string
  #point: PointOf | undefined
  #lines: Line[] | undefined
  #parsed: Parsed | undefined
  #units: Unit[] | undefined
  #headline: { line: Line | undefined } | undefined
  #quotes: ParagraphQuotes[] | undefined
  #quotations: Span[] | undefined
  readonly #tags = new Map<string, readonly Token[]>()
  readonly #fields: StoryFields

  constructor(text: string, fields: StoryFields) {
    this.text = text
    this.#fields = fields
  }

  get fields(): readonly Span[] {
    return this.#fields.fields ?? []
  }

  get point(): PointOf {
    this.#point ??= pointsOf(this.text)
    return this.#point
  }

  get lines(): readonly Line[] {
    this.#parse()
    return this.#lines ?? []
  }

  #parse(): Parsed {
    if (!this.#parsed) {
      const lines = splitLines(this.text)
      this.#parsed = parseStory(this.text, lines, this.point)
      this.#lines = lines
    }
    return this.#parsed
  }

  get flat(): string {
    return this.#parse().flat
  }

  get tree(): Root {
    return this.#parse().tree
  }

  get paragraphs(): readonly Paragraph[] {
    return this.#parse().paragraphs
  }

  get sentences(): readonly Sentence[] {
    return this.#parse().sentences
  }

  get words(): readonly Word[] {
    return this.#parse().words
  }

  get units(): readonly Unit[] {
    this.#units ??= proseUnits(this.text, this.paragraphs, this.lines)
    return this.#units
  }

  get headline(): Line | undefined {
    if (!this.#headline && this.#fields.headline !== undefined) {
      const known = this.#fields.headline
      this.#headline = { line: known === null ? undefined : this.lineAt(known) }
    }
    if (!this.#headline) {
      const lines = this.lines
      const [first, second] = lines
      const line = first && second && !first.blank && second.blank && lines.some((l) => l.index > 1 && !l.blank) ? first : undefined
      this.#headline = { line }
    }
    return this.#headline.line
  }

  get quotes(): readonly ParagraphQuotes[] {
    this.#quotes ??= analyzeQuotes(this.text, this.flat, this.paragraphs)
    return this.#quotes
  }

  get quotations(): readonly Span[] {
    this.#quotations ??= quotationSpans(this.quotes)
    return this.#quotations
  }

  inQuotation(span: Span): boolean {
    return overlapsAny(this.quotations, span)
  }

  lineAt(offset: number): Line | undefined {
    return spanAt(this.lines, offset)
  }

  sentenceAt(offset: number): Sentence | undefined {
    return spanAt(this.sentences, offset)
  }

  paragraphAt(offset: number): Paragraph | undefined {
    return spanAt(this.paragraphs, offset)
  }

  wordsIn(span: Span): readonly Word[] {
    const words = this.words
    let low = 0
    let high = words.length
    while (low < high) {
      const mid = (low + high) >> 1
      if ((words[mid]?.start ?? 0) < span.start) low = mid + 1
      else high = mid
    }
    const found: Word[] = []
    for (let i = low; i < words.length; i++) {
      const word = words[i]
      if (!word || word.end > span.end) break
      found.push(word)
    }
    return found
  }

  adjacentWord(index: number, step: -1 | 1): Word | undefined {
    const here = this.words[index]
    const other = this.words[index + step]
    if (!here || !other || other.sentence !== here.sentence) return undefined
    // The gap must be one or two spaces: read in place, not sliced and matched (issue 14: rules ask
    // for the neighbours of every word).
    const gap = step < 0 ? isSpaceGap(this.flat, other.end, here.start) : isSpaceGap(this.flat, here.end, other.start)
    return gap ? other : undefined
  }

  parts(word: WordPart): readonly WordPart[] {
    // Most words have no hyphen and no apostrophe: one part, the word itself (issue 14: rules ask
    // for the parts of every word and its neighbours).
    if (!/[-\u2010\u2011'\u2019]/u.test(word.text)) return [{ start: word.start, end: word.start + word.text.length, text: word.text }]
    const parts: WordPart[] = []
    let offset = word.start
    for (const raw of word.text.split(/[-\u2010\u2011]/u)) {
      const text = raw.replace(/['\u2019]s?$/u, '')
      parts.push({ start: offset, end: offset + text.length, text })
      offset += raw.length + 1
    }
    return parts
  }

  tags(span: Span): readonly Token[] {
    const key = `${span.start}:${span.end}`
    let tokens = this.#tags.get(key)
    if (!tokens) {
      tokens = Object.freeze(tag(this.flat.slice(span.start, span.end), span.start))
      this.#tags.set(key, tokens)
    }
    return tokens
  }
}
