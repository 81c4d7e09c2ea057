import { z } from 'zod'
import { defineRule } from '../src/rule/define-rule.js'
import type { Span, Story } from '../src/rule/types.js'
import { type Decimal, formatAmount, formatRange, groupThousands, isIndianGrouping, parseFigure, scaleWordAfter, timesPowerOfTen } from './lib/numbers.js'

type MessageId = 'unit' | 'quoted' | 'currency'

interface Finding {
  readonly messageId: MessageId
  readonly span: Span
  readonly converted: string
  readonly safe: boolean
  /** Left to another rule (a malformed figure), but it still keeps the story's amounts from being converted. */
  readonly hidden?: true
}

/** Powers of ten of the Indian units, by lower-case spelling (`cr` only after Rs, INR or ₹). */
const unitPowers: Readonly<Record<string, number>> = Object.freeze({
  lakh: 5,
  lakhs: 5,
  lac: 5,
  lacs: 5,
  crore: 7,
  crores: 7,
  cr: 7,
  'lakh crore': 12,
  'lakh crores': 12,
})

/** Small number words that stand for an exact figure before a unit (`a lakh`, `five crore`). */
const numberWords: Readonly<Record<string, string>> = Object.freeze({
  a: '1', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8',
  nine: '9', ten: '10',
})

/** Words after which a converted money amount still reads as a noun phrase (`Rs 5 lakh in aid`). */
const followers: ReadonlySet<string> = new Set([
  'a', 'about', 'after', 'against', 'already', 'also', 'an', 'and', 'annually', 'are', 'as', 'at',
  'be', 'been', 'before', 'being', 'besides', 'but', 'by', 'can', 'could', 'during', 'each', 'for',
  'from', 'had', 'has', 'have', 'he', 'her', 'his', 'if', 'in', 'including', 'into', 'is', 'it', 'its',
  'last', 'may', 'might', 'more', 'must', 'next', 'nor', 'now', 'of', 'on', 'only', 'or', 'our',
  'over', 'per', 'plus', 'respectively', 'she', 'should', 'since', 'so', 'than', 'that', 'the',
  'their', 'then', 'they', 'this', 'through', 'till', 'to', 'toward', 'towards', 'under', 'until',
  'was', 'we', 'were', 'when', 'where', 'which', 'while', 'who', 'will', 'with', 'would',
])

/** Unit words without a figure: the plain-English phrase for `lakhs of`, `crores of`. */
const vagueOf: Readonly<Record<number, string>> = Object.freeze({
  5: 'hundreds of thousands of',
  7: 'tens of millions of',
  12: 'trillions of',
})

