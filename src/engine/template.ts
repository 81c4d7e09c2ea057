// Template residue across stories (trafilatura's idea): when several stories from one feed or site
// are linted together, a line that recurs in three or more of them is page template (navigation,
// share widgets, footers), not story text. A first pass fingerprints the lines of every story into
// a TemplateIndex (plain data: it can be sent to a worker thread or stored); linting one story then
// asks which of its lines the index holds and hands their indices to the rules (`templateLines`).
import type { Story } from '../rule/types.js'

/** How many stories a line must recur in to count as template. */
export const templateMinStories = 3

/** Lines recurring across a batch of stories: fingerprint to the number of stories holding it. */
export interface TemplateIndex {
  /** Only fingerprints found in at least `templateMinStories` stories are kept. */
  readonly counts: Readonly<Record<string, number>>
}

/**
 * A line's fingerprint: trimmed, case and white space folded, digits made `0` (a time stamp's
 * figures change from story to story, its shape does not). `undefined` for a line with fewer than
 * two letters or more than 200 characters, which is never compared.
 */
export function lineFingerprint(text: string): string | undefined {
  const folded = text.normalize('NFKC').trim().toLowerCase().replace(/\s+/gu, ' ').replace(/\p{Nd}/gu, '0')
  if (folded.length > 200) return undefined
  let letters = 0
  for (const char of folded) if (/\p{L}/u.test(char) && ++letters >= 2) return folded
  return undefined
}

/** The fingerprints of a story's distinct lines. */
function fingerprints(text: string): Set<string> {
  const found = new Set<string>()
  for (const line of text.split(/\r\n|\r|\n/u)) {
    const print = lineFingerprint(line)
    if (print !== undefined) found.add(print)
  }
  return found
}

/**
 * The first pass: fingerprints every story's lines and keeps those found in at least
 * `minStories` of them (a line repeated within one story counts once).
 */
export function createTemplateIndex(texts: Iterable<string>, minStories: number = templateMinStories): TemplateIndex {
  const counts = new Map<string, number>()
  for (const text of texts) for (const print of fingerprints(text)) counts.set(print, (counts.get(print) ?? 0) + 1)
  const kept: Record<string, number> = {}
  for (const [print, count] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) if (count >= minStories) kept[print] = count
  return Object.freeze({ counts: Object.freeze(kept) })
}

/** The story's lines the index holds: line index to the number of stories with that line. */
export function templateLinesOf(story: Story, index: TemplateIndex | undefined): ReadonlyMap<number, number> {
  const found = new Map<number, number>()
  if (!index) return found
  for (const line of story.lines) {
    if (line.blank) continue
    const print = lineFingerprint(line.text)
    const count = print === undefined ? undefined : index.counts[print]
    if (count !== undefined) found.set(line.index, count)
  }
  return found
}
