// Wire-desk variants of three defect kinds for `npm run eval:mechanical`, beside scripts/lib/inject.ts
// (issue 11 points 3, 4 and 6): the inject.ts variants repeat one fixed phrase in one frame, which the
// rules were built against; these vary the frame the way syndicated copy does. Attributions to
// outlets, documents and sources in mixed forms (`, the Kelsa Times reported, citing sources` here,
// `, according to the Kelsa Times` there), tacked on to paragraphs in a row, agency credits mixed;
// figures grouped neither way, split by a space, mixed with words, with a decimal comma or a stray
// currency, in varied sentence frames; one person, place or body written two ways (initials, a
// clipped given name, a transliteration, a changed title, lost diacritics, a one- or two-letter
// change); an acronym expanded two ways. Every sentence and name is our own and made up; the carrier
// paragraphs are clean Brown press copy. Dev-time only.
import {
  days,
  decap,
  type Injected,
  insertSentence,
  int,
  madeUp,
  nearMiss,
  person,
  pick,
  plainNouns,
  plainParagraphs,
  quotable,
  type Random,
  repeatTail,
  rewrite,
  sentencesOf,
  spread,
  subjects,
  twoMentions,
  usable,
  type Variant,
} from './inject.js'

// ---------------------------------------------------------------------------------------------
// Attribution

/** A made-up outlet: `the Kelsa Times`, `Varno Daily`, `Radio Tolv`, `Dunmore News`. */
const outlet = (r: Random): string =>
  pick(r, [`the ${madeUp(r, 2)} Times`, `${madeUp(r, 2)} Daily`, `the ${madeUp(r, 3)} Herald`, `${madeUp(r, 2)} TV`, `Radio ${madeUp(r, 2)}`, `${madeUp(r, 2)} News`, `the ${madeUp(r, 2)} Express`, madeUp(r, 3)])
const sourcing = (r: Random): string => pick(r, ['citing sources', 'citing officials', 'citing unnamed officials', 'quoting a senior official', 'citing police', 'citing a report'])
const when = (r: Random): string => pick(r, ['', '', '', ` on ${pick(r, days)}`, ' late on Monday', ' earlier'])

/** `n` paragraphs in a row (from the second on) whose last sentence can take a tail. */
function inARow(paragraphs: readonly string[], random: Random, n: number): number[] | undefined {
  const plain = new Set(plainParagraphs(paragraphs).filter((i) => usable(sentencesOf(paragraphs[i] ?? '').at(-1) ?? '')))
  const starts = [...plain].filter((i) => i >= 1 && Array.from({ length: n }, (_, k) => i + k).every((k) => plain.has(k)))
  if (starts.length === 0) return undefined
  const start = pick(random, starts)
  return Array.from({ length: n }, (_, k) => start + k)
}

/** Tails on chosen paragraphs, in a row (half the time) or spread through the story. */
function tails(ps: readonly string[], r: Random, n: number, make: (k: number) => string): Injected | undefined {
  const at = r() < 0.5 ? inARow(ps, r, n) : spread(ps, r, n)
  return at && repeatTail(ps, at, make)
}

