import type { Paragraph as ParagraphNode, Root, Sentence as SentenceNode } from 'nlcst'
import { ParseEnglish } from 'parse-english'
import type { Node, Position } from 'unist'
import { location } from 'vfile-location'
import type { Line, Paragraph, Sentence, Span, Word } from '../../rule/types.js'
import { blockShape, endsClosed } from './units.js'

/** A point in the text: 1-based line and column, 0-based offset. */
export interface Point {
  line: number
  column: number
  offset: number
}

const blank = /^[\t\f\v \u00a0\u2000-\u200b\u3000\ufeff]*$/u

/** Whether a line holds only white space (a paragraph break). */
export function isBlankLine(text: string): boolean {
  return blank.test(text)
}

/** A line as split, before paragraphs are known. */
type RawLine = Omit<Line, 'paragraph'> & { paragraph: number | undefined }

/** Splits text into lines (without their endings); `paragraph` is filled by {@link parseStory}. */
export function splitLines(text: string): RawLine[] {
  const lines: RawLine[] = []
  let start = 0
  let index = 0
  for (const match of text.matchAll(/\r\n|\r|\n/gu)) {
    const line = text.slice(start, match.index)
    lines.push({ start, end: match.index, text: line, index: index++, blank: blank.test(line), closed: endsClosed(line), paragraph: undefined })
    start = match.index + match[0].length
  }
  const last = text.slice(start)
  lines.push({ start, end: text.length, text: last, index, blank: blank.test(last), closed: endsClosed(last), paragraph: undefined })
  return lines
}

/** A point in the text for an offset. */
export type PointOf = (offset: number) => Point

/** Maps offsets to points with vfile-location (the end of text ending in a newline included). */
export function pointsOf(text: string): PointOf {
  const place = location(text)
  return (offset: number): Point => {
    const found = place.toPoint(offset)
    if (found?.offset !== undefined) return { line: found.line, column: found.column, offset: found.offset }
    // vfile-location answers undefined for the offset at the very end of text ending in a newline.
    const lines = splitLines(text.slice(0, offset))
    const last = lines[lines.length - 1]
    return { line: lines.length, column: (last?.text.length ?? 0) + 1, offset }
  }
}

/** What one parse of the story gives. */
export interface Parsed {
  readonly flat: string
  readonly tree: Root
  readonly paragraphs: readonly Paragraph[]
  readonly sentences: readonly Sentence[]
  readonly words: readonly Word[]
}

/**
 * Parses the story: paragraphs (blocks between blank lines, each parsed by retext-english's parser
 * with exact positions), sentences and words; fills each line's paragraph index.
 */
export function parseStory(text: string, lines: readonly RawLine[], point: PointOf): Parsed {
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
    const blockLines = lines.slice(block.firstLine, block.firstLine + block.lineCount)
    for (const line of blockLines) line.paragraph = paragraphIndex
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
      shape: blockShape(blockLines),
    })
  }
  if (text.length > previousEnd) {
    tree.children.push({ type: 'WhiteSpaceNode', value: text.slice(previousEnd), position: position(point, previousEnd, text.length) })
  }
  tree.position = position(point, 0, text.length)

  return { flat: flatParts.join('') + text.slice(previousEnd), tree, paragraphs, sentences, words }
}

interface Block {
  start: number
  end: number
  firstLine: number
  lineCount: number
}

function paragraphBlocks(lines: readonly RawLine[]): Block[] {
  const blocks: Block[] = []
  let current: Block | undefined
  for (const line of lines) {
    if (line.blank) {
      current = undefined
      continue
    }
    if (current) {
      current.end = line.end
      current.lineCount++
    } else {
      current = { start: line.start, end: line.end, firstLine: line.index, lineCount: 1 }
      blocks.push(current)
    }
  }
  return blocks
}

/**
 * The parser starts a new paragraph at a line break between sentences; a story paragraph is a block
 * between blank lines, so its pieces are joined into one `ParagraphNode`.
 */
function mergeParagraphs(parsed: Root, point: PointOf, block: Block): ParagraphNode {
  const children: ParagraphNode['children'] = []
  for (const child of parsed.children) {
    if (child.type === 'ParagraphNode') children.push(...child.children)
    else if (child.type === 'WhiteSpaceNode') children.push(child)
  }
  return { type: 'ParagraphNode', children, position: position(point, block.start, block.end) }
}

function position(point: PointOf, start: number, end: number): Position {
  return { start: point(start), end: point(end) }
}

/**
 * Moves positions of a block parsed on its own to the story. A block starts at a line start, so
 * columns stay and lines shift; blocks with a lone CR (which the parser does not count as a line
 * break) are recomputed from offsets.
 */
function shiftPositions(node: Node, base: number, firstLine: number, point: PointOf | undefined): void {
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
    // One push per child: spreading a huge paragraph's children would overflow the call stack.
    if ('children' in current && Array.isArray(current.children)) for (const child of current.children as Node[]) stack.push(child)
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
    if (start === undefined || end === undefined) continue
    const value = text.slice(start, end)
    words.push({ start, end, text: value, normal: normalWord(value), index: words.length, sentence: sentenceIndex })
  }
}

/**
 * A word's normalised form: lower case, curly apostrophes and primes as `'`, soft hyphens and
 * zero-width characters removed.
 */
export function normalWord(value: string): string {
  const lower = value.toLowerCase()
  if (!unusual.test(lower)) return lower
  return lower.replace(/[\u00ad\u200b-\u200d\u2060]/gu, '').replace(/[\u2019\u2018\u02bc\u2032`\u00b4]/gu, "'")
}

const unusual = /[\u00ad\u200b-\u200d\u2060\u2018\u2019\u02bc\u2032`\u00b4]/u
