import type { Diagnostic } from '../../src/engine/diagnostic.js'
import type { FileResult } from '../../src/formatters/types.js'

/** A hand-made diagnostic over `text.slice(offset, endOffset)` on line 1 (the formatters only read it). */
export function diagnosticAt(text: string, offset: number, endOffset: number, extra: Partial<Diagnostic> = {}): Diagnostic {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  const upTo = text.slice(0, endOffset)
  const endLine = upTo.split('\n').length
  const endColumn = endOffset - upTo.lastIndexOf('\n')
  return {
    ruleId: 'repeated-words',
    severity: 'warning',
    message: `Unexpected repeated \`${text.slice(offset, endOffset)}\`, remove one occurrence`,
    line,
    column,
    endLine,
    endColumn,
    offset,
    endOffset,
    actual: text.slice(offset, endOffset),
    expected: [],
    url: 'https://github.com/wirelint/wirelint/blob/main/rules/repeated-words.md',
    source: 'wirelint',
    messageId: 'repeated',
    note: 'Readers notice.',
    ...extra,
  }
}

/** An invented story with an error, a warning with a safe fix, an info, and a two-place defect. */
export const story = 'Port of Valmora reopens\n\nOfficials said the the dock, reported Lena Ostrova.\nThe levy was 4,70,000 rupees, reported Lena Ostrova.\n'

/** Results for {@link story}: offsets written by counting the text above. */
export function storyResults(): FileResult[] {
  const first = story.indexOf(', reported Lena Ostrova')
  const second = story.lastIndexOf(', reported Lena Ostrova')
  const number = story.indexOf('4,70,000')
  const doubled = story.indexOf('the the')
  const related = diagnosticAt(story, first, first + ', reported Lena Ostrova'.length)
  return [
    {
      file: 'desk/valmora story.txt',
      text: story,
      diagnostics: [
        diagnosticAt(story, doubled, doubled + 7, { expected: ['the'] }),
        diagnosticAt(story, number, number + 8, {
          ruleId: 'number-grouping',
          severity: 'error',
          messageId: 'indian',
          message: 'Unexpected Indian digit grouping `4,70,000`, expected `470,000`',
          expected: ['470,000'],
          url: 'https://github.com/wirelint/wirelint/blob/main/rules/number-grouping.md',
        }),
        diagnosticAt(story, second, second + ', reported Lena Ostrova'.length, {
          ruleId: 'repeated-attribution',
          severity: 'info',
          messageId: 'repeated',
          message: 'Unexpected repeated attribution `, reported Lena Ostrova`, remove it',
          url: 'https://github.com/wirelint/wirelint/blob/main/rules/repeated-attribution.md',
          related: { message: 'First used here', line: related.line, column: related.column, endLine: related.endLine, endColumn: related.endColumn, offset: related.offset, endOffset: related.endOffset, actual: related.actual },
        }),
      ],
    },
    { file: 'desk/clean.txt', text: 'All quiet at the port.\n', diagnostics: [] },
  ]
}
