// Session 9 shapes for `npm run eval:mechanical`, beside inject.ts, inject-feed.ts and inject-wire.ts.
// The hidden set's recall on names, attribution, numbers and truncation stayed low while the older
// variants scored well, so the hidden copy holds shapes the older generators never made. These are
// the shapes an editor meets in syndicated copy that none of them produces: a name in reverse order,
// a transliterated suffix or given name, a particle lost, a changed honorific; `as per` and `it
// said` tails, a quote told to an agency, the same credit in brackets; continental, apostrophe or
// space grouping, a figure glued to its unit, two decimal points; a story cut mid-word, on a comma or
// inside an open quotation, a paragraph in mid-story without its verb; mojibake from other
// decoders (GBK, ISO 8859-2), a no-break space as `Â`, upper-cased mojibake, Cyrillic read as
// Latin-1; a doubled word at a sentence start or a doubled phrase. Every sentence and name is our own
// and made up; the carrier paragraphs are clean Brown press copy. Dev-time only.
import { cp1252Char } from '../../rules/lib/cp1252.js'
import { bothMentions } from './inject-wire.js'
import { days, type Injected, insertSentence, int, madeUp, pick, type Random, replaced, repeatTail, sentencesOf, spread, type Variant } from './inject.js'

const pair = bothMentions

const roles = ['Prime Minister', 'Interior Minister', 'the envoy', 'the opposition leader', 'Trade Minister', 'the army chief', 'the governor']
const first = (r: Random, name: string): string =>
  pick(r, [
    `${pick(r, roles).replace(/^the/u, 'The')} \u0000${name}\u0001 ${pick(r, ['arrived', 'spoke', 'met donors'])} on ${pick(r, days)}.`,
    `The ${pick(r, ['delegation', 'visit', 'hearing'])} was headed by \u0000${name}\u0001, ${pick(r, ['officials said', 'a statement said'])}.`,
    `\u0000${name}\u0001, ${pick(r, roles)}, ${pick(r, ['declined the offer', 'wrote to the panel', 'called for talks'])}.`,
  ])
const again = (r: Random, name: string): string =>
  pick(r, [
    `\u0000${name}\u0001 ${pick(r, ['later said', 'also said', 'told a rally'])} the ${pick(r, ['deal', 'vote', 'plan'])} was ${pick(r, ['fair', 'final', 'delayed'])}.`,
    `${pick(r, ['A spokesman for', 'Allies of', 'An aide to'])} \u0000${name}\u0001 ${pick(r, ['did not reply', 'confirmed the date', 'denied the claim'])}.`,
    `In ${pick(r, ['March', 'June', 'October'])}, \u0000${name}\u0001 ${pick(r, ['had warned', 'had promised'])} the ${pick(r, ['board', 'unions', 'donors'])} of ${pick(r, ['cuts', 'a vote', 'new rules'])}.`,
  ])

/** Transliterated endings of one surname: `-sky` / `-skyy` / `-skiy`, `-ev` / `-yev`, `-ov` / `-off`. */
const endings: readonly (readonly string[])[] = [['sky', 'skyy', 'skiy', 'ski'], ['ev', 'yev', 'eff'], ['ov', 'off', 'ow'], ['enko', 'ienko'], ['i', 'y', 'ee'], ['ullah', 'ulla', 'allah'], ['uddin', 'ud-Din', 'uddeen']]
/** Given names with their transliterations. */
const givens: readonly (readonly string[])[] = [
  ['Mohammad', 'Mohammed', 'Muhammad', 'Mohamed'], ['Sergey', 'Sergei', 'Serhiy'], ['Yusuf', 'Yousuf', 'Yousaf'], ['Hussain', 'Hussein', 'Husain'],
  ['Dmitry', 'Dmitri', 'Dmytro'], ['Aleksandr', 'Alexander', 'Oleksandr'], ['Abdullah', 'Abdallah'], ['Yevgeny', 'Evgeny', 'Yevgeniy'], ['Mikhail', 'Mykhailo'], ['Osama', 'Usama'],
]
const accents: Readonly<Record<string, string>> = { a: '\u00e1', e: '\u00e9', i: '\u00ed', o: '\u00f3', u: '\u00fa', n: '\u00f1' }

