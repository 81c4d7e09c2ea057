import { z } from 'zod'
import { defineRule } from '../src/rule/define-rule.js'
import type { Span, Story } from '../src/rule/types.js'
import { linesRemoval, type Removal } from './lib/removal.js'
import { functionWords } from './lib/spelling/morphology.js'

/** A normalised word: lower-cased letters and digits, with its place in the text. */
interface Token extends Span {
  readonly value: string
}

/** `sentence` units are sentences cut at line breaks (feeds glue a caption line to the next sentence). */
type UnitKind = 'paragraph' | 'line' | 'sentence'

/** A paragraph, a line of a multi-line block, or a sentence, compared after normalisation. */
interface Unit {
  readonly id: number
  readonly kind: UnitKind
  /** The unit's text without surrounding spaces. */
  readonly span: Span
  readonly tokens: readonly Token[]
  /** Index of its first token in the story's tokens. */
  readonly first: number
  /** Tokens joined by single spaces: case, punctuation and spacing removed. */
  readonly key: string
  /** Paragraph index in `story.paragraphs`. */
  readonly paragraph: number
  /** Line index in `story.lines` (lines only). */
  readonly line?: number
}

/** A later copy of earlier text; a sentence copy may run on past its unit while the words still match. */
interface Copy {
  readonly unit: Unit
  readonly original: Unit
  readonly near: boolean
  readonly span: Span
  readonly related: Span
}

const shingleSize = 3
const headlineMinWords = 4
const headlinePrefixMinWords = 5
const maxPostings = 8
const excerptLength = 40
/** Share of the original's shingles a near copy must repeat. */
const minOriginalShare = 0.6
/** Shared shingles (about twenty repeated words) that make a copy whatever surrounds it. */
const longCopy = 20
const longCopyShare = 0.5