export const wireAttribution: Variant[] = [
  {
    name: 'one outlet credited in mixed forms',
    inject: (ps, r) => {
      const o = outlet(r)
      const forms = [
        () => `, ${o} reported${pick(r, [',', ''])} ${sourcing(r)}`,
        () => `, ${o} reported${when(r)}`,
        () => `, according to ${o}`,
        () => `, ${o} said in a report`,
        () => `, ${pick(r, ['reported', 'said'])} ${o}`,
        () => `, ${o} quoted ${pick(r, ['officials', 'a police officer', 'witnesses'])} as saying`,
      ]
      return tails(ps, r, int(r, 2, 3), () => pick(r, forms)())
    },
  },
  {
    name: 'the newspaper X wrote, in varied order',
    inject: (ps, r) => {
      const name = `${madeUp(r, 2)}${pick(r, ['', ' Post', ' Gazette', ' Tribune', ' Chronicle'])}`
      const kind = pick(r, ['newspaper', 'daily', 'weekly', 'paper', 'news website', 'broadcaster'])
      const verb = pick(r, ['wrote', 'reported', 'said'])
      const forms = [() => `, the ${kind} ${name} ${verb}`, () => `, ${name} ${verb}`, () => `, the ${name} ${kind} ${verb}`, () => `, ${verb} the ${kind} ${name}`, () => `, the ${kind} ${verb}`]
      return tails(ps, r, int(r, 2, 3), (k) => (k === 0 ? forms[0]?.() ?? '' : pick(r, forms)()))
    },
  },
  {
    name: 'a statement, then the statement added again and again',
    inject: (ps, r) => {
      const body = pick(r, ['ministry', 'police', 'company', 'army', 'embassy', 'district office', 'board'])
      const doc = pick(r, ['statement', 'report', 'release', 'letter', 'notice', 'press note', 'order'])
      const adverb = () => pick(r, ['', '', ' also', ' further'])
      const verb = () => pick(r, ['added', 'said', 'stated', 'noted', 'read'])
      const first = `, the ${body} said in a ${doc}${when(r)}`
      return tails(ps, r, 3, (k) => (k === 0 ? first : r() < 0.8 ? `, the ${doc}${adverb()} ${verb()}` : `, ${pick(r, ['said', 'added'])} the ${doc}`))
    },
  },
  {
    name: 'he claimed, with a varied adverb',
    inject: (ps, r) => {
      const who = pick(r, ['he', 'she', 'they', 'the official', 'the minister', 'the lawyer'])
      const verb = pick(r, ['claimed', 'alleged', 'asserted', 'maintained', 'insisted', 'added', 'stated', 'informed'])
      return tails(ps, r, 3, () => `, ${who}${pick(r, ['', '', ' also', ' further'])} ${verb}`)
    },
  },
  {
    name: 'sources said',
    inject: (ps, r) => {
      const src = pick(r, ['sources', 'official sources', 'police sources', 'sources in the ministry', 'party sources', 'informed sources', 'highly placed sources'])
      const verb = pick(r, ['said', 'told', 'added', 'claimed'])
      return tails(ps, r, 3, () => (verb === 'told' ? `, ${src} told ${outlet(r)}` : `, ${src}${pick(r, ['', '', ' further'])} ${verb}`))
    },
  },
  {
    name: 'the ministry said in a statement, paragraph after paragraph',
    inject: (ps, r) => {
      const body = `the ${pick(r, ['foreign', 'home', 'health', 'finance', 'defence', 'interior'])} ${pick(r, ['ministry', 'office', 'department'])}`
      return tails(ps, r, int(r, 2, 3), () => `, ${body} said${pick(r, [' in a statement', ' in a statement', ' in a press release', ' in its statement'])}${when(r)}`)
    },
  },
  {
    name: 'an agency reported at the end of paragraph after paragraph',
    inject: (ps, r) => {
      const agency = pick(r, ['PTI', 'ANI', 'IANS', 'UNI', 'Reuters', 'AFP', 'Xinhua', 'Anadolu', 'Bernama'])
      return tails(ps, r, int(r, 2, 3), () => pick(r, [`, ${agency} reported`, `, ${agency} reported${when(r)}`, `, reported ${agency}`, `, ${agency} said`, `, according to ${agency}`]))
    },
  },
  {
    name: 'agency credits mixed: reported tail, tag and dash credit',
    inject: (ps, r) => {
      const agencies = ['PTI', 'ANI', 'IANS', 'UNI', 'Reuters', 'AFP', 'Xinhua']
      const a = pick(r, agencies)
      const b = pick(r, agencies.filter((x) => x !== a))
      const at = spread(ps, r, int(r, 2, 3))
      if (!at) return undefined
      const forms = [(x: string) => ` (${x})`, (x: string) => ` - ${x}`, (x: string) => ` -- ${x}`, (x: string) => ` \u2014${x}`]
      const out = [...ps]
      const spans: [number, number, number][] = []
      at.forEach((index, n) => {
        const text = out[index] ?? ''
        const who = n === 0 ? a : pick(r, [a, b, b])
        if (r() < 0.35) {
          const tail = `, ${who} reported`
          out[index] = `${text.slice(0, -1)}${tail}.`
          spans.push([index, text.length - 1, text.length - 1 + tail.length])
        } else {
          const credit = pick(r, forms)(who)
          out[index] = `${text}${credit}`
          spans.push([index, text.length, text.length + credit.length])
        }
      })
      const whos = new Set(spans.map(([i, s, e]) => (out[i] ?? '').slice(s, e).replace(/[^A-Za-z]|reported/gu, '')))
      // Two credits of one agency, both tags, are the repeat inject.ts covers; keep stories where the form or the agency changes.
      return whos.size > 1 || spans.some(([i, s, e]) => (out[i] ?? '').slice(s, e).includes('reported')) ? { paragraphs: out, spans } : undefined
    },
  },
  {
    name: 'one statement attributed twice, in varied frames',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      const { given, surname } = person(r)
      const name = pick(r, [`${given} ${surname}`, surname, `the ${pick(r, ['minister', 'spokesman', 'governor'])}`, `${madeUp(r, 2)} police chief ${surname}`])
      return (
        q &&
        rewrite(ps, q, (b) => {
          const lead = pick(r, [
            `${name} ${pick(r, ['said', 'stated', 'announced', 'claimed'])} ${pick(r, ['', 'that '])}${decap(b)}`,
            `According to ${name}, ${decap(b)}`,
            `Speaking to reporters, ${name} said ${decap(b)}`,
            `In a statement, ${name} said ${decap(b)}`,
          ])
          const tail = `, ${pick(r, ['he', 'she', name])} ${pick(r, ['said', 'added', 'claimed', 'said on Monday'])}`
          return [`${lead}${tail}.`, lead.length + 2, lead.length + tail.length]
        })
      )
    },
  },
]

