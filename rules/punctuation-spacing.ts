import { z } from 'zod'
import { defineRule } from '../src/rule/define-rule.js'
import { runEnd, runStart, trailing } from './lib/runs.js'
import { hyphenDashes, missingStops, openCompounds, subjectCommas } from './lib/punctuation.js'
import {
  commasAcrossBreak,
  endMarkStyle,
  lopsidedDoubleHyphens,
  plainBeforeStop,
  repeatedEndMarks,
  sentenceAside,
  spacedYearRanges,
  stopsInBrackets,
  unbalancedBrackets,
} from './lib/punctuation-marks.js'
import { lowerAbbreviations, opensSentence } from './lib/sentence-starts.js'
import { lexicon } from './lib/spelling/lexicon.js'
import { capitalExtensions, isWebAddress } from './lib/web.js'
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
    if (end < line.end && !isBlank(after) && !closers.includes(after ?? '')) {
      // The space on the wrong side: `Monday .He`, `Trust ,the`; not `.5`, `.com`, `.NET`, `:30`, `,000`.
      const word = /^\p{L}[\p{L}'\u2019]{0,29}/u.exec(text.slice(end, Math.min(line.end, end + 30)))?.[0] ?? ''
      const wrongSide =
        /[\p{L}\p{N}]/u.test(previous) &&
        (('.?!'.includes(run) && sentenceWord(word, text[end + word.length]) && !/^(?:Com|Org|Net|Gov|Edu|NET|COM|ORG|GOV|EDU)$/u.test(word)) ||
          ((run === ',' || run === ';') && /^\p{Ll}{2}/u.test(word)))
      if (!wrongSide || isWebAddress(text.slice(end, runEnd(text, end, line.end)))) continue
      const start = runStart(text, gap, line.start)
      found.push({ span: { start, end: end + word.length }, expected: `${text.slice(start, gap)}${run} ${word}`, mark: run })
      i = end
      continue
    }
    if ((run === ':' || run === ';') && (after === ')' || after === '(')) continue // an emoticon
    const nextWord = /\S/u.exec(text.slice(end, Math.min(line.end, end + 4)))?.[0]
    if (run === ':' && /\p{N}/u.test(previous) && nextWord !== undefined && /\p{N}/u.test(nextWord)) continue // 3 : 1
    const start = runStart(text, gap, line.start)
    found.push({ span: { start, end }, expected: text.slice(start, gap) + run, mark: run })
    i = end
  }
  return found
}

/**
 * A space between a figure and its per cent sign (`5 %`, `12.5 %`): English copy sets them
 * together. A narrow or thin space (SI typography) is deliberate and left alone.
 */
function percentSpaces(text: string, line: Line): { span: Span; expected: string; mark: string }[] {
  const found: { span: Span; expected: string; mark: string }[] = []
  for (const match of text.slice(line.start, line.end).matchAll(/(?<=\p{N})[ \u00a0]%(?![\p{L}\p{N}])/gu)) {
    const at = line.start + match.index
    const start = runStart(text, at, line.start)
    found.push({ span: { start, end: at + 2 }, expected: `${text.slice(start, at)}%`, mark: '%' })
  }
  return found
}

/**
 * A word after sentence punctuation: capitalised (`The`), the one-letter words `I` and `A` before a
 * space, or an acronym (`MSCI`, `MSCI's`, `TB index`).
 */
