import { z } from 'zod'
import { defineRule } from '../src/rule/define-rule.js'
import type { Span, Story } from '../src/rule/types.js'
import {
  type WrittenDate,
  dayNumber,
  daysInMonth,
  formatDate,
  maxYear,
  minYear,
  months,
  weekdayOf,
  weekdays,
  writtenDates,
} from './lib/dates.js'

type MessageId = 'ambiguous' | 'numeric' | 'timestamp' | 'impossible' | 'weekday'

/** A year (and, when known, month and day) the story is dated by: the anchor for yearless dates. */
interface Reference {
  /** Offset of the date in the story (the earliest one, usually the dateline, names the year). */
  readonly at: number
  /** A dateline, timestamp or byline date: the story's own date. */
  readonly header: boolean
  readonly year: number
  readonly month: number
  readonly day: number
}

/** One way to read an all-numeric date. */
interface Reading {
  readonly year: number
  readonly month: number
  readonly day: number
}

interface NumericDate extends Span {
  readonly text: string
  readonly parts: readonly [string, string, string]
  readonly separator: string
}

interface Finding {
  readonly messageId: MessageId
  readonly span: Span
  readonly data: Readonly<Record<string, string>>
}

export default defineRule(
  {
    id: 'date-format',
    category: 'dates',
    kind: 'mechanical',
    severity: 'warning',
    description:
      'Flag ambiguous or numeric dates (`10-01-2022`), impossible dates (`April 31`) and weekdays that contradict their date',
    rationale:
      'Readers abroad cannot tell whether `10-01-2022` is 10 January or 1 October, and a wrong weekday or a day that does not exist shows the date itself may be wrong; an editor checks it against the source.',
    fix: 'none',
    messages: {
      ambiguous: 'Unexpected ambiguous numeric date `{actual}` ({readings}), write the month in words',
      numeric: 'Unexpected numeric date `{actual}` ({date}), write the month in words',
      timestamp: 'Unexpected machine timestamp `{actual}`, write the date in words',
      impossible: 'Unexpected impossible date `{actual}`, {reason}',
      weekday: 'Unexpected weekday `{actual}` for `{date}`, which falls on a {weekday} in {year}',
    },
    options: z.strictObject({
      unambiguousNumeric: z
        .boolean()
        .default(true)
        .describe('Also flag all-numeric dates that read only one way (`15-02-2024`), not only ambiguous ones'),
    }),
    examples: {
      invalid: [
        {
          text: 'Talks resume on 03/04/2024 in Velm.',
          diagnostics: [
            '1:17-1:27 ambiguous Unexpected ambiguous numeric date `03/04/2024` (3 April 2024 or 4 March 2024), write the month in words',
          ],
        },
        {
          text: 'PNA | Dorvik | Updated: 21-09-2023 10:15 IST',
          diagnostics: [
            '1:25-1:35 numeric Unexpected numeric date `21-09-2023` (21 September 2023), write the month in words',
          ],
        },
        {
          text: 'Filed 2023-05-14 08:12:09-04 by the desk.',
          diagnostics: ['1:7-1:29 timestamp Unexpected machine timestamp `2023-05-14 08:12:09-04`, write the date in words'],
        },
        {
          text: 'The fair runs from April 28-31 and closes on 31 June.',
          diagnostics: [
            '1:20-1:31 impossible Unexpected impossible date `April 28-31`, April has 30 days',
            '1:46-1:53 impossible Unexpected impossible date `31 June`, June has 30 days',
          ],
        },
        {
          text: 'The levy took effect on February 29, 2023.',
          diagnostics: [
            '1:25-1:42 impossible Unexpected impossible date `February 29, 2023`, February has 28 days in 2023',
          ],
        },
        {
          text: 'The vote was held on Sunday, January 11, 2022.',
          diagnostics: [
            '1:22-1:28 weekday Unexpected weekday `Sunday` for `January 11, 2022`, which falls on a Tuesday in 2022',
          ],
        },
        {
          text: 'Sorvan, March 2, 2025: The council meets on Monday (March 4) and again on Friday, March 7.',
          diagnostics: [
            '1:45-1:51 weekday Unexpected weekday `Monday` for `March 4`, which falls on a Tuesday in 2025',
          ],
        },
      ],
      valid: [
        'The vote was held on Tuesday, January 11, 2022, and counted on Jan. 12.',
        'The riots of January 2-7 ended on the 8th; the next session is on 11th January.',
        'The final ended 10-01 after extra time; call 022-2345-6789 or use version 2.10.12.',
        'The ratio was 3:1 at 14:58, and the deadline is 2024-05-14.',
        'Rallies are planned for Monday, March 3, but no year is given for them.',
        'The board meets on Monday, March 3; its first meeting, on March 5, 1960, was a Saturday.',
        { text: 'The sale closed on 15-02-2024.', options: { unambiguousNumeric: false } },
      ],
    },
  },
  ({ story, options, report }) => {
    const text = story.flat
    const findings: Finding[] = []
    const references: Reference[] = []
    const timestamps = machineTimestamps(text)
    for (const span of timestamps) {
      const [year, month, day] = text.slice(span.start, span.start + 10).split('-').map(Number)
      if (year !== undefined && month !== undefined && day !== undefined) {
        references.push({ at: span.start, header: true, year, month, day })
      }
      findings.push({ messageId: 'timestamp', span, data: {} })
    }
    for (const date of numericDates(text)) {
      if (timestamps.some((t) => t.start < date.end && date.start < t.end)) continue
      const finding = classifyNumeric(date, options.unambiguousNumeric, references)
      if (finding) findings.push(finding)
    }
    const dates = writtenDates(text)
    for (const date of dates) {
      if (date.year !== undefined && date.day <= daysInMonth(date.month.number, date.year)) {
        const header = isHeaderDate(story, date)
        references.push({ at: date.start, header, year: date.year, month: date.month.number, day: date.day })
      }
    }
    references.sort((a, b) => a.at - b.at)
    const anchors = storyAnchors(references)
    for (const date of dates) {
      const impossible = impossibleReason(date)
      if (impossible) {
        findings.push({ messageId: 'impossible', span: date, data: { reason: impossible } })
        continue
      }
      const claim = weekdayClaim(text, date)
      if (!claim) continue
      const finding = checkWeekday(text, date, claim, anchors)
      if (finding) findings.push(finding)
    }
    findings.sort((a, b) => a.span.start - b.span.start)
    for (const f of findings) report(f.messageId, f.span, { data: f.data })
  },
)