// ---------------------------------------------------------------------------------------------
// Numbers

const nouns = [...plainNouns, 'people', 'tonnes', 'kilometres of road', 'hectares', 'votes', 'jobs', 'houses']
/** A sentence around a figure in one of several frames; the figure's span within it. */
function frame(r: Random, figure: string, money = false): [string, number, number] {
  const noun = money ? pick(r, ['', '']) : ` ${pick(r, nouns)}`
  const subject = pick(r, subjects)
  const frames: [string, string][] = money
    ? [
        [`${subject} set aside `, ` for the ${pick(r, ['scheme', 'project', 'repairs', 'new wing'])}.`],
        [`The ${pick(r, ['contract', 'bridge', 'plan', 'loan'])} is worth `, `, ${pick(r, ['officials said', 'the report said', 'according to the board'])}.`],
        [`Each family will get `, ` as ${pick(r, ['compensation', 'relief', 'a one-time grant'])}.`],
        [`The price rose from `, ` to ${pick(r, ['a record', 'a new high', 'the highest in years'])}.`],
        [`A fine of `, ` was imposed on the ${pick(r, ['firm', 'trader', 'driver'])}.`],
      ]
    : [
        [`${subject} ${pick(r, ['counted', 'reported', 'recorded', 'registered'])} ${pick(r, ['', 'about ', 'more than ', 'nearly '])}`, `${noun} ${pick(r, ['last year', 'in March', 'this month', 'in the district'])}.`],
        [`As many as `, `${noun} were ${pick(r, ['affected', 'counted', 'moved', 'added'])}, ${pick(r, ['officials said', 'the report said'])}.`],
        [`The figure rose to `, `${noun} from ${int(r, 11, 99)} a year ago.`],
        [`Of the `, `${noun}, ${pick(r, ['most', 'half', 'few'])} were ${pick(r, ['new', 'in the north', 'unregistered'])}.`],
        [`${subject} said `, `${noun} ${pick(r, ['had been checked', 'were still missing', 'would be added'])}.`],
      ]
  const [lead, rest] = pick(r, frames)
  const cap = lead.charAt(0).toUpperCase() + lead.slice(1)
  return [`${cap}${figure}${rest}`, cap.length, cap.length + figure.length]
}
const rupees = (r: Random): string => pick(r, ['Rs ', 'Rs. ', 'Rs', '\u20b9', '$', 'Tk ', 'Rs '])
const put = (ps: readonly string[], r: Random, [s, a, b]: [string, number, number]) => insertSentence(ps, r, s, a, b)

