// How a rule deletes whole lines of a paragraph (feed residue, a repeated line) as one clean edit,
// with the span starting at the first line's text so the finding is reported where its text is.
import type { Line, Paragraph, Span, Story } from '../../src/rule/types.js'

/** A deletion: the span to replace and what goes in its place (nothing, or line breaks). */
export interface Removal {
  readonly span: Span
  readonly replacement: string
}

/**
 * The edit that removes the lines `first` to `last` of `paragraph`:
 * - with a line of the paragraph after them (`after`), they go with the line break after them;
 * - the last lines of a paragraph go with the paragraph gap after them, which is put back less one
 *   line break (`A⏎B⏎⏎C` → `A⏎⏎C`), or whole when nothing of the paragraph stays (`whole`);
 * - at the end of the story they go to the end, and the line break before them stays.
 * `start` is where the span starts (the first line's text, or the paragraph's start).
 */
export function linesRemoval(story: Story, paragraph: Paragraph, first: Line, last: Line, after: Line | undefined, whole: boolean, start = first.start): Removal {
  if (after) return { span: { start: first.start, end: after.start }, replacement: '' }
  const next = story.paragraphs[paragraph.index + 1]
  if (!next) return { span: { start, end: story.text.length }, replacement: '' }
  const gap = story.text.slice(last.end, next.start)
  return { span: { start, end: next.start }, replacement: whole ? '' : gap.replace(/^\r?\n/u, '') }
}
