// Calendar helpers shared by date-format and the style/*-month rules: month and weekday names,
// month lengths, weekdays by Date.UTC arithmetic, and the written dates of a text (`January 11`,
// `Jan. 11, 2022`, `11th January`, `January 2-7`).
import type { Span } from '../../src/rule/types.js'

/** A month: its full name, the abbreviations met in copy, and the AP/Reuters text abbreviation. */
export interface Month {
  /** 1-based month number. */
  readonly number: number
  readonly name: string
  /** AP and Reuters abbreviation with a specific date (`Jan.`), or the full name when never abbreviated. */
  readonly withDate: string
  /** Other short forms found in copy (without a final period). */
  readonly short: readonly string[]
}

/** The twelve months. */
export const months: readonly Month[] = Object.freeze([
  { number: 1, name: 'January', withDate: 'Jan.', short: ['Jan'] },
  { number: 2, name: 'February', withDate: 'Feb.', short: ['Feb'] },
  { number: 3, name: 'March', withDate: 'March', short: ['Mar'] },
  { number: 4, name: 'April', withDate: 'April', short: ['Apr'] },
  { number: 5, name: 'May', withDate: 'May', short: [] },
  { number: 6, name: 'June', withDate: 'June', short: ['Jun'] },
  { number: 7, name: 'July', withDate: 'July', short: ['Jul'] },
  { number: 8, name: 'August', withDate: 'Aug.', short: ['Aug'] },
  { number: 9, name: 'September', withDate: 'Sept.', short: ['Sep', 'Sept'] },
  { number: 10, name: 'October', withDate: 'Oct.', short: ['Oct'] },
  { number: 11, name: 'November', withDate: 'Nov.', short: ['Nov'] },
  { number: 12, name: 'December', withDate: 'Dec.', short: ['Dec'] },
].map((m) => Object.freeze({ ...m, short: Object.freeze(m.short) })))

/** Weekday names, Sunday first (the order of `Date.prototype.getUTCDay`). */
export const weekdays: readonly string[] = Object.freeze([
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
])

/** Years a date may carry to count as one (others are treated as no year). */
export const minYear = 1900
export const maxYear = 2100

/** The month a capitalised word names (`January`, `Jan`, `Sept`), or undefined. */
export function monthOf(word: string): Month | undefined {
  return months.find((m) => m.name === word || m.short.includes(word))
}

/** Whether a year is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Days in a month; February has 29 when the year is unknown. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Weekday index (0 = Sunday) of a date, by Date.UTC arithmetic. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

/** Days since 1970-01-01 of a date (for distances between dates). */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000
}

/** A date written with its month in words. */
export interface WrittenDate extends Span {
  /** The month word as written, without a period (`January`, `Jan`, `Sept`). */
  readonly monthWord: Span & { readonly text: string }
  /** Whether the month word is followed by a period (`Jan.`). */
  readonly monthPeriod: boolean
  readonly month: Month
  /** First (or only) day. */
  readonly day: number
  readonly daySpan: Span
  /** Last day of a range (`January 2-7`). */
  readonly endDay?: number
  /** Year written with the date (1900-2100), if any. */
  readonly year?: number
  /** `month-first` (`January 11`) or `day-first` (`11 January`). */
  readonly order: 'month-first' | 'day-first'
}

/** Words after a day number that show it is a count, not a day (`in October 30 people`). */
const countAfter =
  /^ (?:percent|per cent|people|persons|men|women|children|million|billion|thousand|hundred|years?|months?|weeks?|days?|hours?|times|points?|votes|seats|cents|tonnes|tons|miles|km|kilometres|kilometers|feet|meters|metres)\b/u

/**
 * Dates written with the month in words: `January 11`, `Jan. 11, 2022`, `January 11th`,
 * `January 2-7`, `11 January 2022`, `11th of January`. Month names must be capitalised; a day must
 * be 1-31 (`May 45` is no date) and not be a count (`in October 30 people`).
 */