export default defineRule(
  {
    id: 'lakh-crore',
    category: 'numbers',
    kind: 'mechanical',
    severity: 'warning',
    description: 'Flag Indian units (lakh, crore, lac) and rupee abbreviations (Rs, INR) with the converted figure',
    rationale:
      'Readers outside South Asia do not know that a lakh is 100,000 and a crore 10 million, nor read `Rs`; international copy gives millions and billions of rupees. The fix converts the amounts of a story only when every one of them converts word for word, so the headline and the body never end up in different units.',
    fix: 'safe',
    messages: {
      unit: 'Unexpected Indian unit `{actual}`, use `{converted}`',
      quoted: 'Unexpected Indian unit `{actual}` in a quotation, give `{converted}` in brackets or paraphrase',
      currency: 'Unexpected rupee abbreviation `{actual}`, use `{converted}`',
    },
    options: z.strictObject({
      allowIndianUnits: z
        .boolean()
        .default(false)
        .describe('Accept lakh and crore figures, with their `Rs`, as written (Indian house style)'),
      currency: z
        .enum(['rupees', 'keep'])
        .default('rupees')
        .describe('`rupees` rewrites `Rs 500` as `500 rupees`; `keep` leaves `Rs`, `Rs.`, `INR` and `₹` as written'),
    }),
    examples: {
      invalid: [
        {
          text: 'The ministry set aside Rs 89,000 crore for roads.',
          diagnostics: ['1:24-1:39 unit Unexpected Indian unit `Rs 89,000 crore`, use `890 billion rupees`'],
          output: 'The ministry set aside 890 billion rupees for roads.',
        },
        {
          text: 'Some 4.7 lakh farmers and 1.5 crore voters took part; debts reached 2.23 lakh crore.',
          diagnostics: [
            '1:6-1:14 unit Unexpected Indian unit `4.7 lakh`, use `470,000`',
            '1:27-1:36 unit Unexpected Indian unit `1.5 crore`, use `15 million`',
            '1:69-1:84 unit Unexpected Indian unit `2.23 lakh crore`, use `2.23 trillion`',
          ],
          output: 'Some 470,000 farmers and 15 million voters took part; debts reached 2.23 trillion.',
        },
        {
          text: 'The Palvi board approved a Rs 500-crore loan and lakhs of people applied.',
          diagnostics: [
            '1:28-1:40 unit Unexpected Indian unit `Rs 500-crore`, use `5-billion-rupee`',
            '1:50-1:58 unit Unexpected Indian unit `lakhs of`, use `hundreds of thousands of`',
          ],
          // `a Rs 500-crore loan` needs rewording, so no amount in the story is converted.
          output: 'The Palvi board approved a Rs 500-crore loan and lakhs of people applied.',
        },
        {
          text: 'Officers seize Rs 18cr cash\n\nOfficers seized Rs 18 crore in cash and Rs 40 lakh in gold.',
          diagnostics: [
            '1:16-1:23 unit Unexpected Indian unit `Rs 18cr`, use `180 million rupees`',
            '3:17-3:28 unit Unexpected Indian unit `Rs 18 crore`, use `180 million rupees`',
            '3:41-3:51 unit Unexpected Indian unit `Rs 40 lakh`, use `4 million rupees`',
          ],
          // The headline's `Rs 18cr cash` cannot be converted word for word, so the body is not either.
          output: 'Officers seize Rs 18cr cash\n\nOfficers seized Rs 18 crore in cash and Rs 40 lakh in gold.',
        },
        {
          text: 'Fares rose from Rs 200 to Rs 2,000, and a bond of Rs 1,25,000 was paid.',
          // One finding for the range; the Indian grouping is number-grouping's, and the next fix pass writes the rupees.
          diagnostics: ['1:17-1:35 currency Unexpected rupee abbreviation `Rs 200 to Rs 2,000`, use `200 to 2,000 rupees`'],
          output: 'Fares rose from 200 to 2,000 rupees, and a bond of Rs 1,25,000 was paid.',
        },
        {
          text: 'Tickets cost Rs 250 and INR 1,200.',
          diagnostics: [
            '1:14-1:20 currency Unexpected rupee abbreviation `Rs 250`, use `250 rupees`',
            '1:25-1:34 currency Unexpected rupee abbreviation `INR 1,200`, use `1,200 rupees`',
          ],
          output: 'Tickets cost 250 rupees and 1,200 rupees.',
        },
        {
          text: '"We lost Rs 40 lakh in the flood," said farmer Ravi Tenkar.',
          diagnostics: [
            '1:10-1:20 quoted Unexpected Indian unit `Rs 40 lakh` in a quotation, give `4 million rupees` in brackets or paraphrase',
          ],
        },
        {
          text: 'The grant was Rs 3 crore.',
          options: { currency: 'keep' },
          diagnostics: ['1:18-1:25 unit Unexpected Indian unit `3 crore`, use `30 million`'],
          output: 'The grant was Rs 30 million.',
        },
      ],
      valid: [
        'The grant was 30 million rupees, or about $360,000.',
        'Flooding hit Lakhimpur and the Lac-Mégantic line; shellac prices held.',
        'The RS passed the bill on Tuesday.',
        // number-grouping rewrites `20 Thousands` as `20,000` first.
        'Onion prices in the wholesale market rose to Rs 20 Thousands a tonne in the week to Friday.',
        { text: 'The grant was Rs 3 crore.', options: { allowIndianUnits: true, currency: 'keep' } },
        { text: 'Tickets cost Rs 250.', options: { currency: 'keep' } },
      ],
    },
  },
  ({ story, options, report }) => {
    const findings: Finding[] = []
    const unitSpans: Span[] = []
    for (const finding of unitFindings(story, options.currency === 'rupees')) {
      unitSpans.push(finding.span)
      if (!options.allowIndianUnits) findings.push(finding)
    }
    if (options.currency === 'rupees') findings.push(...currencyFindings(story, unitSpans))
    findings.sort((a, b) => a.span.start - b.span.start)
    // A story's amounts end up in one style or are not touched: if one cannot be converted safely
    // (a quotation, `a Rs 5 lakh grant`, `Rs 18cr cash`), converting the rest would leave the
    // headline in crore and the body in millions.
    const consistent = findings.every((f) => f.safe && f.messageId !== 'quoted')
    for (const f of findings) {
      if (f.hidden) continue
      report(f.messageId, f.span, {
        data: { converted: f.converted },
        ...(consistent ? { expected: [f.converted] } : { fix: 'none' }),
      })
    }
  },
)