export const shapeNames: Variant[] = [
  {
    name: 'given and family name in reverse order',
    inject: (ps, r) => {
      const a = madeUp(r, int(r, 1, 2))
      const b = madeUp(r, int(r, 1, 2))
      return pair(ps, r, first(r, `${a} ${b}`), again(r, `${b} ${a}`))
    },
  },
  {
    name: 'transliterated surname ending (-sky/-skyy, -ev/-yev)',
    inject: (ps, r) => {
      const forms = pick(r, endings)
      const stem = madeUp(r, 2)
      const one = pick(r, forms)
      const two = pick(r, forms.filter((f) => f !== one))
      const given = madeUp(r, 2)
      return pair(ps, r, first(r, `${given} ${stem}${one}`), again(r, r() < 0.5 ? `${given} ${stem}${two}` : `${stem}${two}`))
    },
  },
  {
    name: 'given name transliterated two ways',
    inject: (ps, r) => {
      const forms = pick(r, givens)
      const one = pick(r, forms)
      const two = pick(r, forms.filter((f) => f !== one))
      const surname = madeUp(r, 3)
      return pair(ps, r, first(r, `${one} ${surname}`), again(r, `${two} ${surname}`))
    },
  },
  {
    name: 'particle dropped from a full name (al-, bin, van)',
    inject: (ps, r) => {
      const particle = pick(r, ['al-', 'el-', 'bin ', 'van ', 'de ', 'von ', 'ul-'])
      const given = madeUp(r, 2)
      const tail = madeUp(r, int(r, 2, 3))
      const [a, b] = r() < 0.6 ? [`${given} ${particle}${tail}`, `${given} ${tail}`] : [`${given} ${tail}`, `${given} ${particle}${tail}`]
      return pair(ps, r, first(r, a), again(r, b))
    },
  },
  {
    name: 'person named with and without diacritics',
    inject: (ps, r) => {
      const given = madeUp(r, 2)
      const surname = madeUp(r, 3).toLowerCase()
      const at = [...surname].map((c, i) => (i > 0 && accents[c] ? i : -1)).filter((i) => i > 0)
      if (at.length === 0) return undefined
      const i = pick(r, at)
      const plain = surname.charAt(0).toUpperCase() + surname.slice(1)
      const marked = plain.slice(0, i) + (accents[plain[i] ?? ''] ?? '') + plain.slice(i + 1)
      const [a, b] = r() < 0.5 ? [marked, plain] : [plain, marked]
      return pair(ps, r, first(r, `${given} ${a}`), again(r, r() < 0.5 ? b : `${given} ${b}`))
    },
  },
  {
    name: 'capital lost or gained inside a surname (McKay/Mckay)',
    inject: (ps, r) => {
      const head = pick(r, ['Mc', 'Mac', 'De', 'La', 'Di', 'Du', 'O\u2019'])
      const tail = madeUp(r, 2)
      const [a, b] = r() < 0.5 ? [`${head}${tail}`, `${head}${tail.toLowerCase()}`] : [`${head}${tail.toLowerCase()}`, `${head}${tail}`]
      const given = madeUp(r, 2)
      return pair(ps, r, first(r, `${given} ${a}`), again(r, r() < 0.5 ? b : `${given} ${b}`))
    },
  },
  {
    name: 'honorific changes for one person (Mr/Ms)',
    inject: (ps, r) => {
      const given = madeUp(r, 2)
      const surname = madeUp(r, 3)
      const [a, b] = pick(r, [['Mr', 'Ms'], ['Ms', 'Mr'], ['Mrs', 'Mr'], ['Mr', 'Mrs']] as const)
      const one = pair(ps, r, first(r, `${given} ${surname}`), again(r, `${a} ${surname}`))
      if (!one) return undefined
      const later = one.spans[1]?.[0] ?? 0
      const rest = one.paragraphs.map((_, i) => i).filter((i) => i <= later)
      const two = insertSentence(one.paragraphs, r, `${b} ${surname} ${pick(r, ['did not say when', 'gave no date', 'left soon after'])}.`, 0, b.length + 1 + surname.length, rest)
      return two && { paragraphs: two.paragraphs, spans: [...(one.spans.slice(1) as [number, number, number][]), ...two.spans] }
    },
  },
  {
    name: 'first letter transliterated (Q/G/K, Y/J)',
    inject: (ps, r) => {
      const [x, y] = pick(r, [['Q', 'G'], ['G', 'Q'], ['K', 'Q'], ['Y', 'J'], ['J', 'Y'], ['C', 'K'], ['Kh', 'H']] as const)
      const stem = madeUp(r, 2).toLowerCase()
      const given = madeUp(r, 2)
      return pair(ps, r, first(r, `${given} ${x}${stem}`), again(r, `${given} ${y}${stem}`))
    },
  },
]

