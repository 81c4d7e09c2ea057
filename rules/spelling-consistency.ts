// spelling-consistency: American and British spellings mixed in one story (`defense` with `signalled`,
// `organization` with `organisation`, `program` with `programme`). Variant pairs live in
// rules/data/spelling-consistency.json.
//
// Decisions:
// - kind `style`: a quotation may keep its source's spelling (a statement quoted verbatim), so quoted
//   words are neither counted nor flagged.
// - Only lower-case words count. A capitalised word is a name and keeps its own spelling (`Labour Party`,
//   `Pearl Harbor`, `World Health Organization`, `Kennedy Center`, `Ministry of Defence`), except right
//   before a title (`Defense Minister`, `Defence Ministry`), which is written in the copy's own spelling,
//   unless a country marker says it is that country's official title (`U.S. Defense Secretary`,
//   `British Defence Secretary`). Other capitalised words (sentence starts, title-case headlines) are not
//   counted either.
// - `auto` (default) flags the minority only when there is a strict majority: one `defense` against one
//   `signalled` has no minority. The seed's `Defense Minister` (twice, a title) with `-ize` words and one
//   `signalled` flags `signalled`.
// - `-ize` is also Oxford British spelling (UN and Oxford house style: `organization` with `labour`), so in
//   `auto` it only counts against `-ise`; `-ise` counts as British. `en-GB` and `en-IN` (Indian English
//   follows British spelling) flag `-ize`; choose `auto` for Oxford house style.
// - Words that are not variants in context are guarded in the data: a computer `program` is British too,
//   `license` is a British verb (only `a/the/driver's license` counts), a `meter` is a device (only `10
//   meters` counts), `tire`, `curb`, `check`, `story` are ordinary words in both varieties, and
//   American copy also writes `theatre`, `catalogue`, `grey`, `sombre`, `spectre`. `draft`/`draught`
//   is no pair: American copy writes `draught` too (beer, horses, a ship's depth), so neither is evidence.
import { z } from 'zod'
import { readJsonData } from '../src/rule/data.js'
import { defineRule } from '../src/rule/define-rule.js'
import type { Report, Span, Story } from '../src/rule/types.js'

const word = z.string().regex(/^[a-z]{2,30}$/u)
const wordList = z.array(z.string().regex(/^[a-z']{1,20}$/u)).min(1)
const entrySchema = z.strictObject({
  id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/u),
  class: z.string(),
  stems: z.array(z.string().regex(/^[a-z]{2,20}$/u)).min(1).optional(),
  pairs: z.array(z.tuple([word, word])).min(1).optional(),
  /** That side's forms are standard in both varieties: never evidence, never flagged. */
  shared: z.enum(['us', 'gb']).optional(),
  usAfter: wordList.optional(),
  usNotAfter: wordList.optional(),
  usUnless: wordList.optional(),
  example: z.string().min(1),
  nearMiss: z.string().min(1),
})
const dataSchema = z.strictObject({
  description: z.string(),
  classes: z.record(z.string(), z.array(z.tuple([z.string().regex(/^[a-z]{0,12}$/u), z.string().regex(/^[a-z]{0,12}$/u)]))),
  entries: z.array(entrySchema).min(1),
})

/** One spelling of a variant pair. */
interface Variant {
  readonly side: 'us' | 'gb'
  /** The same word in the other variety. */
  readonly counterpart: string
  /** An `-ize`/`-ise` word: `-ize` is also Oxford British spelling. */
  readonly ize: boolean
  /** Standard in both varieties: not counted. */
  readonly shared: boolean
  readonly after: ReadonlySet<string> | undefined
  readonly notAfter: ReadonlySet<string> | undefined
  readonly unless: ReadonlySet<string> | undefined
}

/** Built-in variants by lower-case word form. */
const builtIn: ReadonlyMap<string, Variant> = (() => {
  const parsed = dataSchema.safeParse(readJsonData(import.meta.url, 'spelling-consistency.json'))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`rules/data/spelling-consistency.json: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`)
  }
  const map = new Map<string, Variant>()
  for (const entry of parsed.data.entries) {
    const endings = parsed.data.classes[entry.class]
    if (!endings) throw new Error(`rules/data/spelling-consistency.json: entry \`${entry.id}\`: unknown class \`${entry.class}\``)
    const pairs: [string, string][] =
      entry.class === 'word'
        ? (entry.pairs ?? [])
        : (entry.stems ?? []).flatMap((stem) => endings.map(([us, gb]): [string, string] => [stem + us, stem + gb]))
    if (pairs.length === 0) throw new Error(`rules/data/spelling-consistency.json: entry \`${entry.id}\`: no stems or pairs`)
    const guard = (list: readonly string[] | undefined) => (list ? Object.freeze(new Set(list)) : undefined)
    const common = { ize: entry.class === 'ize', after: guard(entry.usAfter), notAfter: guard(entry.usNotAfter), unless: guard(entry.usUnless) }
    for (const [us, gb] of pairs) {
      for (const [form, variant] of [
        [us, { ...common, side: 'us', counterpart: gb, shared: entry.shared === 'us' }],
        [gb, { ...common, side: 'gb', counterpart: us, shared: entry.shared === 'gb', after: undefined, notAfter: undefined, unless: undefined }],
      ] as const) {
        const seen = map.get(form)
        if (seen && (seen.side !== variant.side || seen.counterpart !== variant.counterpart)) {
          throw new Error(`rules/data/spelling-consistency.json: entry \`${entry.id}\`: \`${form}\` is listed twice differently`)
        }
        map.set(form, Object.freeze(variant))
      }
    }
  }
  return map
})()