const sentenceStart = /^(?:\p{Lu}\p{Ll}|\p{Lu}{3}|\p{Lu}{2}['\u2019\s]|[AI]\s)/u

/** Whether a whole word (and the character after it) starts a sentence: `He`, `I`, `MSCI's`, `TB`. */
const sentenceWord = (word: string, after: string | undefined): boolean => sentenceStart.test(`${word}${after ?? ' '}`)

/**
 * Sentence punctuation between words with no space: `said.The`, `why?Because`, `assets.MSCI's`,
 * `Oct. 11.Equity`, `5%.The`. Not in web addresses (a scheme, `www.` or a domain shape: `norvale.in`, not
 * `businesses.In`), file names (`report.PDF`, `report.Final.docx`), tickers (`0700.HK`), abbreviations
 * (`U.S.The`: a run with two full stops) or a number opening a line (`1.Introduction`, a list).
 */
function missingSpaces(text: string, line: Line): { span: Span; expected: string; mark: string }[] {
  const found: { span: Span; expected: string; mark: string }[] = []
  const slice = text.slice(line.start, line.end)
  for (const match of slice.matchAll(/(?<=\p{L}\p{L}|\p{N}%?|[\p{L}\p{N}][)\]])[.?!](?=\p{Lu})/gu)) {
    const at = line.start + match.index
    const next = text.slice(at + 1, at + 4)
    if (!sentenceStart.test(next)) continue
    // After capitals (`NATO.The`, `Mr.Smith`) only a capitalised word: `BRK.A`, `RELI.NS`, `Ph.Ds` stay.
    if (/\p{Lu}/u.test(text[at - 1] ?? '') && !/^\p{Lu}\p{Ll}/u.test(next)) continue
    const before = text.slice(runStart(text, at, line.start), at)
    if (/^\p{Lu}\p{Ll}$/u.test(before) && !/^\p{L}{3}/u.test(next)) continue // Ph.Ds
    const start = runStart(text, at, line.start)
    const end = runEnd(text, at + 1, line.end)
    const token = text.slice(start, end)
    if (isWebAddress(token) || (token.match(/\./gu) ?? []).length > 1) continue
    const word = /^\p{L}+/u.exec(text.slice(at + 1, end))?.[0] ?? ''
    const digits = /\p{N}/u.test(text[at - 1] ?? '')
    if (digits && /^\p{Lu}+$/u.test(word) && !/^['\u2019]s/u.test(text.slice(at + 1 + word.length))) continue // 0700.HK, 7203.TYO; not 17.GHHC's
    if (digits && /^\p{N}{1,3}$/u.test(text.slice(start, at)) && text.slice(line.start, start).trim() === '') continue // 1.Introduction
    if (match[0] === '.' && capitalExtensions.has(word) && !/\p{L}/u.test(text[at + 1 + word.length] ?? '')) continue // report.PDF
    found.push({ span: { start, end }, expected: `${text.slice(start, at + 1)} ${text.slice(at + 1, end)}`, mark: match[0] })
  }
  return found
}

/**
 * Two full stops after a word (`seriously..`, `a.m.. It`, `China..the`), and four or more between
 * words (`BJP....Congress`). Three are an ellipsis; four after a sentence (`then.... The`) are an
 * ellipsis and a full stop; a run after a space (`left .... and`) or before a digit is a leader.
 * The doubled stop ending a sentence is fixed to one; elsewhere an ellipsis is suggested.
 */
function dotRuns(text: string, line: Line): { span: Span; expected: string; id: 'doubledStop' | 'malformedEllipsis'; safe: boolean }[] {
  const found: { span: Span; expected: string; id: 'doubledStop' | 'malformedEllipsis'; safe: boolean }[] = []
  const slice = text.slice(line.start, line.end)
  for (const match of slice.matchAll(/(?<=[\p{L}\p{N})\]])\.{2,40}/gu)) {
    const length = match[0].length
    if (length === 3) continue
    const at = line.start + match.index
    const after = at + length
    const rest = text.slice(after, Math.min(line.end, after + 3))
    if (text[after] === '.' || /^[\p{N}/\\]/u.test(rest)) continue // 1..10, ../, a leader before a page number
    const sentenceEnds = rest === '' || /^(?:\s+\p{Lu}|\s*$|["\u201d\u2019')\]]+(?:\s|$))/u.test(rest)
    if (length >= 4 && sentenceEnds) continue // an ellipsis and a full stop
    const start = runStart(text, at, line.start)
    if (isWebAddress(text.slice(start, runEnd(text, after, line.end)))) continue
    const glued = /^\p{L}/u.test(rest)
    const end = glued ? runEnd(text, after, line.end) : after
    const expected = sentenceEnds
      ? `${text.slice(start, at)}.`
      : `${text.slice(start, at)}...${glued ? ' ' : ''}${text.slice(after, end)}`
    found.push({ span: { start, end }, expected, id: length === 2 ? 'doubledStop' : 'malformedEllipsis', safe: sentenceEnds })
  }
  // Two full stops after a space ending a sentence (`income .. The`): neither a stop nor an ellipsis.
  for (const match of slice.matchAll(/(?<=[\p{L}\p{N}]) \.\.(?=\s+\p{Lu}|\s*$)/gu)) {
    const at = line.start + match.index
    const start = runStart(text, at, line.start)
    found.push({ span: { start, end: at + 3 }, expected: `${text.slice(start, at)}.`, id: 'doubledStop', safe: true })
  }
  return found
}

/** An abbreviation of capitals missing its last full stop before a lower-case word: `U.S dollar`, `U.A.E firms`. */
function openAbbreviations(text: string, line: Line): { span: Span; expected: string }[] {
  const found: { span: Span; expected: string }[] = []
  const slice = text.slice(line.start, line.end)
  for (const match of slice.matchAll(/(?<![\p{L}\p{N}.@/-])(?:\p{Lu}\.){1,3}\p{Lu}(?= \p{Ll})/gu)) {
    const start = line.start + match.index
    const end = start + match[0].length
    found.push({ span: { start, end }, expected: `${match[0]}.` })
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

/**
 * A comma doubled or followed by a full stop after a word (`sharply,, traders`, `rose,.`): the
 * second mark is the one meant. Not after a figure (`Hicks 3,,` in tabular lists). A doubled
 * semicolon counts when spaced (`deal; ; the`), or glued in a story that mostly writes single
 * ones: Brown's tokenised text doubles every semicolon, a convention rather than a slip.
 */
function doubledMarks(text: string, line: Line, singleSemicolons: boolean): { span: Span; expected: string }[] {
  const found: { span: Span; expected: string }[] = []
  for (const match of text.slice(line.start, line.end).matchAll(/(?<=\p{L}),[ \t]?([,.])(?![.,])|(?<=[\p{L}\p{N}.)])(;)[ \t]?;(?![;,.])/gu)) {
    if (match[2] !== undefined && !singleSemicolons && !match[0].includes(' ') && !match[0].includes('\t')) continue
    const at = line.start + match.index
    const start = runStart(text, at, line.start)
    found.push({ span: { start, end: at + match[0].length }, expected: `${text.slice(start, at)}${match[1] ?? match[2] ?? ''}` })
  }
  return found
}

/**
 * Two different marks run together after a word (`Masters.,`, `years;,`, `coach,;`, `music:.`,
 * `found?.`, `met. .`): one of them is a slip, which an editor must pick. A comma or semicolon after
 * an abbreviation's full stop (`Acme Co.,`, `Tex.;`, `a.m.;`, `U.S.,`) is right, so after a full stop
 * only a ranked lower-case word counts; `,,` and `,.` are doubled
 * marks, `..` a doubled stop, `;;` and `. . .` left alone (Brown's typesetting and a spaced ellipsis).
 */
function clashingMarks(text: string, line: Line): { span: Span; marks: string }[] {
  const found: { span: Span; marks: string }[] = []
  for (const match of text.slice(line.start, line.end).matchAll(/(?<=[\p{L}\p{N}"'\u201d\u2019)])([.,;:!?])[ \t]?([.,;:!?])(?![.,;:!?]| [.])/gu)) {
    const first = match[1] ?? ''
    const second = match[2] ?? ''
    if (first === second ? first !== '.' || !match[0].includes(' ') : first === ',' && second === '.') continue
    // `?!`, `!?` are emphasis; `Why?,` and `it?;` are left to the quote rules; `.?` only after a word.
    if ('!?'.includes(first) && second !== '.') continue
    if ('!?'.includes(second) && first !== '.') continue
    const at = line.start + match.index
    const start = runStart(text, at, line.start)
    const word = text.slice(start, at)
    if (first === '.' && second !== '.' && !match[0].includes(' ')) {
      // After an abbreviation's full stop: `U.S.,`, `a.m.;`, `Co.,`, `etc.,`, `No.:`.
      // A capitalised word may be one (`Tex.,`, `Bldg.,`): only a ranked lower-case word is sure.
      if (!plainBeforeStop(word.replace(/^["'\u201c\u2018(]/u, ''))) continue
    }
    found.push({ span: { start, end: at + match[0].length }, marks: match[0].replace(/\s/gu, '') })
  }
  return found
}

/**
 * A full stop inside a closing quote mark and another mark just outside it (`the pier.”.`,
 * `the pier.",` then a word): the quotation already ended the sentence or the clause. After an
 * abbreviation's stop (a short capitalised word, an unknown lower-case one: `Acme Inc.",`, `40
 * lbs.".`) the outer mark may be meant, so only a plain word counts.
 */
function marksAroundQuote(text: string, line: Line): { span: Span; marks: string }[] {
  const found: { span: Span; marks: string }[] = []
  for (const match of text.slice(line.start, line.end).matchAll(/(?<=[\p{L}\p{N}])\.(["\u201d])[ \t]?([.,;:])(?![.,;:!?])/gu)) {
    const at = line.start + match.index
    const start = runStart(text, at, line.start)
    const word = trailing(text.slice(start, at), (c) => /\p{L}/u.test(c))
    if (!plainBeforeStop(word)) continue
    found.push({ span: { start, end: at + match[0].length }, marks: match[0].replace(/\s/gu, '') })
  }
  return found
}

/**
 * A space just inside a bracket between words (`the ( bill`, `increase )`): feeds leave it where
 * they strip a code or a link. Not an empty pair (`( )`, wire-code's) nor a list marker (`(a) `).
 */
function bracketSpaces(text: string, line: Line): { span: Span; expected: string }[] {
  const found: { span: Span; expected: string }[] = []
  for (const match of text.slice(line.start, line.end).matchAll(/[([][ \t]+(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])[ \t]+[)\]]/gu)) {
    const at = line.start + match.index
    const end = at + match[0].length
    const bracket = match[0].trim()
    const open = bracket === '(' || bracket === '['
    if ((bracket === '[' || bracket === ']') && spacedPair(text, line, at, open)) continue
    const start = open ? at : runStart(text, at, line.start)
    const stop = open ? runEnd(text, end, line.end) : end
    const expected = open ? `${bracket}${text.slice(end, stop)}` : `${text.slice(start, at)}${bracket}`
    found.push({ span: { start, end: stop }, expected })
  }
  return found
}

/**
 * Whether a square bracket's partner is spaced inside too (`[ Hearst ]`): tokenised text (Brown) sets
 * editorial insertions so, evenly; a feed's slip is lopsided (`[ in Varna]`).
 */
function spacedPair(text: string, line: Line, at: number, open: boolean): boolean {
  const slice = open ? text.slice(at, Math.min(line.end, at + 200)) : text.slice(Math.max(line.start, at - 200), at + 1)
  const partner = open ? slice.indexOf(']') : slice.lastIndexOf('[')
  if (partner < 0) return false
  return open ? /\s/u.test(slice[partner - 1] ?? '') : /\s/u.test(slice[partner + 1] ?? '')
}

/**
 * A full stop inside a sentence: a lower-case word, `. ` and another lower-case word (`regular
 * media. briefing`), which feeds leave when they cut a phrase. Not after lower-case abbreviations
 * (`5 lbs. of`, `mind vs. heart`), initialisms (`a.m. on`) or an ellipsis, nor before a word of two
 * letters or one outside the ranked vocabulary (a lower-cased acronym: a lost capital, not a stray stop).
 */
function strayStops(text: string, line: Line): Span[] {
  const found: Span[] = []
  const pattern = /(?<![\p{L}\p{N}.'\u2019&-])(\p{Ll}{2,20})\. (\p{Ll}{2,20})(?![\p{L}.])/gu
  for (const match of text.slice(line.start, line.end).matchAll(pattern)) {
    if (lowerAbbreviations.has(match[1] ?? '')) continue
    // The word after must be a ranked English word of three letters or more: a lower-cased acronym or name
    // after a stop (`man. un troops`, `left. tva dams`) is a lost capital, not a stray stop.
    const after = match[2] ?? ''
    if (after.length < 3 || lexicon().rank(after) === Infinity) continue
    // A new sentence that lost its capital (`the week ended. the port reopened`) is capitalisation's.
    const start = line.start + match.index
    if (opensSentence(text, start + (match[1] ?? '').length, after)) continue
    found.push({ start, end: start + match[0].length })
  }
  return found
}

/**
 * A dash with a space on one side only, between words or figures (`(V7N)— Anura`, `2012 —2013`):
 * house styles space a dash on both sides or neither. Not a dash that opens or ends a line.
 */
/**
 * A hyphen between words spaced on one side only (`Monday -and`, `Monday- the`): a dash that lost a
 * space, or a hyphen that gained one. Not a suspended hyphen (`nine- and ten-year-olds`), nor before
 * a capital or a figure (agency end marks, negative numbers are other rules' business).
 */
function lopsidedHyphen(text: string, line: Line, i: number): Span | undefined {
  const before = text[i - 1] ?? ''
  const after = text[i + 1] ?? ''
  if (before === ' ' && /\p{L}/u.test(text[i - 2] ?? '') && /\p{Ll}/u.test(after)) {
    return { start: runStart(text, i - 1, line.start), end: runEnd(text, i, line.end) }
  }
  if (after !== ' ' || !/\p{L}/u.test(before) || !/\p{Ll}/u.test(text[i + 2] ?? '')) return undefined
  if (/^ (?:and|or|to|nor|through|&) /u.test(text.slice(i + 1, i + 11))) return undefined
  return { start: runStart(text, i, line.start), end: runEnd(text, i + 2, line.end) }
}

function lopsidedDashes(text: string, line: Line): Span[] {
  const found: Span[] = []
  const word = /[\p{L}\p{N})\]"\u201d\u2019]/u
  for (let i = line.start + 2; i < line.end - 2; i++) {
    const char = text[i] ?? ''
    if (char === '-') {
      const hit = lopsidedHyphen(text, line, i)
      if (hit) found.push(hit)
      continue
    }
    if (char !== '\u2014' && char !== '\u2013') continue
    const before = text[i - 1] ?? ''
    const after = text[i + 1] ?? ''
    const openLeft = before === ' ' && word.test(text[i - 2] ?? '') && /[\p{L}\p{N}(]/u.test(after)
    const openRight = after === ' ' && word.test(before) && /[\p{L}\p{N}(]/u.test(text[i + 2] ?? '')
    // The words on both sides, as an editor reads them: `(V7N)— Anura`, `old one —would`.
    if (openLeft) found.push({ start: runStart(text, i - 1, line.start), end: runEnd(text, i, line.end) })
    else if (openRight) found.push({ start: runStart(text, i + 1, line.start), end: runEnd(text, i + 2, line.end) })
  }
  return found
}

export default defineRule(
  {
    id: 'punctuation-spacing',
    category: 'punctuation',
    kind: 'mechanical',
    severity: 'error',
    description: 'Flag a space before `.,;:?!`, a missing space after sentence punctuation, double spaces, doubled, clashing or stray marks, spaces inside brackets, unbalanced brackets, lopsided dashes and hyphens typed for dashes, `U.S` missing its last period, a paragraph missing its full stop and a comma between subject and verb',
    rationale:
      'Stray spaces around punctuation (`Image .`, `said.The`, `the  minister`) are left by feeds that strip codes or join lines; they look careless and can break a line before a comma.',
    fix: 'safe',
    messages: {
      spaceBefore: 'Unexpected space before `{mark}` in `{actual}`, expected `{expected}`',
      missingSpace: 'Unexpected missing space after `{mark}` in `{actual}`, expected `{expected}`',
      doubleSpace: 'Unexpected double space in `{actual}`, expected `{expected}`',
      doubledStop: 'Unexpected doubled full stop in `{actual}`, expected `{expected}`',
      malformedEllipsis: 'Unexpected run of full stops in `{actual}`, expected an ellipsis `{expected}`',
      abbreviationPeriod: 'Unexpected abbreviation without its last full stop `{actual}`, expected `{expected}`',
      doubledMark: 'Unexpected doubled punctuation in `{actual}`, expected `{expected}`',
      clashingMarks: 'Unexpected marks `{marks}` run together in `{actual}`, keep the one meant',
      bracketSpace: 'Unexpected space inside the brackets in `{actual}`, expected `{expected}`',
      strayStop: 'Unexpected full stop inside a sentence in `{actual}`, remove it or start a new sentence',
      lopsidedDash: 'Unexpected space on one side of the dash in `{actual}`, space it on both sides or neither',
      subjectComma: 'Unexpected comma between the subject and its verb in `{actual}`, remove it',
      missingStop: 'Unexpected end of paragraph without a full stop after `{actual}`, end the sentence',
      compoundHyphen: 'Unexpected compound modifier without a hyphen `{actual}`, expected `{hyphenated}`',
      hyphenDash: 'Unexpected hyphen used as a dash in `{actual}`, expected a dash `{dash}`',
      unclosedBracket: 'Unexpected unclosed bracket `{actual}`, close it or remove it',
      unopenedBracket: 'Unexpected closing bracket `{actual}` without an opening one',
      stopInBracket: 'Unexpected full stop inside a bracket that opened mid-sentence in `{actual}`, expected `{expected}`',
      rangeDash: 'Unexpected spaced dash in the range `{actual}`, expected `{range}`',
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
          text: 'Demand from ferry firms.In May the pier reopened on Monday .He said so.',
          diagnostics: [
            '1:19-1:27 missingSpace Unexpected missing space after `.` in `firms.In`, expected `firms. In`',
            '1:53-1:63 spaceBefore Unexpected space before `.` in `Monday .He`, expected `Monday. He`',
          ],
          output: 'Demand from ferry firms. In May the pier reopened on Monday. He said so.',
        },
        {
          text: 'Sales fell on Friday.I expect more, the owner said.The board paid 1,250 .A second board met in May.TB cases rose.',
          diagnostics: [
            '1:15-1:23 missingSpace Unexpected missing space after `.` in `Friday.I`, expected `Friday. I`',
            '1:47-1:55 missingSpace Unexpected missing space after `.` in `said.The`, expected `said. The`',
            '1:67-1:75 spaceBefore Unexpected space before `.` in `1,250 .A`, expected `1,250. A`',
            '1:96-1:102 missingSpace Unexpected missing space after `.` in `May.TB`, expected `May. TB`',
          ],
          output: 'Sales fell on Friday. I expect more, the owner said. The board paid 1,250. A second board met in May. TB cases rose.',
        },
        {
          text: 'Fares rose 5%.The board met.',
          diagnostics: ['1:12-1:18 missingSpace Unexpected missing space after `.` in `5%.The`, expected `5%. The`'],
          output: 'Fares rose 5%. The board met.',
        },
        {
          text: "Traders held 400 shares on March 17.KLT's board met.",
          diagnostics: ["1:34-1:42 missingSpace Unexpected missing space after `.` in `17.KLT's`, expected `17. KLT's`"],
          output: "Traders held 400 shares on March 17. KLT's board met.",
        },
        {
          text: 'The index ended at 50.. The U.S dollar fell.',
          diagnostics: [
            '1:20-1:24 doubledStop Unexpected doubled full stop in `50..`, expected `50.`',
            '1:29-1:32 abbreviationPeriod Unexpected abbreviation without its last full stop `U.S`, expected `U.S.`',
          ],
          output: 'The index ended at 50. The U.S. dollar fell.',
        },
        {
          text: 'Votes went to the Left....Greens came second.',
          diagnostics: [
            '1:19-1:33 malformedEllipsis Unexpected run of full stops in `Left....Greens`, expected an ellipsis `Left... Greens`',
          ],
          output: 'Votes went to the Left....Greens came second.',
        },
        {
          text: 'She told the weekly press. briefing in Varna that the pier (P4)— the old one —would reopen.',
          diagnostics: [
            '1:21-1:36 strayStop Unexpected full stop inside a sentence in `press. briefing`, remove it or start a new sentence',
            '1:60-1:69 lopsidedDash Unexpected space on one side of the dash in `(P4)— the`, space it on both sides or neither',
            '1:74-1:84 lopsidedDash Unexpected space on one side of the dash in `one —would`, space it on both sides or neither',
          ],
        },
        {
          text: 'Ferry strike ends\n\nDock workers in Varna returned to work on Monday after the union accepted a new pay offer.\n\nThe union said talks with the port authority would resume next month over the rest of the claims\n\nShips left the harbour at noon.',
          diagnostics: ['5:91-5:97 missingStop Unexpected end of paragraph without a full stop after `claims`, end the sentence'],
        },
        {
          text: 'The vote \u2013 a first for the port \u2013 passed, but the fares are - for now - unchanged for every ten day period.',
          diagnostics: [
            '1:57-1:66 hyphenDash Unexpected hyphen used as a dash in `are - for`, expected a dash `\u2013`',
            '1:67-1:82 hyphenDash Unexpected hyphen used as a dash in `now - unchanged`, expected a dash `\u2013`',
            '1:93-1:100 compoundHyphen Unexpected compound modifier without a hyphen `ten day`, expected `ten-day`',
          ],
        },
        {
          text: 'Fares rose sharply,, traders said, and fell on Monday,.',
          diagnostics: [
            '1:12-1:21 doubledMark Unexpected doubled punctuation in `sharply,,`, expected `sharply,`',
            '1:48-1:56 doubledMark Unexpected doubled punctuation in `Monday,.`, expected `Monday.`',
          ],
          output: 'Fares rose sharply, traders said, and fell on Monday.',
        },
        {
          text: 'He won the cup., the title and the purse;, then left. The pier was found?. It was shut .. The ( new pier opened ) on Monday.',
          diagnostics: [
            '1:12-1:17 clashingMarks Unexpected marks `.,` run together in `cup.,`, keep the one meant',
            '1:36-1:43 clashingMarks Unexpected marks `;,` run together in `purse;,`, keep the one meant',
            '1:68-1:75 clashingMarks Unexpected marks `?.` run together in `found?.`, keep the one meant',
            '1:83-1:90 doubledStop Unexpected doubled full stop in `shut ..`, expected `shut.`',
            '1:95-1:100 bracketSpace Unexpected space inside the brackets in `( new`, expected `(new`',
            '1:106-1:114 bracketSpace Unexpected space inside the brackets in `opened )`, expected `opened)`',
          ],
          output: 'He won the cup., the title and the purse;, then left. The pier was found?. It was shut. The (new pier opened) on Monday.',
        },
        {
          text: 'The mayor said: “We will rebuild the pier.”. The work starts in May.',
          diagnostics: ['1:38-1:45 clashingMarks Unexpected marks `.”.` run together in `pier.”.`, keep the one meant'],
        },
        {
          text: 'In a radio interview on Friday, Dorvik, said he would reopen the pier.',
          diagnostics: ['1:33-1:45 subjectComma Unexpected comma between the subject and its verb in `Dorvik, said`, remove it'],
        },
        {
          text: 'Why wait? Turnout rose on Monday!! The council (which met in Varna said the vote was fair.',
          diagnostics: [
            '1:27-1:35 doubledMark Unexpected doubled punctuation in `Monday!!`, expected `Monday!`',
            '1:48-1:49 unclosedBracket Unexpected unclosed bracket `(`, close it or remove it',
          ],
          output: 'Why wait? Turnout rose on Monday! The council (which met in Varna said the vote was fair.',
        },
        {
          text: 'The pier reopened on Monday) and the council (see below.) Fares rose.',
          diagnostics: [
            '1:28-1:29 unopenedBracket Unexpected closing bracket `)` without an opening one',
            '1:51-1:58 stopInBracket Unexpected full stop inside a bracket that opened mid-sentence in `below.)`, expected `below).`',
          ],
          output: 'The pier reopened on Monday) and the council (see below). Fares rose.',
        },
        {
          text: 'The vote was close --very close. He served as mayor (2012 \u2014 2016) and left the board,\n, the town said.',
          diagnostics: [
            '1:14-1:26 lopsidedDash Unexpected space on one side of the dash in `close --very`, space it on both sides or neither',
            '1:54-1:65 rangeDash Unexpected spaced dash in the range `2012 \u2014 2016`, expected `2012\u20132016`',
            '1:80-2:3 doubledMark Unexpected doubled punctuation in `board,\n, `, expected `board,\n`',
          ],
          output: 'The vote was close --very close. He served as mayor (2012 \u2014 2016) and left the board,\nthe town said.',
        },
        {
          text: 'Ferry strike ends\n\nDock workers in Varna returned to work on Monday after the union accepted a new pay offer.\n\nThe union leader said: \u201cwe will keep talking about the rest of the claims\u201d\n\nShips left the harbour at noon.',
          diagnostics: ['5:68-5:75 missingStop Unexpected end of paragraph without a full stop after `claims\u201d`, end the sentence'],
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
        'Fans came from Austin, Tex., and the U.S., at 9 a.m.; etc., then left. Why?! Items (a) and (b) stay (as does this. ) Really.',
        'Inflation rose 3.5 percent to 1,000 points at 10:30 a.m. in the U.S. capital.',
        'Mrs. Lowe 3,, Mrs. Kim 2,, and Acme Inc., with ships, boats, etc., sailed.',
        'The port chief, Dorvik, said he would stay. The mood, said Varna, was grim. On May 2 the head of the port, Ana Dorvik, said no.',
        'See example.com or www.norvale.gov.in for the e.g. list, the Ph.D. said.',
        'He paused ... then left. J.R.R. Tolkien lived in St. Louis? No.',
        'The pier opened.  Crowds cheered.',
        'The vote was 3 : 1 in favour :) of the plan.',
        '    Indented lines are fine.\n  . . . and so are leaders.',
        'Files named report.Final.docx stay.',
        'Wait for it.... The pier opened at 9 a.m. in the U.S. and U.K. ... then rain.',
        'Shares of 0700.HK and the report.PDF, not norvale.in, moved the .NET team.',
        'It weighs 5 lbs. or more, mind vs. heart, at 9 a.m. sharp; the old pier — rebuilt in 1990 — stands.',
        'The vote (2012–2014) was close—very close. Wait... then came the result.',
        'He works for "Norvale Co.", she said, and lost 40 "lbs.".',
        'Harbour talks resume in Varna next month as the union weighs the latest offer from the port\n\nVARNA, May 3 (WNA) - Dock workers returned to work on Monday after the union accepted a new pay offer.\n\nThe score was 3 - 2 after ten days of talks and two year-long delays.',
        'Items a) and b) stay (as agreed). The 1990 -- 1991 season ran long -- then ended. Wow?! She joined Acme (then Acme Inc.) In May she left. (The board met.\n\nIt voted.) Nobody knew.',
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
    const singleSemicolons = (text.match(/(?<!;);(?!;)/gu)?.length ?? 0) > (text.match(/;;/gu)?.length ?? 0)
    // A missing stop and a hyphen for a dash are judgements, not spacing: warnings at most.
    for (const span of missingStops(story)) report('missingStop', span, { fix: 'none', severity: 'warning' })
    for (const sentence of story.sentences) {
      if (!/\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred) /iu.test(sentence.text)) continue
      for (const span of openCompounds(story, sentence)) {
        const hyphenated = story.text.slice(span.start, span.end).replace(' ', '-')
        report('compoundHyphen', span, { fix: 'none', severity: 'info', data: { hyphenated } })
      }
    }
    for (const span of subjectCommas(story)) report('subjectComma', span, { fix: 'none', severity: 'warning' })
    const endMarks = endMarkStyle(text)
    const cut = !/[.!?"'\u201d\u2019)\]\u2026]$/u.test(text.trimEnd())
    const brackets = unbalancedBrackets(text, story.paragraphs)
    const lastStart = story.paragraphs.at(-1)?.start ?? text.length
    // An aside of whole sentences (`. (The board met.` or `met.)`) may open or close beyond the paragraphs looked at: info only.
    const level = (span: Span): 'info' | 'warning' => (sentenceAside(text, span) ? 'info' : 'warning')
    for (const span of brackets.unclosed) if (!(cut && span.start >= lastStart)) report('unclosedBracket', span, { fix: 'none', severity: level(span) })
    for (const span of brackets.unopened) report('unopenedBracket', span, { fix: 'none', severity: level(span) })
    for (const paragraph of story.paragraphs) {
      for (const hit of stopsInBrackets(text, paragraph)) report('stopInBracket', hit.span, { expected: [hit.expected] })
      for (const hit of commasAcrossBreak(text, paragraph)) report('doubledMark', hit.span, { expected: [hit.expected] })
    }
    for (const hit of hyphenDashes(story)) {
      report('hyphenDash', hit.span, { fix: 'none', data: { dash: hit.dash }, severity: hit.sure ? 'warning' : 'info' })
    }
    for (const line of story.lines) {
      if (line.end - line.start < 3) continue
      for (const hit of [...spacesBefore(text, line), ...percentSpaces(text, line)]) report('spaceBefore', hit.span, { expected: [hit.expected], data: { mark: hit.mark } })
      for (const hit of missingSpaces(text, line)) report('missingSpace', hit.span, { expected: [hit.expected], data: { mark: hit.mark } })
      for (const hit of dotRuns(text, line)) report(hit.id, hit.span, { expected: [hit.expected], ...(hit.safe ? {} : { fix: 'suggest' as const }) })
      for (const hit of openAbbreviations(text, line)) report('abbreviationPeriod', hit.span, { expected: [hit.expected] })
      for (const span of strayStops(text, line)) report('strayStop', span, { fix: 'none' })
      for (const hit of doubledMarks(text, line, singleSemicolons)) report('doubledMark', hit.span, { expected: [hit.expected] })
      for (const hit of [...clashingMarks(text, line), ...marksAroundQuote(text, line)]) report('clashingMarks', hit.span, { fix: 'none', data: { marks: hit.marks } })
      for (const hit of bracketSpaces(text, line)) report('bracketSpace', hit.span, { expected: [hit.expected] })
      const ranges = spacedYearRanges(text, line)
      for (const hit of ranges) report('rangeDash', hit.span, { fix: 'none', severity: 'warning', data: { range: hit.range } })
      for (const span of [...lopsidedDashes(text, line), ...lopsidedDoubleHyphens(text, line)]) {
        if (!ranges.some((r) => r.span.start < span.end && span.start < r.span.end)) report('lopsidedDash', span, { fix: 'none' })
      }
      // A story that doubles every end mark follows a tokenised corpus's convention; with one doubled mark and
      // no single one to compare with, it may: info. A run of three is a slip whatever the story does.
      for (const hit of repeatedEndMarks(text, line)) {
        const triple = hit.span.end - hit.span.start - hit.expected.length >= 2
        if (endMarks === 'doubled' && !triple) continue
        report('doubledMark', hit.span, { expected: [hit.expected], ...(endMarks === 'single' || triple ? {} : { severity: 'info' as const }) })
      }
      if (inTable.has(line.index)) continue
      for (const hit of doubleSpaces(text, line, options.afterSentence)) report('doubleSpace', hit.span, { expected: [hit.expected] })
    }
  },
)