interface Figure {
  readonly start: number
  readonly value: Decimal
}

/** Lakh and crore figures: `Rs 89,000 crore`, `4.7 lakh`, `5-6 lakh`, `a lakh`, `lakhs of`. */
function unitFindings(story: Story, rupees: boolean): Finding[] {
  const text = story.flat
  const findings: Finding[] = []
  const pattern = /(?<!\p{L})(lakh[ -]crores?|lakhs?|lacs?|crores?|cr)(?![\p{L}\p{N}])/giu
  for (const match of text.matchAll(pattern)) {
    const word = match[0]
    const unitStart = match.index
    const unitEnd = unitStart + word.length
    const power = unitPowers[word.toLowerCase().replace('-', ' ')]
    if (power === undefined) continue
    const before = text.slice(Math.max(0, unitStart - 60), unitStart)
    const joiner = /[ \u00a0]?-?[ \u00a0]?$/u.exec(before)?.[0] ?? ''
    const hyphenated = joiner.includes('-')
    const figure = figureBefore(text, unitStart - joiner.length)
    const lower = figure ? rangeBefore(text, figure.start) : undefined
    const first = lower?.figure ?? figure
    const currency = first ? currencyBefore(text, first.start) : undefined
    const abbreviated = /^(?:cr|lacs?)$/iu.test(word)
    if (abbreviated && (!figure || (/^cr$/iu.test(word) && !currency))) continue
    // `53,06,050 lakh` (lakhs of lakhs) is a malformed figure, not a unit to convert: number-grouping reports it.
    if (power !== 7 && figure && isIndianGrouping(figureDigits(text, figure, unitStart - joiner.length).split(','))) {
      findings.push({ messageId: 'unit', span: { start: figure.start, end: unitEnd }, converted: '', safe: false, hidden: true })
      continue
    }

    if (!figure) {
      const vague = vagueFinding(text, word, unitStart, unitEnd, power)
      if (vague) findings.push(inQuote(story, vague))
      continue
    }
    const upper = timesPowerOfTen(figure.value, power)
    const amount = lower
      ? formatRange(timesPowerOfTen(lower.figure.value, power), upper, lower.connector)
      : formatAmount(upper)
    const withRupees = currency !== undefined && rupees
    const start = withRupees ? currency : (lower?.figure.start ?? figure.start)
    const after = text.slice(unitEnd, unitEnd + 40)
    const converted = hyphenated
      ? `${amount.replaceAll(' ', '-')}${withRupees ? '-rupee' : ''}`
      : `${amount}${withRupees ? ' rupees' : ''}`
    const safe = !hyphenated && readsAsNoun(after, withRupees)
    findings.push(inQuote(story, { messageId: 'unit', span: { start, end: unitEnd }, converted, safe }))
  }
  return findings
}

