import { z } from 'zod'
import { defineRule } from '../src/rule/define-rule.js'
import { runEnd, runStart } from './lib/runs.js'
import type { Line, Span } from '../src/rule/types.js'

const punctuation = '.,;:?!'
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0'
/** Characters that may follow punctuation directly: closing quotes and brackets. */
const closers = '"\u201d\u2019\')]}\u00bb'

/** Spaces before punctuation on a line: `Image .`, `Trust ,`, `Dhaka :`. */
function spacesBefore(text: string, line: Line): { span: Span; expected: string; mark: string }[] {
  const found: { span: Span; expected: string; mark: string }[] = []
  for (let i = line.start + 1; i < line.end; i++) {
    const char = text[i] ?? ''
    if (!punctuation.includes(char) || !isBlank(text[i - 1])) continue
    let gap = i
    while (gap > line.start && isBlank(text[gap - 1])) gap--
    if (gap === line.start) continue // indentation, a list or an ellipsis opening the line
    const previous = text[gap - 1] ?? ''
    if (punctuation.includes(previous) || '([{\u2014\u2013-/&'.includes(previous)) continue
    let end = i
    while (end < line.end && punctuation.includes(text[end] ?? '')) end++
    const run = text.slice(i, end)
    if (run.startsWith('..')) continue // an ellipsis after a space is normal
    const after = text[end]
    if (end < line.end && !isBlank(after) && !closers.includes(after ?? '')) continue // .5, .com, :30, ,000
    if ((run === ':' || run === ';') && (after === ')' || after === '(')) continue // an emoticon
    const nextWord = /\S/u.exec(text.slice(end, Math.min(line.end, end + 4)))?.[0]
    if (run === ':' && /\p{N}/u.test(previous) && nextWord !== undefined && /\p{N}/u.test(nextWord)) continue // 3 : 1
    const start = runStart(text, gap, line.start)
    found.push({ span: { start, end }, expected: text.slice(start, gap) + run, mark: run })
    i = end
  }
  return found
}

const webToken = /[/@\\]|www\.|\.(?:com|org|net|gov|edu|in|uk|io|co)(?![\p{L}])/iu

/** Sentence punctuation between words with no space: `said.The`, `why?Because`. */
function missingSpaces(text: string, line: Line): { span: Span; expected: string; mark: string }[] {
  const found: { span: Span; expected: string; mark: string }[] = []
  const slice = text.slice(line.start, line.end)
  for (const match of slice.matchAll(/(?<=\p{Ll}\p{Ll})[.?!](?=\p{Lu}\p{Ll})/gu)) {
    const at = line.start + match.index
    const start = runStart(text, at, line.start)
    const end = runEnd(text, at + 1, line.end)
    const token = text.slice(start, end)
    if (webToken.test(token) || (token.match(/\./gu) ?? []).length > 1) continue
    found.push({ span: { start, end }, expected: `${text.slice(start, at + 1)} ${text.slice(at + 1, end)}`, mark: match[0] })
  }
  return found
}

/** Gaps of two or more spaces between words on a line. */
function gapsOf(text: string, line: Line): RegExpExecArray[] {
  return [...text.slice(line.start, line.end).matchAll(/(?<=\S) {2,}(?=\S)/gu)]
}