export default defineRule(
  {
    id: 'duplicate-text',
    category: 'duplication',
    kind: 'mechanical',
    severity: 'error',
    description: 'Flag the headline, a paragraph, a line, a sentence or a dateline repeated verbatim or nearly so later in the story',
    rationale:
      'Scrapers and feed templates paste the headline, standfirst or a caption into the body again; readers see the same words twice and stop trusting the copy.',
    fix: 'safe',
    messages: {
      headline: 'Unexpected repeated headline `{excerpt}`, remove it',
      paragraph: 'Unexpected duplicate paragraph `{excerpt}`, remove it',
      line: 'Unexpected duplicate line `{excerpt}`, remove it',
      sentence: 'Unexpected repeated sentence `{excerpt}`, keep one copy',
      near: 'Unexpected near-duplicate text `{excerpt}`, keep one version',
      dateline: 'Unexpected repeated dateline `{actual}`: two versions of the story, keep one',
    },
    options: z.strictObject({
      minWords: z
        .number()
        .int()
        .min(3)
        .default(6)
        .describe('Words a sentence, line or paragraph needs before its repetition is flagged (short sentences repeat legitimately)'),
      similarity: z
        .number()
        .min(0.5)
        .max(1)
        .default(0.8)
        .describe('Share of a later sentence\'s three-word sequences found in one earlier sentence or line for a near duplicate (1 turns near duplicates off)'),
    }),
    examples: {
      invalid: [
        {
          text: 'Floods cut roads across the Varno valley\n\nFloods cut roads across the Varno valley\n\nRain fell for six days.',
          diagnostics: ['3:1-5:1 headline Unexpected repeated headline `Floods cut roads across the Varno valley`, remove it'],
          output: 'Floods cut roads across the Varno valley\n\nRain fell for six days.',
        },
        {
          text: 'Floods cut roads across the Varno valley\n\nKELSA | Updated: 4 May\nFloods cut roads across the Varno valley\nRain fell for six days.',
          diagnostics: ['4:1-5:1 headline Unexpected repeated headline `Floods cut roads across the Varno valley`, remove it'],
          output: 'Floods cut roads across the Varno valley\n\nKELSA | Updated: 4 May\nRain fell for six days.',
        },
        {
          text: 'Floods cut roads across the Varno valley\n\nFloods cut roads across the Varno valley | Kelsa, May 4\nRain fell for six days.',
          diagnostics: ['3:1-3:41 headline Unexpected repeated headline `Floods cut roads across the Varno valley`, remove it'],
          output: 'Floods cut roads across the Varno valley\n\nFloods cut roads across the Varno valley | Kelsa, May 4\nRain fell for six days.',
        },
        {
          text: 'Harbour budget passes\n\nThe council approved the new harbour budget on Monday.\n\nWork starts in June.\n\nThe council approved the new harbour budget on Monday.',
          diagnostics: ['7:1-7:55 paragraph Unexpected duplicate paragraph `The council approved the new harbour...`, remove it'],
          output: 'Harbour budget passes\n\nThe council approved the new harbour budget on Monday.\n\nWork starts in June.\n\n',
        },
        {
          text: 'Harbour budget passes\n\nThe council approved the new harbour budget on Monday.\n\nThe Council approved the new harbour budget, on Monday!',
          diagnostics: ['5:1-5:56 paragraph Unexpected duplicate paragraph `The Council approved the new harbour...`, remove it'],
          output: 'Harbour budget passes\n\nThe council approved the new harbour budget on Monday.\n\nThe Council approved the new harbour budget, on Monday!',
        },
        {
          text: 'Ferry runs aground off Port Alden\nFerry runs aground off Port Alden\nPhoto: Harbour Police',
          diagnostics: ['2:1-3:1 line Unexpected duplicate line `Ferry runs aground off Port Alden`, remove it'],
          output: 'Ferry runs aground off Port Alden\nPhoto: Harbour Police',
        },
        {
          text: 'The council approved the new harbour budget on Monday. Work starts in June.\n\nCrews are ready. The council approved the new harbour budget on Monday.',
          diagnostics: ['3:18-3:72 sentence Unexpected repeated sentence `The council approved the new harbour...`, keep one copy'],
          output: 'The council approved the new harbour budget on Monday. Work starts in June.\n\nCrews are ready. The council approved the new harbour budget on Monday.',
        },
        {
          text: 'A ferry carrying forty passengers ran aground near Port Alden.\n\nNobody was hurt.\n\nOn Sunday a ferry carrying forty passengers ran aground near Port Alden.',
          diagnostics: ['5:1-5:73 near Unexpected near-duplicate text `On Sunday a ferry carrying forty...`, keep one version'],
          output: 'A ferry carrying forty passengers ran aground near Port Alden.\n\nNobody was hurt.\n\nOn Sunday a ferry carrying forty passengers ran aground near Port Alden.',
        },
        {
          text: 'KELSA, Varno (AP) — The ferry strike ended on Monday.\n\nKELSA, Varno (AP) — Ferry crews walked out on Sunday over pay.',
          diagnostics: ['3:1-3:20 dateline Unexpected repeated dateline `KELSA, Varno (AP) —`: two versions of the story, keep one'],
        },
        {
          text: 'Mill news\n\nThe mill shut down.\n\nIt paid fines.\n\nThe mill shut down.',
          options: { minWords: 4 },
          diagnostics: ['7:1-7:20 paragraph Unexpected duplicate paragraph `The mill shut down.`, remove it'],
          output: 'Mill news\n\nThe mill shut down.\n\nIt paid fines.\n\n',
        },
      ],
      valid: [
        '"No," he said.\n\n"No," he said again. He said no.\n\nHe said no.',
        'Mill news\n\nThe mill shut down.\n\nIt paid fines.\n\nThe mill shut down.',
        'Floods cut roads across the Varno valley\n\nFloods cut roads across the Varno valley after rain fell for six days.',
        'The council approved the harbour budget on Monday. The council rejected the airport budget on Tuesday.',
        'Prices rose by 4 percent in May, the bureau said. Prices rose by 6 percent in June, the bureau said.',
        'Fares rose again. To the desk of the Kelsa Courier and its readers:\n\nThe ferry is too dear.\n\nA pier at last. To the desk of the Kelsa Courier and its readers:\n\nThe harbour needs one.',
        {
          text: 'A ferry carrying forty passengers ran aground near Port Alden.\n\nOn Sunday a ferry carrying forty passengers ran aground near Port Alden.',
          options: { similarity: 1 },
        },
      ],
    },
  },
  ({ story, options, report }) => {
    const tokens = tokensOf(story, { start: 0, end: story.text.length })
    const units = buildUnits(story, tokens)
    const headline = story.headline ? units.find((u) => u.kind === 'paragraph' && u.paragraph === 0) : undefined
    // Later copies already reported, as a mask over the text: overlap checks stay linear.
    const coveredMask = new Uint8Array(story.text.length)
    const isCovered = (span: Span) => coveredMask.subarray(span.start, span.end).includes(1)
    const cover = (span: Span) => coveredMask.fill(1, span.start, span.end)
    const copies: Copy[] = []
    const addCopy = (unit: Unit, original: Unit, near: boolean) => {
      const copy = unit.kind === 'sentence' ? runOn(story, tokens, unit, original, near, isCovered) : { unit, original, near, span: unit.span, related: original.span }
      // A lead-in sentence ending in a colon (`To the editor:`, `The statement said:`) introduces
      // what follows each time: only a copy running on past it repeats text.
      if (unit.kind === 'sentence' && /:\s*$/u.test(story.text.slice(copy.span.start, copy.span.end))) return
      copies.push(copy)
      cover(copy.span)
    }

    // Exact copies after normalisation, near-linear through a map of keys.
    const byKey = new Map<string, Unit[]>()
    for (const unit of units) {
      if (unit.tokens.length < headlineMinWords) continue
      const list = byKey.get(unit.key) ?? []
      if (!isCovered(unit.span)) {
        const original = list.find((v) => v.span.end <= unit.span.start)
        if (original && (unit.tokens.length >= options.minWords || original === headline)) addCopy(unit, original, false)
      }
      if (list.length < maxPostings) list.push(unit)
      byKey.set(unit.key, list)
    }

    // The headline opening a longer line later on (`Headline | Kelsa, May 4 ...`).
    if (headline && headline.tokens.length >= headlinePrefixMinWords) {
      for (const line of story.lines) {
        if (line.start <= headline.span.end) continue
        const lineTokens = tokensOf(story, line)
        const last = lineTokens[headline.tokens.length - 1]
        if (!last || lineTokens.length === headline.tokens.length) continue
        if (!headline.tokens.every((t, i) => lineTokens[i]?.value === t.value)) continue
        // Only where the headline ends before a separator: a lede may open with the headline's words.
        if (!/^\s{0,2}[.:;|/\u2013\u2014\u2022-]/u.test(story.text.slice(last.end, last.end + 4))) continue
        const span = { start: lineTokens[0]?.start ?? line.start, end: last.end }
        if (isCovered(span)) continue
        cover(span)
        report('headline', span, { related: headline.span, data: { excerpt: excerpt(story.text, span) }, fix: 'suggest' })
      }
    }

    // Near copies: share of a unit's word shingles found in one earlier sentence or line.
    if (options.similarity < 1) {
      const postings = new Map<string, number[]>()
      for (const unit of units) {
        if (unit.kind === 'paragraph' || unit.tokens.length < shingleSize) continue
        const shingles = shinglesOf(unit.tokens)
        if (unit.tokens.length >= options.minWords && !isCovered(unit.span)) {
          const original = bestOriginal(unit, shingles, postings, units, options.similarity)
          if (original) addCopy(unit, original, true)
        }
        for (const shingle of shingles) {
          const list = postings.get(shingle) ?? []
          if (list.length < maxPostings) list.push(unit.id)
          postings.set(shingle, list)
        }
      }
    }

    for (const copy of copies) {
      if (copy.unit.kind !== 'sentence') reportWhole(copy)
    }
    for (const run of sentenceRuns(story.text, copies)) reportRun(run)
    for (const { span, related } of repeatedDatelines(story)) {
      if (!isCovered(span)) report('dateline', span, { related, fix: 'suggest' })
    }

    function reportWhole({ unit, original, near }: Copy): void {
      const verbatim = !near && collapse(story.text, unit.span) === collapse(story.text, original.span)
      const messageId = original === headline ? 'headline' : near ? 'near' : unit.kind === 'line' ? 'line' : 'paragraph'
      const data = { excerpt: excerpt(story.text, unit.span) }
      if (!verbatim) {
        report(messageId, unit.span, { related: original.span, data, fix: 'suggest' })
        return
      }
      const { span, replacement } = unit.kind === 'line' ? lineRemoval(story, unit) : paragraphRemoval(story, unit.paragraph)
      report(messageId, span, { expected: [replacement], related: original.span, data })
    }

    function reportRun(run: readonly Copy[]): void {
      const first = run[0]
      const last = run[run.length - 1]
      if (!first || !last) return
      const span = { start: first.span.start, end: last.span.end }
      const inOrder = run.every((c, i) => i === 0 || (c.original.paragraph === first.original.paragraph && c.related.start >= (run[i - 1]?.related.end ?? 0)))
      const related = inOrder ? { start: first.related.start, end: last.related.end } : first.related
      const fromHeadline = headline !== undefined && first.original.span.start === headline.span.start && first.original.span.end === headline.span.end
      const messageId = run.some((c) => c.near) ? 'near' : fromHeadline ? 'headline' : 'sentence'
      report(messageId, span, { related, data: { excerpt: excerpt(story.text, span) }, fix: 'suggest' })
    }
  },
)