export function writtenDates(text: string): WrittenDate[] {
  const found: WrittenDate[] = []
  const monthFirst =
    /(?<![\p{L}\p{N}_'’-])(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(\.?)[ \u00a0](\d{1,2})(?:st|nd|rd|th)?(?:[-–](\d{1,2})(?:st|nd|rd|th)?)?(?:,?[ \u00a0](\d{4}))?(?![\p{L}\p{N}_]|[.,:/-]\p{N})/gu
  for (const match of text.matchAll(monthFirst)) {
    const [whole, word = '', period = '', dayText = '', endText, yearText] = match
    const month = monthOf(word)
    if (!month) continue
    const start = match.index
    const dayStart = start + word.length + period.length + 1
    const date = build(text, {
      start,
      end: start + whole.length,
      word,
      period,
      month,
      dayText,
      dayStart,
      endText,
      yearText,
      order: 'month-first',
    })
    if (date) found.push(date)
  }
  const dayFirst =
    /(?<![\p{L}\p{N}_.,:/-])(\d{1,2})(?:st|nd|rd|th)?(?:[-–](\d{1,2})(?:st|nd|rd|th)?)?(?: of)?[ \u00a0](January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(\.?)(?:,?[ \u00a0](\d{4}))?(?![\p{L}\p{N}_]|[.,:/-]\p{N})/gu
  for (const match of text.matchAll(dayFirst)) {
    const [whole, dayText = '', endText, word = '', matchedPeriod = '', matchedYear] = match
    const month = monthOf(word)
    if (!month) continue
    const start = match.index
    const wordStart = start + whole.indexOf(word, dayText.length)
    // A full stop after a full month name ends the sentence (`on 31 June.`): not part of the date.
    const sentenceEnd = matchedPeriod === '.' && word === month.name
    const period = sentenceEnd ? '' : matchedPeriod
    const yearText = sentenceEnd ? undefined : matchedYear
    const end = sentenceEnd ? wordStart + word.length : start + whole.length
    if (found.some((d) => d.start < end && start < d.end)) continue
    const date = build(text, {
      start,
      end,
      word,
      period,
      month,
      dayText,
      dayStart: start,
      endText,
      yearText,
      order: 'day-first',
      wordStart,
    })
    if (date) found.push(date)
  }
  return found.sort((a, b) => a.start - b.start)
}

interface Parts {
  start: number
  end: number
  word: string
  period: string
  month: Month
  dayText: string
  dayStart: number
  endText: string | undefined
  yearText: string | undefined
  order: 'month-first' | 'day-first'
  wordStart?: number
}

function build(text: string, p: Parts): WrittenDate | undefined {
  const day = Number(p.dayText)
  if (day < 1 || day > 31) return undefined
  const endDay = p.endText === undefined ? undefined : Number(p.endText)
  if (endDay !== undefined && (endDay < 1 || endDay > 31 || endDay <= day)) return undefined
  let end = p.end
  const yearText = p.yearText ?? ''
  let year = yearText === '' ? undefined : Number(yearText)
  if (year !== undefined && (year < minYear || year > maxYear)) {
    // `January 11, 1850`: keep the date, drop the year it cannot check.
    end = p.end - yearText.length - (text[p.end - yearText.length - 2] === ',' ? 2 : 1)
    year = undefined
  }
  if (year === undefined && endDay === undefined && p.order === 'month-first' && countAfter.test(text.slice(end, end + 16))) {
    return undefined
  }
  const wordStart = p.wordStart ?? p.start
  return {
    start: p.start,
    end,
    monthWord: { start: wordStart, end: wordStart + p.word.length, text: p.word },
    monthPeriod: p.period === '.',
    month: p.month,
    day,
    daySpan: { start: p.dayStart, end: p.dayStart + p.dayText.length },
    ...(endDay === undefined ? {} : { endDay }),
    ...(year === undefined ? {} : { year }),
    order: p.order,
  }
}

/** `11 January 2022`: a date in words, day first, for messages. */
export function formatDate(year: number | undefined, month: number, day: number): string {
  const name = months[month - 1]?.name ?? String(month)
  return year === undefined ? `${day} ${name}` : `${day} ${name} ${year}`
}