/** The digits of a figure (`53,06,050`), without its fraction. */
function figureDigits(text: string, figure: Figure, end: number): string {
  return text.slice(figure.start, end).split('.')[0] ?? ''
}

/** `lakhs of people`, `several lakh`, `many crores of`: a unit without an exact figure. */
function vagueFinding(text: string, word: string, start: number, end: number, power: number): Finding | undefined {
  const phrase = vagueOf[power]
  if (!phrase) return undefined
  const of = /^ of(?!\p{L})/u.test(text.slice(end, end + 4))
  const quantifier = /(?<!\p{L})(?:a few|few|several|many) $/iu.exec(text.slice(Math.max(0, start - 12), start))
  if (quantifier) {
    const last = of ? end + 3 : end
    // `several lakh people` -> `several hundred thousand people`; crore has no such plain word.
    if (power === 5) return { messageId: 'unit', span: { start, end: last }, converted: 'hundred thousand', safe: true }
    const next = /^ (\p{L}+)/u.exec(text.slice(end, end + 20))?.[1]?.toLowerCase()
    const noun = of || (next !== undefined && !followers.has(next))
    const converted = noun ? phrase : phrase.replace(/ of$/u, '')
    return { messageId: 'unit', span: { start: start - quantifier[0].length, end: last }, converted, safe: false }
  }
  if (of && /s$/iu.test(word)) return { messageId: 'unit', span: { start, end: end + 3 }, converted: phrase, safe: true }
  return undefined
}

function inQuote(story: Story, finding: Finding): Finding {
  return story.inQuotation(finding.span) ? { ...finding, messageId: 'quoted', safe: false } : finding
}

/** The figure that ends at `end`: digits (`89,000`, `2.23`) or a small number word (`a`, `five`). */
function figureBefore(text: string, end: number): Figure | undefined {
  const before = text.slice(Math.max(0, end - 40), end)
  const digits = /(?<!\p{N}|[\p{N}.,][.,])\d(?:,?\d){0,20}(?:\.\d{1,8})?$/u.exec(before)
  if (digits) {
    const start = end - digits[0].length
    const previous = text[start - 1] ?? ''
    if (/[\p{L}_]/u.test(previous) && !/(?:Rs|INR)$/u.test(text.slice(Math.max(0, start - 3), start))) return undefined
    const value = parseFigure(digits[0])
    return value ? { start, value } : undefined
  }
  const word = /(?<!\p{L})(\p{L}{1,6})$/u.exec(before)
  if (!word || end === 0) return undefined
  const figure = numberWords[(word[1] ?? '').toLowerCase()]
  if (figure === undefined) return undefined
  const value = parseFigure(figure)
  return value ? { start: end - word[0].length, value } : undefined
}

/** `5-6 lakh`, `5 to 6 lakh`: the lower figure and how the range is written. */
function rangeBefore(text: string, start: number): { figure: Figure; connector: string } | undefined {
  const before = text.slice(Math.max(0, start - 40), start)
  const match = /(?<![\p{L}\p{N}]|[\p{N}.,][.,])(\d(?:,?\d){0,20}(?:\.\d{1,8})?)( ?[-–] ?| to )$/u.exec(before)
  if (!match) return undefined
  const value = parseFigure(match[1] ?? '')
  if (!value) return undefined
  return { figure: { start: start - match[0].length, value }, connector: match[2] ?? '-' }
}

/** Start of `Rs `, `Rs.`, `INR ` or `₹` right before a figure. */
function currencyBefore(text: string, start: number): number | undefined {
  const match = /(?<![\p{L}\p{N}])(?:Rs\.? ?|INR ?|₹ ?)$/u.exec(text.slice(Math.max(0, start - 5), start))
  return match ? start - match[0].length : undefined
}