/**
 * The dates a yearless date is read against: the story's own date (a dateline, a timestamp, a
 * numeric date in a byline) when it has one, else the full dates of the body when there are at least
 * two and they lie within a year of each other (a lone `March 5, 1960` may be history, not the
 * story's year).
 */
function storyAnchors(references: readonly Reference[]): readonly Reference[] {
  const header = references.filter((r) => r.header)
  if (header.length > 0) return header
  const years = references.map((r) => r.year)
  return references.length >= 2 && Math.max(...years) - Math.min(...years) <= 1 ? references : []
}

/**
 * Whether a written date dates the story: on a short line near the top (`Posted at 3:37 PM, Nov 29,
 * 2020`), or in a dateline (`SORVAN, March 2, 2025 (PNA) - ...`).
 */
function isHeaderDate(story: Story, date: Span): boolean {
  const found = story.lineAt(date.start)
  const line = found && date.end <= found.end ? found : undefined
  if (line && story.lines.length > 1 && line.index < 6 && line.text.trim().length <= 100) return true
  const paragraph = story.paragraphAt(date.start)
  if (!paragraph || date.end > paragraph.end || date.start - paragraph.start > 45) return false
  const lead = story.flat.slice(paragraph.start, date.start)
  const tail = story.flat.slice(date.end, date.end + 30)
  return /^\p{Lu}[\p{L} .'’-]{0,40}, $/u.test(lead) && /^,? ?(?:\([\p{L} ]{1,20}\) ?)?[-—–:]/u.test(tail)
}

/** `2020-11-29 15:37:26-05`, `2023-05-14T08:12Z`: an ISO date with a clock time, pasted from a feed. */
function machineTimestamps(text: string): Span[] {
  const spans: Span[] = []
  const pattern =
    /(?<![\p{L}\p{N}_.,:/-])(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?(?![\p{L}\p{N}_]|[.,:/-]\p{N})/gu
  for (const match of text.matchAll(pattern)) {
    const [whole, yearText = '', monthText = '', dayText = '', hourText = '', minuteText = ''] = match
    const year = Number(yearText)
    const month = Number(monthText)
    const day = Number(dayText)
    if (year < minYear || year > maxYear || month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year)) continue
    if (Number(hourText) > 23 || Number(minuteText) > 59) continue
    spans.push({ start: match.index, end: match.index + whole.length })
  }
  return spans
}

const recordNear = /^ (?:record|win|wins|loss|losses|draws?|ties?|score|vote|split|mark)\b/u

/**
 * Three numbers joined by one repeated separator: `10-01-2022`, `03/04/21`, `12.03.2021`,
 * `2021-02-30`. Not scores (`10-01`), phone numbers (`022-2345-6789`), versions (`2.10.12`: a full
 * stop needs a four-digit year), IP addresses or paths.
 */
function numericDates(text: string): NumericDate[] {
  const found: NumericDate[] = []
  const pattern = /(?<![\p{L}\p{N}_.,:/+-])(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})(?![\p{L}\p{N}_]|[-/.:,]\p{N})/gu
  for (const match of text.matchAll(pattern)) {
    const [whole, a = '', separator = '', b = '', c = ''] = match
    const yearFirst = a.length === 4 && c.length <= 2
    const yearLast = a.length <= 2 && (c.length === 4 || c.length === 2)
    if (!yearFirst && !yearLast) continue
    if (yearLast && c.length === 2) {
      if (separator === '.') continue
      if (separator === '-' && !(a.length === 2 && b.length === 2)) continue
      // `a 12-10-12 record`: wins, draws and losses.
      if (recordNear.test(text.slice(match.index + whole.length, match.index + whole.length + 12))) continue
      if (/\brecord (?:of|at) $/u.test(text.slice(Math.max(0, match.index - 10), match.index))) continue
    }
    if (inLink(text, match.index, match.index + whole.length)) continue
    found.push({ start: match.index, end: match.index + whole.length, text: whole, parts: [a, b, c], separator })
  }
  return found
}

