import { z } from 'zod'
import { defineRule } from '../../src/rule/define-rule.js'
import type { Span } from '../../src/rule/types.js'
import { numberWordValue } from '../lib/style-checks.js'

const digitWords = Object.freeze(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const)

/** Words before a figure that make it a label, an age or a measurement AP writes in figures. */
const labelsBefore: ReadonlySet<string> = new Set([
  'no.', 'nos.', 'no', 'number', 'page', 'pages', 'p.', 'chapter', 'room', 'route', 'highway', 'interstate',
  'section', 'article', 'clause', 'rule', 'grade', 'grades', 'size', 'sizes', 'seat', 'gate', 'row', 'lane',
  'platform', 'terminal', 'pier', 'track', 'volume', 'vol.', 'issue', 'edition', 'game', 'games', 'round',
  'stage', 'phase', 'level', 'tier', 'category', 'class', 'type', 'model', 'version', 'channel', 'district',
  'ward', 'sector', 'precinct', 'zone', 'exit', 'flight', 'bus', 'unit', 'apartment', 'apt.', 'suite', 'act',
  'scene', 'step', 'item', 'question', 'figure', 'table', 'day', 'week', 'match', 'leg', 'heat', 'lap', 'hole',
  'inning', 'set', 'aged', 'age', 'ages', 'magnitude', 'force', 'by', 'times', 'plus', 'minus', 'multiplied',
  'divided', 'at', 'vote', 'votes', 'voted', 'a', 'par', 'bogey', 'birdie', 'eagle', 'measured', 'measuring',
  'rs', 'rs.', 'inr', 'usd', 'eur', 'gbp', 'cap', 'formula',
])

/** Words after a figure that AP writes in figures: percentages, money, measures, times, scores, millions. */
const unitsAfter: ReadonlySet<string> = new Set([
  'percent', 'per', 'pct', 'percentage', 'p.m.', 'a.m.', 'pm', 'am', "o'clock", 'o’clock', 'million', 'billion',
  'trillion', 'dollars', 'dollar', 'cents', 'cent', 'euros', 'euro', 'pounds', 'pound', 'rupees', 'rupee',
  'yen', 'yuan', 'francs', 'pesos', 'feet', 'foot', 'ft', 'ft.', 'inches', 'inch', 'in.', 'yards', 'yard',
  'yd', 'miles', 'mile', 'mph', 'kph', 'km', 'kilometers', 'kilometres', 'kilometer', 'kilometre', 'meters',
  'metres', 'meter', 'metre', 'm', 'cm', 'mm', 'kg', 'kilograms', 'kilogram', 'kilos', 'grams', 'gram', 'g',
  'lbs', 'lb', 'ounces', 'ounce', 'oz', 'tons', 'tonnes', 'ton', 'tonne', 'acres', 'acre', 'hectares',
  'hectare', 'degrees', 'degree', 'liters', 'litres', 'liter', 'litre', 'gallons', 'gallon', 'knots',
  'seconds', 'second', 'minutes', 'minute', 'hours', 'hour', 'sec', 'min', 'hrs', 'points', 'point', 'pts',
  'goals', 'runs', 'wickets', 'strokes', 'shots', 'laps', 'under', 'over', 'seats', 'stars', 'tablespoons',
  'teaspoons', 'cups', 'mg', 'ml', 'gb', 'mb', 'kb', 'ghz', 'mw', 'kw', 'gw', 'kv', 'volts', 'watts',
  'magnitude', 'votes', 'furlongs', 'lengths',
])

/** Capitalised first words after which a figure may still be a plain count (`About 5 people`). */
const openers: ReadonlySet<string> = new Set([
  'About', 'Almost', 'Nearly', 'Only', 'Some', 'Roughly', 'Around', 'Just', 'Another', 'All', 'Over', 'Under',
])

