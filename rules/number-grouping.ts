import { z } from 'zod'
import { defineRule } from '../src/rule/define-rule.js'
import type { Span, Story, Word } from '../src/rule/types.js'
import {
  formatGrouped,
  groupThousands,
  isIndianGrouping,
  isWesternGrouping,
  isYearLike,
  numberWords,
  parseDecimal,
  scaleWordAfter,
  scaleWordPowers,
  timesPowerOfTen,
} from './lib/numbers.js'

type MessageId =
  | 'indian'
  | 'malformed'
  | 'doubled'
  | 'european'
  | 'mixed'
  | 'decimalComma'
  | 'spaced'
  | 'ungrouped'
  | 'ambiguousPoint'
  | 'scaleWord'
  | 'spelledAmount'
  | 'dashSuffix'
  | 'scaleWords'
  | 'currencyPlace'
  | 'percentTwice'
  | 'glued'

/** A run of digits joined by `.`/`,` separators (no spaces), as found in the copy. */
interface NumberToken extends Span {
  readonly text: string
}

/** What the rest of the story says about its number style. */
interface StoryEvidence {
  /** Some number uses comma thousands grouping (`12,500`). */
  readonly commaGrouping: boolean
  /** Some four-digit number is grouped (`3,278`), so ungrouped ones (`1892.5`) are inconsistent. */
  readonly fourDigitGrouping: boolean
  /** How many four-digit figures are grouped (`3,278`). */
  readonly fourDigitGroups: number
  /** How many figures of five digits or more are grouped (`12,500`). */
  readonly longerGroups: number
  /** How many figures are grouped the Indian way (`1,20,000`): grouped too, for `45000` beside them. */
  readonly indianGroups: number
}

interface Finding {
  readonly messageId: MessageId
  readonly span: Span
  readonly expected?: string
  readonly data?: Readonly<Record<string, string>>
}

const currencyBefore = /(?:\$|€|£|¥|₹|৳|\bRs\.?|\bTk\.?|\bINR|\bUS\$)\s?$/u
const currencyWordAfter = /^\s(?:yuan|dollars|euros|rupees|pounds|renminbi|dirhams|riyals)\b/u
const percentAfter = /^\s?(?:%|percent\b|per cent\b|pc\b)/u
const unitAfter =
  /^\s?(?:%|percent\b|per cent\b|pc\b|percentage points?\b|points?\b|pts\b|million\b|billion\b|trillion\b|lakh|crore|tonnes?\b|tons?\b|barrels\b|km\b|kg\b|metres\b|meters\b)/u
/** Things counted in whole units: three decimals before them are a thousands point (`139.475 tonnes`). */
const countAfter =
  /^\s(?:tonnes|tons|barrels|people|persons|units|vehicles|cars|homes|houses|jobs|passengers|visitors|cases|deaths|workers|voters|students|troops|refugees)\b/u
const scaleAfter = /^\s?(?:million|billion|trillion|mn|bn|m|b)\b/u
/** A lower-case plural noun after a figure, maybe after one modifier (`845.75 passengers`, `60,287 licensed arms`). */
const pluralAfter = /^\s(?:\p{Ll}{3,20}(?:ed|al|ive|ous|ful|ic|ary) )?\p{Ll}{2,20}(?<!ss|us|is)s\b/u
/** Whether a unit or a counted thing follows a figure. */
const countedAfter = (after: string): boolean => unitAfter.test(after) || countAfter.test(after) || pluralAfter.test(after)
// A price per small unit or an exchange rate can carry three decimals (`$3.599 a gallon`).
const smallUnitAfter =
  /^\s(?:a|per|an)\s(?:lb|pound|ounce|oz|gallon|litre|liter|share|bushel|barrel|unit|kwh|kilowatt-hour|kilo|kilogram|kg|gram|g)\b/iu
const rateContext =
  /\b(?:exchange rates?|against the|per dollar|per euro|to the dollar|versus|yields?|dollar index|per share|cents|sterling|the (?:euro|pound|yen|dollar|rupee|yuan|franc|greenback|single currency))\b/iu
// Words after which `1. 25 percent` cannot be a sentence ending `1.` followed by `25 percent`.
const numberLeads: ReadonlySet<string> = new Set([
  'a', 'about', 'almost', 'around', 'at', 'by', 'climbed', 'declined', 'down', 'dropped', 'eased',
  'fell', 'from', 'gained', 'grew', 'increased', 'jumped', 'just', 'lost', 'nearly', 'of', 'only',
  'or', 'over', 'roughly', 'rose', 'shed', 'slipped', 'some', 'than', 'to', 'under', 'up', 'was',
  'were', 'closed', 'ended', 'settled', 'stood', 'traded', 'added', 'advanced', 'surged', 'plunged', 'tumbled',
  'rallied', 'soared', 'slumped', 'dipped', 'opened', 'touched', 'hit', 'reached', 'is', 'are', 'be', 'lower',
  'higher', 'rising', 'falling', 'gaining', 'losing', 'stands', 'counted', 'recorded', 'registered', 'reported', 'listed',
])

/** Words before a figure that make it a label, code or ordinal rather than an amount (`page 3`, `Flight 1234`). */
const labelWords: ReadonlySet<string> = new Set([
  'no', 'nos', 'number', 'numbers', 'flight', 'route', 'room', 'section', 'sections', 'article', 'articles', 'code',
  'model', 'page', 'pages', 'pp', 'p', 'ext', 'pin', 'pincode', 'zip', 'box', 'highway', 'rule', 'rules', 'clause',
  'tel', 'phone', 'mobile', 'version', 'ward', 'plot', 'house', 'sector', 'block', 'gate', 'bus', 'train', 'platform',
  'seat', 'channel', 'chapter', 'paragraph', 'para', 'item', 'items', 'serial', 'roll', 'id', 'account', 'batch',
  'step', 'question', 'figure', 'table', 'phase', 'stage', 'round', 'grade', 'class', 'part', 'volume', 'vol',
  'issue', 'episode', 'season', 'day', 'week', 'point', 'level', 'year', 'years', 'fy', 'fiscal', 'circa', 'c',
  'ad', 'bc', 'minute', 'hole', 'lap', 'mile', 'km', 'kilometre', 'kilometer', 'act',
])

