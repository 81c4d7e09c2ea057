import type { Paragraph as ParagraphNode, Root, Sentence as SentenceNode } from 'nlcst'
import { ParseEnglish } from 'parse-english'
import type { Node, Position } from 'unist'
import { location } from 'vfile-location'
import type { StoryData } from '../rule/story-data.js'
import type { Line, Paragraph, Sentence, Span, Word } from '../rule/types.js'

/** A point in the text: 1-based line and column, 0-based offset. */
export interface Point {
  line: number
  column: number
  offset: number
}

type StoryModel = StoryData['story']

const blank = /^[\t\f\v \u00a0\u2000-\u200b\u3000\ufeff]*$/u

/** Splits text into lines (without their endings). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  let index = 0
  for (const match of text.matchAll(/\r\n|\r|\n/gu)) {
    lines.push({ start, end: match.index, text: text.slice(start, match.index), index: index++ })
    start = match.index + match[0].length
  }
  lines.push({ start, end: text.length, text: text.slice(start), index })
  return lines
}

/**
 * Builds the story model: lines, paragraphs (blocks between blank lines), the nlcst tree parsed
 * paragraph by paragraph with exact positions, sentences, words, headline and quotation spans.
 */
export function buildStory(text: string): StoryModel {
  const place = location(text)
  const point = (offset: number): Point => {
    const found = place.toPoint(offset)
    if (found?.offset !== undefined) return { line: found.line, column: found.column, offset: found.offset }
    // vfile-location answers undefined for the offset at the very end of text ending in a newline.
    const lines = splitLines(text.slice(0, offset))
    const last = lines[lines.length - 1]
    return { line: lines.length, column: (last?.text.length ?? 0) + 1, offset }
  }

  const lines = splitLines(text)
  const blocks = paragraphBlocks(lines)
  const flatParts: string[] = []
  const parser = new ParseEnglish()
  const tree: Root = { type: 'RootNode', children: [] }
  const paragraphs: Paragraph[] = []
  const sentences: Sentence[] = []
  const words: Word[] = []
  let previousEnd = 0

  for (const block of blocks) {
    flatParts.push(text.slice(previousEnd, block.start), text.slice(block.start, block.end).replace(/[\r\n]/gu, ' '))
    if (block.start > previousEnd) {
      tree.children.push({ type: 'WhiteSpaceNode', value: text.slice(previousEnd, block.start), position: position(point, previousEnd, block.start) })
    }
    previousEnd = block.end
    const blockText = text.slice(block.start, block.end)
    const parsed = parser.parse(blockText)
    shiftPositions(parsed, block.start, point(block.start).line, /\r(?!\n)/u.test(blockText) ? point : undefined)
    const paragraphSentences: Sentence[] = []
    const paragraphIndex = paragraphs.length
    const paragraphNode = mergeParagraphs(parsed, point, block)
    tree.children.push(paragraphNode)
    collectSentences(paragraphNode, text, paragraphIndex, sentences, paragraphSentences, words)
    paragraphs.push({
      start: block.start,
      end: block.end,
      text: blockText,
      index: paragraphIndex,
      sentences: paragraphSentences,
      lineCount: block.lineCount,
    })
  }
  if (text.length > previousEnd) {
    tree.children.push({ type: 'WhiteSpaceNode', value: text.slice(previousEnd), position: position(point, previousEnd, text.length) })
  }
  tree.position = position(point, 0, text.length)

  const first = lines[0]
  const second = lines[1]
  const headline =
    first && second && !blank.test(first.text) && blank.test(second.text) && lines.some((l) => l.index > 1 && !blank.test(l.text))
      ? first
      : undefined
  const quotations = findQuotations(text, paragraphs)

  return {
    text,
    flat: flatParts.join('') + text.slice(previousEnd),
    tree,
    lines,
    paragraphs,
    sentences,
    words,
    headline,
    quotations,
    point,
    inQuotation: (span: Span) => overlapsAny(quotations, span),
  }
}

interface Block {
  start: number
  end: number
  lineCount: number
}

function paragraphBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = []
  let current: Block | undefined
  for (const line of lines) {
    if (blank.test(line.text)) {
      current = undefined
      continue
    }
    if (current) {
      current.end = line.end
      current.lineCount++
    } else {
      current = { start: line.start, end: line.end, lineCount: 1 }
      blocks.push(current)
    }
  }
  return blocks
}

/**
 * The parser starts a new paragraph at a line break between sentences; a story paragraph is a block
 * between blank lines, so its pieces are joined into one `ParagraphNode`.
 */
function mergeParagraphs(parsed: Root, point: (offset: number) => Point, block: Block): ParagraphNode {
  const children: ParagraphNode['children'] = []
  for (const child of parsed.children) {
    if (child.type === 'ParagraphNode') children.push(...child.children)
    else if (child.type === 'WhiteSpaceNode') children.push(child)
  }
  return { type: 'ParagraphNode', children, position: position(point, block.start, block.end) }
}

function position(point: (offset: number) => Point, start: number, end: number): Position {
  return { start: point(start), end: point(end) }
}

/**
 * Moves positions of a block parsed on its own to the story. A block starts at a line start, so
 * columns stay and lines shift; blocks with a lone CR (which the parser does not count as a line
 * break) are recomputed from offsets.
 */
function shiftPositions(node: Node, base: number, firstLine: number, point: ((offset: number) => Point) | undefined): void {
  const stack: Node[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()
    if (!current) break
    const pos = current.position
    if (pos?.start.offset !== undefined && pos.end.offset !== undefined) {
      current.position = point
        ? position(point, pos.start.offset + base, pos.end.offset + base)
        : {
            start: { line: pos.start.line + firstLine - 1, column: pos.start.column, offset: pos.start.offset + base },
            end: { line: pos.end.line + firstLine - 1, column: pos.end.column, offset: pos.end.offset + base },
          }
    }
    if ('children' in current && Array.isArray(current.children)) stack.push(...(current.children as Node[]))
  }
}

function offsetsOf(node: Node): Span | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : { start, end }
}

function collectSentences(
  paragraph: ParagraphNode,
  text: string,
  paragraphIndex: number,
  sentences: Sentence[],
  paragraphSentences: Sentence[],
  words: Word[],
): void {
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') continue
    const span = offsetsOf(child)
    if (!span) continue
    const sentence: Sentence = { ...span, text: text.slice(span.start, span.end), paragraph: paragraphIndex, index: sentences.length }
    sentences.push(sentence)
    paragraphSentences.push(sentence)
    collectWords(child, text, sentence.index, words)
  }
}

function collectWords(sentence: SentenceNode, text: string, sentenceIndex: number, words: Word[]): void {
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start !== undefined && end !== undefined) words.push({ start, end, text: text.slice(start, end), sentence: sentenceIndex })
  }
}

const openers: ReadonlySet<string> = new Set(['\u201c', '\u201e', '\u00ab'])
const closers: ReadonlySet<string> = new Set(['\u201d', '\u00bb'])

/**
 * Spans of direct quotations, per paragraph. Curly and guillemet marks give their direction;
 * straight `"` marks alternate. A quotation left open at the end of a paragraph runs to its end
 * (news style opens every paragraph of a long quotation and closes only the last).
 */
export function findQuotations(text: string, paragraphs: readonly Paragraph[]): Span[] {
  const spans: Span[] = []
  for (const paragraph of paragraphs) {
    let open: number | undefined
    for (const match of paragraph.text.matchAll(/["\u201c\u201d\u201e\u00ab\u00bb]/gu)) {
      const i = paragraph.start + match.index
      const char = match[0]
      const isOpener = openers.has(char) || (char === '"' && open === undefined)
      const isCloser = closers.has(char) || (char === '"' && open !== undefined)
      if (open === undefined && isOpener) open = i
      else if (open !== undefined && isCloser) {
        spans.push({ start: open, end: i + 1 })
        open = undefined
      }
    }
    if (open !== undefined) spans.push({ start: open, end: paragraph.end })
  }
  return spans
}

/** Whether `span` overlaps any of `spans` (a zero-length span counts when strictly inside). */
export function overlapsAny(spans: readonly Span[], span: Span): boolean {
  return spans.some((s) =>
    span.start === span.end ? s.start < span.start && span.start < s.end : s.start < span.end && span.start < s.end,
  )
}
