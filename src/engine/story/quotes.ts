// The story's quotation model: finds each paragraph's double quote marks and pairs them with the
// cheapest consistent reading (a small dynamic programme over open/closed), understanding inch
// marks, quote marks used as apostrophes and AP's multi-paragraph quotations. The engine's
// quotation filter and the quote rules both read it.
import type { ApostropheMark, Paragraph, ParagraphQuotes, QuoteGlyph, QuoteMark, QuoteShape, Span } from '../../rule/types.js'

/** A mark while it is being paired. */
type Mark = { -readonly [K in keyof QuoteMark]: QuoteMark[K] }

const openGlyphs: ReadonlySet<string> = new Set(['\u201c', '\u201e', '\u00ab'])
const closeGlyphs: ReadonlySet<string> = new Set(['\u201d', '\u00bb'])
const openerLeft: ReadonlySet<string> = new Set(['(', '[', '{', '\u2018'])
const closerRight: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '\u2014', '\u2013', '-', '\u2026', '\u2019'])
const strongLeft: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?', '\u2026', '\u2019', "'"])
const infinity = Number.POSITIVE_INFINITY
/** Characters that, typed twice, stand for a double quote mark: the prime and the acute accent. */
const substituteDoubles: ReadonlySet<string> = new Set(['\u2032', '\u00b4'])
const isDoubleMark = (c: string): boolean => c === '"' || c === '\u201c' || c === '\u201d'

/** Whether a mark's neighbour is white space or the paragraph's edge (`undefined`). */
const isSpaceOrEdge = (c: string | undefined): boolean => c === undefined || /\s/u.test(c)
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c)

/** The shape of a mark from its neighbours (`undefined` = paragraph edge). */
export function shapeOf(left: string | undefined, right: string | undefined): QuoteShape {
  const leftOpen = isSpaceOrEdge(left) || openerLeft.has(left ?? '')
  const rightClose = isSpaceOrEdge(right) || closerRight.has(right ?? '') || isQuoteChar(right)
  if (leftOpen) return rightClose ? 'floating' : isWordChar(right) ? 'opener' : 'weakOpener'
  if (!rightClose) return 'glued'
  return strongLeft.has(left ?? '') || right === undefined || !isSpaceOrEdge(right) ? 'closer' : 'weakCloser'
}

function isQuoteChar(c: string | undefined): boolean {
  return c === '"' || openGlyphs.has(c ?? '') || closeGlyphs.has(c ?? '')
}