/** Prefixes a listed word may take (`reorganise`, `unfavourable`, `mislabeled`). */
const prefixes: readonly string[] = Object.freeze(['counter', 'under', 'over', 'anti', 'self', 'non', 'dis', 'mis', 'pre', 're', 'un', 'de', 'co'])

/** Number words before a unit (`ten meters`). */
const numberWords: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'half',
])

/** Words after which a capitalised variant is a title, written in the copy's own spelling (`Defense Minister`). */
const titleNouns: ReadonlySet<string> = new Set([
  'minister', 'ministers', 'ministry', 'ministries', 'secretary', 'secretaries', 'chief', 'chiefs', 'spokesman', 'spokeswoman',
  'spokesperson', 'adviser', 'advisers', 'advisor', 'advisors', 'official', 'officials', 'attache',
])

/** Words before such a title that make it an official name of that country (`U.S. Defense Secretary`). */
const markers: Readonly<Record<'us' | 'gb', ReadonlySet<string>>> = Object.freeze({
  us: new Set(['us', 'u.s.', 'usa', 'u.s.a.', 'american', "america's", 'pentagon', 'states', "states'"]),
  gb: new Set([
    'uk', 'u.k.', 'british', "britain's", 'australian', "australia's", 'canadian', "canada's", 'irish', "ireland's", 'indian',
    "india's", 'pakistani', "pakistan's", 'zealand', "zealand's", 'nigerian', 'kenyan', 'singaporean', 'malaysian', 'lankan',
  ]),
})

type Variety = 'us' | 'gb'
type MessageId = 'british' | 'american' | 'ise' | 'ize'

/** A counted variant in the story. */
interface Hit extends Span {
  readonly variant: Variant
  readonly expected: string
}