export const wireNumbers: Variant[] = [
  {
    name: 'grouping neither international nor Indian',
    inject: (ps, r) => {
      const figure = pick(r, [`${int(r, 1, 99)},${String(int(r, 0, 99)).padStart(2, '0')}`, `${int(r, 1, 9)},${String(int(r, 1, 9999)).padStart(4, '0')}`, `${int(r, 1, 999)},${String(int(r, 0, 99999)).padStart(5, '0')}`, `${int(r, 1, 99)},${String(int(r, 0, 99)).padStart(2, '0')},${String(int(r, 0, 9999)).padStart(4, '0')}`, `${int(r, 1, 9)},${int(r, 100, 999)},${String(int(r, 0, 99)).padStart(2, '0')}`])
      return put(ps, r, r() < 0.5 ? frame(r, figure) : frame(r, `${rupees(r)}${figure}`, true))
    },
  },
  {
    name: 'space inside a figure',
    inject: (ps, r) => {
      const money = r() < 0.5
      const figure = pick(r, [`${int(r, 1, 999)}. ${int(r, 10, 99)}`, `${int(r, 1, 999)}, ${int(r, 100, 999)}`, `${int(r, 1, 99)} ,${int(r, 100, 999)}`, `${int(r, 1, 999)} .${int(r, 1, 99)}`, `${int(r, 1, 99)}, ${int(r, 10, 99)},${int(r, 100, 999)}`])
      return put(ps, r, money ? frame(r, `${rupees(r)}${figure}${pick(r, ['', ' crore', ' million', ' lakh'])}`, true) : frame(r, figure))
    },
  },
  {
    name: 'ungrouped figure in a story that groups',
    inject: (ps, r) => {
      // The story groups figures of the same length (a house may leave four digits ungrouped: `2500`, `12,500`).
      const raw = String(pick(r, [int(r, 1_001, 2_100), int(r, 2_101, 9_999), int(r, 10_000, 999_999)]))
      const [s1] = frame(r, (raw.length === 4 ? int(r, 1_001, 9_999) : int(r, 10_001, 999_999)).toLocaleString('en-US'))
      const first = insertSentence(ps, r, s1, 0, 0)
      return first && put(first.paragraphs, r, r() < 0.3 ? frame(r, `${rupees(r)}${raw}`, true) : frame(r, raw))
    },
  },
  {
    name: 'words mixed into a figure',
    inject: (ps, r) => {
      const figure = pick(r, [
        `${rupees(r)}${int(r, 2, 99)} ${pick(r, ['Thousands', 'thousands', 'Thousand', 'Hundreds', 'Lakhs', 'Crores', 'Millions', 'Billions', 'Lacs'])}`,
        `${rupees(r)}${int(r, 2, 99)} ${pick(r, ['lakhs', 'Lakhs'])} crore`,
        `${rupees(r)}${int(r, 2, 9)} ${pick(r, ['million', 'billion'])} ${pick(r, ['lakh', 'crore', 'thousand'])}`,
        `${int(r, 2, 99)} ${pick(r, ['Thousands', 'Hundreds', 'thousands', 'Millions'])}`,
      ])
      return put(ps, r, figure.includes('Rs') || /^[\u20b9$T]/u.test(figure) ? frame(r, figure, true) : frame(r, figure))
    },
  },
  {
    name: 'decimal comma',
    inject: (ps, r) => {
      const n = `${int(r, 1, 99)},${pick(r, [String(int(r, 1, 9)), String(int(r, 10, 99))])}`
      const figure = pick(r, [`${n} per cent`, `${n}%`, `${rupees(r)}${n} million`, `${rupees(r)}${n} crore`, `${rupees(r)}${n} billion`, `${n} million`])
      return put(ps, r, frame(r, figure, !(figure.startsWith(n) && figure.endsWith(' million'))))
    },
  },
  {
    name: 'misplaced or doubled currency',
    inject: (ps, r) => {
      const n = int(r, 2, 999).toString()
      const figure = pick(r, [`${n} Rs`, `${n}$`, `${n} $`, `Rs ${n} rupees`, `$${n} dollars`, `Rs ${n} crore rupees`, `${n} crore Rs`, `USD ${n} million dollars`, `$ ${n} million dollars`])
      return put(ps, r, frame(r, figure, true))
    },
  },
]