/**
 * A sentence copy extended both ways while the words around it still match the words around its
 * original (sentence splitting differs between copies: `on January 11. He` may parse as one
 * sentence, `seized Rs. 18.78 crore` as two).
 */
function runOn(story: Story, tokens: readonly Token[], unit: Unit, original: Unit, near: boolean, taken: (span: Span) => boolean): Copy {
  const copyParagraph = story.paragraphs[unit.paragraph]
  const originalParagraph = story.paragraphs[original.paragraph]
  let i = unit.first + unit.tokens.length
  let j = original.first + original.tokens.length
  while (copyParagraph && originalParagraph && j < unit.first) {
    const a = tokens[i]
    const b = tokens[j]
    if (!a || !b || a.value !== b.value || a.end > copyParagraph.end || b.end > originalParagraph.end || taken(a)) break
    i++
    j++
  }
  const originalLast = j
  let k = unit.first - 1
  let l = original.first - 1
  while (copyParagraph && originalParagraph && k >= originalLast) {
    const a = tokens[k]
    const b = tokens[l]
    if (!a || !b || a.value !== b.value || a.start < copyParagraph.start || b.start < originalParagraph.start || taken(a)) break
    k--
    l--
  }
  const copyStart = Math.min(unit.span.start, tokens[k + 1]?.start ?? unit.span.start)
  const originalStart = Math.min(original.span.start, tokens[l + 1]?.start ?? original.span.start)
  const copyEnd = Math.max(unit.span.end, withStop(story.text, tokens[i - 1]?.end ?? 0))
  const originalEnd = Math.max(original.span.end, withStop(story.text, tokens[j - 1]?.end ?? 0))
  return { unit, original, near, span: { start: copyStart, end: copyEnd }, related: { start: originalStart, end: originalEnd } }
}

