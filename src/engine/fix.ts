import type { Diagnostic } from './diagnostic.js'

/** The result of applying fixes. */
export interface FixResult {
  /** The fixed text. */
  output: string
  /** The diagnostics whose `expected[0]` was applied, positions as in the text they were found in. */
  applied: Diagnostic[]
}

/**
 * Applies the `expected[0]` edit of each diagnostic that has one, skipping any that overlaps an
 * earlier edit (or touches the same point), in one pass.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): FixResult {
  const edits = diagnostics
    .filter((d) => d.expected.length > 0)
    .sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset)
  const applied: Diagnostic[] = []
  let output = ''
  let cursor = 0
  for (const edit of edits) {
    if (edit.offset < cursor || (edit.offset === cursor && applied.length > 0 && edit.offset === edit.endOffset)) continue
    if (text.slice(edit.offset, edit.endOffset) !== edit.actual) continue
    output += text.slice(cursor, edit.offset) + (edit.expected[0] ?? '')
    cursor = edit.endOffset
    applied.push(edit)
  }
  return { output: output + text.slice(cursor), applied }
}

/**
 * Lints and fixes repeatedly until nothing changes, at most `maxPasses` times.
 */
export function fixUntilStable(
  text: string,
  lint: (text: string) => Diagnostic[],
  maxPasses = 10,
): FixResult {
  let current = text
  const applied: Diagnostic[] = []
  for (let pass = 0; pass < maxPasses; pass++) {
    const result = applyFixes(current, lint(current))
    if (result.applied.length === 0 || result.output === current) break
    applied.push(...result.applied)
    current = result.output
  }
  return { output: current, applied }
}

/** {@link fixUntilStable} on text that may start with a BOM: the BOM is kept and never counted. */
export function fixText(text: string, lint: (text: string) => Diagnostic[], maxPasses = 10): FixResult {
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : ''
  const result = fixUntilStable(text.slice(bom.length), lint, maxPasses)
  return { output: bom + result.output, applied: result.applied }
}