/**
 * Whether the converted amount still reads well: `Rs 5 lakh in aid` -> `500,000 rupees in aid`, but
 * `a Rs 5 lakh grant` needs `a 500,000-rupee grant`, and `5 lakhs of rupees` needs rewording.
 */
function readsAsNoun(after: string, withRupees: boolean): boolean {
  if (/^ ?-/u.test(after)) return false
  const next = /^[ \u00a0]?(\p{L}+)/u.exec(after)?.[1]
  if (next === undefined) return true // punctuation or the end
  if (next.toLowerCase() === 'of') return withRupees
  return !withRupees || followers.has(next.toLowerCase())
}

/**
 * `Rs 250`, `Rs. 12.50`, `INR 1,200`, `₹2 million`, `Rs 500-600`, `Rs 500/-`: rupee abbreviations
 * outside lakh/crore figures.
 */
function currencyFindings(story: Story, unitSpans: readonly Span[]): Finding[] {
  const text = story.flat
  const findings: Finding[] = []
  const pattern = /(?<![\p{L}\p{N}])(?:Rs\.? ?|INR ?|₹ ?)(\d(?:,?\d){0,20}(?:\.\d{1,8})?)/gu
  for (const match of text.matchAll(pattern)) {
    const start = match.index
    let end = start + match[0].length
    if (unitSpans.some((s) => s.start <= start && start < s.end)) continue
    if (start < (findings[findings.length - 1]?.span.end ?? 0)) continue // `Rs 2,000` of `Rs 200 to Rs 2,000`
    if (/^[.,]{0,2}\p{N}/u.test(text.slice(end, end + 3))) continue
    // `Rs 1,17,500`: number-grouping regroups the figure; the next fix pass writes out the rupees.
    if (isIndianGrouping((match[1] ?? '').split('.')[0]?.split(',') ?? [])) continue
    const low = written(match[1] ?? '')
    if (low === undefined) continue
    let amount = low.text
    let single = low.one
    const range = /^( ?[-–] ?| to )(?:Rs\.? ?|INR ?|₹ ?)?(\d(?:,?\d){0,20}(?:\.\d{1,8})?)(?![\p{N}]|[.,]\p{N})/u.exec(text.slice(end, end + 40))
    const high = range ? written(range[2] ?? '') : undefined
    if (range && high) {
      amount += `${range[1] ?? '-'}${high.text}`
      single = false
      end += range[0].length
    }
    // `Rs 20 Thousands`: a malformed scale word is number-grouping's (-> `Rs 20,000`); the next fix pass writes the rupees.
    if (scaleWordAfter.test(text.slice(end, end + 48))) continue
    const scale = /^ (thousand|million|billion|trillion)(?!\p{L})/u.exec(text.slice(end, end + 12))
    if (scale) {
      amount += scale[0]
      single = false
      end += scale[0].length
    }
    if (/^ ?-?(?:lakhs?|lacs?|crores?|cr)(?![\p{L}\p{N}])/iu.test(text.slice(end, end + 10))) continue // a unit figure, reported above
    if (text.startsWith('/-', end)) end += 2
    const span = { start, end }
    if (story.inQuotation(span)) continue
    const safe = readsAsNoun(text.slice(end, end + 40), true)
    findings.push({ messageId: 'currency', span, converted: `${amount} ${single ? 'rupee' : 'rupees'}`, safe })
  }
  return findings
}

/** A figure as it should be written (`1,17,500` -> `117,500`, `12.50` kept), and whether it is one. */
function written(figure: string): { text: string; one: boolean } | undefined {
  const value = parseFigure(figure)
  if (!value) return undefined
  const [integer = '', fraction] = figure.split('.')
  const text = `${groupThousands(integer.replaceAll(',', ''))}${fraction === undefined ? '' : `.${fraction}`}`
  return { text, one: value.coefficient === 10n ** BigInt(value.scale) }
}