/**
 * A dateline (`KELSA, Varno (AP) —`, `New Delhi, May 4 (ANI):`) opening a paragraph again later:
 * an update and the earlier story were published together. The shape: a place of one to four
 * words, maybe a region and a date, a credit in brackets, then a dash or colon.
 */
function repeatedDatelines(story: Story): { span: Span; related: Span }[] {
  const found: { span: Span; related: Span }[] = []
  const seen = new Map<string, Span>()
  for (const paragraph of story.paragraphs) {
    const head = story.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 80))
    const match = /^\p{Lu}[\p{L}.'-]{1,20}(?: [\p{L}.'-]{1,20}){0,3}(?:, [\p{L}\p{N}.' -]{2,24}){0,2} \([\p{L}.-]{2,20}\) ?[\u2013\u2014:-]/u.exec(head)
    if (!match) continue
    const span = { start: paragraph.start, end: paragraph.start + match[0].length }
    const key = match[0].replace(/\s+/gu, ' ').toLowerCase()
    const first = seen.get(key)
    if (first) found.push({ span, related: first })
    else seen.set(key, span)
  }
  return found
}

/** `end` moved past sentence punctuation that follows it. */
function withStop(text: string, end: number): number {
  return end + (/^[.!?]{1,3}/u.exec(text.slice(end, end + 3))?.[0].length ?? 0)
}

