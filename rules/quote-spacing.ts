import { z } from 'zod'
import { defineRule } from '../src/rule/define-rule.js'
import { isWhiteSpace, runEnd, runStart } from './lib/runs.js'
import type { Paragraph, QuoteMark, Span } from '../src/rule/types.js'

/** The edit that puts a closing mark against the word before it: `stability, "the` -> `stability," the`. */
function closingEdit(text: string, paragraph: Paragraph, mark: QuoteMark, glyph = text.slice(mark.start, mark.end)): { span: Span; expected: string } {
  let gap = mark.start
  while (gap > paragraph.start && isWhiteSpace(text[gap - 1])) gap--
  const start = runStart(text, gap, paragraph.start)
  const before = text.slice(start, gap)
  let end = mark.end
  let moved = ''
  const next = text[end] ?? ''
  if ((next === '.' || next === ',') && !/[.,!?;:]$/u.test(before)) {
    moved = next
    end++
  }
  let after = ''
  if (end < paragraph.end && !isWhiteSpace(text[end])) {
    const stop = runEnd(text, end, paragraph.end)
    after = /^[\p{L}\p{N}]/u.test(text.slice(end, stop)) ? ` ${text.slice(end, stop)}` : text.slice(end, stop)
    end = stop
  }
  return { span: { start, end }, expected: `${before}${moved}${glyph}${after}` }
}

/** The edit that puts an opening mark against the word after it: `said, " We` -> `said, "We`. */
function openingEdit(text: string, paragraph: Paragraph, mark: QuoteMark, glyph = text.slice(mark.start, mark.end)): { span: Span; expected: string } {
  let gap = mark.end
  while (gap < paragraph.end && isWhiteSpace(text[gap])) gap++
  const end = runEnd(text, gap, paragraph.end)
  let start = mark.start
  let before = ''
  if (start > paragraph.start) {
    const glued = !isWhiteSpace(text[start - 1])
    let cut = start
    while (cut > paragraph.start && isWhiteSpace(text[cut - 1])) cut--
    start = runStart(text, cut, paragraph.start)
    before = text.slice(start, cut) + (start < cut ? (glued ? ' ' : text.slice(cut, mark.start)) : '')
  }
  return { span: { start, end }, expected: `${before}${glyph}${text.slice(gap, end)}` }
}

/**
 * Whether a closing mark with a space before it is surely misplaced: glued to the next word after
 * a comma (`stability, "the minister`), or with spaces on both sides (`brothers ".`, `evening. " The`:
 * the pairing made it the closing mark). Glued to a word after a word or a full stop (`the council
 * "agreed`, `hospitals. "This`) it may as well open a new quotation whose predecessor lost its
 * closing mark: those are left alone.
 */
function closesHere(text: string, paragraph: Paragraph, mark: QuoteMark): boolean {
  let gap = mark.start
  while (gap > paragraph.start && isWhiteSpace(text[gap - 1])) gap--
  const last = text[gap - 1] ?? ''
  if (/[.!?\u2026]/u.test(last)) return mark.shape === 'floating' && !tokenised(text, gap)
  if (mark.shape === 'floating') return true
  return last === ',' || last === ';'
}

/** `?? "`, `!! "`: how tokenised corpora (Brown) rebuild a title's closing mark, not a slip of copy. */
const tokenised = (text: string, gap: number): boolean => /[?!]{2}$/u.test(text.slice(Math.max(0, gap - 2), gap))

const isQuoteMark = (c: string | undefined): boolean => c !== undefined && /["\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019']/u.test(c)
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c)

/** Where the first non-space character after `at` is, within the paragraph (bounded). */
function nextSolid(text: string, paragraph: Paragraph, at: number): number {
  let i = at
  while (i < paragraph.end && i - at < 8 && isWhiteSpace(text[i])) i++
  return i
}

/** Where the last non-space character before `at` ends, within the paragraph (bounded). */
function previousSolid(text: string, paragraph: Paragraph, at: number): number {
  let i = at
  while (i > paragraph.start && at - i < 8 && isWhiteSpace(text[i - 1])) i--
  return i
}

/**
 * Whether a mark stands where a quotation can only open: first in its paragraph, or first after a
 * sentence end with no quotation open before it, and followed by a word (glued, or after a space
 * and a capital or digit: `” We will`, `”When it is`).
 */