/** Words before a four-digit figure that make it a year (`in 1890`, `the 2019 polls`). */
const yearContext: ReadonlySet<string> = new Set([
  'in', 'on', 'since', 'by', 'from', 'until', 'till', 'before', 'after', 'during', 'between', 'the', 'a',
  'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'last', 'next', 'mid', 'early', 'late', 'end',
  'spring', 'summer', 'autumn', 'winter', 'fall', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'through',
])

/** Words after a figure that make it a time, an era or an address (`2130 hours`, `1066 AD`, `the 2100 block`). */
const timeWords: ReadonlySet<string> = new Set([
  'hrs', 'hours', 'hr', 'h', 'gmt', 'ist', 'utc', 'bst', 'est', 'edt', 'pst', 'cet', 'am', 'pm', 'local', 'ad', 'bc',
  'ce', 'bce', 'block',
])

/** Plural nouns that follow a year as often as a count (`2019 levels`, `2024 elections`). */
const yearCollocates: ReadonlySet<string> = new Set([
  'levels', 'figures', 'results', 'elections', 'polls', 'games', 'prices', 'rates', 'estimates', 'accounts', 'numbers',
  'highs', 'lows', 'peaks', 'budgets', 'returns', 'earnings', 'sales', 'standards', 'rules', 'models', 'editions',
  'batches', 'graduates', 'winners', 'champions', 'finals', 'olympics', 'nominations', 'versions', 'riots', 'floods',
  'attacks', 'protests', 'talks', 'accords', 'agreements', 'events', 'series', 'marks', 'sees', 'saw', 'was',
  'is', 'has', 'had', 'will', 'census', 'exams', 'examinations', 'batch', 'season', 'crisis',
])


