// Synthetic feed defects for `npm run eval:mechanical`, beside scripts/lib/inject.ts: broken
// character encoding (every way a feed mangles a curly mark or an accented letter), agency end marks
// and desk sign-offs, clashing or doubled punctuation marks and repeated words. Each kind comes in
// randomised surface variants (which character, which decoder, which agency, where in the story) so
// that a rule is judged on the shape of the defect, not on one spelling of it. Names, agencies and
// initials are made up or drawn at random; the carrier paragraphs are clean Brown press copy.
// Dev-time only.
import { cp1252Char } from '../../rules/lib/cp1252.js'
import { type Injected, insertSentence, int, madeUp, pick, plainParagraphs, type Random, replaced, sentencesOf, twoMentions, type Variant } from './inject.js'

// ---------------------------------------------------------------------------------------------
// Encoding: a character the feed broke, and how it broke it.

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)]
/** UTF-8 bytes read as windows-1252 (the five undefined bytes stay C1 controls, as ftfy's sloppy decoder). */
const asCp1252 = (text: string): string => utf8(text).map(cp1252Char).join('')
/** UTF-8 bytes read as latin-1: the second and third bytes of a curly mark become C1 controls. */
const asLatin1 = (text: string): string => utf8(text).map((b) => String.fromCharCode(b)).join('')
const cp1251 = new TextDecoder('windows-1251')
/** UTF-8 bytes read as windows-1251 (`вЂ™` for `’`). */
const asCp1251 = (text: string): string => cp1251.decode(Uint8Array.from(utf8(text)))
/** Mac Roman bytes of the marks Mac-made copy carries, read as windows-1252 (`’` is 0xD5, `Õ`). */
const macintosh = new TextDecoder('macintosh')
/** UTF-8 bytes read as Mac Roman (`‚Äô` for `’`, `√©` for `é`). */
const asMacRoman = (text: string): string => macintosh.decode(Uint8Array.from(utf8(text)))
/** windows-1252 bytes read as Mac Roman (`í` for `’`, `ì` for `“`); undefined for a character windows-1252 lacks. */
const cp1252AsMacRoman = (text: string): string | undefined => {
  const bytes = [...text].map((c) => (c.charCodeAt(0) < 0x100 ? c.charCodeAt(0) : [...Array(256).keys()].find((b) => cp1252Char(b) === c)))
  return bytes.some((b) => b === undefined) ? undefined : macintosh.decode(Uint8Array.from(bytes as number[]))
}
const macRoman: Readonly<Record<string, string>> = { '\u2019': '\u00d5', '\u2018': '\u00d4', '\u201c': '\u00d2', '\u201d': '\u00d3', '\u2014': '\u00d1', '\u2013': '\u00d0' }