/** Whether the whitespace-delimited chunk around a span is a URL, path or e-mail address. */
function inLink(text: string, start: number, end: number): boolean {
  let from = start
  while (from > 0 && from > start - 200 && !/\s/u.test(text[from - 1] ?? ' ')) from--
  let to = end
  while (to < text.length && to < end + 200 && !/\s/u.test(text[to] ?? ' ')) to++
  return /:\/\/|www\.|@/u.test(text.slice(from, to))
}

function valid(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year)
}

/** A two-digit year as a full year, for messages only. */
function fullYear(twoDigits: number): number {
  return twoDigits <= 50 ? 2000 + twoDigits : 1900 + twoDigits
}

function classifyNumeric(date: NumericDate, unambiguousNumeric: boolean, references: Reference[]): Finding | undefined {
  const [a, b, c] = date.parts.map(Number) as [number, number, number]
  const span: Span = { start: date.start, end: date.end }
  if (date.parts[0].length === 4) {
    // Year first: ISO `2021-02-14` is standard; only an impossible day is worth a word.
    if (a < minYear || a > maxYear) return undefined
    if (valid(a, b, c)) {
      references.push({ at: date.start, header: true, year: a, month: b, day: c })
      return undefined
    }
    if (b >= 1 && b <= 12 && c >= 1 && c <= 31) {
      return { messageId: 'impossible', span, data: { reason: dayReason(b, a) } }
    }
    return undefined
  }
  const twoDigitYear = date.parts[2].length === 2
  const year = twoDigitYear ? fullYear(c) : c
  if (!twoDigitYear && (year < minYear || year > maxYear)) return undefined
  const readings: Reading[] = []
  const add = (r: Reading) => {
    if (valid(r.year, r.month, r.day) && !readings.some((x) => x.year === r.year && x.month === r.month && x.day === r.day)) {
      readings.push(r)
    }
  }
  add({ year, month: b, day: a })
  add({ year, month: a, day: b })
  if (twoDigitYear && date.separator === '-') add({ year: fullYear(a), month: b, day: c })
  if (!twoDigitYear) for (const r of readings) references.push({ at: date.start, header: true, ...r })
  const [first, second] = readings
  if (!first) {
    if (twoDigitYear) return undefined
    // `31-06-2021`, `02/30/2021`: a date, but no such day either way.
    if (b >= 1 && b <= 12 && a >= 1 && a <= 31) return { messageId: 'impossible', span, data: { reason: dayReason(b, year) } }
    if (a >= 1 && a <= 12 && b >= 1 && b <= 31) return { messageId: 'impossible', span, data: { reason: dayReason(a, year) } }
    return undefined
  }
  if (second) {
    const readingsText = readings.map((r) => formatDate(r.year, r.month, r.day)).join(' or ')
    return { messageId: 'ambiguous', span, data: { readings: readingsText } }
  }
  if (!unambiguousNumeric) return undefined
  return { messageId: 'numeric', span, data: { date: formatDate(first.year, first.month, first.day) } }
}