export default defineRule(
  {
    id: 'number-grouping',
    category: 'numbers',
    kind: 'mechanical',
    severity: 'error',
    description: 'Flag Indian or malformed digit grouping such as `4,70,000`, `1,,000` or `1. 25`',
    rationale:
      'International readers take `4,70,000`, `1,0000` or `1.234,5` for typos or misread the figure; a number must be grouped by thousands with one kind of separator.',
    fix: 'safe',
    messages: {
      indian: 'Unexpected Indian digit grouping `{actual}`, expected `{expected}`',
      malformed: 'Unexpected digit grouping `{actual}`, check the figure',
      doubled: 'Unexpected doubled separator in `{actual}`, expected `{expected}`',
      european: 'Unexpected European number format `{actual}`, expected `{expected}`',
      mixed: 'Unexpected mixed separators in `{actual}`, check the figure',
      decimalComma: 'Unexpected decimal comma in `{actual}`, expected `{expected}`',
      spaced: 'Unexpected space inside the number `{actual}`, expected `{expected}`',
      ungrouped: 'Unexpected ungrouped number `{actual}`, expected `{expected}` like the rest of the story',
      ambiguousPoint: 'Unexpected three decimals in the amount `{actual}`, write `{grouped}` if the full stop separates thousands',
      scaleWord: 'Unexpected scale word in the figure `{actual}`, expected `{expected}`',
      dashSuffix: 'Unexpected suffix `{actual}` after an amount, remove it',
      spelledAmount: 'Unexpected spelt-out amount `{actual}` after a currency sign, write the figure in digits',
      scaleWords: 'Unexpected two scale words in the figure `{actual}`, keep one',
      currencyPlace: 'Unexpected currency in `{actual}`, write one sign before the figure',
      percentTwice: 'Unexpected per cent written twice in `{actual}`, keep one',
      glued: 'Unexpected unit glued to the figure `{actual}`, expected `{expected}`',
    },
    options: z.strictObject({
      allowIndian: z
        .boolean()
        .default(false)
        .describe('Accept Indian (lakh) digit grouping such as `4,70,000` (Indian house style)'),
    }),
    examples: {
      invalid: [
        {
          text: 'Some 4,70,000 of the displaced have settled near Varna.',
          diagnostics: ['1:6-1:14 indian Unexpected Indian digit grouping `4,70,000`, expected `470,000`'],
          output: 'Some 470,000 of the displaced have settled near Varna.',
        },
        {
          text: 'The fund holds Rs 1,00,00,000 and pays 12,34,567 a year.',
          diagnostics: [
            '1:19-1:30 indian Unexpected Indian digit grouping `1,00,00,000`, expected `10,000,000`',
            '1:40-1:49 indian Unexpected Indian digit grouping `12,34,567`, expected `1,234,567`',
          ],
          output: 'The fund holds Rs 10,000,000 and pays 1,234,567 a year.',
        },
        {
          text: 'The port handled 1,0000 containers and $12,34 in fees.',
          diagnostics: [
            '1:18-1:24 malformed Unexpected digit grouping `1,0000`, check the figure',
            '1:41-1:46 malformed Unexpected digit grouping `12,34`, check the figure',
          ],
        },
        {
          text: 'About 1,,500 people signed; turnout was 1.000,000 in all.',
          diagnostics: [
            '1:7-1:13 doubled Unexpected doubled separator in `1,,500`, expected `1,500`',
            '1:41-1:50 mixed Unexpected mixed separators in `1.000,000`, check the figure',
          ],
          output: 'About 1,500 people signed; turnout was 1.000,000 in all.',
        },
        {
          text: 'The club paid 2.450.000 euros, or 1.234,50 a day, and fees rose 3,5 percent.',
          diagnostics: [
            '1:15-1:24 european Unexpected European number format `2.450.000`, expected `2,450,000`',
            '1:35-1:43 european Unexpected European number format `1.234,50`, expected `1,234.50`',
            '1:65-1:68 decimalComma Unexpected decimal comma in `3,5`, expected `3.5`',
          ],
          output: 'The club paid 2,450,000 euros, or 1,234.50 a day, and fees rose 3.5 percent.',
        },
        {
          text: 'The index fell 12.40 points, or 1. 25 percent, to 2,310.66.',
          diagnostics: ['1:33-1:38 spaced Unexpected space inside the number `1. 25`, expected `1.25`'],
          output: 'The index fell 12.40 points, or 1.25 percent, to 2,310.66.',
        },
        {
          text: 'The Kestrel index ended at 31544.2 and the Brill index at 4,105.9.',
          diagnostics: [
            '1:28-1:35 ungrouped Unexpected ungrouped number `31544.2`, expected `31,544.2` like the rest of the story',
          ],
          output: 'The Kestrel index ended at 31,544.2 and the Brill index at 4,105.9.',
        },
        {
          text: 'The Tarn district has 1,240 licensed guns, and 3860 licensed rifles were recalled.',
          diagnostics: [
            '1:48-1:52 ungrouped Unexpected ungrouped number `3860`, expected `3,860` like the rest of the story',
          ],
          output: 'The Tarn district has 1,240 licensed guns, and 3,860 licensed rifles were recalled.',
        },
        {
          text: 'The index closed at 212. 37 on Monday; Rs 48, 250 was raised and 2,5000 tickets sold.',
          diagnostics: [
            '1:21-1:28 spaced Unexpected space inside the number `212. 37`, expected `212.37`',
            '1:43-1:50 spaced Unexpected space inside the number `48, 250`, expected `48,250`',
            '1:66-1:72 malformed Unexpected digit grouping `2,5000`, check the figure',
          ],
          output: 'The index closed at 212.37 on Monday; Rs 48,250 was raised and 2,5000 tickets sold.',
        },
        {
          text: 'The rate rose 4 .25 percent as Rs 5 .5 crore came in; in room 4 .5 people met.',
          diagnostics: [
            '1:15-1:20 spaced Unexpected space inside the number `4 .25`, expected `4.25`',
            '1:35-1:39 spaced Unexpected space inside the number `5 .5`, expected `5.5`',
          ],
          output: 'The rate rose 4.25 percent as Rs 5.5 crore came in; in room 4 .5 people met.',
        },
        {
          text: 'Clinics gave out more than 60 ,425 doses and 312.640.50 vaccines; 7 millions tablets and Tk 450,75 were spent.',
          diagnostics: [
            '1:28-1:35 spaced Unexpected space inside the number `60 ,425`, expected `60,425`',
            '1:46-1:56 malformed Unexpected digit grouping `312.640.50`, check the figure',
            '1:67-1:77 scaleWord Unexpected scale word in the figure `7 millions`, expected `7 million`',
            '1:93-1:99 malformed Unexpected digit grouping `450,75`, check the figure',
          ],
          output: 'Clinics gave out more than 60,425 doses and 312.640.50 vaccines; 7 million tablets and Tk 450,75 were spent.',
        },
        {
          text: 'Clinics gave out 1,250 doses, and 18420 licensed nurses were hired.',
          diagnostics: ['1:35-1:40 ungrouped Unexpected ungrouped number `18420`, expected `18,420` like the rest of the story'],
          output: 'Clinics gave out 1,250 doses, and 18,420 licensed nurses were hired.',
        },
        {
          text: 'Clinics gave out 1,250 doses; inspectors counted 62 .67 vans and about 455 801 vehicles.',
          diagnostics: [
            '1:50-1:56 spaced Unexpected space inside the number `62 .67`, expected `62.67`',
            '1:72-1:79 spaced Unexpected space inside the number `455 801`, expected `455,801`',
          ],
          output: 'Clinics gave out 1,250 doses; inspectors counted 62.67 vans and about 455,801 vehicles.',
        },
        {
          text: 'Tin fell to 31 450 yuan a tonne, off its high of 32,100.',
          diagnostics: ['1:13-1:19 spaced Unexpected space inside the number `31 450`, expected `31,450`'],
          output: 'Tin fell to 31,450 yuan a tonne, off its high of 32,100.',
        },
        {
          text: 'The grant was Rs 40 Thousands, paid as Rs 12,500/- a month, and a bonus of ₹ten lakh.',
          diagnostics: [
            '1:18-1:30 scaleWord Unexpected scale word in the figure `40 Thousands`, expected `40,000`',
            '1:49-1:51 dashSuffix Unexpected suffix `/-` after an amount, remove it',
            '1:76-1:80 spelledAmount Unexpected spelt-out amount `₹ten` after a currency sign, write the figure in digits',
          ],
          output: 'The grant was Rs 40,000, paid as Rs 12,500 a month, and a bonus of ₹ten lakh.',
        },
        {
          text: 'The award of Rs 53,06,050 lakh was cut; the Rs 1,17,500 crore plan was not.',
          // Lakhs of lakhs is no figure to regroup; before crore the grouping is lakh-crore's to convert.
          diagnostics: ['1:17-1:26 malformed Unexpected digit grouping `53,06,050`, check the figure'],
        },
        {
          text: 'Each family gets Rs 6 million lakh, or 5 lakhs crore in all, and 743 $ more; the fund holds $ 9 million dollars.',
          diagnostics: [
            '1:21-1:35 scaleWords Unexpected two scale words in the figure `6 million lakh`, keep one',
            '1:40-1:53 scaleWords Unexpected two scale words in the figure `5 lakhs crore`, keep one',
            '1:66-1:71 currencyPlace Unexpected currency in `743 $`, write one sign before the figure',
            '1:93-1:112 currencyPlace Unexpected currency in `$ 9 million dollars`, write one sign before the figure',
          ],
        },
        {
          text: 'Output rose 3,5 per cent to 12,5 million tonnes on 54,38 acres.',
          diagnostics: [
            '1:13-1:16 decimalComma Unexpected decimal comma in `3,5`, expected `3.5`',
            '1:29-1:33 decimalComma Unexpected decimal comma in `12,5`, expected `12.5`',
            '1:52-1:57 malformed Unexpected digit grouping `54,38`, check the figure',
          ],
          output: 'Output rose 3.5 per cent to 12.5 million tonnes on 54,38 acres.',
        },
        {
          text: 'Nickel rose to $17.245 a tonne, above its high of $18,020.',
          diagnostics: [
            '1:17-1:23 ambiguousPoint Unexpected three decimals in the amount `17.245`, write `17,245` if the full stop separates thousands',
          ],
        },
        {
          text: 'The fund grew 12% per cent to 1\'250\'000 francs, or Rs 4.5.2 crore, and 53.1million more.',
          diagnostics: [
            '1:15-1:27 percentTwice Unexpected per cent written twice in `12% per cent`, keep one',
            "1:31-1:40 european Unexpected European number format `1'250'000`, expected `1,250,000`",
            '1:55-1:60 malformed Unexpected digit grouping `4.5.2`, check the figure',
            '1:72-1:83 glued Unexpected unit glued to the figure `53.1million`, expected `53.1 million`',
          ],
          output: 'The fund grew 12% per cent to 1,250,000 francs, or Rs 4.5.2 crore, and 53.1 million more.',
        },
        {
          text: 'Some 11 327 848 voters and 2\u00a0500\u00a0000 homes were counted.',
          diagnostics: [
            '1:6-1:16 spaced Unexpected space inside the number `11 327 848`, expected `11,327,848`',
            '1:28-1:37 spaced Unexpected space inside the number `2\u00a0500\u00a0000`, expected `2,500,000`',
          ],
          output: 'Some 11,327,848 voters and 2,500,000 homes were counted.',
        },
      ],
      valid: [
        'A 1,234-page report was published in 2023.',
        "Version 2.1.3 shipped on 12.03.2021 to 3 4 and 5 6 players in the 1960's; scores of 72 071 and 25 hundred.",
        'Call 022-2345-6789 before 14:58; the score was 3-1 and pi is 3.14.',
        'Rows 12,34 and 56 were marked, as were items 1, 2, 3 and No. 1,234.',
        'Attendance rose from 1,000-2,000 to 10-12 thousand in 2014. 5 people were hurt.',
        'The yield was 2.325% and the dollar index stood at 92.547.',
        'Sales would rise to 21 millions by May, the minister said.',
        'The plan costs Rs 1.5 lakh crore, or about 20 thousand crore a year, for two hundred million people.',
        'Rows 12,34 and 56 were redrawn; 5, 10 and 15 cases were closed, and 101, 102 and 103 reopened.',
        'In 1890 some 1,200 settlers arrived; the 2019 polls, Flight 4512 at 2130 hours and 4410 Elm Road saw 3,400 more.',
        { text: 'The prize was 4,70,000 rupees.', options: { allowIndian: true } },
      ],
    },
  },
  ({ story, options, report }) => {
    const text = story.flat
    const tokens = numberTokens(text)
    const evidence = storyEvidence(tokens)
    const findings: Finding[] = []
    for (const token of tokens) {
      const finding = classify(text, token, evidence, options.allowIndian)
      if (finding) findings.push(finding)
    }
    findings.push(...spacedNumbers(text))
    findings.push(...spaceGrouped(text, evidence))
    findings.push(...ungroupedIntegers(story, text, evidence))
    findings.push(...wordFigures(story, text))
    findings.push(...dashSuffixes(text))
    findings.push(...scaleWordPairs(text))
    findings.push(...currencyPlaces(text))
    findings.push(...foreignGrouping(text))
    findings.push(...percentTwice(text))
    findings.push(...gluedUnits(text))
    findings.sort((a, b) => a.span.start - b.span.start)
    for (const f of findings) {
      report(f.messageId, f.span, {
        ...(f.expected === undefined ? {} : { expected: [f.expected] }),
        ...(f.data === undefined ? {} : { data: f.data }),
      })
    }
  },
)