/** Quote marks used as apostrophes inside a word: `haven”t`, `India"s`, a doubled apostrophe `don''t`, `city’’s`. */
export function apostropheMarks(text: string, paragraph: Span): ApostropheMark[] {
  const found: ApostropheMark[] = []
  const slice = text.slice(paragraph.start, paragraph.end)
  for (const match of slice.matchAll(/(?<=\p{L})(?:["\u201d]|''|\u2019\u2019)(?=(?:t|s|re|ve|ll|d|m)(?![\p{L}\p{N}]))/gu)) {
    const start = paragraph.start + match.index
    const end = start + match[0].length
    const after = text.slice(end, end + 2)
    if (after.startsWith('t') && text[start - 1] !== 'n') continue
    found.push({ start, end, expected: match[0] === '"' || match[0] === "''" ? "'" : '\u2019' })
  }
  return found
}

/**
 * Whether a mark is the last byte of a mis-decoded dash, not a quote mark: `–` and `—` are E2 80 93
 * and E2 80 94, which windows-1252 reads as `â€“` and `â€”`; read twice, `Ã¢â‚¬â€œ` ends in what
 * looks like a mis-decoded `“`.
 */
function dashByte(text: string, i: number, length: number): boolean {
  if (length === 1) return text[i - 2] === '\u00e2' && text[i - 1] === '\u20ac'
  return length === 3 && text[i - 2] === '\u201a' && text[i - 1] === '\u00ac'
}

/** The double quote marks of a paragraph, with their shapes (roles not yet assigned). */
export function quoteMarksIn(text: string, flat: string, paragraph: Paragraph, skip: ReadonlySet<number>): Mark[] {
  const marks: Mark[] = []
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const char = text[i] ?? ''
    let glyph: QuoteGlyph | undefined
    let length = 1
    let mojibake = false
    if (isDoubleMark(char) && text[i + 1] === char && text[i - 1] !== char && text[i + 2] !== char) {
      // A double mark typed twice (`""`, `””`): one mark, which quote-spacing reports.
      glyph = char === '"' ? 'straight' : openGlyphs.has(char) ? 'open' : 'close'
      length = 2
    } else if (char === '"') glyph = 'straight'
    else if (openGlyphs.has(char)) glyph = 'open'
    else if (closeGlyphs.has(char)) glyph = 'close'
    else if (char === "'" && text[i + 1] === "'" && text[i - 1] !== "'" && text[i + 2] !== "'") {
      glyph = 'straight'
      length = 2
    } else if (char === '`' && text[i + 1] === '`' && text[i - 1] !== '`' && text[i + 2] !== '`') {
      // TeX's opening ``: two grave accents.
      glyph = 'open'
      length = 2
    } else if (substituteDoubles.has(char) && text[i + 1] === char && text[i - 1] !== char && text[i + 2] !== char && !/\p{N}/u.test(text[i - 1] ?? '')) {
      // Two primes or acute accents drawn as a double mark (`′′`, `´´`); after a figure, inches.
      glyph = 'straight'
      length = 2
    } else if ((char === '\u2033' && !/\p{N}/u.test(text[i - 1] ?? '')) || char === '\u201f') {
      // A double prime not after a figure (an inch mark), or the reversed `‟`, typed for a quote mark.
      glyph = char === '\u201f' ? 'open' : 'straight'
    } else if ((char === '\u2018' || char === '\u2019') && text[i + 1] === char && text[i - 1] !== char && text[i + 2] !== char) {
      // Two single marks drawn as a double one (`‘‘`, `’’`), as converted `''` comes out.
      glyph = char === '\u2018' ? 'open' : 'close'
      length = 2
    } else if (char === '\u00e2' && text[i + 1] === '\u20ac' && (text[i + 2] === '\u0153' || text[i + 2] === '\u009d')) {
      glyph = text[i + 2] === '\u0153' ? 'open' : 'close'
      length = 3
      mojibake = true
    } else if (char === '\u00e2' && text[i + 1] === '\u20ac' && /^(?:[\s.,;:!?)]|$)/u.test(text[i + 2] ?? '')) {
      // `â€` then a space: a closing `”` whose third byte was lost (mojibake reports it as such).
      glyph = 'close'
      length = 2
      mojibake = true
    }
    if (glyph === undefined || skip.has(i) || dashByte(text, i, length)) continue
    const left = i > paragraph.start ? flat[i - 1] : undefined
    const right = i + length < paragraph.end ? flat[i + length] : undefined
    marks.push({ start: i, end: i + length, glyph, shape: shapeOf(left, right), mojibake, role: 'open', unmatched: false, conflict: false })
    i += length - 1
  }
  return marks
}

function shapeCost(role: 'open' | 'close', shape: QuoteShape): number {
  if (shape === 'floating') return 1
  if (shape === 'glued') return 0.5
  const opening = shape === 'opener' || shape === 'weakOpener'
  if (role === 'open') return opening ? 0 : shape === 'closer' ? 2 : 1
  return opening ? (shape === 'opener' ? 2 : 1) : 0
}

function glyphCost(role: 'open' | 'close', glyph: QuoteGlyph): number {
  if (glyph === 'straight') return 0
  return (glyph === 'open') === (role === 'open') ? 0 : 1.5
}

const unmatchedCost = 3
const continuationCost = 1.5
const inchCost = 0.25

type Action = 'open' | 'close' | 'skip' | 'reopen' | 'stray'

/**
 * Assigns roles to a paragraph's marks: the cheapest sequence of opens and closes, where a role
 * against a mark's shape or glyph costs a little, an unmatched mark a lot, and a quotation left
 * open costs nothing when the next paragraph opens with a quote mark (news style for quotations
 * running over several paragraphs). `mayContinue`: the previous paragraph left a quotation open
 * without this one reopening it.
 */
export function pairMarks(text: string, marks: Mark[], mayContinue: boolean, nextOpens: boolean): { continuation: boolean; runsOn: boolean } {
  const n = marks.length
  // cost[i][state], state 0 = closed, 1 = open, before mark i.
  const cost: number[][] = [[0, mayContinue ? continuationCost : infinity]]
  const back: { from: number; action: Action }[][] = []
  for (let i = 0; i < n; i++) {
    const mark = marks[i]
    const here = cost[i] ?? [infinity, infinity]
    const next = [infinity, infinity]
    const from: { from: number; action: Action }[] = [
      { from: 0, action: 'skip' },
      { from: 0, action: 'skip' },
    ]
    if (!mark) break
    const inch = mark.end - mark.start === 1 && !isWordChar(text[mark.end]) && isInch(text, mark)
    const consider = (fromState: number, toState: number, add: number, action: Action) => {
      const total = (here[fromState] ?? infinity) + add
      if (total < (next[toState] ?? infinity)) {
        next[toState] = total
        from[toState] = { from: fromState, action }
      }
    }
    const open = shapeCost('open', mark.shape) + glyphCost('open', mark.glyph)
    const close = shapeCost('close', mark.shape) + glyphCost('close', mark.glyph)
    consider(0, 1, open, 'open')
    consider(1, 0, close, 'close')
    consider(1, 1, unmatchedCost + open, 'reopen')
    consider(0, 0, unmatchedCost + close, 'stray')
    if (inch) {
      consider(0, 0, inchCost, 'skip')
      consider(1, 1, inchCost, 'skip')
    }
    cost.push(next)
    back.push(from)
  }
  const last = cost[n] ?? [infinity, infinity]
  const endOpen = (last[1] ?? infinity) + (nextOpens ? 0 : unmatchedCost)
  let state = (last[0] ?? infinity) <= endOpen ? 0 : 1
  const finalState = state
  const actions: Action[] = []
  for (let i = n - 1; i >= 0; i--) {
    const step = back[i]?.[state]
    if (!step) break
    actions[i] = step.action
    state = step.from
  }
  const continuation = state === 1
  let opener: Mark | undefined
  marks.forEach((mark, i) => {
    const action = actions[i] ?? 'open'
    if (action === 'skip') {
      mark.role = 'skip'
      return
    }
    mark.role = action === 'open' || action === 'reopen' ? 'open' : 'close'
    mark.conflict = shapeCost(mark.role, mark.shape) >= 1 && mark.shape !== 'floating' ? true : glyphCost(mark.role, mark.glyph) > 0
    if (action === 'reopen' && opener) opener.unmatched = true
    if (action === 'stray') mark.unmatched = true
    opener = mark.role === 'open' ? mark : undefined
  })
  if (finalState === 1 && opener && !nextOpens) opener.unmatched = true
  return { continuation, runsOn: finalState === 1 && nextOpens }
}

/** Whether a one-character mark after a digit is an inch mark: any straight one (`12"`), a curly one after feet (`6’11”`). */
function isInch(text: string, mark: Mark): boolean {
  if (mark.glyph === 'straight') return /\p{N}/u.test(text[mark.start - 1] ?? '')
  return mark.glyph === 'close' && /\p{N}['\u2019\u2032]\p{N}{1,2}$/u.test(text.slice(Math.max(0, mark.start - 5), mark.start))
}

/** Whether a paragraph starts with an opening quote mark (a quotation running on). */
function opensWithQuote(text: string, paragraph: Paragraph | undefined): boolean {
  if (!paragraph) return false
  const first = /\S/u.exec(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 40)))
  if (!first) return false
  const at = paragraph.start + first.index
  const char = text[at] ?? ''
  return char === '"' || openGlyphs.has(char) || text.startsWith("''", at) || text.startsWith('\u2018\u2018', at) || text.startsWith('``', at) || text.startsWith('\u00e2\u20ac\u0153', at)
}