// ---------------------------------------------------------------------------------------------
// Names

/**
 * Like inject.ts's twoMentions, with the name marked (\u0000...\u0001) in both sentences: either
 * place may be the one a rule flags (a short form first and the full name later, a title changed).
 */
export function bothMentions(paragraphs: readonly string[], random: Random, first: string, later: string): Injected | undefined {
  const marked = (text: string): [string, number, number] => {
    const at = text.indexOf('\u0000')
    const clean = text.replace('\u0000', '').replace('\u0001', '')
    return at < 0 ? [clean, 0, 0] : [clean, at, text.replace('\u0000', '').indexOf('\u0001')]
  }
  if (paragraphs.length < 3) return undefined
  const early = int(random, 0, Math.min(1, paragraphs.length - 3))
  const late = int(random, early + 2, paragraphs.length - 1)
  const [one, s1, e1] = marked(first)
  const a = insertSentence(paragraphs, random, one, s1, e1, paragraphs.map((_, i) => i).filter((i) => i !== early))
  const [two, s2, e2] = marked(later)
  const b = a && insertSentence(a.paragraphs, random, two, s2, e2, a.paragraphs.map((_, i) => i).filter((i) => i !== late))
  return a && b && { paragraphs: b.paragraphs, spans: [...a.spans, ...b.spans] }
}

const titled = ['Minister', 'Mayor', 'Governor', 'Senator', 'Commissioner', 'Justice', 'Dr', 'Prof', 'General', 'Colonel', 'Judge']
const roles = ['Foreign Minister', 'Chief Minister', 'Home Secretary', 'Police Chief', 'Opposition leader', 'party leader', 'Deputy Mayor']

/** The first mention: a full name introduced in one of several frames. */
const intro = (r: Random, name: string): string =>
  pick(r, [
    `${pick(r, roles)} \u0000${name}\u0001 ${pick(r, ['said on', 'arrived on', 'spoke on'])} ${pick(r, days)} that the ${pick(r, ['plan', 'talks', 'project', 'inquiry'])} would go ahead.`,
    `The ${pick(r, ['talks', 'visit', 'meeting'])} was led by \u0000${name}\u0001, ${pick(r, ['a former judge', 'the party chief', 'an envoy', 'the district head'])}.`,
    `\u0000${name}\u0001 ${pick(r, ['met', 'called', 'wrote to'])} the ${pick(r, ['governor', 'board', 'union leaders'])} on ${pick(r, days)}.`,
  ])
/** A later mention, with the variant between \u0000 and \u0001. */
const later = (r: Random, name: string): string =>
  pick(r, [
    `\u0000${name}\u0001 ${pick(r, ['said', 'added', 'told reporters'])} the ${pick(r, ['talks', 'work', 'review'])} would continue.`,
    `The ${pick(r, ['decision', 'plan', 'offer'])} was welcomed by \u0000${name}\u0001 later that week.`,
    `Aides to \u0000${name}\u0001 ${pick(r, ['declined to comment', 'said more talks were planned'])}.`,
    `${pick(r, ['Critics', 'Rivals', 'Supporters'])} of \u0000${name}\u0001 ${pick(r, ['gathered outside', 'called for calm', 'were not convinced'])}.`,
  ])