/** Digit runs joined by `.`/`,` (one or two in a row), skipping codes, URLs and words like `A4`. */
function numberTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = []
  for (const match of text.matchAll(/\d{1,24}(?:[.,]{1,2}\d{1,24}){0,12}/gu)) {
    const start = match.index
    const end = start + match[0].length
    const before = text[start - 1] ?? ''
    const after = text[end] ?? ''
    if (/[\p{N}_]/u.test(after)) continue // cut short by the length bounds
    if (/[.,]/u.test(after) && /\p{N}/u.test(text[end + 1] ?? '')) continue
    if (/[.,]/u.test(before) && /\p{N}/u.test(text[start - 2] ?? '')) continue
    if (/[\p{L}\p{N}_]/u.test(before) && !/(?:Rs|INR)$/u.test(text.slice(Math.max(0, start - 3), start))) continue
    if (/[./]/u.test(before) && /[\p{L}\p{N}]/u.test(text[start - 2] ?? '') && !/Rs\.$/u.test(text.slice(Math.max(0, start - 3), start))) {
      continue // `v.2`, `No.1`, paths
    }
    if (inLink(text, start, end)) continue
    tokens.push({ start, end, text: match[0] })
  }
  return tokens
}

/** Whether the whitespace-delimited chunk around a number is a URL, path or e-mail address. */
function inLink(text: string, start: number, end: number): boolean {
  let from = start
  while (from > 0 && from > start - 200 && !/\s/u.test(text[from - 1] ?? ' ')) from--
  let to = end
  while (to < text.length && to < end + 200 && !/\s/u.test(text[to] ?? ' ')) to++
  return /:\/\/|www\.|@|\/[\p{L}\p{N}_~%]/u.test(text.slice(from, to))
}

function storyEvidence(tokens: readonly NumberToken[]): StoryEvidence {
  let commaGrouping = false
  let fourDigitGrouping = false
  let fourDigitGroups = 0
  let longerGroups = 0
  let indianGroups = 0
  for (const token of tokens) {
    const [integer = '', fraction, extra] = token.text.split('.')
    if (extra !== undefined || (fraction !== undefined && fraction.includes(','))) continue
    const groups = integer.split(',')
    if (isIndianGrouping(groups)) indianGroups++
    if (groups.length < 2 || !isWesternGrouping(groups)) continue
    commaGrouping = true
    if (groups.length === 2 && groups[0]?.length === 1) {
      fourDigitGrouping = true
      fourDigitGroups++
    } else longerGroups++
  }
  return { commaGrouping, fourDigitGrouping, fourDigitGroups, longerGroups, indianGroups }
}

function classify(text: string, token: NumberToken, evidence: StoryEvidence, allowIndian: boolean): Finding | undefined {
  const value = token.text
  const span: Span = { start: token.start, end: token.end }
  const hasComma = value.includes(',')
  const hasPoint = value.includes('.')
  if (/,,/u.test(value)) return doubled(value, span)
  if (/\.\./u.test(value)) return undefined // `1..5` may be a range
  if (/[.,]{2}/u.test(value)) return { messageId: 'mixed', span }
  if (hasComma && hasPoint) return mixedSeparators(text, value, span, allowIndian)
  if (hasComma) return commaOnly(text, value, span, allowIndian)
  if (hasPoint) return pointOnly(text, value, span, evidence)
  return undefined
}