export default defineRule(
  {
    id: 'spelling-consistency',
    category: 'consistency',
    kind: 'style',
    severity: 'warning',
    description: 'Flag American and British spellings mixed in one story, such as `defense` with `signalled`',
    rationale:
      'Copy that mixes `color` and `colour` reads as stitched together from several sources; an edited story keeps one spelling variety throughout.',
    fix: 'suggest',
    messages: {
      british: 'Unexpected British spelling `{actual}` in {copy}, expected `{expected}`',
      american: 'Unexpected American spelling `{actual}` in {copy}, expected `{expected}`',
      ise: 'Unexpected `-ise` spelling `{actual}` in a story that uses `-ize`, expected `{expected}`',
      ize: 'Unexpected `-ize` spelling `{actual}` in a story that uses `-ise`, expected `{expected}`',
    },
    options: z.strictObject({
      variety: z
        .enum(['auto', 'en-US', 'en-GB', 'en-IN'])
        .default('auto')
        .describe(
          'Spelling to enforce: `auto` follows the story\'s majority; `en-GB` and `en-IN` (which follows British spelling) take `-ise`',
        ),
      extra: z
        .array(z.string().regex(/^[a-z]{2,30}\/[a-z]{2,30}$/u, 'Expected `american/british`, such as `jail/gaol`'))
        .default([])
        .describe('More variant pairs, each written `american/british` (`jail/gaol`)'),
      exclude: z.array(z.string().min(1)).default([]).describe('Words (either spelling) never counted nor flagged'),
    }),
    examples: {
      invalid: [
        {
          text: 'Turkish Defense Minister Eray Tan said the defense program would go on. Tan signalled that aid would follow.',
          diagnostics: [
            '1:77-1:86 british Unexpected British spelling `signalled` in a story spelled the American way, expected `signaled`',
          ],
        },
        {
          text: 'The organisation said its programme would resume. The organization did not say when; the organisation, the centre and the colour guard stayed.',
          diagnostics: [
            '1:55-1:67 ize Unexpected `-ize` spelling `organization` in a story that uses `-ise`, expected `organisation`',
          ],
        },
        {
          text: 'The color of the new center pleased the labor unions, though the colour scheme of the hall did not.',
          diagnostics: [
            '1:66-1:72 british Unexpected British spelling `colour` in a story spelled the American way, expected `color`',
          ],
        },
        {
          text: 'The harbour, the centre and the theatre reopened; the defense ministry was not told.',
          diagnostics: [
            '1:55-1:62 american Unexpected American spelling `defense` in a story spelled the British way, expected `defence`',
          ],
        },
        {
          text: 'The union organized the vote and recognized the result, but it apologised later.',
          diagnostics: [
            '1:64-1:74 ise Unexpected `-ise` spelling `apologised` in a story that uses `-ize`, expected `apologized`',
          ],
        },
        {
          text: 'The council organised a meeting about the color of the buses.',
          options: { variety: 'en-IN' },
          diagnostics: ['1:43-1:48 american Unexpected American spelling `color` in en-IN copy, expected `colour`'],
        },
        {
          text: 'The council organised a meeting about the colour of the buses.',
          options: { variety: 'en-US' },
          diagnostics: [
            '1:13-1:22 british Unexpected British spelling `organised` in en-US copy, expected `organized`',
            '1:43-1:49 british Unexpected British spelling `colour` in en-US copy, expected `color`',
          ],
        },
        {
          text: 'The gaol and the jail stood side by side near the harbor.',
          options: { extra: ['jail/gaol'] },
          diagnostics: ['1:5-1:9 british Unexpected British spelling `gaol` in a story spelled the American way, expected `jail`'],
        },
      ],
      valid: [
        'The colour of the new centre pleased the labour unions and the theatre.',
        'The color of the new center pleased the labor unions and the theatre.',
        'The Labour Party met at Pearl Harbor and the Kennedy Center before the World Health Organization summit.',
        'Engineers wrote a software program at the centre; the firm will license it to a neighbour.',
        'The gas meter and the parking meters at the harbour were checked on a grey day.',
        'The organization recognized by the United Nations signalled its colour (Oxford spelling).',
        '"The colour was wrong," said the center director.',
        'The defense minister signalled a change.',
        { text: 'The colour of the new center pleased everyone.', options: { exclude: ['colour'] } },
        { text: 'The council organised the programme in its favourite centre.', options: { variety: 'en-GB' } },
      ],
    },
  },
  ({ story, options, report }) => {
    const extra = new Map<string, Variant>()
    for (const pair of options.extra) {
      const [us = '', gb = ''] = pair.split('/')
      const base = { ize: false, shared: false, after: undefined, notAfter: undefined, unless: undefined }
      extra.set(us, { ...base, side: 'us', counterpart: gb })
      extra.set(gb, { ...base, side: 'gb', counterpart: us })
    }
    const exclude = new Set(options.exclude.map((w) => w.toLowerCase()))
    const hits = variantsIn(story, (form) => (exclude.has(form) ? undefined : (extra.get(form) ?? builtIn.get(form))))
    if (options.variety === 'auto') reportMixed(hits, report)
    else reportFixed(hits, options.variety, report)
  },
)