/** Pairs the quote marks of every paragraph of the story. */
export function analyzeQuotes(text: string, flat: string, paragraphs: readonly Paragraph[]): ParagraphQuotes[] {
  const results: ParagraphQuotes[] = []
  let leftOpen: Mark | undefined
  for (const paragraph of paragraphs) {
    const apostrophes = apostropheMarks(text, paragraph)
    const skip = new Set(apostrophes.map((m) => m.start))
    const marks = quoteMarksIn(text, flat, paragraph, skip)
    const opens = opensWithQuote(text, paragraph)
    const nextOpens = opensWithQuote(text, paragraphs[paragraph.index + 1])
    const mayContinue = leftOpen !== undefined && !opens && marks.length > 0
    // AP style runs a quotation on only when the paragraph quotes in full: a partial quotation
    // (the mark opens on a lower-case word) is closed before the paragraph ends.
    const lastOpener = marks.filter((m) => m.glyph !== 'close').at(-1)
    const partial = lastOpener !== undefined && /\p{Ll}/u.test(text[lastOpener.end] ?? '')
    const { continuation, runsOn } = pairMarks(text, marks, mayContinue, nextOpens && !partial)
    // The quotation left open above is carried on here: blame the missing reopening mark only.
    if (continuation && leftOpen) leftOpen.unmatched = false
    const previous = results[results.length - 1]
    if (continuation && previous) results[results.length - 1] = { ...previous, balanced: previous.marks.every((m) => !m.unmatched) && !previous.continuation }
    const balanced = !continuation && marks.every((m) => !m.unmatched)
    results.push({ paragraph, marks, apostrophes, continuation, runsOn, balanced, opener: continuation ? leftOpen : undefined })
    const lastMark = marks.filter((m) => m.role !== 'skip').at(-1)
    leftOpen = lastMark?.role === 'open' && !runsOn ? lastMark : undefined
  }
  return results
}