/** Aligned columns (tables, mastheads) are not prose: several gaps or a wide one, and no full stop at the end. */
function tabular(text: string, line: Line): boolean {
  const gaps = gapsOf(text, line)
  const aligned = gaps.length >= 3 || gaps.some((g) => g[0].length >= 5) || (gaps.length >= 2 && gaps.some((g) => g[0].length >= 3))
  return aligned && !/[.!?]["\u201d\u2019')]?\s*$/u.test(line.text)
}

/** Two or more spaces between words inside a sentence: `the  minister`. */
function doubleSpaces(text: string, line: Line, afterSentence: boolean): { span: Span; expected: string }[] {
  const gaps = gapsOf(text, line)
  const found: { span: Span; expected: string }[] = []
  for (const gap of gaps) {
    const at = line.start + gap.index
    const before = text.slice(Math.max(line.start, at - 3), at)
    if (!afterSentence && /[.?!:][")\]\u201d\u2019']{0,2}$/u.test(before)) continue // two spaces after a sentence: typewriter style
    const start = runStart(text, at, line.start)
    const end = runEnd(text, at + gap[0].length, line.end)
    found.push({ span: { start, end }, expected: `${text.slice(start, at)} ${text.slice(at + gap[0].length, end)}` })
  }
  return found
}

export default defineRule(
  {
    id: 'punctuation-spacing',
    category: 'punctuation',
    kind: 'mechanical',
    severity: 'error',
    description: 'Flag a space before `.,;:?!`, a missing space after a full stop between words, and double spaces inside a sentence',
    rationale:
      'Stray spaces around punctuation (`Image .`, `said.The`, `the  minister`) are left by feeds that strip codes or join lines; they look careless and can break a line before a comma.',
    fix: 'safe',
    messages: {
      spaceBefore: 'Unexpected space before `{mark}` in `{actual}`, expected `{expected}`',
      missingSpace: 'Unexpected missing space after `{mark}` in `{actual}`, expected `{expected}`',
      doubleSpace: 'Unexpected double space in `{actual}`, expected `{expected}`',
    },
    options: z.strictObject({
      afterSentence: z
        .boolean()
        .default(false)
        .describe('Also flag two spaces after a full stop, question mark, exclamation mark or colon (typewriter sentence spacing)'),
    }),
    examples: {
      invalid: [
        {
          text: 'The photo was taken in Varna . The pier reopened.',
          diagnostics: ['1:24-1:31 spaceBefore Unexpected space before `.` in `Varna .`, expected `Varna.`'],
          output: 'The photo was taken in Varna. The pier reopened.',
        },
        {
          text: 'Shares of Harbor Trust , the lender, rose.\nNORVALE : The port reopened.',
          diagnostics: [
            '1:18-1:25 spaceBefore Unexpected space before `,` in `Trust ,`, expected `Trust,`',
            '2:1-2:10 spaceBefore Unexpected space before `:` in `NORVALE :`, expected `NORVALE:`',
          ],
          output: 'Shares of Harbor Trust, the lender, rose.\nNORVALE: The port reopened.',
        },
        {
          text: 'The mayor said.The pier will reopen in May.',
          diagnostics: ['1:11-1:19 missingSpace Unexpected missing space after `.` in `said.The`, expected `said. The`'],
          output: 'The mayor said. The pier will reopen in May.',
        },
        {
          text: 'The  mayor opened the pier.',
          diagnostics: ['1:1-1:11 doubleSpace Unexpected double space in `The  mayor`, expected `The mayor`'],
          output: 'The mayor opened the pier.',
        },
        {
          text: 'The pier opened.  Crowds cheered.',
          options: { afterSentence: true },
          diagnostics: ['1:10-1:25 doubleSpace Unexpected double space in `opened.  Crowds`, expected `opened. Crowds`'],
          output: 'The pier opened. Crowds cheered.',
        },
      ],
      valid: [
        'Inflation rose 3.5 percent to 1,000 points at 10:30 a.m. in the U.S. capital.',
        'See example.com or www.norvale.gov.in for the e.g. list, the Ph.D. said.',
        'He paused ... then left. J.R.R. Tolkien lived in St. Louis? No.',
        'The pier opened.  Crowds cheered.',
        'The vote was 3 : 1 in favour :) of the plan.',
        '    Indented lines are fine.\n  . . . and so are leaders.',
        'Files named report.Final.docx stay.',
      ],
    },
  },
  ({ story, options, report }) => {
    const { text } = story
    // Lines of a paragraph with a table in it are not checked for double spaces.
    const inTable = new Set<number>()
    let index = 0
    for (const paragraph of story.paragraphs) {
      while (index < story.lines.length && (story.lines[index]?.end ?? 0) < paragraph.start) index++
      const first = index
      let table = false
      while (index < story.lines.length && (story.lines[index]?.start ?? 0) < paragraph.end) {
        const line = story.lines[index]
        if (line && tabular(text, line)) table = true
        index++
      }
      if (table) for (let i = first; i < index; i++) inTable.add(i)
    }
    for (const line of story.lines) {
      if (line.end - line.start < 3) continue
      for (const hit of spacesBefore(text, line)) report('spaceBefore', hit.span, { expected: [hit.expected], data: { mark: hit.mark } })
      for (const hit of missingSpaces(text, line)) report('missingSpace', hit.span, { expected: [hit.expected], data: { mark: hit.mark } })
      if (inTable.has(line.index)) continue
      for (const hit of doubleSpaces(text, line, options.afterSentence)) report('doubleSpace', hit.span, { expected: [hit.expected] })
    }
  },
)