// ---------------------------------------------------------------------------------------------
// Attribution

const sourcesLike = ['the police', 'officials', 'the district office', 'the fire service', 'the company', 'the health department', 'local media']

/** A lead before the last sentence of each chosen paragraph (`As per the police, ...`). */
function leads(ps: readonly string[], r: Random, n: number, make: (k: number) => string): Injected | undefined {
  const at = spread(ps, r, n)
  if (!at) return undefined
  const out = [...ps]
  const spans: [number, number, number][] = []
  at.forEach((index, k) => {
    const sentences = sentencesOf(out[index] ?? '')
    const last = sentences.length - 1
    const body = sentences[last] ?? ''
    const lead = make(k)
    const prefix = sentences.slice(0, last).join(' ')
    const before = prefix === '' ? '' : `${prefix} `
    const lower = /^(?:The|A|An|In|On|It|He|She|They|This|That|There|But|And|For|At|As|If|When)\b/u.test(body) ? body.charAt(0).toLowerCase() + body.slice(1) : body
    out[index] = `${before}${lead}${lower}`
    if (k > 0) spans.push([index, before.length, before.length + lead.length])
  })
  return { paragraphs: out, spans }
}

export const shapeAttribution: Variant[] = [
  {
    name: 'as per the same source, lead or tail',
    inject: (ps, r) => {
      const src = pick(r, sourcesLike)
      return r() < 0.5 ? leads(ps, r, int(r, 2, 3), () => `As per ${src}, `) : (() => {
        const at = spread(ps, r, int(r, 2, 3))
        return at && repeatTail(ps, at, () => `, as per ${src}`)
      })()
    },
  },
  {
    name: 'it said, paragraph after paragraph',
    inject: (ps, r) => {
      const at = spread(ps, r, 3)
      return at && repeatTail(ps, at, () => `, it ${pick(r, ['said', 'said', 'added', 'stated'])}`)
    },
  },
  {
    name: 'told the agency, paragraph after paragraph',
    inject: (ps, r) => {
      const agency = pick(r, ['ANI', 'PTI', 'IANS', 'Reuters', 'AFP', 'this newspaper', 'the agency'])
      const who = pick(r, ['he', 'she', 'the official', 'the officer'])
      const at = spread(ps, r, int(r, 2, 3))
      return at && repeatTail(ps, at, () => pick(r, [`, ${who} told ${agency}`, `, ${who} told ${agency} over the phone`, `, ${who} said while speaking to ${agency}`, `, ${who} told ${agency} on ${pick(r, days)}`]))
    },
  },
  {
    name: 'the same agency credit at several paragraph ends',
    inject: (ps, r) => {
      const agency = pick(r, ['ANI', 'PTI', 'IANS', 'AFP', 'Reuters', 'Xinhua', 'APP'])
      const form = pick(r, [` (${agency})`, ` [${agency}]`, ` - ${agency}`, ` /${agency}`, ` \u2014 ${agency}`])
      const at = spread(ps, r, int(r, 2, 3))
      if (!at) return undefined
      const out = [...ps]
      const spans: [number, number, number][] = []
      at.forEach((index) => {
        const text = out[index] ?? ''
        out[index] = `${text}${form}`
        // Any credit may be the one flagged: a rule keeps the closing credit and flags the others.
        spans.push([index, text.length, text.length + form.length])
      })
      return { paragraphs: out, spans }
    },
  },
  {
    name: 'a body credited at both ends of one sentence',
    inject: (ps, r) => {
      const at = spread(ps, r, 1)
      const index = at?.[0]
      if (index === undefined) return undefined
      const src = pick(r, sourcesLike)
      const cap = src.charAt(0).toUpperCase() + src.slice(1)
      const sentences = sentencesOf(ps[index] ?? '')
      const last = sentences.length - 1
      const body = (sentences[last] ?? '').slice(0, -1)
      const lower = /^(?:The|A|An|In|On|It|He|She|They|This|That|There|But|And|For|At|As|If|When)\b/u.test(body) ? body.charAt(0).toLowerCase() + body.slice(1) : body
      const lead = pick(r, [`According to ${src}, `, `${cap} said that `, `${cap} said `, `As per ${src}, `])
      const tail = `, ${pick(r, [src, 'they', 'it'])} ${pick(r, ['said', 'added', 'said on Monday'])}`
      const prefix = sentences.slice(0, last).join(' ')
      const before = prefix === '' ? '' : `${prefix} `
      const text = `${before}${lead}${lower}${tail}.`
      return replaced(ps, index, text, [[text.length - 1 - tail.length + 2, text.length - 1]])
    },
  },
]