function opensSentence(text: string, paragraph: Paragraph, marks: readonly QuoteMark[], index: number, continuation: boolean): boolean {
  const mark = marks[index]
  if (!mark || continuation) return false
  const word = nextSolid(text, paragraph, mark.end)
  const glued = word === mark.end
  if (glued ? !isWordChar(text[word]) : !/[\p{Lu}\p{N}]/u.test(text[word] ?? '')) return false
  const gap = previousSolid(text, paragraph, mark.start)
  if (gap === paragraph.start) return index === 0
  if (gap === mark.start || !/[.!?]/u.test(text[gap - 1] ?? '')) return false
  // A quotation open before it (an odd number of marks, or an opening glyph last) may end here.
  const previous = marks[index - 1]
  return index % 2 === 0 && (previous === undefined || previous.glyph !== 'open')
}

/** Whether a mark is last in its paragraph, after a space and a sentence's words: it can only close (`by evening. "`). */
function closesParagraph(text: string, paragraph: Paragraph, mark: QuoteMark): boolean {
  if (nextSolid(text, paragraph, mark.end) < paragraph.end || !isWhiteSpace(text[mark.start - 1])) return false
  const gap = previousSolid(text, paragraph, mark.start)
  const last = text[gap - 1]
  if (gap === paragraph.start || isQuoteMark(last)) return false
  if (tokenised(text, gap)) return false
  return mark.glyph === 'open' ? /[.!?\u2026]/u.test(last ?? '') : isWordChar(last) || /[.!?,;)\u2026]/u.test(last ?? '')
}

/**
 * The edit that parts a mark from the word on its outer side: `rebuild,”he said` -> `rebuild,” he
 * said`, `said,“We` -> `said, “We`; undefined when that side is not a word or sentence punctuation.
 */
function gluedEdit(text: string, paragraph: Paragraph, mark: QuoteMark): { span: Span; expected: string } | undefined {
  const start = runStart(text, mark.start, paragraph.start)
  const end = runEnd(text, mark.end, paragraph.end)
  if (mark.role === 'close' ? !/\p{L}/u.test(text[mark.end] ?? '') : !/[\p{L},:;.!?]/u.test(text[mark.start - 1] ?? '') || tokenised(text, mark.start)) return undefined
  const at = mark.role === 'close' ? mark.end : mark.start
  return { span: { start, end }, expected: `${text.slice(start, at)} ${text.slice(at, end)}` }
}

/**
 * A closing mark whose comma, semicolon or colon is glued to the next word (`deal”,he said`,
 * `deal",the mayor`): the space belongs after the mark's punctuation, whichever side it stands.
 */
function gluedAfter(text: string, paragraph: Paragraph, mark: QuoteMark): { span: Span; expected: string } | undefined {
  if (mark.glyph === 'open' || !/^[,;:]\p{L}/u.test(text.slice(mark.end, mark.end + 2))) return undefined
  if (!/[\p{L}\p{N}.!?]/u.test(text[mark.start - 1] ?? '')) return undefined
  const start = runStart(text, mark.start, paragraph.start)
  const end = runEnd(text, mark.end + 1, paragraph.end)
  return { span: { start, end }, expected: `${text.slice(start, mark.end + 1)} ${text.slice(mark.end + 1, end)}` }
}

const curly = { open: '\u201c', close: '\u201d' } as const

/** Quote marks of other languages' typography: guillemets and the low double mark. */
const continental: ReadonlySet<string> = new Set(['\u00ab', '\u00bb', '\u201e'])

/**
 * What a mark of the quotation model is drawn with, when it is not one plain quote mark: two
 * apostrophes (`''`, `‘‘`), a quote mark typed twice (`""`), or a stand-in (TeX's ``` `` ```,
 * primes, acute accents, the reversed `‟`).
 */