/** The counted variants of the story, outside quotations, in order. */
function variantsIn(story: Story, lookup: (form: string) => Variant | undefined): Hit[] {
  const hits: Hit[] = []
  story.words.forEach((token, index) => {
    if (story.inQuotation(token)) return
    const parts = story.parts(token)
    parts.forEach((part, p) => {
      const lower = /^\p{Ll}{2,40}$/u.test(part.text)
      if (!lower && !/^\p{Lu}\p{Ll}{1,40}$/u.test(part.text)) return
      const found = find(part.text.toLowerCase(), lookup)
      if (!found || found.variant.shared) return
      const { variant } = found
      const before = p > 0 ? parts[p - 1] : story.adjacentWord(index, -1)
      const previous = before?.text.toLowerCase().replace(/’/gu, "'") ?? ''
      if (!lower) {
        const next = p < parts.length - 1 ? parts[p + 1] : story.adjacentWord(index, 1)
        if (!next || !titleNouns.has(next.text.toLowerCase())) return
        const earlier = [previous, story.words[index - 2]?.text.toLowerCase() ?? '']
        if (earlier.some((w) => markers[variant.side].has(w))) return
      }
      if (variant.side === 'us') {
        if (variant.after && !(variant.after.has(previous) || /^\d/u.test(previous) || numberWords.has(previous))) return
        if (variant.notAfter?.has(previous)) return
        if (variant.unless && sentenceHas(story, token.sentence, variant.unless)) return
      }
      const expected = found.prefix + variant.counterpart
      hits.push({ start: part.start, end: part.end, variant, expected: lower ? expected : expected.charAt(0).toUpperCase() + expected.slice(1) })
    })
  })
  return hits
}

/** The variant for a word, directly or after stripping a prefix (`reorganised`). */
function find(form: string, lookup: (form: string) => Variant | undefined): { variant: Variant; prefix: string } | undefined {
  const direct = lookup(form)
  if (direct) return { variant: direct, prefix: '' }
  for (const prefix of prefixes) {
    if (!form.startsWith(prefix) || form.length - prefix.length < 4) continue
    const variant = lookup(form.slice(prefix.length))
    if (variant) return { variant, prefix }
  }
  return undefined
}

function sentenceHas(story: Story, sentence: number, words: ReadonlySet<string>): boolean {
  const span = story.sentences[sentence]
  if (!span) return false
  return story.wordsIn(span).some((word) => story.parts(word).some((part) => words.has(part.text.toLowerCase())))
}

/** The side with more hits; none on a tie (one `colour` against one `center` has no minority). */
function majority(us: readonly Hit[], gb: readonly Hit[]): Variety | undefined {
  if (us.length === gb.length) return undefined
  return us.length > gb.length ? 'us' : 'gb'
}

/**
 * `auto`: the story's variety is the majority of its American and British spellings, `-ise` counting
 * as British; `-ize` is also Oxford British spelling, so it only counts against `-ise`.
 */
function reportMixed(hits: readonly Hit[], report: Report<MessageId>): void {
  const usMain = hits.filter((h) => h.variant.side === 'us' && !h.variant.ize)
  const gbAll = hits.filter((h) => h.variant.side === 'gb')
  const ize = hits.filter((h) => h.variant.side === 'us' && h.variant.ize)
  const ise = hits.filter((h) => h.variant.side === 'gb' && h.variant.ize)
  const variety = majority(usMain, gbAll)
  const suffix = majority(ize, ise)
  const american = 'a story spelled the American way'
  const british = 'a story spelled the British way'
  for (const hit of hits) {
    const { side, ize: isIze } = hit.variant
    const extra = (related: Hit | undefined, copy?: string) => ({
      expected: [hit.expected],
      ...(copy ? { data: { copy } } : {}),
      ...(related ? { related: { start: related.start, end: related.end } } : {}),
    })
    if (side === 'gb' && variety === 'us') report('british', hit, extra(usMain[0], american))
    else if (side === 'gb' && isIze && suffix === 'us') report('ise', hit, extra(ize[0]))
    else if (side === 'us' && !isIze && variety === 'gb') report('american', hit, extra(gbAll[0], british))
    else if (side === 'us' && isIze && suffix === 'gb') report('ize', hit, extra(ise[0]))
  }
}

/** A fixed variety: every spelling of the other one is flagged (`-ize` too for `en-GB` and `en-IN`). */
function reportFixed(hits: readonly Hit[], variety: 'en-US' | 'en-GB' | 'en-IN', report: Report<MessageId>): void {
  const wanted: Variety = variety === 'en-US' ? 'us' : 'gb'
  for (const hit of hits) {
    if (hit.variant.side === wanted) continue
    report(wanted === 'us' ? 'british' : 'american', hit, { expected: [hit.expected], data: { copy: `${variety} copy` } })
  }
}