/** The story's words inside `span`, compared by their normalised form. */
function tokensOf(story: Story, span: Span): Token[] {
  return story.wordsIn(span).map((w) => ({ start: w.start, end: w.end, value: w.normal }))
}

function trim(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && /\s/u.test(text[start] ?? '')) start++
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--
  return { start, end }
}

/** Paragraphs, lines of multi-line blocks and sentences, by position (larger units first). */
function buildUnits(story: Story, tokens: readonly Token[]): Unit[] {
  const raw: Omit<Unit, 'id' | 'key' | 'tokens' | 'first'>[] = []
  for (const paragraph of story.paragraphs) {
    raw.push({ kind: 'paragraph', span: trim(story.text, paragraph), paragraph: paragraph.index })
    for (const sentence of paragraph.sentences) {
      for (const piece of linePieces(story.text, sentence)) raw.push({ kind: 'sentence', span: piece, paragraph: paragraph.index })
    }
  }
  const blocks = story.paragraphs.filter((p) => p.lineCount > 1)
  let b = 0
  for (const line of story.lines) {
    while (blocks[b] && (blocks[b]?.end ?? 0) < line.start) b++
    const block = blocks[b]
    if (!block || line.start < block.start || line.end > block.end) continue
    const span = trim(story.text, line)
    if (span.start < span.end) raw.push({ kind: 'line', span, paragraph: block.index, line: line.index })
  }
  const order: Record<UnitKind, number> = { paragraph: 0, line: 1, sentence: 2 }
  raw.sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end || order[x.kind] - order[y.kind])
  return raw.map((unit, id) => {
    const first = firstTokenAt(tokens, unit.span.start)
    let end = first
    while (end < tokens.length && (tokens[end]?.end ?? Infinity) <= unit.span.end) end++
    const own = tokens.slice(first, end)
    return { ...unit, id, first, tokens: own, key: own.map((t) => t.value).join(' ') }
  })
}

/** Index of the first token starting at or after `offset` (binary search). */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((tokens[middle]?.start ?? 0) < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** A sentence's parts between line breaks, trimmed. */
function linePieces(text: string, sentence: Span): Span[] {
  const pieces: Span[] = []
  let start = sentence.start
  for (let i = sentence.start; i <= sentence.end; i++) {
    if (i < sentence.end && text[i] !== '\n' && text[i] !== '\r') continue
    const piece = trim(text, { start, end: i })
    if (piece.start < piece.end) pieces.push(piece)
    start = i + 1
  }
  return pieces
}

function shinglesOf(tokens: readonly Token[]): Set<string> {
  const shingles = new Set<string>()
  for (let i = 0; i + shingleSize <= tokens.length; i++) {
    shingles.add(tokens.slice(i, i + shingleSize).map((t) => t.value).join(' '))
  }
  return shingles
}

/** The earlier, non-overlapping unit holding the largest share of `shingles`, when it reaches `threshold`. */
function bestOriginal(
  unit: Unit,
  shingles: ReadonlySet<string>,
  postings: ReadonlyMap<string, readonly number[]>,
  units: readonly Unit[],
  threshold: number,
): Unit | undefined {
  const counts = new Map<number, number>()
  for (const shingle of shingles) {
    for (const id of postings.get(shingle) ?? []) {
      const other = units[id]
      if (other && other.span.end <= unit.span.start) counts.set(id, (counts.get(id) ?? 0) + 1)
    }
  }
  let best: Unit | undefined
  let bestCount = 0
  for (const [id, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && id < best.id)) {
      best = units[id]
      bestCount = count
    }
  }
  if (!best) return undefined
  const share = bestCount / shingles.size
  // A long run of repeated words is a copy even inside residue; a short sentence whose words recur
  // inside a much longer one is a coincidence.
  if (bestCount >= longCopy) return share >= longCopyShare ? best : undefined
  if (share >= threshold && bestCount / Math.max(1, best.tokens.length - shingleSize + 1) >= minOriginalShare) return best
  // A rewritten version: one sentence's content words all recur, in order, in the other, which only
  // adds words (`Rain hit the island` / `Rain hit Mindanao, the island, last weekend`).
  for (const [id, count] of counts) {
    const other = units[id]
    if (other && count >= minRewriteShared && rewriteOf(unit, other)) return other
  }
  return undefined
}