// ---------------------------------------------------------------------------------------------
// Numbers

const things = ['people', 'homes', 'voters', 'tonnes of rice', 'vehicles', 'pilgrims', 'hectares', 'jobs']
const frames = (r: Random, figure: string): [string, number, number] => {
  const [lead, rest] = pick(r, [
    [`${pick(r, ['Officials', 'The board', 'Police', 'The ministry'])} counted `, ` ${pick(r, things)} ${pick(r, ['in May', 'last year', 'this week'])}.`],
    ['Some ', ` ${pick(r, things)} were ${pick(r, ['moved', 'counted', 'affected'])}, ${pick(r, ['officials said', 'the report said'])}.`],
    [`The ${pick(r, ['plan', 'loan', 'grant'])} is worth `, ` over ${pick(r, ['five', 'three', 'ten'])} years.`],
    ['The total rose to ', ` from ${int(r, 11, 99)} a year earlier.`],
  ] as const)
  return [`${lead}${figure}${rest}`, lead.length, lead.length + figure.length]
}
const put = (ps: readonly string[], r: Random, [s, a, b]: [string, number, number]) => insertSentence(ps, r, s, a, b)
const three = (r: Random): string => String(int(r, 0, 999)).padStart(3, '0')

export const shapeNumbers: Variant[] = [
  {
    name: 'continental grouping with full stops',
    inject: (ps, r) => put(ps, r, frames(r, pick(r, [`${int(r, 1, 99)}.${three(r)}.${three(r)}`, `${pick(r, ['\u20ac', '$', 'Rs '])}${int(r, 1, 999)}.${three(r)}.${three(r)}`, `${int(r, 1, 9)}.${three(r)},${int(r, 10, 99)}`]))),
  },
  {
    name: 'apostrophe or space grouping',
    inject: (ps, r) => {
      const sep = pick(r, ["'", '\u2019', '\u00a0', '\u202f', '\u2009', ' '])
      return put(ps, r, frames(r, `${int(r, 1, 99)}${sep}${three(r)}${sep}${three(r)}`))
    },
  },
  {
    name: 'figure glued to its unit word',
    inject: (ps, r) => {
      const n = pick(r, [String(int(r, 2, 999)), `${int(r, 1, 99)}.${int(r, 1, 9)}`])
      const unit = pick(r, ['crore', 'lakh', 'million', 'billion', 'percent', 'thousand', 'lakhs', 'crores'])
      return put(ps, r, frames(r, `${pick(r, ['', 'Rs', 'Rs.', '$'])}${n}${unit}`))
    },
  },
  {
    name: 'two decimal points in one figure',
    inject: (ps, r) => put(ps, r, frames(r, `${pick(r, ['', 'Rs ', '$'])}${int(r, 1, 99)}.${int(r, 0, 9)}.${int(r, 0, 99)}${pick(r, ['', ' million', ' crore', ' per cent'])}`)),
  },
  {
    name: 'last group short or long (1,000,00 / 12,5000)',
    inject: (ps, r) => put(ps, r, frames(r, pick(r, [`${int(r, 1, 99)},${three(r)},${String(int(r, 0, 99)).padStart(2, '0')}`, `${int(r, 1, 99)},${three(r)},${String(int(r, 0, 9999)).padStart(4, '0')}`, `${pick(r, ['Rs ', '$'])}${int(r, 1, 9)},${three(r)}${String(int(r, 0, 9))}`]))),
  },
  {
    name: 'per cent written twice or percent sign spaced into words',
    inject: (ps, r) => {
      const n = pick(r, [String(int(r, 2, 99)), `${int(r, 1, 99)}.${int(r, 1, 9)}`])
      return put(ps, r, frames(r, pick(r, [`${n}% per cent`, `${n} per cent%`, `${n}% percent`, `${n} pc%`, `${n}%%`])))
    },
  },
]