/** `1,,000` -> `1,000` when the rest is a well-grouped number; otherwise malformed. */
function doubled(value: string, span: Span): Finding {
  const single = value.replaceAll(',,', ',')
  const [integer = '', fraction, extra] = single.split('.')
  if (extra === undefined && !(fraction ?? '').includes(',') && isWesternGrouping(integer.split(','))) {
    return { messageId: 'doubled', span, expected: single }
  }
  return { messageId: 'malformed', span }
}

/** Both separators: `1,234.56` (fine), `4,70,000.50` (Indian), `1.234,56` (European), `1.000,000`. */
function mixedSeparators(text: string, value: string, span: Span, allowIndian: boolean): Finding | undefined {
  const commaThenPoint = /^([\d,]+)\.(\d+)$/u.exec(value)
  if (commaThenPoint) {
    const groups = (commaThenPoint[1] ?? '').split(',')
    if (isWesternGrouping(groups)) return undefined
    if (isIndianGrouping(groups)) return indian(text, span, `${groupThousands(groups.join(''))}.${commaThenPoint[2] ?? ''}`, allowIndian)
    const thousandsLike = (groups[0] ?? '').length <= 3 && groups.slice(1).every((g) => g.length >= 2 && g.length <= 4)
    return thousandsLike ? { messageId: 'malformed', span } : undefined // `1,2.5`: a list
  }
  const pointThenComma = /^([\d.]+),(\d+)$/u.exec(value)
  if (pointThenComma) {
    const groups = (pointThenComma[1] ?? '').split('.')
    const fraction = pointThenComma[2] ?? ''
    if (groups.length < 2 || !isWesternGrouping(groups)) return undefined // `4.5,3`: a list
    if (fraction.length <= 2) return { messageId: 'european', span, expected: `${groups.join(',')}.${fraction}` }
    return { messageId: 'mixed', span }
  }
  // Lists of decimals without spaces (`1.5,2.5`) and other shapes: not clearly one number.
  return undefined
}

/**
 * An Indian-grouped figure. Before `crore` it is how Indian copy writes tens of thousands of crores
 * (`1,17,500 crore`): `lakh-crore` converts the whole amount, so it is left to that one finding.
 * Before `lakh` it is no figure an editor can regroup (`53,06,050 lakh` is lakhs of lakhs): malformed.
 */
function indian(text: string, span: Span, expected: string, allowIndian: boolean): Finding | undefined {
  const unit = /^[ \u00a0]?-?[ \u00a0]?(lakh|lac|crore|cr)(?:e?s)?(?!\p{L})/iu.exec(text.slice(span.end, span.end + 12))?.[1]
  if (unit === undefined) return allowIndian ? undefined : { messageId: 'indian', span, expected }
  return /^(?:lakh|lac)$/iu.test(unit) ? { messageId: 'malformed', span } : undefined
}

function commaOnly(text: string, value: string, span: Span, allowIndian: boolean): Finding | undefined {
  const groups = value.split(',')
  if (isWesternGrouping(groups)) return undefined
  if (isIndianGrouping(groups)) return indian(text, span, groupThousands(groups.join('')), allowIndian)
  const first = groups[0] ?? ''
  if (first.length > 3 || /^0\d/u.test(first)) return undefined // `2019,2020`, codes `01,02`
  const rest = groups.slice(1)
  const last = rest[rest.length - 1] ?? ''
  const after = text.slice(span.end, span.end + 40)
  if (rest.length === 1 && last.length <= 2 && (first === '0' || percentAfter.test(after) || unitAfter.test(after))) {
    return { messageId: 'decimalComma', span, expected: `${first}.${last}` }
  }
  // `54,38 acres`: a group of one or two digits before a counted thing is no list (`rows 12,34 and 56`).
  if (rest.length === 1 && last.length <= 2 && pluralAfter.test(after)) return { messageId: 'malformed', span }
  // A group of four or more digits after a comma (`2,5000`): list items are written short.
  if (rest.some((g) => g.length >= 4)) return { messageId: 'malformed', span }
  // One malformed number, not a list: a group with a leading zero (`1,0000`; list items never start
  // with 0), an amount of money (`$12,34`), or thousands groups with a bad tail (`1,000,00`).
  if (rest.some((g) => g.length !== 3 && g.startsWith('0'))) return { messageId: 'malformed', span }
  if (currencyBefore.test(text.slice(Math.max(0, span.start - 5), span.start))) return { messageId: 'malformed', span }
  if (rest.length >= 2 && rest.slice(0, -1).every((g) => g.length === 3) && last.length !== 3) {
    return { messageId: 'malformed', span }
  }
  if (rest.length >= 2 && last.length === 3 && rest.every((g) => g.length === 2 || g.length === 3)) {
    return { messageId: 'malformed', span } // `1,000,00,000`: half Indian, half international
  }
  return undefined
}

function pointOnly(text: string, value: string, span: Span, evidence: StoryEvidence): Finding | undefined {
  const groups = value.split('.')
  if (groups.length > 2) {
    const isAddress = groups.length === 4 && groups.every((g) => Number(g) <= 255)
    if (isWesternGrouping(groups) && !isAddress) {
      return { messageId: 'european', span, expected: groups.join(',') }
    }
    // An amount with full stops for both separators (`$2.781.50`).
    const last = groups[groups.length - 1] ?? ''
    const amount = currencyBefore.test(text.slice(Math.max(0, span.start - 5), span.start)) || countedAfter(text.slice(span.end, span.end + 40))
    if (last.length === 2 && isWesternGrouping(groups.slice(0, -1)) && amount) {
      return { messageId: 'malformed', span }
    }
    // Two decimal points in an amount or a measure (`Rs 27.9.16 crore`, `4.5.2 million people`):
    // no figure has two; dates, versions and section numbers carry neither a sign nor a unit.
    const after = text.slice(span.end, span.end + 40)
    if (groups.length === 3 && (currencyBefore.test(text.slice(Math.max(0, span.start - 5), span.start)) || unitAfter.test(after) || countAfter.test(after))) {
      return { messageId: 'malformed', span }
    }
    return undefined // dates `12.03.2021`, versions `1.2.3`, section numbers
  }
  const [integer = '', fraction = ''] = groups
  const after = text.slice(span.end, span.end + 40)
  if (integer.length >= 4 && !integer.startsWith('0')) {
    const consistent = integer.length === 4 ? evidence.fourDigitGrouping : evidence.commaGrouping
    const yearLike = integer.length === 4 && /^(?:1[0-9]|20)/u.test(integer)
    if (!consistent || (yearLike && !unitAfter.test(after))) return undefined
    return { messageId: 'ungrouped', span, expected: `${groupThousands(integer)}.${fraction}` }
  }
  if (fraction.length !== 3 || integer === '0' || !evidence.commaGrouping) return undefined
  const money =
    currencyBefore.test(text.slice(Math.max(0, span.start - 5), span.start)) || currencyWordAfter.test(after) || countAfter.test(after)
  if (!money || percentAfter.test(after) || smallUnitAfter.test(after) || scaleAfter.test(after)) return undefined
  if (rateContext.test(sentenceAround(text, span))) return undefined
  return { messageId: 'ambiguousPoint', span, data: { grouped: `${integer},${fraction}` } }
}