export default defineRule(
  {
    id: 'style/ap-numerals',
    category: 'style',
    kind: 'style',
    severity: 'warning',
    description: 'Flag numbers not in AP style: one to nine spelled out, 10 and up in figures, no figure opening a sentence',
    rationale:
      'AP style spells out one to nine and uses figures for 10 and above, except for ages, percentages, money, dimensions and other measures, times, dates, addresses, scores and votes, `No. 1` and millions (always figures), and spells out a number that starts a sentence (years excepted).',
    fix: 'safe',
    messages: {
      spellOut: 'Unexpected figure `{actual}`, expected `{expected}`',
      sentenceStart: 'Unexpected figure `{actual}` at the start of a sentence, spell it out or recast the sentence',
      figure: 'Unexpected spelled-out number `{actual}`, expected the figure `{figure}`',
    },
    options: z.strictObject({}),
    examples: {
      invalid: [
        {
          text: 'Police held 3 men and seized 4 cars.',
          diagnostics: [
            '1:13-1:14 spellOut Unexpected figure `3`, expected `three`',
            '1:30-1:31 spellOut Unexpected figure `4`, expected `four`',
          ],
          output: 'Police held three men and seized four cars.',
        },
        {
          text: 'The panel met twice. 5 members resigned and 12 stayed. 40 more joined.',
          diagnostics: [
            '1:22-1:23 sentenceStart Unexpected figure `5` at the start of a sentence, spell it out or recast the sentence',
            '1:56-1:58 sentenceStart Unexpected figure `40` at the start of a sentence, spell it out or recast the sentence',
          ],
          output: 'The panel met twice. Five members resigned and 12 stayed. 40 more joined.',
        },
        {
          text: 'The court heard fifteen witnesses over twenty-two days.',
          diagnostics: [
            '1:17-1:24 figure Unexpected spelled-out number `fifteen`, expected the figure `15`',
            '1:40-1:50 figure Unexpected spelled-out number `twenty-two`, expected the figure `22`',
          ],
        },
      ],
      valid: [
        'Police held three men, 12 women and a 4-year-old boy, aged 5, on Route 9.',
        'Rents rose 3% to $4 a day; the cut was 2 percent, or 5 million people.',
        'The plot is 6 feet by 3 feet and the game ended 3-1 at 5 p.m. on March 7.',
        'He lives at 4 Kerva Road, and the girl, 7, is No. 1 in grade 2.',
        'The court ruled 5 to 4 and the odds were 3 to 1; 1 in 5 voters agreed.',
        '2023 was a dry year. Twelve people came and Ten Commandments were read.',
        '"We saw 3 men," she said.',
      ],
    },
  },
  ({ story, report }) => {
    const text = story.flat
    // AP headlines take figures; a lone line with a trailing newline is a story, not a headline.
    const headline = story.paragraphs.length > 1 ? story.headline : undefined
    const inHeadline = (span: Span) => headline !== undefined && span.start < headline.end && headline.start < span.end
    const starts = new Set<number>()
    for (const sentence of story.sentences) {
      if (inHeadline(sentence)) continue
      const match = /^(\d{1,3}(?:,\d{3}){0,4}|\d{1,9})(?= \p{Ll})/u.exec(sentence.text)
      if (!match?.[1]) continue
      if (!afterSentenceEnd(text.slice(Math.max(0, sentence.start - 12), sentence.start))) continue
      const figure = match[1]
      const value = Number(figure.replaceAll(',', ''))
      if (figure.length === 4 && value >= 1000 && value <= 2100) continue // `2023 was a dry year`
      const span = { start: sentence.start, end: sentence.start + figure.length }
      starts.add(span.start)
      const word = value >= 1 && value <= 9 ? digitWords[value] : undefined
      const capitalised = word === undefined ? undefined : word[0]?.toUpperCase() + word.slice(1)
      report('sentenceStart', span, capitalised === undefined ? {} : { expected: [capitalised] })
    }
    const single = /(?<![\p{L}\p{N}_.,:/\-–+$£€¥₹#(\['’&])([1-9])(?![\p{L}\p{N}_]|[.,:/]\p{N}|[-–/%°'’)\]+&])/gu
    for (const match of text.matchAll(single)) {
      const span = { start: match.index, end: match.index + 1 }
      if (starts.has(span.start) || inHeadline(span)) continue
      if (isFigureContext(text, span)) continue
      report('spellOut', span, { expected: [digitWords[Number(match[1])] ?? ''] })
    }
    const spelled =
      /(?<![\p{L}\p{N}_-])(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(one|two|three|four|five|six|seven|eight|nine))?(?![\p{L}\p{N}_]|-\p{L})/gu
    for (const match of text.matchAll(spelled)) {
      const span = { start: match.index, end: match.index + match[0].length }
      if (inHeadline(span)) continue
      const after = text.slice(span.end, span.end + 16)
      if (/^ (?:percent|per cent|hundred|hundredth|thousand|thousandth|to one)\b/u.test(after)) continue // ap-percent; `ten thousand`; odds
      if (/\bout of $/u.test(text.slice(Math.max(0, span.start - 8), span.start))) continue // `nine times out of ten`
      const value = numberWordValue(match[0])
      if (value === undefined) continue
      report('figure', span, { data: { figure: String(value) } })
    }
  },
)

/**
 * Whether a figure from 1 to 9 stays a figure in AP style: after a label (`No. 1`, `Route 9`,
 * `aged 5`), a name or currency, before a unit (`5 percent`, `3 feet`, `5 p.m.`, `3 million`), in an
 * age (`the girl, 7,`, `5 years old`), an address (`4 Kerva Road`), a ratio, score or vote (`3 to 1`,
 * `1 in 5`), or next to other figures (`2 1/2`, lists).
 */
function isFigureContext(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 30), span.start)
  const raw = text.slice(span.end, span.end + 60)
  if (/^[.)]?[ \t]*(?:\n|$)|^[.)] \p{Lu}/u.test(raw)) return true // list markers: `1. Does it`, residue ending a line
  if (/\bat (?:about |around |roughly )?$/u.test(before)) return true // a time: `at about 6`
  if (/\d[\d.,]{0,12} (?:and|or|to|through|-|–) $/u.test(before)) return true // `April 8 and 9`: as the first figure
  // `6 and 13 years of age`, `3 to 5 p.m.`: the unit after the second figure counts for both.
  const range = /^ (?:and|or|to|through|-|–) \d[\d.,]{0,12}(?= )/u.exec(raw)
  const after = range ? raw.slice(range[0].length) : raw
  const previous = (/(\S{1,24}) $/u.exec(before)?.[1] ?? '').replace(/^[("'‘“[]{1,3}/u, '')
  const next = /^ (\S{1,24})/u.exec(after)?.[1] ?? ''
  if (/\p{N}/u.test(previous) || /\p{N}/u.test(next) || /^[,;] ?\d/u.test(raw)) return true // lists, `2 1/2`
  if (/^\p{Lu}/u.test(previous) && !openers.has(previous)) return true // `Apollo 9`, `March 3`, `Article 5`
  const previousWord = previous.toLowerCase().replace(/[,;:]$/u, '')
  if (labelsBefore.has(previousWord)) return true
  if (/[$£€¥₹]$/u.test(previous)) return true
  if (/,$/u.test(previous) && /^[,.;]/u.test(after)) return true // age: `the girl, 7,`
  const nextWord = next.toLowerCase().replace(/[,;:.]$/u, '')
  if (unitsAfter.has(nextWord) || unitsAfter.has(next.toLowerCase())) return true
  if (/^\p{Lu}/u.test(next)) return true // address or name: `4 Kerva Road`
  if (/^ (?:years?|months?|weeks?|days?)(?:[ -]old| of age)\b|^ year-old\b/u.test(after)) return true
  if (/^ (?:to|by|x|in|out of|-|–|:) \d/u.test(raw)) return true // ratio, dimension, proportion, score
  if (/\d (?:to|by|x|in|out of|-|–|:) $/u.test(before)) return true
  return false
}

/**
 * Whether the text before a sentence really ends one: not an abbreviation the segmenter took for a
 * full stop (`No. 1`, `Jan. 5`, `Gen. 4th`).
 */
function afterSentenceEnd(before: string): boolean {
  if (before.trim() === '') return true
  if (!/[.!?]["'’”)]?\s{1,3}$/u.test(before)) return false
  return !/(?:^|[\s(])(?:No|Nos|Vol|Art|Sec|Ch|Fig|pp?|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Inc|Co|Corp|Ltd|Jr|Sr|[A-Z])\.\s{1,3}$/u.test(before)
}