/** The ways a feed breaks one non-ASCII character. */
const breakages: readonly { name: string; apply: (char: string, random: Random) => string | undefined }[] = [
  { name: 'UTF-8 read as windows-1252', apply: asCp1252 },
  { name: 'UTF-8 read as latin-1 (C1 controls)', apply: asLatin1 },
  { name: 'double-encoded UTF-8', apply: (c) => asCp1252(asCp1252(c)) },
  // A cleaning step strips the C1 controls latin-1 made, or the bytes windows-1252 leaves undefined.
  { name: 'latin-1 with the C1 controls stripped', apply: (c) => asLatin1(c).replace(/[\u0080-\u009f]/gu, '') || undefined },
  { name: 'windows-1252 with undefined bytes as ?', apply: (c, r) => asCp1252(c).replace(/[\u0080-\u009f]/gu, pick(r, ['?', '\ufffd'])) },
  { name: 'UTF-8 bytes each lost to ? or \ufffd', apply: (c, r) => '\u00e2'.concat(pick(r, ['??', '\ufffd\ufffd', '\u20ac?'])) },
  { name: 'character lost to ?', apply: () => '?' },
  { name: 'character lost to \ufffd', apply: () => '\ufffd' },
  { name: 'UTF-8 read as windows-1251', apply: asCp1251 },
  { name: 'Mac Roman read as windows-1252', apply: (c) => macRoman[c] },
  { name: 'UTF-8 read as Mac Roman', apply: asMacRoman },
  { name: 'windows-1252 read as Mac Roman', apply: cp1252AsMacRoman },
  {
    name: 'character reference half decoded',
    apply: (c, r) => {
      const code = c.codePointAt(0) ?? 0
      const named: Readonly<Record<string, string>> = { '\u2019': '&rsquo', '\u201c': '&ldquo', '\u201d': '&rdquo', '\u2014': '&mdash' }
      return pick(r, [`&#${code}`, code > 0x2000 ? `#${code};` : `&#${code}`, named[c] ?? `&#${code}`])
    },
  },
  {
    name: 'UTF-8 bytes left quoted-printable or percent-encoded',
    apply: (c, r) => {
      const mark = pick(r, ['=', '%'])
      return utf8(c).map((b) => `${mark}${b.toString(16).toUpperCase()}`).join('')
    },
  },
  { name: 'literal \\u escape', apply: (c, r) => pick(r, ['\\u', '\\\\u', 'u']).concat((c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')) },
]

/** Accented names and places (made up or common) for copy with no curly mark of its own. */
const accented = ['S\u00e3o Tom\u00e9', 'Jos\u00e9 Mar\u00eda', 'M\u00fcller', 'Fran\u00e7ois', 'Ib\u00e1\u00f1ez', 'G\u00f6ksel', 'Ren\u00e9e', 'Mal\u00e9']

/**
 * Puts one broken character into the story: the apostrophe of a contraction or possessive (made
 * curly, as wire copy sets it), a curly quotation around a phrase, a dash, or an accented name.
 */
function breakCharacter(paragraphs: readonly string[], random: Random, breakage: (typeof breakages)[number]): Injected | undefined {
  const kind = int(random, 0, 3)
  if (kind <= 1) {
    const candidates = paragraphs.flatMap((p, i) => [...p.matchAll(/[a-z]'(?:s|t|re|ll|ve|d)\b/gu)].map((m) => [i, m.index + 1] as const))
    if (candidates.length > 0) {
      const [index, at] = pick(random, candidates)
      const broken = breakage.apply('\u2019', random)
      if (broken === undefined) return undefined
      const p = paragraphs[index] ?? ''
      return replaced(paragraphs, index, `${p.slice(0, at)}${broken}${p.slice(at + 1)}`, [[at, at + broken.length]])
    }
  }
  if (kind === 2) {
    const mark = pick(random, ['\u201c', '\u201d', '\u2014'])
    const broken = breakage.apply(mark, random)
    if (broken === undefined) return undefined
    const [text, s, e] =
      mark === '\u2014'
        ? [`The ${pick(random, ['vote', 'plan', 'offer'])} ${broken} a first for the ${pick(random, ['city', 'board', 'port'])} ${broken} passed easily.`, 0, 0]
        : [`The ${pick(random, ['mayor', 'board', 'union'])} called it ${mark === '\u201c' ? broken : '\u201c'}a fair deal${mark === '\u201d' ? broken : '\u201d'} on ${pick(random, ['Monday', 'Friday'])}.`, 0, 0]
    const at = text.indexOf(broken)
    return insertSentence(paragraphs, random, text, s === 0 ? at : s, e === 0 ? at + broken.length : e)
  }
  const name = pick(random, accented)
  const char = [...name].find((c) => c.charCodeAt(0) > 0x7f) ?? '\u00e9'
  const broken = breakage.apply(char, random)
  if (broken === undefined || macRoman[char] === undefined && breakage.name.startsWith('Mac')) return undefined
  const shown = name.replace(char, broken)
  const text = `${pick(random, ['Officials in', 'A spokesman for', 'Talks with'])} ${shown} ${pick(random, ['were expected on Monday', 'said the plan would go ahead', 'ended without a deal'])}.`
  const at = text.indexOf(broken)
  return insertSentence(paragraphs, random, text, at, at + broken.length)
}

export const encoding: Variant[] = breakages.map((breakage) => ({ name: breakage.name, inject: (ps, r) => breakCharacter(ps, r, breakage) }))

// ---------------------------------------------------------------------------------------------
// Agency end marks and desk sign-offs.

const agencyNames = ['IANS', 'PTI', 'UNI', 'AFP', 'APP', 'BSS', 'KUNA', 'WAM', 'SPA', 'Xinhua', 'Bernama', 'Anadolu', 'AGENCIES', 'Agencies', 'RSS', 'NNA', 'MENA', 'QNA']
const agency = (random: Random): string => (random() < 0.7 ? pick(random, agencyNames) : madeUp(random, 2).toUpperCase().slice(0, int(random, 3, 4)))
const lower = (random: Random, low = 2, high = 4): string => madeUp(random, 3).toLowerCase().slice(0, int(random, low, high))
const upper = (random: Random): string => lower(random, 2, 3).toUpperCase()

/** End marks of several desks' shapes. */
const endMarkShapes: readonly [string, (random: Random) => string][] = [
  ['agency after a dash', (r) => `${pick(r, ['--', '-', '\u2014', '\u2013', '-- ', '\u2014 '])}${agency(r)}`],
  ['lower-case desk initials', (r) => Array.from({ length: int(r, 2, 3) }, () => (r() < 0.3 ? `${lower(r)}-${lower(r)}` : lower(r))).join('/')],
  ['capital desk initials after an agency or END', (r) => `${pick(r, ['END', agency(r)])}/${upper(r)}/${upper(r)}${r() < 0.4 ? `/${int(r, 10, 23)}${int(r, 10, 59)} hrs` : ''}`],
  ['agency and lower-case initials', (r) => `${agency(r)}/${lower(r)}/${lower(r)}`],
  ['editor tag in brackets', (r) => `(${upper(r)}: ${madeUp(r, 2)})`],
  ['bare end mark', (r) => pick(r, ['NNN', './.', '(END)', 'ENDS', 'Enditem', '-30-', '###', '(Ends)', '-END-', 'ENDITEM', '/end/'])],
  ['Indian agency desk codes', (r) => `${pick(r, ['PTI', 'UNI', 'IANS'])} ${upper(r)} ${upper(r)}${r() < 0.5 ? ` ${upper(r)}` : ''}`],
  ['dotted lower-case initials', (r) => `${lower(r)}.${lower(r)}`],
  ['filing time stamp signed by the desk', (r) => `${pick(r, ['BDST', 'IST', 'GMT', 'PST'])}: ${int(r, 10, 23)}${int(r, 10, 59)} HRS, ${pick(r, ['APR', 'MAY', 'JUN', 'OCT'])} ${int(r, 1, 28)}, 20${int(r, 10, 24)} / ${upper(r)}`],
]

/** Where the end mark goes: its own paragraph, or glued to the last sentence. */
const placements: readonly [string, (last: string, mark: string) => [string, number]][] = [
  ['own paragraph', (last, mark) => [`${last}\n\n${mark}`, last.length + 2]],
  ['after a space', (last, mark) => [`${last} ${mark}`, last.length + 1]],
  ['glued', (last, mark) => [`${last}${mark}`, last.length]],
  ['own line', (last, mark) => [`${last}\n${mark}`, last.length + 1]],
]

export const endMarks: Variant[] = endMarkShapes.map(([name, make]) => ({
  name,
  inject: (ps, r) => {
    const index = ps.length - 1
    const last = ps[index] ?? ''
    if (!/[a-z][.]$/u.test(last)) return undefined
    const mark = make(r)
    const [, place] = pick(r, placements)
    const [text, at] = place(last, mark)
    return replaced(ps, index, text, [[at, at + mark.length]])
  },
}))

const caps = (random: Random, n: number): string => Array.from({ length: n }, () => pick(random, [...'ABCDEFGHJKLMNPRSTUVWXZ'])).join('')

/** Instrument codes left bare in running text, of the shapes a markets desk uses. */
const bareCodes: readonly ((random: Random) => string)[] = [
  (r) => `.${caps(r, int(r, 3, 5))}${r() < 0.5 ? int(r, 10, 999) : ''}`,
  (r) => `${caps(r, 3)}=${r() < 0.5 ? caps(r, int(r, 2, 4)) : ''}`,
  (r) => `${caps(r, int(r, 2, 3))}${pick(r, ['c', 'v'])}${int(r, 1, 3)}`,
  (r) => `0#.${caps(r, int(r, 3, 6))}`,
]

export const wireCodes: Variant[] = [
  ...endMarks,
  {
    name: 'instrument code bare in running text',
    inject: (ps, r) => {
      const code = pick(r, bareCodes)(r)
      const noun = pick(r, ['index', 'benchmark', 'futures contract', 'currency'])
      const text = `The ${noun} ${code} ${pick(r, ['rose', 'fell', 'slipped', 'held steady'])} ${int(r, 1, 9)} percent on ${pick(r, ['Monday', 'Friday'])}.`
      const at = text.indexOf(code)
      return insertSentence(ps, r, text, at, at + code.length)
    },
  },
  {
    name: 'markets desk topic slug on the headline',
    inject: (ps, r) => {
      const slug = `${pick(r, ['GLOBAL ', 'EMERGING ', 'US ', 'ASIA ', ''])}${pick(r, ['MARKETS', 'STOCKS', 'BONDS', 'FOREX', 'PRECIOUS', 'METALS', 'OIL'])}${r() < 0.3 ? ` ${int(r, 1, 4)}` : ''}-`
      const head = `${slug}${pick(r, ['Stocks', 'Dollar', 'Gold', 'Yields', 'Shares'])} ${pick(r, ['slip', 'rise', 'hold'])} as ${pick(r, ['rate fears', 'trade talks', 'supply worries'])} ${pick(r, ['mount', 'ease', 'linger'])}`
      return { paragraphs: [head, ...ps], spans: [[0, 0, slug.length]] }
    },
  },
]

// ---------------------------------------------------------------------------------------------
// Punctuation marks that clash or are doubled, and paragraphs that lost their full stop.

/** A comma between words in a quote-free paragraph: the paragraph index and the comma's offset. */
function commaAt(paragraphs: readonly string[], random: Random): [number, number] | undefined {
  const candidates = plainParagraphs(paragraphs).flatMap((i) => [...(paragraphs[i] ?? '').matchAll(/[a-z]{3}, [a-z]/gu)].map((m) => [i, m.index + 3] as [number, number]))
  return candidates.length > 0 ? pick(random, candidates) : undefined
}

/** A sentence end followed by another sentence: the paragraph index and the full stop's offset. */
function stopAt(paragraphs: readonly string[], random: Random): [number, number] | undefined {
  const candidates = plainParagraphs(paragraphs, 2).flatMap((i) => [...(paragraphs[i] ?? '').matchAll(/[a-z]{3}\. [A-Z][a-z]/gu)].map((m) => [i, m.index + 3] as [number, number]))
  return candidates.length > 0 ? pick(random, candidates) : undefined
}

/** Replaces the mark at `at` with `marks`; the span takes the word before it. */
function remark(paragraphs: readonly string[], [index, at]: [number, number], marks: string): Injected {
  const p = paragraphs[index] ?? ''
  return replaced(paragraphs, index, `${p.slice(0, at)}${marks}${p.slice(at + 1)}`, [[at - 2, at + marks.length]])
}

export const punctuationMarks: Variant[] = [
  { name: 'comma and full stop together', inject: (ps, r) => { const c = commaAt(ps, r); return c && remark(ps, c, pick(r, ['.,', ',.', ';,', ',;', ':,'])) } },
  { name: 'doubled comma or semicolon', inject: (ps, r) => { const c = commaAt(ps, r); return c && remark(ps, c, pick(r, [',,', ', ,', ';;'])) } },
  { name: 'sentence end doubled or clashing', inject: (ps, r) => { const s = stopAt(ps, r); return s && remark(ps, s, pick(r, ['..', '.,', ',.', ';.', ':.', '. .', '?.', '.?'])) } },
  { name: 'space before a doubled stop', inject: (ps, r) => { const s = stopAt(ps, r); return s && remark(ps, s, pick(r, [' ..', ' .,', ' ,.'])) } },
  {
    name: 'space inside brackets',
    inject: (ps, r) => {
      const candidates = plainParagraphs(ps).flatMap((i) => [...(ps[i] ?? '').matchAll(/ ([a-z]{3,} [a-z]{2,} [a-z]{3,}) /gu)].map((m) => [i, m.index + 1, m[1] ?? ''] as const))
      if (candidates.length === 0) return undefined
      const [index, at, words] = pick(r, candidates)
      const p = ps[index] ?? ''
      const inner = r() < 0.5 ? `( ${words})` : r() < 0.5 ? `(${words} )` : `( ${words} )`
      return replaced(ps, index, `${p.slice(0, at)}${inner}${p.slice(at + words.length)}`, [[at, at + inner.length]])
    },
  },
  {
    name: 'hyphen spaced on one side',
    inject: (ps, r) => {
      const candidates = plainParagraphs(ps).flatMap((i) => [...(ps[i] ?? '').matchAll(/(?<=[a-z]{3}) (?=[a-z]{3,} )/gu)].map((m) => [i, m.index] as const))
      if (candidates.length === 0) return undefined
      const [index, at] = pick(r, candidates)
      const p = ps[index] ?? ''
      if (/^ (?:and|or|to|nor) /u.test(p.slice(at, at + 6))) return undefined
      const mark = pick(r, [' -', '- '])
      return replaced(ps, index, `${p.slice(0, at)}${mark}${p.slice(at + 1)}`, [[at, at + 2]])
    },
  },
  {
    name: 'space before a mark after a figure or bracket',
    inject: (ps, r) => {
      const candidates = plainParagraphs(ps).flatMap((i) => [...(ps[i] ?? '').matchAll(/(?<=[0-9)])[,.;](?= [a-zA-Z])/gu)].map((m) => [i, m.index] as const))
      if (candidates.length === 0) return undefined
      const [index, at] = pick(r, candidates)
      const p = ps[index] ?? ''
      return replaced(ps, index, `${p.slice(0, at)} ${p.slice(at)}`, [[at - 1, at + 2]])
    },
  },
  {
    name: 'space before a per cent sign',
    inject: (ps, r) => {
      const figure = r() < 0.5 ? String(int(r, 2, 60)) : `${int(r, 1, 9)}.${int(r, 1, 9)}`
      const text = `The ${pick(r, ['index', 'turnout', 'rate', 'share'])} ${pick(r, ['rose', 'fell', 'stood at'])} ${figure} % ${pick(r, ['on Monday', 'last year', 'in May'])}.`
      const at = text.indexOf(' %')
      return insertSentence(ps, r, text, at - figure.length, at + 2)
    },
  },
  {
    name: 'space inside square brackets',
    inject: (ps, r) => {
      const candidates = plainParagraphs(ps).flatMap((i) => [...(ps[i] ?? '').matchAll(/ ([a-z]{3,} [a-z]{2,}) /gu)].map((m) => [i, m.index + 1, m[1] ?? ''] as const))
      if (candidates.length === 0) return undefined
      const [index, at, words] = pick(r, candidates)
      const p = ps[index] ?? ''
      const inner = r() < 0.5 ? `[ ${words}]` : `[${words} ]`
      return replaced(ps, index, `${p.slice(0, at)}${inner}${p.slice(at + words.length)}`, [[at, at + inner.length]])
    },
  },
  {
    name: 'paragraph ends without its full stop',
    inject: (ps, r) => {
      const candidates = ps.flatMap((p, i) => (i >= 1 && i + 1 < ps.length && /[a-z]\.$/u.test(p) && (sentencesOf(p).at(-1) ?? '').split(' ').length >= 12 && /^[A-Z]/u.test(ps[i + 1] ?? '') ? [i] : []))
      if (candidates.length === 0) return undefined
      const index = pick(r, candidates)
      const p = (ps[index] ?? '').slice(0, -1)
      return replaced(ps, index, p, [[p.lastIndexOf(' ') + 1, p.length]])
    },
  },
  // Faults editors fix in rewritten and translated copy that the variants above do not draw.
  { name: 'question or exclamation mark doubled', inject: (ps, r) => { const s = stopAt(ps, r); return s && remark(ps, s, pick(r, ['!!', '??', '!!!', '???'])) } },
  { name: 'bracket opened mid-sentence and never closed', inject: (ps, r) => atGap(ps, r, ' (', 1, 2) },
  { name: 'bracket closed mid-sentence and never opened', inject: (ps, r) => atGap(ps, r, ') ', 0, 1) },
  {
    name: 'full stop inside a bracket opened mid-sentence',
    inject: (ps, r) => {
      const s = stopAt(ps, r)
      const aside = pick(r, [`up from ${int(r, 2, 90)} last year`, 'see below', `a rise of ${int(r, 2, 40)} per cent`, `the ${pick(r, ['first', 'second', 'third'])} such case`, 'as planned'])
      return s && remark(ps, s, ` (${aside}.)`)
    },
  },
  { name: 'dash typed as two hyphens spaced on one side', inject: (ps, r) => { const mark = pick(r, [' --', '-- ', ' \u2013', '\u2014 ']); return atGap(ps, r, mark, 0, mark.length) } },
  { name: 'comma doubled across a line break', inject: (ps, r) => { const c = commaAt(ps, r); return c && remark(ps, c, pick(r, [',\n,', ' ,\n,', ',\n ,'])) } },
  {
    name: 'spaced dash or hyphen inside a year range',
    inject: (ps, r) => {
      const from = int(r, 1950, 2015)
      const to = from + int(r, 1, 4)
      const dash = pick(r, [' — ', ' – ', ' - '])
      const lead = `${pick(r, ['She', 'He'])} served as ${pick(r, ['minister', 'mayor', 'chairman', 'governor'])} `
      const range = `${from}${dash}${to}`
      const [open, close] = r() < 0.5 ? ['(', ')'] : ['from ', '']
      const text = `${lead}${open}${range}${close}.`
      return insertSentence(ps, r, text, lead.length + open.length, lead.length + open.length + range.length)
    },
  },
]

/** Replaces a space between two words (see {@link wordGap}) with `mark`; the span is `[from, to)` of the mark. */
function atGap(paragraphs: readonly string[], random: Random, mark: string, from: number, to: number): Injected | undefined {
  const at = wordGap(paragraphs, random)
  if (!at) return undefined
  const [index, gap] = at
  const p = paragraphs[index] ?? ''
  return replaced(paragraphs, index, `${p.slice(0, gap)}${mark}${p.slice(gap + 1)}`, [[gap + from, gap + to]])
}

/** A space between two lower-case words in a quote-free paragraph, mid-sentence: the paragraph index and the space's offset. */
function wordGap(paragraphs: readonly string[], random: Random): [number, number] | undefined {
  const candidates = plainParagraphs(paragraphs).flatMap((i) =>
    [...(paragraphs[i] ?? '').matchAll(/(?<=[a-z]{3}) (?=[a-z]{3,} [a-z])/gu)].flatMap((m) => ((paragraphs[i] ?? '').slice(0, m.index).includes('(') || (paragraphs[i] ?? '').includes(')') ? [] : [[i, m.index] as [number, number]])),
  )
  return candidates.length > 0 ? pick(random, candidates) : undefined
}

// ---------------------------------------------------------------------------------------------
// Repeated words.

/** Doubles a random match of `pattern` (a word and its space) in the story. */
function doubleWord(paragraphs: readonly string[], random: Random, pattern: RegExp): Injected | undefined {
  const candidates = paragraphs.flatMap((p, i) => [...p.matchAll(pattern)].map((m) => [i, m.index, m[0]] as const))
  if (candidates.length === 0) return undefined
  const [index, at, word] = pick(random, candidates)
  const p = paragraphs[index] ?? ''
  return replaced(paragraphs, index, `${p.slice(0, at)}${word}${p.slice(at)}`, [[at, at + 2 * word.length - 1]])
}

export const repeatedWords: Variant[] = [
  { name: 'function word doubled', inject: (ps, r) => doubleWord(ps, r, /(?<=[a-z] )(?:the|a|an|in|of|to|on|for|and|is|was|that|with|by|at) (?=[a-z])/gu) },
  { name: 'content word doubled', inject: (ps, r) => doubleWord(ps, r, /(?<=[a-z] )[a-z]{4,12} (?=[a-z])/gu) },
  {
    name: 'function word doubled with a mark between',
    inject: (ps, r) => {
      const candidates = ps.flatMap((p, i) => [...p.matchAll(/(?<=[a-z] )(?:the|a|an|of|with|from|into) (?=[a-z])/gu)].map((m) => [i, m.index, m[0]] as const))
      if (candidates.length === 0) return undefined
      const [index, at, word] = pick(r, candidates)
      const p = ps[index] ?? ''
      const mark = pick(r, [', ', '. ', ',\n', '; '])
      const first = word.trimEnd()
      return replaced(ps, index, `${p.slice(0, at)}${first}${mark}${p.slice(at)}`, [[at, at + first.length + mark.length + first.length]])
    },
  },
  {
    name: 'two-word title doubled',
    inject: (ps, r) => {
      const title = pick(r, ['Secretary General', 'Prime Minister', 'Chief Justice', 'Attorney General', 'Vice President', 'Home Minister'])
      const name = `${madeUp(r, 2)} ${madeUp(r, 3)}`
      const text = `${title} ${title} ${name} ${pick(r, ['arrived on Monday', 'said the talks would go on', 'left the meeting early'])}.`
      return insertSentence(ps, r, text, 0, 2 * title.length + 1)
    },
  },
  {
    name: 'word doubled after a hyphen or across a line break',
    inject: (ps, r) => {
      const candidates = ps.flatMap((p, i) => [...p.matchAll(/(?<=[a-z] )([a-z]{3,9})-([a-z]{3,9}) (?=[a-z])/gu)].map((m) => [i, m.index, m[0], m[2] ?? ''] as const))
      if (candidates.length === 0 || r() < 0.4) {
        const index = int(r, 0, ps.length - 1)
        const p = ps[index] ?? ''
        const m = [...p.matchAll(/(?<=[a-z] )([a-z]{3,12}) (?=[a-z])/gu)]
        if (m.length === 0) return undefined
        const { index: at, 1: word = '' } = pick(r, m)
        return replaced(ps, index, `${p.slice(0, at)}${word}\n${word} ${p.slice(at + word.length + 1)}`, [[at, at + 2 * word.length + 1]])
      }
      const [index, at, compound, second] = pick(r, candidates)
      const p = ps[index] ?? ''
      return replaced(ps, index, `${p.slice(0, at + compound.length)}${second} ${p.slice(at + compound.length)}`, [[at, at + compound.length + second.length]])
    },
  },
]

// ---------------------------------------------------------------------------------------------
// Names: a body's name written once in the singular and once in the plural.

export const pluralNames: Variant[] = [
  {
    name: 'organisation name in singular and plural',
    inject: (ps, r) => {
      const head = pick(r, ['Railway', 'Coalfield', 'Airway', 'Nation', 'Mill', 'Steel Work', 'Port Trust', 'Refinery Board'].filter((h) => !h.includes(' ') || r() < 0.5))
      const name = `${pick(r, ['South Eastern', 'Northern', 'Central', madeUp(r, 2), `${madeUp(r, 2)} City`])} ${head}`
      const plural = r() < 0.5
      const first = plural ? `${name}s` : name
      const later = plural ? name : `${name}s`
      return twoMentions(ps, r, `The ${first} said on ${pick(r, ['Monday', 'Friday'])} that work would resume.`, `A spokesman for the \u0000${later}\u0001 said the line would reopen.`)
    },
  },
]

// ---------------------------------------------------------------------------------------------
// Apostrophes split from their word by a space where a feed re-flowed the text, or typed wrong.

/** Rewrites the apostrophe of a random `'s` or `'t` before a word with `make(before, after)`; the span holds the mark and its neighbours. */
function reApostrophe(ps: readonly string[], r: Random, make: (before: string, after: string) => [string, number]): Injected | undefined {
  const candidates = ps.flatMap((p, i) => [...p.matchAll(/[a-z]'(?:s|t)(?= [a-z])/gu)].map((m) => [i, m.index + 1] as const))
  if (candidates.length === 0) return undefined
  const [index, at] = pick(r, candidates)
  const p = ps[index] ?? ''
  const [text, length] = make(p.slice(0, at), p.slice(at + 1))
  return replaced(ps, index, text, [[at - 1, at + length + 1]])
}

export const apostrophes: Variant[] = [
  {
    name: 'apostrophe typed in a wrong glyph or twice',
    inject: (ps, r) =>
      reApostrophe(ps, r, (before, after) => {
        const mark = pick(r, ['\u2018', '\u00b4', '`', '\u2032', "''", '\u2019\u2019'])
        return [`${before}${mark}${after}`, mark.length]
      }),
  },
  {
    name: 'space after or before the apostrophe',
    inject: (ps, r) =>
      reApostrophe(ps, r, (before, after) => {
        const mark = pick(r, ["'", '\u2019'])
        return [r() < 0.5 ? `${before}${mark} ${after}` : `${before} ${mark}${after}`, 2]
      }),
  },
]