/** The text from the previous sentence end (or line start) to the next, bounded. */
function sentenceAround(text: string, span: Span): string {
  const from = Math.max(0, span.start - 200)
  const to = Math.min(text.length, span.end + 200)
  const before = text.slice(from, span.start)
  const after = text.slice(span.end, to)
  const lastStop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'))
  const nextStop = after.search(/\.\s|\n/u)
  return before.slice(lastStop + 1) + text.slice(span.start, span.end) + (nextStop < 0 ? after : after.slice(0, nextStop))
}

/**
 * `1. 25 percent` -> `1.25` and `10, 000` -> `10,000`: a space inside one number. A full stop and a
 * space can end a sentence (`in 2014. 5 people`), so the decimal case needs a unit after it (and no
 * label such as `page` before it), or a word that leads a figure before it and two decimals followed
 * by the end of the clause (`closed at 108. 42 on Friday`); a comma and a space is a list (`agents
 * 6, 007`), unless the group after it is `000` or the figure is an amount (`Rs 72, 100`).
 */
function spacedNumbers(text: string): Finding[] {
  const findings: Finding[] = []
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_.,])(\d{1,3})([.,]) (\d{1,3})(?![\p{N}]|[.,]\p{N})/gu)) {
    const [whole, left = '', separator, right = ''] = match
    const span: Span = { start: match.index, end: match.index + whole.length }
    if (left.length > 1 && left.startsWith('0')) continue
    const before = text.slice(Math.max(0, span.start - 24), span.start)
    const currency = currencyBefore.test(before)
    if (separator === ',') {
      // A list of figures reads `5, 10 and 15 cases` or `101, 102, 103`: not a figure before the comma, three digits after it and a counted thing.
      const listed = /\d[.,]?\s?$/u.test(before) || /^\s(?:and|or|to)\b/u.test(text.slice(span.end, span.end + 5))
      const counted = right.length === 3 && !listed && (numberLeads.has(/(\p{L}{1,20})\s$/u.exec(before)?.[1] ?? '') || !/\d/u.test(before)) && pluralAfter.test(text.slice(span.end, span.end + 40))
      if (right === '000' || (currency && right.length === 3) || counted) findings.push({ messageId: 'spaced', span, expected: `${left},${right}` })
      continue
    }
    if (/(?:^|\n)[ \t]{0,8}$/u.test(before)) continue // a numbered list item
    const previousWord = /(?<!\p{L})(\p{L}{1,20})\.?\s$/u.exec(before)?.[1]
    const lead = (previousWord !== undefined && numberLeads.has(previousWord)) || currency
    const after = text.slice(span.end, span.end + 24)
    const label = previousWord !== undefined && (labelWords.has(previousWord.toLowerCase()) || /^\p{Lu}/u.test(previousWord))
    const amount = countedAfter(after) && (lead || (previousWord !== undefined && !label))
    const clauseEnd = lead && right.length === 2 && clauseEndAfter.test(after)
    if (amount || clauseEnd) findings.push({ messageId: 'spaced', span, expected: `${left}.${right}` })
  }
  // `Rs 5 .5 crore`, `4 .25 percent`, `60 ,287 homes`: a space before the decimal point or the
  // thousands comma, with a unit or a counted thing after the figure.
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_.,])(\d{1,3}) ([.,])(\d{1,3})(?![\p{N}]|[.,]\p{N})/gu)) {
    const [whole, left = '', separator = '', right = ''] = match
    if (separator === ',' && right.length !== 3) continue
    const after = text.slice(match.index + whole.length, match.index + whole.length + 40)
    const before = text.slice(Math.max(0, match.index - 24), match.index)
    // A counted thing needs a word that leads a figure before it (`room 4 .5 people` may be two sentences).
    const currency = currencyBefore.test(before)
    const led = numberLeads.has(/(\p{L}{1,20})\s$/u.exec(before)?.[1] ?? '') || currency
    if (!unitAfter.test(after) && !(led && countedAfter(after)) && !currency) continue
    findings.push({ messageId: 'spaced', span: { start: match.index, end: match.index + whole.length }, expected: `${left}${separator}${right}` })
  }
  return findings.sort((a, b) => a.span.start - b.span.start)
}

/** What may follow a figure at the end of its clause (`... at 108.42 on Friday`, `... 108.42.`). */
const clauseEndAfter =
  /^(?:[,;)]|\.?\s*$|\.\s|\s(?:on|in|at|from|against|after|as|while|and|by|with|to|a|per|for|versus|vs|compared|earlier|last|this|since|before|when)\b)/u

/**
 * `87 700 yuan` -> `87,700`: a space for the thousands separator in a story that groups with commas,
 * in an amount (a currency sign before it, or a unit or currency word after it).
 */