/** Three-word sequences two sentences share before they are compared as rewrites of each other. */
const minRewriteShared = 4
/** Content words the shorter of two sentences needs to be compared as a rewrite. */
const minRewriteWords = 10
/** Share of the shorter sentence's content words found in order in the longer one. */
const rewriteShare = 0.9

/** Whether one unit's content words recur in order in the other (a longest common subsequence). */
function rewriteOf(a: Unit, b: Unit): boolean {
  const content = (u: Unit) => u.tokens.map((t) => t.value).filter((v) => /\p{L}|\p{N}/u.test(v) && !functionWords.has(v))
  const [short, long] = [content(a), content(b)].sort((x, y) => x.length - y.length) as [string[], string[]]
  if (short.length < minRewriteWords || long.length > short.length * 2) return false
  let row = new Array<number>(long.length + 1).fill(0)
  for (const word of short) {
    const next = new Array<number>(long.length + 1).fill(0)
    for (let j = 1; j <= long.length; j++) next[j] = word === long[j - 1] ? (row[j - 1] ?? 0) + 1 : Math.max(row[j] ?? 0, next[j - 1] ?? 0)
    row = next
  }
  return (row[long.length] ?? 0) >= short.length * rewriteShare
}

/** Sentence copies grouped into runs: adjacent copies in one paragraph, only spaces between them. */
function sentenceRuns(text: string, copies: readonly Copy[]): Copy[][] {
  const sentences = copies.filter((c) => c.unit.kind === 'sentence').sort((a, b) => a.span.start - b.span.start)
  const runs: Copy[][] = []
  for (const copy of sentences) {
    const run = runs[runs.length - 1]
    const previous = run?.[run.length - 1]
    const adjacent = previous !== undefined && previous.unit.paragraph === copy.unit.paragraph && /^\s*$/u.test(text.slice(previous.span.end, copy.span.start))
    if (run && adjacent) run.push(copy)
    else runs.push([copy])
  }
  return runs
}

/** The paragraph with the break after it (or before it, when it is the last one). */
function paragraphRemoval(story: Story, index: number): Removal {
  const paragraph = story.paragraphs[index]
  if (!paragraph) return { span: { start: 0, end: 0 }, replacement: '' }
  const next = story.paragraphs[index + 1]
  // The span starts at the paragraph's text: with the gap after it, or to the end of the story,
  // where the line break before it stays.
  return { span: { start: paragraph.start, end: next ? next.start : story.text.length }, replacement: '' }
}

/** A line of a block removed cleanly (see {@link linesRemoval}); the span starts at the line's text. */
function lineRemoval(story: Story, unit: Unit): Removal {
  const line = story.lines[unit.line ?? -1]
  const paragraph = story.paragraphs[unit.paragraph]
  if (!line || !paragraph) return { span: unit.span, replacement: '' }
  const next = story.lines[line.index + 1]
  const previous = story.lines[line.index - 1]
  const alone = previous === undefined || previous.start < paragraph.start
  return linesRemoval(story, paragraph, line, line, next && next.end <= paragraph.end ? next : undefined, alone)
}

function collapse(text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/\s+/gu, ' ').trim()
}

/** The start of a copy for the message: its first words, cut at a word boundary. */
function excerpt(text: string, span: Span): string {
  const flat = collapse(text, span).replace(/`/gu, "'")
  if (flat.length <= excerptLength) return flat
  const cut = flat.lastIndexOf(' ', excerptLength)
  return `${flat.slice(0, cut > 0 ? cut : excerptLength)}...`
}