/**
 * Spans of direct quotations from the pairing: from an opening mark to its closing mark; a
 * paragraph continuing a quotation is quoted from its start; a quotation left open runs to its
 * paragraph's end (news style opens every paragraph of a long quotation and closes only the
 * last); a closing mark never opened closes a quotation from the paragraph's start or the
 * previous quotation's end. Inch marks and apostrophes quote nothing.
 */
export function quotationSpans(quotes: readonly ParagraphQuotes[]): Span[] {
  const spans: Span[] = []
  for (const { paragraph, marks, continuation } of quotes) {
    let open: number | undefined = continuation ? paragraph.start : undefined
    let lastEnd = paragraph.start
    for (const mark of marks) {
      if (mark.role === 'open') open ??= mark.start
      else if (mark.role === 'close') {
        spans.push({ start: open ?? lastEnd, end: mark.end })
        lastEnd = mark.end
        open = undefined
      }
    }
    if (open !== undefined) spans.push({ start: open, end: paragraph.end })
  }
  return spans
}

/** Whether `span` overlaps any of `spans`, sorted by start (a zero-length span counts when strictly inside). */
export function overlapsAny(spans: readonly Span[], span: Span): boolean {
  // Binary search for the first quotation ending after the span starts.
  let low = 0
  let high = spans.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((spans[mid]?.end ?? 0) <= span.start) low = mid + 1
    else high = mid
  }
  for (let i = low; i < spans.length; i++) {
    const s = spans[i]
    if (!s || s.start >= Math.max(span.end, span.start + 1)) break
    if (span.start === span.end ? s.start < span.start && span.start < s.end : s.start < span.end && span.start < s.end) return true
  }
  return false
}