function spaceGrouped(text: string, evidence: StoryEvidence): Finding[] {
  if (!evidence.commaGrouping) return []
  const findings: Finding[] = []
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_.,:\/-])(?<!\p{N}[ ,.])([1-9]\d{0,2})((?: \d{3}){1,3})(?![\p{N}]|[.,:\/-]\p{N}| \d)/gu)) {
    const [whole, left = '', groups = ''] = match
    const span: Span = { start: match.index, end: match.index + whole.length }
    const after = text.slice(span.end, span.end + 40)
    const currency = currencyBefore.test(text.slice(Math.max(0, span.start - 5), span.start))
    // (A counted thing after it needs a word that leads a figure before it: `about 455 801 vehicles`.)
    const led = numberLeads.has(/(\p{L}{1,20})\s$/u.exec(text.slice(Math.max(0, span.start - 24), span.start))?.[1] ?? '') && countedAfter(after)
    if (!currency && !currencyWordAfter.test(after) && !unitAfter.test(after) && !led) continue
    findings.push({ messageId: 'spaced', span, expected: `${left}${groups.replaceAll(' ', ',')}` })
  }
  return findings
}

/**
 * `1890 licensed arms` where the story writes `1,200`: an integer of four digits or more without
 * grouping in a story that groups such figures. Years, times, codes and labels are left alone: a
 * four-digit figure that could be a year needs a currency sign, or a plural noun after it and no word
 * before it that goes with a year (`in`, `the`, a month); other figures need a currency sign, a unit
 * or a lower-case word after them, or a word that leads a figure before them.
 */
function ungroupedIntegers(story: Story, text: string, evidence: StoryEvidence): Finding[] {
  if (!evidence.commaGrouping && evidence.indianGroups === 0) return []
  const findings: Finding[] = []
  for (const word of story.words) {
    const digits = word.text
    if (!/^[1-9]\d{3,8}$/u.test(digits)) continue
    if (digits.length === 4 && !evidence.fourDigitGrouping) continue
    if (!/^[\s(]?$/u.test(text.charAt(word.start - 1)) && !currencyBefore.test(text.slice(Math.max(0, word.start - 5), word.start))) {
      continue
    }
    if (!/^(?:\s|[,;)]\D|[.!?]\D|$)/u.test(text.slice(word.end, word.end + 2))) continue
    const previous = story.adjacentWord(word.index, -1)
    const next = story.adjacentWord(word.index, 1)
    const currency = currencyBefore.test(text.slice(Math.max(0, word.start - 5), word.start))
    if (!currency && previous && (labelWords.has(previous.normal.replace(/\.$/u, '')) || /^\p{Lu}/u.test(previous.text))) continue
    if (next && (timeWords.has(next.normal) || /^\p{Lu}/u.test(next.text))) continue // times, street addresses
    const after = text.slice(word.end, word.end + 24)
    const counted = currency || unitAfter.test(after) || scaleAfter.test(after)
    if (isYearLike(digits)) {
      if (!counted && !(previous && !yearContext.has(previous.normal) && countNounAfter(story, next))) continue
    } else if (!counted && !(next && /^\p{Ll}/u.test(next.text)) && !(previous && numberLeads.has(previous.normal))) {
      continue
    }
    findings.push({ messageId: 'ungrouped', span: word, expected: groupThousands(digits) })
  }
  // House style wins: a story that leaves most four-digit figures ungrouped (`$2400`, `1000 rooms`
  // beside one `$3,500`) groups only the larger ones, and the reverse.
  const fourDigit = findings.filter((f) => f.span.end - f.span.start === 4).length
  const longer = findings.length - fourDigit
  return findings.filter((f) =>
    // (A story that groups four-digit figures groups longer ones too.)
    f.span.end - f.span.start === 4 ? evidence.fourDigitGroups >= fourDigit : evidence.longerGroups + evidence.indianGroups + evidence.fourDigitGroups >= longer,
  )
}

/** A plural noun right after a figure, or after one modifier (`1890 licensed arms`). */
function countNounAfter(story: Story, next: Word | undefined): boolean {
  if (!next || !/^\p{Ll}/u.test(next.text)) return false
  if (pluralNoun(next.normal)) return true
  const second = story.adjacentWord(next.index, 1)
  return second !== undefined && /^\p{Ll}{3,}(?:ed|ing|al|ive|ous|ful|less|ent|ant|ic|ary)$/u.test(next.text) && pluralNoun(second.normal)
}

function pluralNoun(word: string): boolean {
  return /^\p{Ll}{2,}s$/u.test(word) && !/(?:ss|us|is|ous)$/u.test(word) && !yearCollocates.has(word)
}

/**
 * Words mixed into a figure: a plural or capitalised scale word (`Rs 20 Thousands` -> `Rs 20,000`,
 * `5 millions` -> `5 million`), or a spelt-out number after a currency sign (`₹five lakh`).
 */
function wordFigures(story: Story, text: string): Finding[] {
  const findings: Finding[] = []
  for (const match of text.matchAll(/(?:(?<=(?:Rs|INR|Tk)\.?)|(?<![\p{L}\p{N}_.,]))(\d{1,3}(?:\.\d{1,3})?)(?=\s\p{L})/gu)) {
    const figure = match[1] ?? ''
    const scale = scaleWordAfter.exec(text.slice(match.index + figure.length, match.index + figure.length + 48))
    if (!scale) continue
    const word = scale[1] ?? ''
    const span: Span = { start: match.index, end: match.index + figure.length + 1 + word.length }
    if (/^\p{Lu}/u.test(word) && titleLike(story, span)) continue
    const singular = word.toLowerCase().replace(/s$/u, '')
    const power = scaleWordPowers.get(singular) ?? 0
    const value = parseDecimal(figure)
    if (!value) continue
    const expected = power === 3 ? formatGrouped(timesPowerOfTen(value, 3)) : `${figure} ${singular}`
    findings.push({ messageId: 'scaleWord', span, expected })
  }
  for (const match of text.matchAll(/(?:₹|\$|€|£|(?<![\p{L}\p{N}])(?:Rs\.?|INR) ?)(\p{L}{3,9})(?![\p{L}\p{N}])/gu)) {
    if (!numberWords.has((match[1] ?? '').toLowerCase()) || /^(?:lakhs?|crores?|[mb]illion|trillion)$/iu.test(match[1] ?? '')) continue
    findings.push({ messageId: 'spelledAmount', span: { start: match.index, end: match.index + match[0].length } })
  }
  return findings
}