function markKind(drawn: string): 'doubled' | 'doubledMark' | 'substitute' | undefined {
  if (drawn === "''" || drawn === '\u2018\u2018' || drawn === '\u2019\u2019') return 'doubled'
  if (drawn.length === 2 && /^["\u201c\u201d]/u.test(drawn)) return 'doubledMark'
  return /^[`\u2032\u2033\u00b4\u201f]/u.test(drawn) ? 'substitute' : undefined
}

/**
 * A right single mark opening a quotation (`’We will go,’ he said`): after a space, a bracket or
 * the paragraph's edge, before a capital, and closed later in the paragraph by another right mark.
 * Not an elision (`’Tis`, `’Twas`), nor a figure (`’90s`).
 */
function reversedSingles(text: string, paragraph: Paragraph): Span[] {
  const found: Span[] = []
  const slice = text.slice(paragraph.start, paragraph.end)
  for (const match of slice.matchAll(/(?<=^|[\s(\[])\u2019(?=\p{Lu})/gu)) {
    if (/^(?:T(?:is|was|were|will|would)|Cause|Til|Em)(?!\p{L})/u.test(slice.slice(match.index + 1, match.index + 8))) continue
    const rest = slice.slice(match.index + 1, match.index + 400)
    if (!/[\p{L}.,!?]\u2019(?=[\s.,;:!?)]|$)/u.test(rest)) continue
    found.push({ start: paragraph.start + match.index, end: paragraph.start + match.index + 1 })
  }
  return found
}

/**
 * A quotation opening its paragraph or a sentence on a lower-case word (`“when people talk`,
 * `left. "we will`): news copy capitalises both. Only a word of lower-case letters (not `iPhone`),
 * and not after a long paragraph that stops mid-sentence (a broken paragraph).
 */
function lowerStarts(text: string, paragraph: Paragraph, marks: readonly QuoteMark[]): { span: Span; expected: string }[] {
  const found: { span: Span; expected: string }[] = []
  for (const mark of marks) {
    if (mark.role !== 'open' || mark.glyph === 'close' || mark.end - mark.start !== 1) continue
    const word = /^(?:\p{Ll}{2,20}|a)(?=[\s,;:.!?])/u.exec(text.slice(mark.end, mark.end + 21))?.[0]
    if (word === undefined) continue
    const gap = previousSolid(text, paragraph, mark.start)
    if (gap !== paragraph.start && (gap === mark.start || !/[.!?]/u.test(text[gap - 1] ?? ''))) continue
    // A paragraph of prose above (longer than a headline) that stops mid-sentence carries on here: broken-paragraph's business.
    const above = text.slice(Math.max(0, paragraph.start - 200), paragraph.start).trimEnd()
    if (gap === paragraph.start && /[\p{Ll},]$/u.test(above) && above.length - above.lastIndexOf('\n') > 60) continue
    const end = mark.end + word.length
    found.push({ span: { start: mark.start, end }, expected: `${text.slice(mark.start, mark.end)}${word.charAt(0).toUpperCase()}${word.slice(1)}` })
  }
  return found
}

export default defineRule(
  {
    id: 'quote-spacing',
    category: 'quotation',
    kind: 'mechanical',
    severity: 'error',
    description: 'Flag a quote mark on the wrong side of a space or glued to the next word, a reversed or mismatched quote glyph, a doubled mark, guillemets or low marks in English copy, a quotation opening a paragraph or sentence in lower case, or `\'\'`, backticks or primes used as quote marks',
    rationale:
      'A quote mark on the wrong side of its space (`stability, "the minister said`) hides where the quotation ends; feeds that rebuild typography produce such slips, which no edited copy keeps.',
    fix: 'safe',
    messages: {
      spaceBeforeClosing: 'Unexpected space before closing quote mark in `{actual}`, expected `{expected}`',
      spaceAfterOpening: 'Unexpected space after opening quote mark in `{actual}`, expected `{expected}`',
      doubled: 'Unexpected doubled apostrophe `{actual}` as a quote mark, expected `{expected}`',
      doubledMark: 'Unexpected doubled quote mark `{actual}`, expected `{expected}`',
      substitute: 'Unexpected `{actual}` typed for a quote mark, expected `{expected}`',
      reversed: 'Unexpected {glyph} quote mark `{actual}` {role} a quotation, expected `{expected}`',
      reversedSpaced: 'Unexpected {glyph} quote mark on the wrong side of its space in `{actual}`, expected `{expected}`',
      missingSpace: 'Unexpected missing space around quote mark in `{actual}`, expected `{expected}`',
      mixed: 'Unexpected {style} quote mark `{actual}` paired with `{other}`, expected `{expected}`',
      apostrophe: 'Unexpected quote mark as an apostrophe in `{actual}`, expected `{expected}`',
      continental: 'Unexpected continental {role} quote mark `{actual}` in English copy, expected `{expected}`',
      lowerStart: 'Unexpected lower-case start of a quotation opening a paragraph or sentence in `{actual}`, expected `{expected}`',
    },
    options: z.strictObject({}),
    examples: {
      invalid: [
        {
          text: '"The pier will reopen in May, "the mayor said.',
          diagnostics: ['1:26-1:35 spaceBeforeClosing Unexpected space before closing quote mark in `May, "the`, expected `May," the`'],
          output: '"The pier will reopen in May," the mayor said.',
        },
        {
          text: 'The mayor said: "We will rebuild the pier ".',
          diagnostics: ['1:38-1:45 spaceBeforeClosing Unexpected space before closing quote mark in `pier ".`, expected `pier."`'],
          output: 'The mayor said: "We will rebuild the pier."',
        },
        {
          text: 'The mayor said, " We will rebuild the pier."',
          diagnostics: ['1:11-1:21 spaceAfterOpening Unexpected space after opening quote mark in `said, " We`, expected `said, "We`'],
          output: 'The mayor said, "We will rebuild the pier."',
        },
        {
          text: "The fair marks ''100 years of trade'' in Norvale.",
          diagnostics: [
            "1:16-1:18 doubled Unexpected doubled apostrophe `''` as a quote mark, expected `\"`",
            "1:36-1:38 doubled Unexpected doubled apostrophe `''` as a quote mark, expected `\"`",
          ],
          output: 'The fair marks "100 years of trade" in Norvale.',
        },
        {
          text: 'She warned of “delays” and ”vote bank politics”.',
          diagnostics: ['1:28-1:29 reversed Unexpected closing quote mark `”` opening a quotation, expected `“`'],
          output: 'She warned of “delays” and “vote bank politics”.',
        },
        {
          text: '” We will rebuild the pier,” the mayor said. ”When it is done, we will fish.”',
          diagnostics: [
            '1:1-1:5 reversedSpaced Unexpected closing quote mark on the wrong side of its space in `” We`, expected `“We`',
            '1:46-1:47 reversed Unexpected closing quote mark `”` opening a quotation, expected `“`',
          ],
          output: '“We will rebuild the pier,” the mayor said. “When it is done, we will fish.”',
        },
        {
          text: '“We will rebuild the pier,”the mayor said,“and soon.”',
          diagnostics: [
            '1:22-1:31 missingSpace Unexpected missing space around quote mark in `pier,”the`, expected `pier,” the`',
            '1:38-1:47 missingSpace Unexpected missing space around quote mark in `said,“and`, expected `said, “and`',
          ],
          output: '“We will rebuild the pier,” the mayor said, “and soon.”',
        },
        {
          text: '“We will rebuild,” she said. “It will take a year."',
          diagnostics: ['1:51-1:52 mixed Unexpected straight quote mark `"` paired with `“`, expected `”`'],
          output: '“We will rebuild,” she said. “It will take a year.”',
        },
        {
          text: "The mayor said, ``We will rebuild the pier.''",
          diagnostics: [
            '1:17-1:19 substitute Unexpected ```` typed for a quote mark, expected `"`',
            "1:44-1:46 doubled Unexpected doubled apostrophe `''` as a quote mark, expected `\"`",
          ],
          output: 'The mayor said, "We will rebuild the pier."',
        },
        {
          text: 'The mayor said ""we will rebuild"" and left.',
          diagnostics: [
            '1:16-1:18 doubledMark Unexpected doubled quote mark `""`, expected `"`',
            '1:33-1:35 doubledMark Unexpected doubled quote mark `""`, expected `"`',
          ],
          output: 'The mayor said "we will rebuild" and left.',
        },
        {
          text: 'The mayor waved."We will rebuild the pier",she said.',
          diagnostics: [
            '1:11-1:20 missingSpace Unexpected missing space around quote mark in `waved."We`, expected `waved. "We`',
            '1:38-1:47 missingSpace Unexpected missing space around quote mark in `pier",she`, expected `pier", she`',
          ],
          output: 'The mayor waved. "We will rebuild the pier", she said.',
        },
        {
          text: 'The reforms haven”t reached Norvale.',
          diagnostics: ['1:13-1:20 apostrophe Unexpected quote mark as an apostrophe in `haven”t`, expected `haven’t`'],
          output: 'The reforms haven’t reached Norvale.',
        },
        {
          text: 'The mayor said, \u00abWe will rebuild the pier,\u00bb and left. \u2019We start in May,\u2019 she added.',
          diagnostics: [
            '1:17-1:18 continental Unexpected continental opening quote mark `\u00ab` in English copy, expected `"`',
            '1:43-1:44 continental Unexpected continental closing quote mark `\u00bb` in English copy, expected `"`',
            '1:55-1:56 reversed Unexpected closing quote mark `\u2019` opening a quotation, expected `\u2018`',
          ],
          output: 'The mayor said, "We will rebuild the pier," and left. \u2018We start in May,\u2019 she added.',
        },
        {
          text: 'The pier reopened. "we will fish again," she said.',
          diagnostics: ['1:20-1:23 lowerStart Unexpected lower-case start of a quotation opening a paragraph or sentence in `"we`, expected `"We`'],
          output: 'The pier reopened. "We will fish again," she said.',
        },
      ],
      valid: [
        "\u2019Tis the season: the \u201990s are back, and the members\u2019 union met.",
        'She called it "minimal" damage. "iPhone sales rose," he said.',
        'He said, "Yes."',
        '"Yes," he said.',
        'She called it “a ‘temporary’ measure,” and left.',
        'The guard is 5\'10" tall and the pipe is 12" wide.',
        '"We will rebuild," the mayor said. "It will take a year.\n\n"Then the pier reopens."',
        'The board said the plan was "fair" and "final".',
        'The centre is 6’11” tall and “quick”.',
        'The pipe is 12″ wide; run `make` to build it.',
      ],
    },
  },
  ({ story, report }) => {
    const { text } = story
    let curlyCount = 0
    let straightCount = 0
    for (const char of text) {
      if (char === '\u201c' || char === '\u201d') curlyCount++
      else if (char === '"') straightCount++
    }
    const curlyStyle = curlyCount >= straightCount

    for (const result of story.quotes) {
      const { paragraph, balanced } = result
      for (const mark of result.apostrophes) {
        // An apostrophe typed twice (`don''t`) is the apostrophe rule's.
        if (mark.end - mark.start !== 1) continue
        const start = runStart(text, mark.start, paragraph.start)
        const end = runEnd(text, mark.end, paragraph.end)
        const expected = text.slice(start, mark.start) + mark.expected + text.slice(mark.end, end)
        report('apostrophe', { start, end }, { expected: [expected] })
      }
      const marks = result.marks.filter((m) => m.role !== 'skip' && !m.mojibake)
      for (const mark of marks) {
        const drawn = text.slice(mark.start, mark.end)
        if (continental.has(drawn)) {
          // Guillemets and low marks (`«`, `»`, `„`) are French, German or Russian typography, not English.
          const role = result.balanced ? mark.role : drawn === '\u00bb' ? 'close' : 'open'
          const expected = curlyStyle && curlyCount > 0 ? curly[role === 'close' ? 'close' : 'open'] : '"'
          report('continental', mark, { expected: [expected], data: { role: role === 'close' ? 'closing' : 'opening' } })
          continue
        }
        const kind = markKind(drawn)
        if (kind === undefined) continue
        const straight = mark.glyph === 'straight'
        const role = balanced || straight ? mark.role : mark.glyph
        const plain = kind === 'doubled' ? straight && !(balanced && curlyStyle && curlyCount > 0) : !(curlyStyle && curlyCount > 0)
        const expected = plain ? '"' : curly[role === 'open' ? 'open' : 'close']
        report(kind, mark, { expected: [expected] })
      }
      // A lone backtick opening a word (`` `the dawn run' ``) stands for an opening single mark;
      // one closed by another backtick after a word is a code span (`` `make` ``).
      for (const match of paragraph.text.matchAll(/(?<![\p{L}\p{N}`'])`(?=\p{L})/gu)) {
        const next = paragraph.text.indexOf('`', match.index + 1)
        if (next > 0 && !isWhiteSpace(paragraph.text[next - 1])) continue
        const at = paragraph.start + match.index
        report('substitute', { start: at, end: at + 1 }, { expected: [curlyStyle && curlyCount > 0 ? '\u2018' : "'"] })
      }
      for (const mark of reversedSingles(text, paragraph)) report('reversed', mark, { expected: ['\u2018'], data: { glyph: 'closing', role: 'opening' } })
      if (!result.continuation) for (const hit of lowerStarts(text, paragraph, marks)) report('lowerStart', hit.span, { expected: [hit.expected] })
      // Markup (`<img alt="...">`) is html-residue's business: its quote marks are attribute delimiters.
      if (/<\/?[a-z][^<>]{0,200}>|=\s?"/iu.test(paragraph.text)) continue
      // Marks whose role their place decides, whatever the pairing: opening a paragraph or a
      // sentence (`” We will`, `”When it is`, `" The`), or ending a paragraph (`by evening. "`).
      const placed = new Set<QuoteMark>()
      marks.forEach((mark, i) => {
        if (mark.end - mark.start !== 1) return
        const glued = gluedAfter(text, paragraph, mark)
        if (glued) report('missingSpace', glued.span, { expected: [glued.expected] })
        const spaced = isWhiteSpace(text[mark.end])
        if (opensSentence(text, paragraph, marks, i, result.continuation)) {
          const wrong = mark.glyph === 'close'
          if (wrong && !spaced) {
            report('reversed', mark, { expected: [curly.open], data: { glyph: 'closing', role: 'opening' } })
          } else if (spaced && (wrong || i === 0)) {
            const edit = openingEdit(text, paragraph, mark, wrong ? curly.open : text.slice(mark.start, mark.end))
            if (wrong) report('reversedSpaced', edit.span, { expected: [edit.expected], data: { glyph: 'closing' } })
            else report('spaceAfterOpening', edit.span, { expected: [edit.expected] })
          } else return
          placed.add(mark)
        } else if (i === marks.length - 1 && closesParagraph(text, paragraph, mark)) {
          const wrong = mark.glyph === 'open'
          const edit = closingEdit(text, paragraph, mark, wrong ? curly.close : text.slice(mark.start, mark.end))
          if (wrong) report('reversedSpaced', edit.span, { expected: [edit.expected], data: { glyph: 'opening' } })
          else report('spaceBeforeClosing', edit.span, { expected: [edit.expected] })
          placed.add(mark)
        }
      })
      if (!balanced) continue
      // Trust the pairing only when at most one mark's spacing contradicts its role.
      const shapeConflicts = marks.filter((m) => m.conflict && (m.glyph === 'straight' || (m.glyph === 'open') === (m.role === 'open')))
      const trustSpacing = shapeConflicts.length <= 1
      let opener: QuoteMark | undefined
      for (const mark of marks) {
        const before = mark.start > paragraph.start && isWhiteSpace(story.flat[mark.start - 1])
        const after = mark.end < paragraph.end && isWhiteSpace(story.flat[mark.end])
        const glyphWrong = mark.glyph !== 'straight' && (mark.glyph === 'open') !== (mark.role === 'open')
        const single = mark.end - mark.start === 1
        if (placed.has(mark) || !single) {
          // reported above
        } else if (glyphWrong) {
          const shapeFits = mark.role === 'open' ? !after : !before
          const data = { glyph: mark.glyph === 'open' ? 'opening' : 'closing', role: mark.role === 'open' ? 'opening' : 'closing' }
          const glyph = curly[mark.role === 'open' ? 'open' : 'close']
          if (shapeFits) report('reversed', mark, { expected: [glyph], data })
          else if (trustSpacing && mark.role === 'open' && !before && isWordChar(text[nextSolid(text, paragraph, mark.end)])) {
            const edit = openingEdit(text, paragraph, mark, glyph)
            report('reversedSpaced', edit.span, { expected: [edit.expected], data })
          } else if (trustSpacing && mark.role === 'close' && !after && closesHere(text, paragraph, mark)) {
            const edit = closingEdit(text, paragraph, mark, glyph)
            report('reversedSpaced', edit.span, { expected: [edit.expected], data })
          }
        } else if (trustSpacing && mark.role === 'close' && before && closesHere(text, paragraph, mark)) {
          const edit = closingEdit(text, paragraph, mark)
          report('spaceBeforeClosing', edit.span, { expected: [edit.expected] })
        } else if (trustSpacing && mark.role === 'open' && after) {
          const edit = openingEdit(text, paragraph, mark)
          report('spaceAfterOpening', edit.span, { expected: [edit.expected] })
        } else if (trustSpacing && mark.shape === 'glued') {
          const edit = gluedEdit(text, paragraph, mark)
          if (edit) report('missingSpace', edit.span, { expected: [edit.expected] })
        }
        if (mark.role === 'open') {
          opener = mark
          continue
        }
        if (opener && !glyphWrong && single && opener.end - opener.start === 1 && (opener.glyph === 'straight') !== (mark.glyph === 'straight')) {
          const odd = (mark.glyph === 'straight') === curlyStyle ? mark : opener
          const other = odd === mark ? opener : mark
          const expected = curlyStyle ? curly[odd.role === 'open' ? 'open' : 'close'] : '"'
          report('mixed', odd, {
            expected: [expected],
            data: { style: odd.glyph === 'straight' ? 'straight' : 'curly', other: text.slice(other.start, other.end) },
          })
        }
        opener = undefined
      }
    }
  },
)