/** `April has 30 days`, `February has 28 days in 2023`. */
function dayReason(month: number, year: number | undefined): string {
  const name = months[month - 1]?.name ?? String(month)
  const days = daysInMonth(month, year)
  return month === 2 && year !== undefined ? `${name} has ${days} days in ${year}` : `${name} has ${days} days`
}

/** Why a written date cannot exist, or undefined. */
function impossibleReason(date: WrittenDate): string | undefined {
  const last = date.endDay ?? date.day
  const month = date.month.number
  if (last <= daysInMonth(month, date.year)) return undefined
  return dayReason(month, date.year)
}

/** The weekday written next to a date: `Sunday, January 11`, `Monday (March 3)`, `March 3 (Monday)`. */
function weekdayClaim(text: string, date: WrittenDate): (Span & { readonly weekday: number }) | undefined {
  if (date.endDay !== undefined) return undefined
  const before = /(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:,? \(|,? )$/u.exec(
    text.slice(Math.max(0, date.start - 12), date.start),
  )
  if (before?.[1]) {
    const start = date.start - before[0].length
    return { start, end: start + before[1].length, weekday: weekdays.indexOf(before[1]) }
  }
  const after = /^,? \((Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\)/u.exec(text.slice(date.end, date.end + 14))
  if (after?.[1]) {
    const start = date.end + after[0].indexOf(after[1])
    return { start, end: start + after[1].length, weekday: weekdays.indexOf(after[1]) }
  }
  return undefined
}

/**
 * Checks a weekday against its date. The year is the date's own, else one the story is dated by: for
 * each full date in the story, the year that puts the day nearest to it. A weekday matching any of
 * those years passes; with no year at all, nothing is guessed.
 */
function checkWeekday(
  text: string,
  date: WrittenDate,
  claim: Span & { readonly weekday: number },
  references: readonly Reference[],
): Finding | undefined {
  const month = date.month.number
  const years: number[] = []
  if (date.year !== undefined) years.push(date.year)
  else {
    for (const ref of references) {
      const anchor = dayNumber(ref.year, ref.month, ref.day)
      let best: number | undefined
      let bestDistance = Number.POSITIVE_INFINITY
      for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
        if (!valid(year, month, date.day)) continue
        const distance = Math.abs(dayNumber(year, month, date.day) - anchor)
        if (distance < bestDistance) {
          best = year
          bestDistance = distance
        }
      }
      if (best !== undefined && !years.includes(best)) years.push(best)
    }
  }
  const [year] = years
  if (year === undefined) return undefined
  if (years.some((y) => weekdayOf(y, month, date.day) === claim.weekday)) return undefined
  return {
    messageId: 'weekday',
    span: { start: claim.start, end: claim.end },
    data: {
      date: text.slice(date.start, date.end),
      weekday: weekdays[weekdayOf(year, month, date.day)] ?? '',
      year: String(year),
    },
  }
}