/** Transliteration pairs: one spelling for another inside a name. */
const translits: readonly [string, string][] = [
  ['o', 'u'], ['u', 'o'], ['e', 'a'], ['a', 'e'], ['ee', 'i'], ['i', 'ee'], ['oo', 'u'], ['y', 'i'], ['i', 'y'], ['kh', 'k'], ['dh', 'd'], ['th', 't'], ['sh', 's'], ['w', 'v'], ['v', 'w'], ['q', 'k'], ['ph', 'f'], ['ou', 'u'],
]
/** A transliteration variant of `word`: one pair swapped after the first letter. */
function transliterate(r: Random, word: string): string | undefined {
  const options = translits.flatMap(([a, b]) => {
    const at = word.indexOf(a, 1)
    return at > 0 ? [word.slice(0, at) + b + word.slice(at + a.length)] : []
  })
  return options.length ? pick(r, options) : undefined
}
const translitName = (r: Random): string => madeUp(r, 1) + pick(r, ['hammad', 'shraf', 'khan', 'deen', 'hussain', 'rooq', 'yaz', 'wadi', 'qbal', 'thur'])
const accented: Readonly<Record<string, string>> = { a: '\u00e1', e: '\u00e9', o: '\u00f6', u: '\u00fc', i: '\u00ed', n: '\u00f1', c: '\u00e7' }

export const wireNames: Variant[] = [
  {
    name: 'initials for the given names',
    inject: (ps, r) => {
      const a = madeUp(r, 2)
      const b = madeUp(r, 2)
      const surname = madeUp(r, int(r, 2, 3))
      const initials = pick(r, [`${a[0]}. ${b[0]}.`, `${a[0]}${b[0]}`, `${a[0]}.${b[0]}.`, `${a[0]} ${b[0]}`])
      const [full, short] = r() < 0.5 ? [`${a} ${b} ${surname}`, `${initials} ${surname}`] : [`${initials} ${surname}`, `${a} ${b} ${surname}`]
      return bothMentions(ps, r, intro(r, full), later(r, short))
    },
  },
  {
    name: 'clipped given name (Kh, Md, Mohd)',
    inject: (ps, r) => {
      const given = madeUp(r, 3)
      const surname = madeUp(r, int(r, 2, 3))
      const clip = pick(r, [given.slice(0, 2), given.slice(0, 2) + '.', given[0] + given.slice(2, 3), given.slice(0, 3) + '.', given.replace(/[aeiou]/gu, '').slice(0, 3)])
      const [full, short] = r() < 0.6 ? [`${given} ${surname}`, `${clip} ${surname}`] : [`${clip} ${surname}`, `${given} ${surname}`]
      return bothMentions(ps, r, intro(r, full), later(r, short))
    },
  },
  {
    name: 'transliteration variant',
    inject: (ps, r) => {
      const given = translitName(r)
      const surname = r() < 0.5 ? translitName(r) : madeUp(r, 3)
      const which = r() < 0.5
      const changed = transliterate(r, which ? given : surname)
      if (!changed) return undefined
      const other = which ? `${changed} ${surname}` : `${given} ${changed}`
      return bothMentions(ps, r, intro(r, `${given} ${surname}`), later(r, r() < 0.3 && !which ? changed : other))
    },
  },
  {
    name: 'surname spelt two ways',
    inject: (ps, r) => {
      const p = person(r)
      const changed = r() < 0.7 ? nearMiss(r, p.surname) : nearMiss(r, nearMiss(r, p.surname))
      if (changed === p.surname) return undefined
      const show = pick(r, [changed, `${p.given} ${changed}`, `Mr ${changed}`, `${changed}'s`])
      return bothMentions(ps, r, intro(r, `${p.given} ${p.surname}`), later(r, show))
    },
  },
  {
    name: 'title changed',
    inject: (ps, r) => {
      const p = person(r)
      const a = pick(r, titled)
      const b = pick(r, titled.filter((t) => t !== a))
      return bothMentions(ps, r, `\u0000${a} ${p.given} ${p.surname}\u0001 ${pick(r, ['said on', 'arrived on'])} ${pick(r, days)} that work would resume.`, later(r, `${b} ${p.given} ${p.surname}`))
    },
  },
  {
    name: 'place with and without diacritics',
    inject: (ps, r) => {
      const base = madeUp(r, 3)
      const letters = [...base].map((c, i) => (i > 0 && accented[c] ? i : -1)).filter((i) => i > 0)
      if (letters.length === 0) return undefined
      const i = pick(r, letters)
      const marked = base.slice(0, i) + (accented[base[i] ?? ''] ?? '') + base.slice(i + 1)
      const [first, second] = r() < 0.5 ? [marked, base] : [base, marked]
      return bothMentions(
        ps,
        r,
        `${pick(r, ['Floods hit', 'Rescuers reached', 'Flights into', 'Roads around'])} \u0000${first}\u0001 on ${pick(r, days)}.`,
        `${pick(r, ['Officials in', 'Schools in', 'Traders from', 'Most of'])} \u0000${second}\u0001 ${pick(r, ['stayed shut', 'were hit', 'reopened'])}.`,
      )
    },
  },
  {
    name: 'place or body abbreviated two ways',
    inject: (ps, r) => {
      const a = madeUp(r, 2)
      const b = madeUp(r, 2)
      const forms = [`${a[0]}&${b[0]}`, `${a[0]}-${b[0]}`, `${a[0]}/${b[0]}`, `${a[0]}.${b[0]}.`, `${a[0]}${b[0]}`, `${a[0]} and ${b[0]}`]
      const one = pick(r, forms)
      const two = pick(r, forms.filter((f) => f !== one))
      const full = `${a} and ${b}`
      const first = r() < 0.5 ? `${pick(r, ['Police in', 'Farmers in', 'Schools in'])} ${full} (\u0000${one}\u0001) ${pick(r, ['stayed shut', 'were hit', 'reopened'])} on ${pick(r, days)}.` : `${pick(r, ['Police in', 'Farmers in', 'Schools in'])} \u0000${one}\u0001 ${pick(r, ['stayed shut', 'were hit', 'reopened'])} on ${pick(r, days)}.`
      return bothMentions(ps, r, first, `${pick(r, ['The', 'Most'])} \u0000${two}\u0001 ${pick(r, ['officials', 'traders', 'residents'])} ${pick(r, ['blamed the storm', 'asked for help', 'met the governor'])}.`)
    },
  },
  {
    name: 'hyphen, space or case in a compound surname',
    inject: (ps, r) => {
      const head = pick(r, ['Al', 'El', 'Abu', 'Bin', 'Van', 'De', 'Mac', 'Ul'])
      const tail = madeUp(r, 2)
      const forms = [`${head}-${tail}`, `${head} ${tail}`, `${head}${tail.toLowerCase()}`, `${head.toLowerCase()}-${tail}`]
      const one = pick(r, forms)
      const two = pick(r, forms.filter((f) => f !== one))
      const given = madeUp(r, 2)
      return bothMentions(ps, r, intro(r, `${given} ${one}`), later(r, r() < 0.5 ? `${given} ${two}` : two))
    },
  },
]

