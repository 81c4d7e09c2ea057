// Runs of non-space characters around a point, bounded so a scan never walks a whole huge token.

/** Longest run looked at. */
export const maxRun = 30

/** Whether a character is white space (`undefined`, past the text's edge, is not). */
export const isWhiteSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c)

/** Start of the run of non-space characters ending at `end`, at most {@link maxRun} long. */
export function runStart(text: string, end: number, floor: number): number {
  let start = end
  while (start > floor && end - start < maxRun && !isWhiteSpace(text[start - 1])) start--
  if (/[\udc00-\udfff]/u.test(text[start] ?? '') && start < end) start++
  return start
}

/** End of the run of non-space characters starting at `start`, at most {@link maxRun} long. */
export function runEnd(text: string, start: number, ceiling: number): number {
  let end = start
  while (end < ceiling && end - start < maxRun && !isWhiteSpace(text[end])) end++
  if (/[\ud800-\udbff]/u.test(text[end - 1] ?? '') && end > start) end--
  return end
}

/** The characters at the end of `text` that pass `test`: a backward walk, where an anchored regex (`\S*$`) would backtrack. */
export function trailing(text: string, test: (char: string) => boolean): string {
  let start = text.length
  while (start > 0 && test(text[start - 1] ?? '')) start--
  return text.slice(start)
}