/**
 * Two scale words on one figure (`Rs 6 million lakh`, `5 lakhs crore`, `3 billion thousand`): `lakh
 * crore`, `thousand crore` and `hundred thousand` are real compounds; a plural or a larger first word is not.
 */
function scaleWordPairs(text: string): Finding[] {
  const findings: Finding[] = []
  const pair = /(?<![\p{L}\p{N}_])\d[\d,.]{0,12} (hundreds?|thousands?|lakhs?|lacs?|crores?|millions?|billions?|trillions?) (hundred|thousand|lakh|lac|crore|million|billion|trillion)s?(?![\p{L}\p{N}])/giu
  for (const match of text.matchAll(pair)) {
    const first = (match[1] ?? '').toLowerCase()
    const second = (match[2] ?? '').toLowerCase()
    const compound = /^(?:lakh|lac|thousand|hundred)$/u.test(first) && (second === 'crore' || (first === 'hundred' && /^(?:thousand|million|billion)$/u.test(second)))
    if (compound) continue
    findings.push({ messageId: 'scaleWords', span: { start: match.index, end: match.index + match[0].length } })
  }
  return findings
}

/**
 * A currency sign after the figure (`743 $`, `500 Rs`), or a sign before it and the currency's name
 * after it (`Rs 500 rupees`, `$ 5 million dollars`, `USD 9 million dollars`).
 */
function currencyPlaces(text: string): Finding[] {
  const findings: Finding[] = []
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_.,$₹])\d[\d,]{0,12}(?:\.\d{1,2})? ?(?:\$|₹|Rs\b\.?|INR\b|Tk\b\.?)(?![\p{N}]| ?\d)/gu)) {
    if (currencyBefore.test(text.slice(Math.max(0, match.index - 5), match.index))) continue
    findings.push({ messageId: 'currencyPlace', span: { start: match.index, end: match.index + match[0].length } })
  }
  const doubled = /(?:\$|₹|\bRs\.?|\bINR|\bUSD|\bUS\$) ?\d[\d,]{0,12}(?:\.\d{1,3})?(?: (?:lakh|crore|million|billion|trillion|thousand|mn|bn))? (?:dollars|rupees)\b/gu
  for (const match of text.matchAll(doubled)) {
    const sign = /^(?:\$|US\$|USD)/u.test(match[0]) ? 'dollars' : 'rupees'
    if (!match[0].endsWith(sign)) continue
    findings.push({ messageId: 'currencyPlace', span: { start: match.index, end: match.index + match[0].length } })
  }
  return findings
}

/** `Rs 500/-` -> `Rs 500`: the Indian cheque convention closing an amount, meaningless to other readers. */
function dashSuffixes(text: string): Finding[] {
  const findings: Finding[] = []
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_.,])\d[\d,]{0,20}(?:\.\d{1,2})?\/-(?![\p{L}\p{N}])/gu)) {
    if (!currencyBefore.test(text.slice(Math.max(0, match.index - 5), match.index))) continue
    const end = match.index + match[0].length
    findings.push({ messageId: 'dashSuffix', span: { start: end - 2, end }, expected: '' })
  }
  return findings
}

/** Whether the line around a span reads as a headline: most of its longer words capitalised. */
function titleLike(story: Story, span: Span): boolean {
  const line = story.lines.find((l) => l.start <= span.start && span.start < l.end)
  if (!line) return false
  const long = story.wordsIn(line).filter((w) => /^\p{L}{4}/u.test(w.text))
  return long.filter((w) => /^\p{Lu}/u.test(w.text)).length * 2 > long.length
}

/**
 * Thousands grouped with an apostrophe (Swiss style, `1'250'000`) or a no-break or thin space
 * (French and Russian style, `12 500 000`), and figures with two or more space-separated groups before
 * a unit or counted thing (`11 327 848 vehicles`): English copy groups with commas.
 */
function foreignGrouping(text: string): Finding[] {
  const findings: Finding[] = []
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_.,'\u2019])([1-9]\d{0,2})(['\u2019\u00a0\u202f\u2009 ])\d{3}(?:\2\d{3}){0,4}(?![\p{N}]|[.,'\u2019\u00a0\u202f\u2009 ]\p{N})/gu)) {
    const [whole, , separator = ''] = match
    const span: Span = { start: match.index, end: match.index + whole.length }
    const groups = whole.split(separator).length - 1
    if (separator === ' ') {
      // One plain space is spaceGrouped's (it needs the story's own grouping); two or more before a
      // unit or a counted thing, or after a currency sign, are one figure (`11 327 848 voters`).
      const amount = currencyBefore.test(text.slice(Math.max(0, span.start - 5), span.start)) || countedAfter(text.slice(span.end, span.end + 40))
      if (groups < 2 || !amount || /\d[ ,]?$/u.test(text.slice(Math.max(0, span.start - 2), span.start))) continue
    }
    const expected = whole.split(separator).join(',')
    findings.push({ messageId: /['\u2019]/u.test(separator) ? 'european' : 'spaced', span, expected })
  }
  return findings
}

/** `12% per cent`, `57%%`, `12 per cent%`: the per cent sign and its word together. */
function percentTwice(text: string): Finding[] {
  const findings: Finding[] = []
  const twice = /(?<![\p{L}\p{N}_.,])\d[\d,]{0,12}(?:\.\d{1,4})?(?: ?% ?(?:%|per ?cent\b|percent\b|pc\b)| ?(?:per ?cent|percent|pc) ?%)/giu
  for (const match of text.matchAll(twice)) findings.push({ messageId: 'percentTwice', span: { start: match.index, end: match.index + match[0].length } })
  return findings
}

/** `53.1million`, `812percent`, `$867thousand`: a scale word or `percent` glued to its figure. */
function gluedUnits(text: string): Finding[] {
  const findings: Finding[] = []
  const glued = /(?<![\p{L}\p{N}_.,])(\d[\d,]{0,12}(?:\.\d{1,3})?)(percent|thousands?|millions?|billions?|trillions?|hundreds?)(?![\p{L}\p{N}])/gu
  for (const match of text.matchAll(glued)) {
    const [whole, figure = '', unit = ''] = match
    findings.push({ messageId: 'glued', span: { start: match.index, end: match.index + whole.length }, expected: `${figure} ${unit}` })
  }
  return findings
}
