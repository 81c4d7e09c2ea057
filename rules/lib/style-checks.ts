// Detectors shared by the house-style rules (rules/style/): month abbreviations with dates, percent
// forms and dashes. Each takes the story's flat text and returns findings with exact replacements;
// the rules choose the target form and the messages.
import type { Span } from '../../src/rule/types.js'
import { maxYear, minYear, monthOf, writtenDates } from './dates.js'

/** A finding of a style detector: what to replace, with what, and the kind of defect. */
export interface StyleFinding<Kind extends string> extends Span {
  readonly kind: Kind
  /** The replacement for `[start, end)`. */
  readonly expected: string
  /** Extra message data. */
  readonly data?: Readonly<Record<string, string>>
}

/**
 * AP and Reuters month style in text: with a specific date, `Jan.`, `Feb.`, `Aug.`, `Sept.`, `Oct.`,
 * `Nov.`, `Dec.`, and March to July in full (`January 11` -> `Jan. 11`, `Sep. 5` -> `Sept. 5`,
 * `Mar. 3` -> `March 3`); without a day, the full name (`Jan. 2023` -> `January 2023`). Day-first
 * dates (`11 January`) are left alone.
 */
export function monthStyle(text: string): StyleFinding<'abbreviate' | 'abbreviation' | 'spellOut'>[] {
  const findings: StyleFinding<'abbreviate' | 'abbreviation' | 'spellOut'>[] = []
  for (const date of writtenDates(text)) {
    if (date.order !== 'month-first') continue
    const written = date.monthWord.text + (date.monthPeriod ? '.' : '')
    if (written === date.month.withDate) continue
    const span = { start: date.monthWord.start, end: date.monthWord.end + (date.monthPeriod ? 1 : 0) }
    const kind = date.monthWord.text === date.month.name ? 'abbreviate' : 'abbreviation'
    findings.push({ ...span, kind, expected: date.month.withDate })
  }
  const withYear =
    /(?<![\p{L}\p{N}_'’-])(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(\.?),? (\d{4})(?![\p{L}\p{N}_]|[.,:/-]\p{N})/gu
  for (const match of text.matchAll(withYear)) {
    const [, word = '', period = '', yearText = ''] = match
    const month = monthOf(word)
    const year = Number(yearText)
    if (!month || year < minYear || year > maxYear) continue
    if (/\d(?:st|nd|rd|th)?(?: of)? $/u.test(text.slice(Math.max(0, match.index - 8), match.index))) continue // `16 Sep 2012`
    findings.push({ start: match.index, end: match.index + word.length + period.length, kind: 'spellOut', expected: month.name })
  }
  return findings.sort((a, b) => a.start - b.start)
}

/** The target form of a percentage: the `%` sign (`5%`) or the word (`5 percent`). */
export type PercentForm = 'sign' | 'word'

const numberWords: Readonly<Record<string, number>> = Object.freeze({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
})

/** The value of a spelled-out number from one to ninety-nine (`twenty-five` -> 25), or undefined. */
export function numberWordValue(word: string): number | undefined {
  const [tens = '', units, extra] = word.split('-')
  if (extra !== undefined) return undefined
  const high = numberWords[tens]
  if (high === undefined) return undefined
  if (units === undefined) return high
  const low = numberWords[units]
  return high >= 20 && high % 10 === 0 && low !== undefined && low < 10 ? high + low : undefined
}

/**
 * Percentages not in the target form: `5 percent`, `5 per cent`, `5 %` (sign: `5%`; word:
 * `5 percent`), `five percent` (`5%` or `5 percent`: percentages take figures), and `per cent`
 * without a figure (`percent`). Capitalised words (a sentence start, a headline) and casual uses
 * (`zero percent`) are left alone.
 */
export function percentStyle(text: string, form: PercentForm): StyleFinding<'form' | 'spelled' | 'perCent'>[] {
  const findings: StyleFinding<'form' | 'spelled' | 'perCent'>[] = []
  const target = (figure: string) => (form === 'sign' ? `${figure}%` : `${figure} percent`)
  const taken: Span[] = []
  const withFigure = /(?<![\p{L}\p{N}_.,])(\d{1,15}(?:,\d{3}){0,5}(?:\.\d{1,6})?)( ?)(%|percent|per cent)(?![\p{L}\p{N}_])/gu
  for (const match of text.matchAll(withFigure)) {
    const [whole, figure = '', space = '', unit = ''] = match
    const span = { start: match.index, end: match.index + whole.length }
    taken.push(span)
    const current = `${space}${unit}`
    if ((form === 'sign' && current === '%') || (form === 'word' && current === ' percent')) continue
    findings.push({ ...span, kind: 'form', expected: target(figure) })
  }
  const withWord =
    /(?<![\p{L}\p{N}_-])((?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]{3,5})?) (percent|per cent)(?![\p{L}\p{N}_])/gu
  for (const match of text.matchAll(withWord)) {
    const [whole, word = ''] = match
    const value = numberWordValue(word)
    if (value === undefined) continue
    const span = { start: match.index, end: match.index + whole.length }
    taken.push(span)
    findings.push({ ...span, kind: 'spelled', expected: target(String(value)) })
  }
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_-])per cent(?![\p{L}\p{N}_])/gu)) {
    const span = { start: match.index, end: match.index + match[0].length }
    if (taken.some((t) => t.start <= span.start && span.end <= t.end)) continue
    findings.push({ ...span, kind: 'perCent', expected: 'percent' })
  }
  return findings.sort((a, b) => a.start - b.start)
}

/** A dash as typed: a spaced hyphen, a double hyphen, an en dash, an em dash. */
export type DashMark = 'hyphen' | 'double' | 'en' | 'em'

/** A dash between two words of a line, with the spaces around it (for an exact replacement). */
export interface Dash extends Span {
  readonly mark: DashMark
  /** Spaces on both sides. */
  readonly spaced: boolean
}

/** How messages name each mark. */
export const dashNames: Readonly<Record<DashMark, string>> = Object.freeze({
  hyphen: 'hyphen `-`',
  double: 'double hyphen `--`',
  en: 'en dash `–`',
  em: 'em dash `—`',
})

/**
 * Dashes between words on one line: ` - `, `--` (spaced or not), ` – `, `—` (spaced or not). Not a
 * dash between figures (`10 - 20`, `2010–2015`: ranges and scores), an unspaced hyphen or en dash
 * (compounds), a dash opening a line (lists) or ending a quotation (`I just—"`). Pass the story text,
 * not `flat`, so a line break before a list dash is kept.
 */
export function dashes(text: string): Dash[] {
  const found: Dash[] = []
  const pattern = /(?<=[\p{L}\p{N}.,;:!?"'’”)\]%])( ?)(--|—|–|-)( ?)(?=[\p{L}\p{N}"'‘“(\[$£€])/gu
  for (const match of text.matchAll(pattern)) {
    const [whole, before = '', mark = '', after = ''] = match
    const spaced = before === ' ' && after === ' '
    const kind: DashMark = mark === '--' ? 'double' : mark === '—' ? 'em' : mark === '–' ? 'en' : 'hyphen'
    if ((kind === 'hyphen' || kind === 'en') && !spaced) continue
    const start = match.index
    const end = start + whole.length
    if (/\p{N}/u.test(text[start - 1] ?? '') && /\p{N}/u.test(text[end] ?? '')) continue
    if (text[start - 1] === '-' || text[end] === '-') continue // `---`, `- -`
    found.push({ start, end, mark: kind, spaced })
  }
  return found
}