// ---------------------------------------------------------------------------------------------
// Truncation

/** Cuts paragraph `index` after word `at` (10th or later) and adds `end`; the span is the last word and end. */
function cut(ps: readonly string[], index: number, r: Random, end: (kept: string) => string, midWord = false): Injected | undefined {
  const words = (ps[index] ?? '').split(' ')
  if (words.length < 16) return undefined
  let kept = words.slice(0, int(r, 10, words.length - 3)).join(' ').replace(/[.,;:!?"')]+$/u, '')
  if (!/[a-z]$/u.test(kept)) return undefined
  if (midWord) {
    const last = kept.slice(kept.lastIndexOf(' ') + 1)
    if (last.length < 5) return undefined
    kept = kept.slice(0, kept.length - int(r, 2, last.length - 3))
  }
  const text = `${kept}${end(kept)}`
  return replaced(ps, index, text, [[kept.lastIndexOf(' ') + 1, text.length]])
}

export const shapeTruncation: Variant[] = [
  { name: 'story cut mid-word', inject: (ps, r) => cut(ps, ps.length - 1, r, () => '', true) },
  { name: 'story ends on a comma, dash, colon or open bracket', inject: (ps, r) => cut(ps, ps.length - 1, r, () => pick(r, [',', ' -', ' \u2013', ':', ' (', ';'])) },
  {
    name: 'story ends inside an open quotation',
    inject: (ps, r) => {
      const last = ps.length - 1
      const p = ps[last] ?? ''
      if (!/[a-z]\.$/u.test(p)) return undefined
      const open = pick(r, ['"', '\u201c'])
      const quote = `${pick(r, ['He said:', 'She added:', 'The minister said,', 'A resident said:'])} ${open}${pick(r, ['We will not', 'This is the', 'Nobody told us about the', 'It was a'])} ${pick(r, ['accept', 'first', 'plan', 'long'])}`
      const text = `${p} ${quote}`
      return replaced(ps, last, text, [[text.lastIndexOf(' ') + 1, text.length]])
    },
  },
  { name: 'story cut then a Read more tail', inject: (ps, r) => cut(ps, ps.length - 1, r, () => pick(r, ['... Read more', '\u2026 Read More', '... (more)', ' [\u2026]', '... continue reading'])) },
  { name: 'mid-story paragraph cut before its verb', inject: (ps, r) => cut(ps, int(r, 1, ps.length - 2), r, () => '') },
  { name: 'mid-story paragraph cut mid-word', inject: (ps, r) => cut(ps, int(r, 1, ps.length - 2), r, () => '', true) },
]

// ---------------------------------------------------------------------------------------------
// Encoding

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)]
const gbk = new TextDecoder('gbk')
const latin2 = new TextDecoder('iso-8859-2')
const cp1251 = new TextDecoder('windows-1251')
/** The windows-1251 byte of each Cyrillic letter, read back as windows-1252: `Ïóòèí`. */
const cyrillicAsLatin = (word: string): string => [...word].map((c) => cp1252Char([...Array(256).keys()].find((b) => cp1251.decode(Uint8Array.of(b)) === c) ?? 0x3f)).join('')
const cyrSyllables = ['\u043a\u043e', '\u0440\u0438', '\u043c\u0430', '\u0442\u0435\u043d', '\u0441\u0430', '\u043b\u0443', '\u0432\u043e\u0440', '\u0434\u0430', '\u043d\u0435\u043b', '\u043f\u0435', '\u0433\u043e']
const cyrillicName = (r: Random): string => {
  const w = Array.from({ length: int(r, 2, 3) }, () => pick(r, cyrSyllables)).join('')
  return w.charAt(0).toUpperCase() + w.slice(1)
}