export const wireAcronyms: Variant[] = [
  {
    name: 'acronym expanded two ways, in varied frames',
    inject: (ps, r) => {
      const words = [
        ['National', 'Nationwide', 'Northern', 'New'],
        ['Register', 'Registry', 'Reform', 'Rural', 'Relief', 'Revenue'],
        ['Council', 'Citizens', 'Commission', 'Corporation', 'Centre', 'Committee'],
      ]
      const one = words.map((w) => pick(r, w))
      const two = one.map((w, i) => (r() < 0.6 ? pick(r, (words[i] ?? []).filter((x) => x !== w)) : w))
      if (two.join() === one.join()) two[1] = pick(r, (words[1] ?? []).filter((x) => x !== one[1]))
      const acr = one.map((w) => w[0]).join('')
      const of = (ws: string[]) => (r() < 0.4 ? `${ws[0]} ${ws[1]} of ${ws[2]}` : ws.join(' '))
      const first = `The ${of(one)} (${acr}) ${pick(r, ['met', 'objected', 'agreed'])} on ${pick(r, days)}.`
      const second = pick(r, [
        `Later the \u0000${of(two)} (${acr})\u0001 ${pick(r, ['sent a team', 'wrote to the board', 'replied'])}.`,
        `The \u0000${acr} (${of(two)})\u0001 ${pick(r, ['sent a team', 'wrote to the board', 'replied'])}.`,
        `Members of the \u0000${of(two)}, or ${acr}\u0001, ${pick(r, ['walked out', 'were not told'])}.`,
      ])
      return twoMentions(ps, r, first, second)
    },
  },
]
