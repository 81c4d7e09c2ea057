import type { VFileMessage } from 'vfile-message'
import type { DiagnosticSeverity } from '../rule/types.js'

/** The other location of a two-place defect ("first used here"). */
export interface RelatedLocation {
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  offset: number
  endOffset: number
  actual: string
}

/**
 * One finding, as plain JSON: the public contract read by other programs. Lines and columns are
 * 1-based, offsets 0-based UTF-16 code units into the text (a leading BOM is not counted).
 * `expected[0]`, when present, may replace `actual` without review.
 */
export interface Diagnostic {
  ruleId: string
  severity: DiagnosticSeverity
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  offset: number
  endOffset: number
  actual: string
  expected: string[]
  url: string
  /** Always `"wirelint"` for built-in rules. */
  source: string
  /** The rule's message id. */
  messageId: string
  /** Why an editor cares. */
  note: string
  /** Present on two-place defects. */
  related?: RelatedLocation
  /**
   * Present when the finding lies inside text that another finding's fix deletes (a date in a
   * residue line): one defect is shown once, so human formats, exit codes and `publishable` skip it,
   * while machine formats keep it for pipelines that want every defect.
   */
  subsumedBy?: SubsumingLocation
}

/** The finding whose fix deletes a subsumed finding's text. */
export interface SubsumingLocation {
  ruleId: string
  line: number
  column: number
  offset: number
  endOffset: number
}

/** The findings a reader is shown: those not inside text another finding's fix deletes. */
export function shown<T extends Pick<Diagnostic, 'subsumedBy'>>(diagnostics: readonly T[]): T[] {
  return diagnostics.filter((d) => d.subsumedBy === undefined)
}

/** Maps vfile's `fatal` to a severity: true = error, false = warning, otherwise info. */
export function severityOf(message: VFileMessage): DiagnosticSeverity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** Projects a vfile message to a plain {@link Diagnostic}. */
export function toDiagnostic(message: VFileMessage): Diagnostic {
  const range = rangeOf(message)
  const diagnostic: Diagnostic = {
    ruleId: message.ruleId ?? 'unknown',
    severity: severityOf(message),
    message: message.reason,
    ...range,
    actual: message.actual ?? '',
    expected: message.expected ? [...message.expected] : [],
    url: message.url ?? '',
    source: message.source ?? 'wirelint',
    messageId: message.messageId ?? '',
    note: message.note ?? '',
  }
  const cause = message.cause
  if (cause && typeof cause === 'object' && 'place' in cause && 'reason' in cause) {
    const related = cause as VFileMessage
    diagnostic.related = { message: related.reason, ...rangeOf(related), actual: related.actual ?? '' }
  }
  return diagnostic
}

function rangeOf(message: VFileMessage): Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn' | 'offset' | 'endOffset'> {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : place
  return {
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    offset: start?.offset ?? 0,
    endOffset: end?.offset ?? start?.offset ?? 0,
  }
}

/** Sorts by offset, then end offset, then rule id, then message, and removes exact duplicates. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const sorted = [...diagnostics].sort(
    (a, b) =>
      a.offset - b.offset ||
      a.endOffset - b.endOffset ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.message, b.message),
  )
  return sorted.filter((d, i) => {
    const previous = sorted[i - 1]
    return !(
      previous &&
      previous.offset === d.offset &&
      previous.endOffset === d.endOffset &&
      previous.ruleId === d.ruleId &&
      previous.message === d.message
    )
  })
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Whether a diagnostic's fix deletes its text (`expected[0]` is empty or only a line break). */
export function deletes(diagnostic: Diagnostic): boolean {
  const replacement = diagnostic.expected[0]
  return replacement !== undefined && replacement.trim() === '' && diagnostic.actual.trim() !== ''
}

/**
 * One defect, one finding: sets `subsumedBy` on a diagnostic that lies inside the span another
 * diagnostic's fix deletes (a date in a residue line, a space in a repeated paragraph); of two
 * deletions of the same span the first in sort order stays. Expects sorted input, returns the same
 * objects in the same order, and runs in one sweep.
 */
export function markSubsumed(sorted: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, Diagnostic>()
  for (const d of sorted) if (deletes(d) && !seen.has(`${d.offset}:${d.endOffset}`)) seen.set(`${d.offset}:${d.endOffset}`, d)
  const deletions = [...seen.values()]
  let next = 0
  // The two deletions started so far that reach furthest, so a deletion can be tested against the other.
  let best: Diagnostic | undefined
  let second: Diagnostic | undefined
  return sorted.map((d) => {
    for (; next < deletions.length && (deletions[next] as Diagnostic).offset <= d.offset; next++) {
      const deletion = deletions[next] as Diagnostic
      if (!best || deletion.endOffset > best.endOffset) [best, second] = [deletion, best]
      else if (!second || deletion.endOffset > second.endOffset) second = deletion
    }
    const twin = deletes(d) ? seen.get(`${d.offset}:${d.endOffset}`) : undefined
    const cover = twin && twin !== d ? twin : best === d ? second : best
    if (!cover || cover.endOffset < d.endOffset || d.offset >= cover.endOffset) return d
    const { ruleId, line, column, offset, endOffset } = cover
    d.subsumedBy = { ruleId, line, column, offset, endOffset }
    return d
  })
}