/** Puts `broken` for the apostrophe of a possessive or contraction, or in a sentence of our own. */
function breakIn(ps: readonly string[], r: Random, make: (char: string) => string | undefined, char: string, sentence: (broken: string) => string): Injected | undefined {
  const broken = make(char)
  if (broken === undefined) return undefined
  if (char === '\u2019' && r() < 0.6) {
    const candidates = ps.flatMap((p, i) => [...p.matchAll(/[a-z]'(?:s|t|re|ll|ve|d)\b/gu)].map((m) => [i, m.index + 1] as const))
    if (candidates.length > 0) {
      const [index, at] = pick(r, candidates)
      const p = ps[index] ?? ''
      return replaced(ps, index, `${p.slice(0, at)}${broken}${p.slice(at + 1)}`, [[at, at + broken.length]])
    }
  }
  const text = sentence(broken)
  const at = text.indexOf(broken)
  return insertSentence(ps, r, text, at, at + broken.length)
}
const withName = (r: Random) => (b: string): string => `${pick(r, ['Talks with', 'Officials in', 'A letter from'])} ${b} ${pick(r, ['ended on Monday', 'were delayed', 'was read out'])}.`
const withMark = (r: Random) => (b: string): string => `The ${pick(r, ['mayor', 'union', 'court'])}${b}s ${pick(r, ['ruling', 'offer', 'plan'])} ${pick(r, ['stands', 'was rejected', 'came late'])}.`

export const shapeEncoding: Variant[] = [
  { name: 'UTF-8 read as GBK', inject: (ps, r) => { const c = pick(r, ['\u2019', '\u00e9', '\u201c']); return breakIn(ps, r, (x) => gbk.decode(Uint8Array.from(utf8(x))), c, c === '\u2019' ? withMark(r) : (b) => withName(r)(`Ren${b}e`)) } },
  { name: 'UTF-8 read as ISO 8859-2', inject: (ps, r) => { const c = pick(r, ['\u00e9', '\u00fc', '\u00f6', '\u00e1']); return breakIn(ps, r, (x) => latin2.decode(Uint8Array.from(utf8(x))), c, (b) => withName(r)(`${madeUp(r, 1)}${b}${madeUp(r, 1).toLowerCase()}`)) } },
  {
    name: 'no-break space read as \u00c2',
    inject: (ps, r) => {
      const candidates = ps.flatMap((p, i) => [...p.matchAll(/[a-z,.] (?=[A-Za-z])/gu)].map((m) => [i, m.index + 1] as const))
      if (candidates.length === 0) return undefined
      const [index, at] = pick(r, candidates)
      const p = ps[index] ?? ''
      const broken = pick(r, ['\u00c2\u00a0', '\u00c2 ', ' \u00c2 '])
      return replaced(ps, index, `${p.slice(0, at)}${broken}${p.slice(at + 1)}`, [[at, at + broken.length]])
    },
  },
  {
    name: 'mojibake upper-cased in a caps line',
    inject: (ps, r) => {
      const broken = utf8(pick(r, ['\u2019', '\u00e9', '\u201c'])).map(cp1252Char).join('').toUpperCase()
      const text = `${pick(r, ['BREAKING', 'UPDATE', 'WATCH'])}: ${pick(r, ['MAYOR', 'UNION', 'COURT'])}${broken}S ${pick(r, ['PLAN', 'OFFER', 'RULING'])} ${pick(r, ['REJECTED', 'DELAYED', 'UPHELD'])}`
      const index = int(r, 1, ps.length - 1)
      const out = [...ps]
      out.splice(index, 0, text)
      const at = text.indexOf(broken)
      return { paragraphs: out, spans: [[index, at, at + broken.length]] }
    },
  },
  { name: 'Cyrillic name in windows-1251 read as windows-1252', inject: (ps, r) => breakIn(ps, r, cyrillicAsLatin, cyrillicName(r), withName(r)) },
  {
    name: 'emoji read as windows-1252',
    inject: (ps, r) => {
      const broken = utf8(pick(r, ['\u{1f600}', '\u{1f44d}', '\u{1f1ee}\u{1f1f3}', '\u{1f525}', '\u2764\ufe0f'])).map(cp1252Char).join('')
      return breakIn(ps, r, () => broken, 'x', (b) => `${pick(r, ['Fans wrote', 'One post read', 'The club replied'])} ${pick(r, ['well done', 'at last', 'see you soon'])} ${b} ${pick(r, ['within minutes', 'on Sunday'])}.`)
    },
  },
  { name: 'windows-1252 with undefined bytes dropped', inject: (ps, r) => breakIn(ps, r, (x) => utf8(x).map(cp1252Char).join('').replace(/[\u0080-\u009f]/gu, ''), pick(r, ['\u201d', '\u00dd', '\u00c1']), (b) => withName(r)(`${madeUp(r, 1)}${b}${madeUp(r, 1).toLowerCase()}`)) },
]

// ---------------------------------------------------------------------------------------------
// Repeated words

export const shapeRepeated: Variant[] = [
  {
    name: 'sentence-initial word doubled in two cases (The the)',
    inject: (ps, r) => {
      const candidates = ps.flatMap((p, i) => [...p.matchAll(/(?:^|(?<=\. ))(?:The|A|In|It|He|She|This|But) (?=[a-z])/gu)].map((m) => [i, m.index, m[0]] as const))
      if (candidates.length === 0) return undefined
      const [index, at, word] = pick(r, candidates)
      const p = ps[index] ?? ''
      const dup = word.toLowerCase()
      return replaced(ps, index, `${p.slice(0, at)}${word}${dup}${p.slice(at + word.length)}`, [[at, at + word.length + dup.length - 1]])
    },
  },
  {
    name: 'two-word phrase doubled',
    inject: (ps, r) => {
      const candidates = ps.flatMap((p, i) => [...p.matchAll(/(?<=[a-z] )(?:in|of|on|to|at|for|from|with) (?:the|a|his|its) (?=[a-z])/gu)].map((m) => [i, m.index, m[0]] as const))
      if (candidates.length === 0) return undefined
      const [index, at, phrase] = pick(r, candidates)
      const p = ps[index] ?? ''
      return replaced(ps, index, `${p.slice(0, at)}${phrase}${p.slice(at)}`, [[at, at + 2 * phrase.length - 1]])
    },
  },
]
