// A file's stories as the linter sees them, and diagnostics mapped back to the file. Each story's
// text is laid out as a plain-text story would be (headline, byline, dateline, then the body's
// blocks, a blank line between each), so every rule reads it exactly as it reads plain text; the
// headline is passed to the story model as known (or known absent). Each diagnostic's span is
// mapped to the file (positions, `actual` sliced from the file, line and column recomputed); its
// fix is kept only where the span is one unbroken run of file text, escaped for where it goes.
import type { Diagnostic, RelatedLocation } from '../../engine/diagnostic.js'
import type { Linter } from '../../engine/linter.js'
import type { Span } from '../../rule/types.js'
import { pointsOf, type PointOf } from '../../engine/story/parse.js'
import { type Mapped, MappedBuilder, mapSpan } from './mapped.js'
import type { StoryParts } from './types.js'

/** One story of a file, as linted. */
export interface DocumentStory {
  /** The format's id for it (guid, uri), else its number in the file (from 1). */
  readonly id: string
  /** The story text the rules read. */
  readonly text: string
  /** Where each unit of `text` came from in the file. */
  readonly map: Mapped
  /** Offset of the headline in `text`, `null` when the format gives none, `undefined` to judge from the layout. */
  readonly headline: number | null | undefined
  /** Spans of the byline and dateline in `text`. */
  readonly fields: readonly Span[]
}

/** Lays out a story's parts as a plain-text story, mapped to the file. */
export function layOut(parts: StoryParts, index: number): DocumentStory {
  const out = new MappedBuilder()
  const fields: Span[] = []
  const blocks = [parts.headline, parts.byline, parts.dateline, ...parts.body].filter((b): b is Mapped => b !== undefined && b.text.length > 0)
  for (const [i, block] of blocks.entries()) {
    if (i > 0) out.synthetic('\n\n')
    const start = out.length
    out.append(block)
    if (block === parts.byline || block === parts.dateline) fields.push({ start, end: out.length })
  }
  const map = out.build()
  return { id: parts.id ?? String(index + 1), text: map.text, map, headline: parts.headline && parts.headline.text.length > 0 ? 0 : parts.guessHeadline ? undefined : null, fields }
}

function place(start: number, end: number, point: PointOf): Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn' | 'offset' | 'endOffset'> {
  const a = point(start)
  const b = point(end)
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, offset: start, endOffset: end }
}

/** Maps a diagnostic found in a story's text to the file. */
export function toFile(diagnostic: Diagnostic, story: DocumentStory, file: string, point: PointOf): Diagnostic {
  const span = mapSpan(story.map, diagnostic.offset, diagnostic.endOffset)
  const mapped: Diagnostic = {
    ...diagnostic,
    ...place(span.start, span.end, point),
    actual: file.slice(span.start, span.end),
    // A fix is written back only onto one unbroken run of file text; a span that takes a block's
    // break along (a paragraph removed whole) may only delete.
    expected: span.writable && (span.whole || diagnostic.expected.every((e) => e === '')) ? diagnostic.expected.map(span.escape) : [],
  }
  if (diagnostic.subsumedBy) {
    const by = mapSpan(story.map, diagnostic.subsumedBy.offset, diagnostic.subsumedBy.endOffset)
    const { line, column, offset, endOffset } = place(by.start, by.end, point)
    mapped.subsumedBy = { ruleId: diagnostic.subsumedBy.ruleId, line, column, offset, endOffset }
  }
  if (diagnostic.related) {
    const other = mapSpan(story.map, diagnostic.related.offset, diagnostic.related.endOffset)
    const related: RelatedLocation = { ...diagnostic.related, ...place(other.start, other.end, point), actual: file.slice(other.start, other.end) }
    mapped.related = related
  }
  return mapped
}

/**
 * Lints each story of a file (its text without a BOM) and returns the diagnostics in file
 * positions, sorted; with several stories each carries its story's `storyId`.
 */
export function lintStories(linter: Linter, file: string, stories: readonly DocumentStory[], filePath?: string): Diagnostic[] {
  const point = pointsOf(file)
  const all: Diagnostic[] = []
  for (const story of stories) {
    for (const diagnostic of linter.lint(story.text, filePath, { fields: { headline: story.headline, fields: story.fields } })) {
      const mapped = toFile(diagnostic, story, file, point)
      all.push(stories.length > 1 ? { ...mapped, storyId: story.id } : mapped)
    }
  }
  return all.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))
}
