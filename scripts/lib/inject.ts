// Synthetic mechanical defects for `npm run eval:mechanical`: each injector takes a clean story (its
// paragraphs) and a seeded random source, and returns the story with one kind of defect put in, and
// where. Surface variants are drawn at random (names, figures, marks, places) so that a rule is
// judged on the shape of the defect, not on one spelling of it. Every sentence and name here is
// made up; the carrier paragraphs are clean Brown press copy. Dev-time only.

/** A random source in [0, 1). */
export type Random = () => number

/** A story with a defect put in: its paragraphs and the spans of the defect (any one found counts). */
export interface Injected {
  paragraphs: string[]
  /** [paragraph index, start, end] within that paragraph; the last one is the defect's later place. */
  spans: [number, number, number][]
}

/** One surface variant of a defect kind. */
export interface Variant {
  name: string
  inject: (paragraphs: readonly string[], random: Random) => Injected | undefined
}

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
export const int = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1))
const cap = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1)

const syllables = ['ka', 'ro', 'mi', 'ten', 'sa', 'lu', 'vor', 'da', 'nel', 'bri', 'ha', 'zu', 'per', 'ol', 'an', 'is', 'ma', 'ri', 'tal', 'gen', 'fo', 'vin', 'sho', 'ar', 'bel', 'ku', 'des', 'mo', 'tor', 'li', 'wen', 'ja', 'rak', 'um']
/** A made-up word of `count` syllables, capitalised. */
export function madeUp(random: Random, count: number): string {
  let word = ''
  for (let i = 0; i < count; i++) word += pick(random, syllables)
  return cap(word)
}

/** A made-up person: given name of two syllables, surname of three or four. */
export function person(random: Random): { given: string; surname: string } {
  return { given: madeUp(random, 2), surname: madeUp(random, int(random, 3, 4)) }
}

const titles = ['Minister', 'Mayor', 'spokesman', 'Director', 'Governor', 'chairman', 'Senator', 'Commissioner']
export const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const speechVerbs = ['said', 'added', 'told reporters', 'said on ' + 'Monday', 'noted']
export const plainNouns = ['workers', 'tonnes of grain', 'vehicles', 'homes', 'voters', 'licensed arms', 'students', 'cases', 'trees', 'passengers', 'acres', 'shares']
export const subjects = ['The agency', 'The council', 'The district office', 'The company', 'Officials', 'The ministry', 'The board', 'Police']

/** The sentences of a paragraph, split after `.`, `!` or `?` before a space and a capital. */
export function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=[A-Z])/u)
}

/** Indices of paragraphs without quote marks and with at least `min` sentences. */
export function plainParagraphs(paragraphs: readonly string[], min = 1): number[] {
  return paragraphs.flatMap((p, i) => (!/["'\u2018\u2019\u201c\u201d]/u.test(p) && sentencesOf(p).length >= min ? [i] : []))
}

/** A sentence of 8 to 40 words ending in a full stop, without quote marks, digits-only ends or abbreviations. */
export function usable(sentence: string): boolean {
  const words = sentence.split(' ').length
  return words >= 8 && words <= 40 && /[a-z]\.$/u.test(sentence) && !/["'\u2018\u2019\u201c\u201d;:()]/u.test(sentence) && !/\b[A-Z][a-z]?\.$/u.test(sentence)
}

/** Replaces the paragraph at `index` and returns the injected story. */
export function replaced(paragraphs: readonly string[], index: number, text: string, spans: [number, number][]): Injected {
  const out = [...paragraphs]
  out[index] = text
  return { paragraphs: out, spans: spans.map(([s, e]) => [index, s, e]) }
}

/** A quotable sentence in a quote-free paragraph: the paragraph index, its sentences and which one. */
export function quotable(paragraphs: readonly string[], random: Random, position: 'first' | 'later' | 'any' = 'any'): { index: number; sentences: string[]; at: number } | undefined {
  const candidates = plainParagraphs(paragraphs, position === 'later' ? 2 : 1)
  for (let tries = 0; tries < 6 && candidates.length > 0; tries++) {
    const index = pick(random, candidates)
    const sentences = sentencesOf(paragraphs[index] ?? '')
    const at = position === 'first' ? 0 : position === 'later' ? int(random, 1, sentences.length - 1) : int(random, 0, sentences.length - 1)
    if (usable(sentences[at] ?? '')) return { index, sentences, at }
  }
  return undefined
}

/** Quote glyphs: straight or curly, drawn per story. */
function glyphs(random: Random): { open: string; close: string } {
  return random() < 0.5 ? { open: '"', close: '"' } : { open: '\u201c', close: '\u201d' }
}

/**
 * Rebuilds paragraph `index` with sentence `at` replaced by `make(body)` (body = the sentence
 * without its full stop); `make` returns the new text and the defect's span within it.
 */
export function rewrite(paragraphs: readonly string[], q: { index: number; sentences: string[]; at: number }, make: (body: string) => [string, number, number]): Injected {
  const before = q.sentences.slice(0, q.at).join(' ')
  const prefix = before === '' ? '' : `${before} `
  const body = (q.sentences[q.at] ?? '').slice(0, -1)
  const [text, s, e] = make(body)
  const after = q.sentences.slice(q.at + 1).join(' ')
  return replaced(paragraphs, q.index, `${prefix}${text}${after === '' ? '' : ` ${after}`}`, [[prefix.length + s, prefix.length + e]])
}

const speaker = (random: Random): string => {
  const { given, surname } = person(random)
  return pick(random, [`${given} ${surname}`, 'he', 'she', `the ${pick(random, titles).toLowerCase()}`])
}

/** Lower-cases a sentence's first letter unless it starts a name or an acronym. */
export const decap = (s: string): string => (/^[A-Z][a-z]/u.test(s) && /^(?:The|A|An|In|On|It|He|She|They|We|This|That|There|But|And|For|At|As|If|When)\b/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s)

export const quotePunctuation: Variant[] = [
  {
    name: 'closing mark opens a paragraph, glued',
    inject: (ps, r) => {
      const q = quotable(ps, r, 'first')
      return q && rewrite(ps, q, (b) => [`\u201d${b},\u201d ${speaker(r)} said.`, 0, 1])
    },
  },
  {
    name: 'closing mark opens a paragraph, spaced',
    inject: (ps, r) => {
      const q = quotable(ps, r, 'first')
      return q && rewrite(ps, q, (b) => [`\u201d ${b},\u201d ${speaker(r)} said.`, 0, 1])
    },
  },
  {
    name: 'closing mark opens a sentence',
    inject: (ps, r) => {
      const q = quotable(ps, r, 'later')
      const spaced = r() < 0.5 ? ' ' : ''
      return q && rewrite(ps, q, (b) => [`\u201d${spaced}${b},\u201d ${speaker(r)} ${pick(r, ['said', 'added'])}.`, 0, 1])
    },
  },
  {
    name: "two apostrophes close a quotation",
    inject: (ps, r) => {
      const q = quotable(ps, r)
      const g = glyphs(r)
      const apostrophes = g.open === '"' ? "''" : pick(r, ['\u2019\u2019', "''"])
      return q && rewrite(ps, q, (b) => {
        const text = `${g.open}${b},${apostrophes} ${speaker(r)} said.`
        const at = text.indexOf(apostrophes)
        return [text, at, at + 2]
      })
    },
  },
  {
    name: 'straight closing mark spaced off at paragraph end',
    inject: (ps, r) => {
      const candidates = plainParagraphs(ps)
      if (candidates.length === 0) return undefined
      const index = pick(r, candidates)
      const sentences = sentencesOf(ps[index] ?? '')
      const last = sentences.length - 1
      if (!usable(sentences[last] ?? '')) return undefined
      const lead = `${cap(speaker(r))} said: "`
      sentences[last] = `${lead}${decap(sentences[last] ?? '')} "`
      const text = sentences.join(' ')
      return replaced(ps, index, text, [[text.length - 1, text.length]])
    },
  },
  {
    name: 'straight closing mark spaced off before attribution',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      return q && rewrite(ps, q, (b) => {
        const text = `"${b}${pick(r, [', "', '. "', ' ,"'])} ${speaker(r)} said.`
        const at = text.lastIndexOf('"')
        return [text, at, at + 1]
      })
    },
  },
  {
    name: 'opening mark spaced off its words',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      const g = glyphs(r)
      return q && rewrite(ps, q, (b) => {
        const lead = `${cap(speaker(r))} said, ${g.open} `
        return [`${lead}${decap(b)}.${g.close}`, lead.length - 2, lead.length - 1]
      })
    },
  },
  {
    name: 'straight and curly marks mixed in one quotation',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      const straightFirst = r() < 0.5
      // Either mark may be the odd one out, depending on the story's other quotations.
      return q && rewrite(ps, q, (b) => [`${straightFirst ? '"' : '\u201c'}${b},${straightFirst ? '\u201d' : '"'} ${speaker(r)} said.`, 0, b.length + 3])
    },
  },
  {
    name: 'two apostrophes on both sides of a quoted phrase',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      const pair = pick(r, [["''", "''"], ['\u2018\u2018', '\u2019\u2019'], ['\u2019\u2019', '\u2019\u2019']] as const)
      const phrase = `${int(r, 10, 150)} years of ${pick(r, ['trade', 'service', 'progress', 'the harbour', 'struggle'])}`
      return q && rewrite(ps, q, (b) => {
        const lead = `${b}, ${pick(r, ['marking', 'to mark', 'in what was called'])} ${pair[0]}`
        return [`${lead}${phrase}${pair[1]}.`, lead.length - 2, lead.length + phrase.length + 2]
      })
    },
  },
  {
    name: 'closing glyph opens a phrase mid-sentence',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      const phrase = pick(r, ['vote bank politics', 'a last chance', 'business as usual', 'total failure', 'a new dawn'])
      return q && rewrite(ps, q, (b) => {
        const lead = `${b} and ${pick(r, ['warned of', 'spoke of', 'called it'])} `
        return [`${lead}\u201d${phrase}\u201d.`, lead.length, lead.length + 1]
      })
    },
  },
  {
    name: 'closing quote mark as an apostrophe',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      const word = pick(r, ['haven\u201dt', 'don\u201dt', 'isn\u201dt', 'city\u201ds', 'council\u201ds', 'won\u201dt'])
      return q && rewrite(ps, q, (b) => {
        const lead = `${b}, and ${pick(r, ['that', 'the', 'its'])} `
        return [`${lead}${word} ${pick(r, ['changed', 'plan', 'view'])}.`, lead.length, lead.length + word.length]
      })
    },
  },
  {
    name: 'opening glyph closes a quotation',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      return q && rewrite(ps, q, (b) => {
        const text = `\u201c${b},\u201c ${speaker(r)} said.`
        const at = text.lastIndexOf('\u201c')
        return [text, at, at + 1]
      })
    },
  },
  {
    // TeX and typewriter habits: two grave accents, primes or acute accents drawn as a double mark.
    name: 'backticks, primes or accents as quote marks',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      const [open, close] = pick(r, [['``', "''"], ['``', '``'], ['\u2032\u2032', '\u2032\u2032'], ['\u2033', '\u2033'], ['\u00b4\u00b4', '\u00b4\u00b4'], ['`', "'"], ['\u201f', '\u201d']] as const)
      if (!q) return undefined
      const made = rewrite(ps, q, (b) => {
        const lead = `${cap(speaker(r))} said, `
        return [`${lead}${open}${decap(b)}.${close}`, lead.length, lead.length + open.length]
      })
      // The closing stand-in is part of the same defect, not a finding elsewhere.
      const [index, start] = made.spans[0] ?? [0, 0, 0]
      const at = (made.paragraphs[index] ?? '').indexOf(close, start + open.length)
      if (at >= 0) made.spans.push([index, at, at + close.length])
      return made
    },
  },
  {
    name: 'opening mark glued to the sentence end before it',
    inject: (ps, r) => {
      const q = quotable(ps, r, 'later')
      const g = glyphs(r)
      if (!q) return undefined
      const made = rewrite(ps, q, (b) => [`${g.open}${b},${g.close} ${speaker(r)} said.`, 0, 1])
      const [index, at] = made.spans[0] ?? [0, 0]
      const p = made.paragraphs[index] ?? ''
      // Drop the space between the previous sentence's full stop and the opening mark.
      made.paragraphs[index] = `${p.slice(0, at - 1)}${p.slice(at)}`
      made.spans = [[index, at - 2, at]]
      return made
    },
  },
  {
    name: 'closing mark glued to the next word',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      const g = glyphs(r)
      return q && rewrite(ps, q, (b) => {
        const close = pick(r, [`,${g.close}`, `${g.close},`, `.${g.close}`])
        const text = `${g.open}${b}${close}${speaker(r)} said.`
        const at = text.indexOf(close)
        return [text, at, at + close.length + 1]
      })
    },
  },
  {
    name: 'quote mark doubled',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      const g = glyphs(r)
      const where = g.open === '"' ? pick(r, [0, 2]) : int(r, 0, 2)
      return q && rewrite(ps, q, (b) => {
        const open = where === 1 ? g.close : `${g.open}${where === 0 ? g.open : ''}`
        const close = where === 2 ? `${g.close}${g.close}` : g.close
        const text = `${open}${b},${close} ${speaker(r)} said.`
        return where === 2 ? [text, text.indexOf(close), text.indexOf(close) + 2] : [text, 0, open.length]
      })
    },
  },
  {
    name: 'full stop repeated after the closing mark',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      const g = glyphs(r)
      return q && rewrite(ps, q, (b) => {
        const lead = `${cap(speaker(r))} said: ${g.open}`
        const text = `${lead}${decap(b)}.${g.close}${pick(r, ['.', ',', ' .'])}`
        return [text, text.length - 3, text.length]
      })
    },
  },  // Faults editors fix in rewritten and translated copy that the variants above do not draw.
  {
    name: 'continental quote marks in English copy',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      const [open, close] = pick(r, [['\u00ab', '\u00bb'], ['\u201e', '\u201c'], ['\u201e', '\u201d'], ['\u00bb', '\u00ab'], ['\u00ab ', ' \u00bb']] as const)
      if (!q) return undefined
      const made = rewrite(ps, q, (b) => [`${open}${b},${close} ${speaker(r)} said.`, 0, open.length])
      // The closing mark is part of the same defect, not a finding elsewhere.
      const [index, start] = made.spans[0] ?? [0, 0, 0]
      const at = (made.paragraphs[index] ?? '').indexOf(`,${close}`, start)
      if (at >= 0) made.spans.push([index, at + 1, at + 1 + close.length])
      return made
    },
  },
  {
    name: 'single opening mark closed by a double one',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      const [open, close] = pick(r, [["'", '"'], ['\u2018', '\u201d'], ['"', "'"], ['\u201c', '\u2019']] as const)
      if (!q) return undefined
      const made = rewrite(ps, q, (b) => [`${open}${b},${close} ${speaker(r)} said.`, 0, 1])
      const [index, start] = made.spans[0] ?? [0, 0, 0]
      const at = (made.paragraphs[index] ?? '').indexOf(`,${close} `, start)
      if (at >= 0) made.spans.push([index, at + 1, at + 2])
      return made
    },
  },
  {
    name: 'quotation ends its paragraph without a full stop',
    inject: (ps, r) => {
      const candidates = plainParagraphs(ps).filter((i) => i + 1 < ps.length && usable(sentencesOf(ps[i] ?? '').at(-1) ?? '') && /^[A-Z]/u.test(ps[i + 1] ?? ''))
      if (candidates.length === 0) return undefined
      const index = pick(r, candidates)
      const g = glyphs(r)
      const sentences = sentencesOf(ps[index] ?? '')
      const last = sentences.length - 1
      const body = (sentences[last] ?? '').slice(0, -1)
      sentences[last] = r() < 0.5 ? `${cap(speaker(r))} said: ${g.open}${decap(body)}${g.close}` : `${body.split(' ').slice(0, -2).join(' ')} ${g.open}${body.split(' ').slice(-2).join(' ')}${g.close}`
      const text = sentences.join(' ')
      return replaced(ps, index, text, [[text.lastIndexOf(' ') + 1, text.length]])
    },
  },
  {
    name: 'right single mark opens a quotation',
    inject: (ps, r) => {
      const q = quotable(ps, r, 'first')
      return q && rewrite(ps, q, (b) => [`\u2019${b},\u2019 ${speaker(r)} said.`, 0, 1])
    },
  },
  {
    name: 'quotation opens its paragraph or sentence in lower case',
    inject: (ps, r) => {
      const q = quotable(ps, r, r() < 0.5 ? 'first' : 'later')
      const g = glyphs(r)
      if (!q || decap(q.sentences[q.at] ?? '') === q.sentences[q.at]) return undefined
      return rewrite(ps, q, (b) => [`${g.open}${decap(b)},${g.close} ${speaker(r)} said.`, 0, 2])
    },
  },
]

export const unbalancedQuote: Variant[] = [
  {
    name: 'closing mark lost at paragraph end',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      const g = glyphs(r)
      if (!q || q.at !== q.sentences.length - 1 || (q.index === ps.length - 1)) return undefined
      return rewrite(ps, q, (b) => {
        const lead = `${cap(speaker(r))} said, `
        return [`${lead}${g.open}${decap(b)}.`, lead.length, lead.length + 1]
      })
    },
  },
  {
    name: 'opening mark lost',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      const g = glyphs(r)
      return q && rewrite(ps, q, (b) => {
        const text = `${b},${g.close} ${speaker(r)} said.`
        return [text, b.length + 1, b.length + 2]
      })
    },
  },
  {
    name: 'opening mark lost before a participle',
    inject: (ps, r) => {
      const q = quotable(ps, r, 'first')
      const g = glyphs(r)
      return q && rewrite(ps, q, (b) => {
        const text = `${b},${g.close} ${pick(r, ['adding that the plan was sound', 'saying the talks would go on', 'according to officials'])}.`
        return [text, b.length + 1, b.length + 2]
      })
    },
  },
  {
    name: 'closing mark lost before attribution',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      const g = glyphs(r)
      return q && rewrite(ps, q, (b) => [`${g.open}${b}, ${speaker(r)} said.`, 0, 1])
    },
  },
  {
    name: 'quotation continues without reopening',
    inject: (ps, r) => {
      const q = quotable(ps, r, 'first')
      if (!q || q.index === 0) return undefined
      const g = glyphs(r)
      const previous = ps[q.index - 1] ?? ''
      if (/["\u201c\u201d]/u.test(previous) || !/[a-z]\.$/u.test(previous)) return undefined
      const out = [...ps]
      const sentences = sentencesOf(previous)
      const last = sentences.length - 1
      sentences[last] = `${cap(speaker(r))} said: ${g.open}${decap(sentences[last] ?? '')}`
      out[q.index - 1] = sentences.join(' ')
      const body = (q.sentences[0] ?? '').slice(0, -1)
      out[q.index] = [`${body}.${g.close}`, ...q.sentences.slice(1)].join(' ')
      return { paragraphs: out, spans: [[q.index, 0, body.length + 2]] }
    },
  },
  {
    name: 'single quote never closed',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      if (!q || q.index === ps.length - 1) return undefined
      return rewrite(ps, q, (b) => {
        const lead = `${cap(speaker(r))} said, `
        return [`${lead}'${b.replace(/^(?:The|A|An|In|It)\b/u, (w) => w)}.`, lead.length, lead.length + 1]
      })
    },
  },  {
    name: 'stray quote mark before a word mid-sentence',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      if (!q || q.index === ps.length - 1) return undefined
      const g = glyphs(r)
      return rewrite(ps, q, (b) => {
        const words = b.split(' ')
        const at = int(r, 2, words.length - 2)
        const lead = `${words.slice(0, at).join(' ')} `
        return [`${lead}${g.open}${words.slice(at).join(' ')}.`, lead.length, lead.length + 1]
      })
    },
  },
  {
    name: 'closing mark of a quotation left inside the attribution',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      const g = glyphs(r)
      return q && rewrite(ps, q, (b) => {
        const lead = `${g.open}${b}, ${speaker(r)} said`
        return [`${lead}.${g.close}`, g.open.length + b.length, lead.length + 2]
      })
    },
  },
]

/** Later paragraphs (at least two after the first) where a repeated phrase can go. */
export function spread(paragraphs: readonly string[], random: Random, count: number): number[] | undefined {
  const candidates = plainParagraphs(paragraphs).filter((i) => usable(sentencesOf(paragraphs[i] ?? '').at(-1) ?? ''))
  if (candidates.length < count) return undefined
  const chosen = new Set<number>()
  while (chosen.size < count) chosen.add(pick(random, candidates))
  return [...chosen].sort((a, b) => a - b)
}

/** Appends `tail` (`, X reported`) before the full stop of the last sentence of each chosen paragraph. */
export function repeatTail(paragraphs: readonly string[], indices: readonly number[], tail: (n: number) => string): Injected {
  const out = [...paragraphs]
  const spans: [number, number, number][] = []
  indices.forEach((index, n) => {
    const text = (out[index] ?? '').slice(0, -1)
    const added = tail(n)
    out[index] = `${text}${added}.`
    if (n > 0) spans.push([index, text.length, text.length + added.length])
  })
  return { paragraphs: out, spans }
}

const outlets = (r: Random): string => pick(r, [`the ${madeUp(r, 2)} Times`, `${madeUp(r, 2)} Daily`, `the ${madeUp(r, 3)} Herald`, `${madeUp(r, 2)} TV`, `Radio ${madeUp(r, 2)}`])

export const repeatedAttribution: Variant[] = [
  {
    name: 'outlet reported citing sources',
    inject: (ps, r) => {
      const outlet = outlets(r)
      const citing = pick(r, ['citing sources', 'citing officials', 'citing unnamed sources', 'quoting a senior official'])
      const comma = r() < 0.5 ? ',' : ''
      const at = spread(ps, r, int(r, 2, 3))
      return at && repeatTail(ps, at, () => `, ${outlet} reported${comma} ${citing}`)
    },
  },
  {
    name: 'the newspaper wrote',
    inject: (ps, r) => {
      const outlet = `the ${pick(r, ['newspaper', 'daily', 'weekly', 'paper'])} ${madeUp(r, 2)} ${pick(r, ['Post', 'Gazette', 'Tribune'])}`
      const verb = pick(r, ['wrote', 'reported', 'said'])
      const at = spread(ps, r, int(r, 2, 3))
      return at && repeatTail(ps, at, () => `, ${outlet} ${verb}`)
    },
  },
  {
    name: 'the statement added',
    inject: (ps, r) => {
      const doc = pick(r, ['the statement', 'the report', 'the release', 'the letter', 'the notice', 'the order'])
      const verb = pick(r, ['added', 'said', 'stated', 'noted'])
      const at = spread(ps, r, 3)
      return at && repeatTail(ps, at, () => `, ${doc} ${verb}`)
    },
  },
  {
    name: 'he claimed',
    inject: (ps, r) => {
      const who = pick(r, ['he', 'she', 'they', 'the official', 'the minister'])
      const verb = pick(r, ['claimed', 'alleged', 'asserted', 'maintained', 'insisted'])
      const at = spread(ps, r, 3)
      return at && repeatTail(ps, at, () => `, ${who} ${verb}`)
    },
  },
  {
    name: 'one statement attributed twice',
    inject: (ps, r) => {
      const q = quotable(ps, r)
      const { given, surname } = person(r)
      const name = r() < 0.5 ? `${given} ${surname}` : surname
      return q && rewrite(ps, q, (b) => {
        const lead = `${name} ${pick(r, ['said', 'stated', 'announced'])} ${decap(b)}`
        const tail = `, ${pick(r, ['he', 'she'])} ${pick(r, ['said', 'added'])}`
        return [`${lead}${tail}.`, lead.length + 2, lead.length + tail.length]
      })
    },
  },
  {
    name: 'according to the same source three times',
    inject: (ps, r) => {
      const source = pick(r, ['the latest reports', 'local media reports', 'official sources', 'the district office', 'sources close to the talks'])
      const at = spread(ps, r, 3)
      if (!at) return undefined
      const out = [...ps]
      const spans: [number, number, number][] = []
      at.forEach((index, n) => {
        const sentences = sentencesOf(out[index] ?? '')
        const last = sentences.length - 1
        const lead = `${pick(r, ['', 'Now, ', 'Recently, ', 'Hence, '])}${n === 0 || r() < 0.5 ? 'According' : 'according'} to ${source}${r() < 0.3 ? ' and documents' : ''}, `
        const fixed = lead.startsWith('According') ? lead : lead.replace(/^(\p{Lu}\p{Ll}*, )according/u, '$1according')
        const before = sentences.slice(0, last).join(' ')
        const prefix = before === '' ? '' : `${before} `
        out[index] = `${prefix}${fixed}${decap(sentences[last] ?? '')}`
        if (n > 0) spans.push([index, prefix.length, prefix.length + fixed.length])
      })
      return { paragraphs: out, spans }
    },
  },
  {
    name: 'mixed agency credits',
    inject: (ps, r) => {
      const agencies = ['PTI', 'ANI', 'IANS', 'UNI', 'Reuters', 'AFP', 'AP', 'Xinhua']
      const a = pick(r, agencies)
      const b = pick(r, agencies.filter((x) => x !== a))
      const at = spread(ps, r, 2)
      if (!at) return undefined
      const form = r() < 0.5 ? (x: string) => ` (${x})` : (x: string) => ` -- ${x}`
      const out = [...ps]
      const spans: [number, number, number][] = []
      at.forEach((index, n) => {
        const text = out[index] ?? ''
        const credit = form(n === 0 ? a : b)
        out[index] = `${text}${credit}`
        // Either credit may be flagged as the odd one.
        spans.push([index, text.length, text.length + credit.length])
      })
      return { paragraphs: out, spans }
    },
  },
]

/** Inserts `sentence` after a sentence of a random paragraph; the span is relative to the sentence. */
export function insertSentence(paragraphs: readonly string[], random: Random, sentence: string, start: number, end: number, avoid: number[] = []): Injected | undefined {
  const candidates = paragraphs.map((_, i) => i).filter((i) => !avoid.includes(i))
  if (candidates.length === 0) return undefined
  const index = pick(random, candidates)
  const sentences = sentencesOf(paragraphs[index] ?? '')
  const at = int(random, 1, sentences.length)
  const prefix = sentences.slice(0, at).join(' ') + ' '
  const rest = sentences.slice(at).join(' ')
  return replaced(paragraphs, index, `${prefix}${sentence}${rest ? ` ${rest}` : ''}`, [[prefix.length + start, prefix.length + end]])
}

/** A sentence carrying a figure: `The council counted 1,250 homes in March.`, with the figure's span. */
function figureSentence(random: Random, figure: string): [string, number, number] {
  const lead = `${pick(random, subjects)} ${pick(random, ['counted', 'reported', 'recorded', 'listed', 'registered'])} ${pick(random, ['', 'about ', 'more than ', 'nearly '])}`
  return [`${lead}${figure} ${pick(random, plainNouns)} ${pick(random, ['last year', 'in March', 'this month', 'in the district'])}.`, lead.length, lead.length + figure.length]
}
const money = (random: Random): string => pick(random, ['Rs ', '$', 'Rs. ', 'Tk ', ''])

export const malformedNumber: Variant[] = [
  {
    name: 'grouping neither international nor Indian',
    inject: (ps, r) => {
      // `2,5000`, `25,00`, `1,23,4567`, `125,0000`: groups of two, four or five digits where three belong.
      const head = String(int(r, 1, 999))
      const tail = pick(r, [String(int(r, 0, 99)).padStart(2, '0'), String(int(r, 0, 9999)).padStart(4, '0'), `${int(r, 10, 99)},${String(int(r, 0, 9999)).padStart(4, '0')}`, String(int(r, 0, 99999)).padStart(5, '0')])
      const figure = `${money(r)}${head},${tail}`
      const [s, a, b] = figureSentence(r, figure)
      return insertSentence(ps, r, s, a, b)
    },
  },
  {
    name: 'space inside a figure',
    inject: (ps, r) => {
      const figure = pick(r, [
        `${int(r, 1, 999)}. ${int(r, 10, 99)}`,
        `${money(r)}${int(r, 1, 999)}, ${int(r, 100, 999)}`,
        `${int(r, 1, 99)} ,${int(r, 100, 999)}`,
        `${int(r, 1, 999)} .${int(r, 1, 99)}`,
      ])
      const [s, a, b] = figureSentence(r, figure)
      return insertSentence(ps, r, s, a, b)
    },
  },
  {
    name: 'words mixed into a figure',
    inject: (ps, r) => {
      const word = pick(r, ['Thousands', 'thousands', 'Thousand', 'Hundreds', 'Millions', 'millions', 'Billions', 'Lakhs', 'Crores', 'Million'])
      const figure = `${money(r)}${int(r, 2, 99)} ${word}`
      const [s, a, b] = figureSentence(r, figure)
      return insertSentence(ps, r, s, a, b)
    },
  },
  {
    name: 'full stop or space as thousands separator beside commas',
    inject: (ps, r) => {
      const [s1] = figureSentence(r, int(r, 1_001, 99_999).toLocaleString('en-US'))
      const first = insertSentence(ps, r, s1, 0, 0)
      const sep = pick(r, ['.', ' ', '.'])
      const figure = `${money(r)}${int(r, 2, 999)}${sep}${String(int(r, 0, 999)).padStart(3, '0')}${sep === '.' && r() < 0.5 ? `.${int(r, 10, 99)}` : ''}`
      const [s2, a, b] = figureSentence(r, figure)
      return first && insertSentence(first.paragraphs, r, s2, a, b)
    },
  },
  {
    name: 'currency before a spelt-out number or /- after an amount',
    inject: (ps, r) => {
      const figure = r() < 0.5 ? `${pick(r, ['Rs ', 'Rs.', '\u20b9', '$'])}${pick(r, ['five', 'ten', 'two', 'twenty', 'three'])} ${pick(r, ['lakh', 'crore', 'million', 'thousand'])}` : `${pick(r, ['Rs ', 'Rs. '])}${int(r, 1, 99)},000/-`
      const [s, a, b] = figureSentence(r, figure)
      return insertSentence(ps, r, s, a, b)
    },
  },
  {
    name: 'ungrouped figure beside grouped ones',
    inject: (ps, r) => {
      const grouped = int(r, 1_001, 99_999).toLocaleString('en-US')
      const [s1] = figureSentence(r, grouped)
      const first = insertSentence(ps, r, s1, 0, 0)
      if (!first) return undefined
      const raw = String(int(r, 1_001, 99_999))
      const [s2, a, b] = figureSentence(r, raw)
      const second = insertSentence(first.paragraphs, r, s2, a, b)
      return second
    },
  },
]

/** A sentence split after an abbreviation (`Mfg. Co.`, `Aug. 9`), not a sentence end. */
const abbreviationEnd = /\b(?:Mrs|Inc|Corp|Mfg|Blvd|Ave|Gov|Sen|Rep|Gen|Col|Capt|Prof|Rev|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Calif|Fla|Tex|Ill|Mass|Conn|Okla|Ariz|Mich|Minn|Wis|Wash|Tenn|etc|Bros|Assn|Dept|Univ)\.$/u

/** Removes the space after a sentence end in a random paragraph (optionally rewriting the next start). */
function joinSentences(paragraphs: readonly string[], random: Random, join: (left: string, right: string) => [string, number, number] | undefined): Injected | undefined {
  const candidates = paragraphs.map((p, i) => [i, sentencesOf(p)] as const).filter(([, s]) => s.length >= 2)
  if (candidates.length === 0) return undefined
  const [index, sentences] = pick(random, candidates)
  const at = int(random, 1, sentences.length - 1)
  const left = sentences.slice(0, at).join(' ')
  const right = sentences.slice(at).join(' ')
  if (!/(?:[a-z]{3}|\d)\.$/u.test(left) || abbreviationEnd.test(left)) return undefined
  const made = join(left, right)
  if (!made) return undefined
  return replaced(paragraphs, index, made[0], [[made[1], made[2]]])
}

const acronym = (random: Random, n: number): string => Array.from({ length: n }, () => pick(random, [...'ABCDEFGHIKLMNPRSTUVW'])).join('')

export const spacing: Variant[] = [
  { name: 'no space after full stop before a word', inject: (ps, r) => joinSentences(ps, r, (l, rt) => [`${l}${rt}`, l.length - 1, l.length + 1]) },
  {
    name: 'no space after full stop before an acronym',
    inject: (ps, r) =>
      joinSentences(ps, r, (l, rt) => {
        const head = `${acronym(r, int(r, 2, 4))}${pick(r, ["'s", '', "'s"])} ${pick(r, ['shares', 'index', 'board', 'unit'])} ${pick(r, ['fell', 'rose', 'met', 'closed'])} on ${pick(r, days)}.`
        return [`${l}${head} ${rt}`, l.length - 1, l.length + 1]
      }),
  },
  { name: 'space before full stop, none after', inject: (ps, r) => joinSentences(ps, r, (l, rt) => [`${l.slice(0, -1)} .${rt}`, l.length - 1, l.length + 1]) },
  { name: 'space before full stop', inject: (ps, r) => joinSentences(ps, r, (l, rt) => [`${l.slice(0, -1)} . ${rt}`, l.length - 1, l.length + 1]) },
  {
    name: 'no space after ? ! ; or :',
    inject: (ps, r) =>
      joinSentences(ps, r, (l, rt) => {
        const mark = pick(r, ['?', '!', ';', ':'])
        const right = mark === ';' || mark === ':' ? decap(rt) : rt
        return [`${l.slice(0, -1)}${mark}${right}`, l.length - 2, l.length + 1]
      }),
  },
  {
    name: 'space before a colon or question mark',
    inject: (ps, r) => {
      const candidates = plainParagraphs(ps)
      if (candidates.length === 0) return undefined
      const index = pick(r, candidates)
      const p = ps[index] ?? ''
      if (r() < 0.5) {
        const place = pick(r, [madeUp(r, 2), madeUp(r, 3), madeUp(r, 2).toUpperCase()])
        const lead = `${place}${pick(r, [', ' + pick(r, days), ''])} `
        return replaced(ps, index, `${lead}: ${p}`, [[lead.length - 1 - place.length, lead.length + 1]])
      }
      const sentences = sentencesOf(p)
      const body = (sentences[0] ?? '').replace(/[.]$/u, '')
      const question = `Why ${pick(r, ['now', 'here', 'not'])} ?`
      return replaced(ps, index, [`${body}. ${question}`, ...sentences.slice(1)].join(' '), [[body.length + 2 + question.length - 5, body.length + 2 + question.length]])
    },
  },
  {
    name: 'space before comma or semicolon',
    inject: (ps, r) => {
      const candidates = ps.map((p, i) => [i, p] as const).filter(([, p]) => /[a-z], [a-z]/u.test(p))
      if (candidates.length === 0) return undefined
      const [index, p] = pick(r, candidates)
      const at = p.search(/[a-z], [a-z]/u) + 1
      const mark = pick(r, [' ,', ' ;', ' ,'])
      return replaced(ps, index, `${p.slice(0, at)}${mark}${p.slice(at + 1)}`, [[at - 1, at + 2]])
    },
  },
]

/** Puts a first mention into an early paragraph and a variant mention two or more paragraphs later. */
export function twoMentions(paragraphs: readonly string[], random: Random, first: string, later: string): Injected | undefined {
  if (paragraphs.length < 3) return undefined
  const early = int(random, 0, Math.min(1, paragraphs.length - 3))
  const late = int(random, early + 2, paragraphs.length - 1)
  const a = insertSentence(paragraphs, random, first, 0, 0, paragraphs.map((_, i) => i).filter((i) => i !== early))
  if (!a) return undefined
  const at = later.indexOf('\u0000')
  const clean = later.replace('\u0000', '').replace('\u0001', '')
  const end = later.replace('\u0000', '').indexOf('\u0001')
  return insertSentence(a.paragraphs, random, clean, at, end, a.paragraphs.map((_, i) => i).filter((i) => i !== late))
}

const introduce = (random: Random, name: string): string =>
  `${cap(pick(random, titles))} ${name} ${pick(random, ['said on', 'arrived on', 'spoke on'])} ${pick(random, days)} that the ${pick(random, ['plan', 'talks', 'project', 'inquiry'])} would go ahead.`
const mention = (random: Random, name: string): string =>
  pick(random, [`\u0000${name}\u0001 ${pick(random, ['said', 'added', 'told reporters'])} the ${pick(random, ['talks', 'work', 'review'])} would continue.`, `The ${pick(random, ['decision', 'plan', 'offer'])} was welcomed by \u0000${name}\u0001 later that week.`])

/** One letter changed, doubled, dropped or swapped inside a surname (not its first letter). */
export function nearMiss(random: Random, word: string): string {
  const i = int(random, 2, word.length - 2)
  const c = word[i] ?? 'a'
  switch (int(random, 0, 3)) {
    case 0:
      return word.slice(0, i) + (/[aeiou]/u.test(c) ? pick(random, [...'aeiou'].filter((v) => v !== c)) : pick(random, [...'kstrnl'].filter((v) => v !== c))) + word.slice(i + 1)
    case 1:
      return word.slice(0, i) + c + word.slice(i)
    case 2:
      return word.slice(0, i) + word.slice(i + 1)
    default:
      return word.slice(0, i) + (word[i + 1] ?? '') + c + word.slice(i + 2)
  }
}

export const names: Variant[] = [
  {
    name: 'abbreviated given name',
    inject: (ps, r) => {
      const p = person(r)
      const short = p.given.slice(0, int(r, 1, 2)) + pick(r, ['.', '', '.'])
      return twoMentions(ps, r, introduce(r, `${p.given} ${p.surname}`), mention(r, `${short} ${p.surname}`))
    },
  },
  {
    name: 'near-miss surname',
    inject: (ps, r) => {
      const p = person(r)
      const later = r() < 0.5 ? `${p.given} ${nearMiss(r, p.surname)}` : nearMiss(r, p.surname)
      return twoMentions(ps, r, introduce(r, `${p.given} ${p.surname}`), mention(r, later))
    },
  },
  {
    name: 'shortened surname',
    inject: (ps, r) => {
      const p = person(r)
      const cut = Math.max(4, p.surname.length - int(r, 2, 4))
      return twoMentions(ps, r, introduce(r, `${p.given} ${p.surname}`), mention(r, `${p.given} ${p.surname.slice(0, cut)}`))
    },
  },
  {
    name: 'near-miss place name',
    inject: (ps, r) => {
      const place = madeUp(r, 3)
      const head = pick(r, ['', '', ' Prefecture', ' Province', ' district'])
      const first = `${pick(r, ['Floods hit', 'Rescuers reached', 'Flights into', 'Roads around'])} ${place}${head} on ${pick(r, days)}.`
      const later = `${pick(r, ['Officials in', 'Schools in', 'Traders from', 'Most of'])} \u0000${nearMiss(r, place)}\u0001${head} ${pick(r, ['stayed shut', 'were hit', 'reopened'])}.`
      return twoMentions(ps, r, first, later)
    },
  },
  {
    name: 'symbol variant of a place code',
    inject: (ps, r) => {
      const a = acronym(r, 1)
      const b = acronym(r, 1)
      const seps = ['&', '-', '/']
      const first = pick(r, seps)
      const second = pick(r, seps.filter((s) => s !== first))
      const place = `${pick(r, ['Police in', 'Farmers in', 'Schools in', 'Roads in'])} ${a}${first}${b} ${pick(r, ['stayed shut', 'were hit', 'reopened'])} on ${pick(r, days)}.`
      const later = `\u0000${a}${second}${b}\u0001 ${pick(r, ['officials', 'traders', 'residents'])} ${pick(r, ['blamed the storm', 'asked for help', 'met the governor'])}.`
      return twoMentions(ps, r, place, later)
    },
  },
]

export const acronymExpansion: Variant[] = [
  {
    name: 'acronym with two expansions',
    inject: (ps, r) => {
      const head = ['National', 'Northern', 'Regional', 'Central', 'United', 'Federal', 'Public', 'Rural']
      const mid = ['Trade', 'Transport', 'Health', 'Housing', 'Harbour', 'Tax', 'Farm', 'Power']
      const tail = ['Board', 'Bureau', 'Council', 'Service', 'Agency', 'Commission', 'Authority', 'Office']
      const one = [pick(r, head), pick(r, mid), pick(r, tail)]
      const two = one.map((w, i) => pick(r, ([head, mid, tail][i] ?? []).filter((x) => x !== w && x[0] === w[0])) ?? w)
      if (two.join() === one.join()) two[1] = pick(r, mid.filter((x) => x[0] === one[1]?.[0] && x !== one[1])) ?? `${one[1]?.[0]}${madeUp(r, 2).slice(1).toLowerCase()}`
      if (two.join() === one.join()) return undefined
      const acr = one.map((w) => w[0]).join('')
      return twoMentions(ps, r, `The ${one.join(' ')} (${acr}) ${pick(r, ['met', 'objected', 'agreed'])} on ${pick(r, days)}.`, `Later the \u0000${two.join(' ')} (${acr})\u0001 ${pick(r, ['sent a team', 'wrote to the board', 'replied'])}.`)
    },
  },
]

/** Cuts paragraph `index` after a word well into one of its sentences, and adds `end`. */
function cutParagraph(paragraphs: readonly string[], index: number, random: Random, end: string): Injected | undefined {
  const p = paragraphs[index] ?? ''
  const words = p.split(' ')
  if (words.length < 16) return undefined
  const at = int(random, 10, words.length - 3)
  const kept = words.slice(0, at).join(' ').replace(/[.,;:!?"')]+$/u, '')
  if (!/[a-z]$/u.test(kept)) return undefined
  const text = `${kept}${end}`
  const word = kept.lastIndexOf(' ') + 1
  return replaced(paragraphs, index, text, [[word, text.length]])
}

/** Ends paragraph `index` on a figure after a lead (`steady at 3`). */
function figureEnd(paragraphs: readonly string[], index: number, random: Random): Injected | undefined {
  const p = paragraphs[index] ?? ''
  const clause = `${pick(random, subjects)} said ${pick(random, ['the rate', 'the index', 'its share', 'the deficit', 'turnout', 'the growth rate'])} ${pick(random, ['held steady at', 'rose to', 'fell by', 'stood at', 'reached', 'was put at', 'climbed to', 'dropped to', 'totalled', 'numbered about'])} ${pick(random, [String(int(random, 2, 99)), String(int(random, 2, 9)), `${int(random, 1, 9)}.${int(random, 1, 9)}`])}`
  const text = `${p} ${clause}`
  return replaced(paragraphs, index, text, [[text.lastIndexOf(' ') + 1, text.length]])
}

export const truncation: Variant[] = [
  { name: 'story ends in ...', inject: (ps, r) => cutParagraph(ps, ps.length - 1, r, pick(r, ['...', ' ...', '\u2026'])) },
  { name: 'story ends in ..', inject: (ps, r) => cutParagraph(ps, ps.length - 1, r, '..') },
  { name: 'paragraph ends in ... or ..', inject: (ps, r) => cutParagraph(ps, int(r, 1, ps.length - 2), r, pick(r, ['...', '..', '\u2026'])) },
  { name: 'story ends on a bare figure', inject: (ps, r) => figureEnd(ps, ps.length - 1, r) },
  { name: 'paragraph ends on a bare figure', inject: (ps, r) => figureEnd(ps, int(r, 1, ps.length - 2), r) },
  { name: 'story ends mid-sentence', inject: (ps, r) => cutParagraph(ps, ps.length - 1, r, '') },
  {
    // A feed cut right after a sentence's first word: `... on Monday. But` or `... will be the`.
    name: 'paragraph cut on a word no sentence ends on',
    inject: (ps, r) => {
      const index = int(r, 1, ps.length - 1)
      const p = ps[index] ?? ''
      if (!/[a-z]\.$/u.test(p) || p.split(' ').length < 14) return undefined
      const tail = r() < 0.5 ? ` ${pick(r, ['But', 'The', 'And', 'However, the', 'In'])}` : ''
      const text = tail === '' ? `${p.slice(0, p.lastIndexOf(' '))} ${pick(r, ['the', 'of', 'and', 'to', 'with', 'was'])}` : `${p}${tail}`
      return replaced(ps, index, text, [[text.lastIndexOf(' ') + 1, text.length]])
    },
  },
  { name: 'first paragraph cut with an ellipsis', inject: (ps, r) => cutParagraph(ps, 0, r, pick(r, ['...', '\u2026', ' \u2026'])) },
  {
    name: 'paragraph lost its first letters',
    inject: (ps, r) => {
      const index = int(r, 1, ps.length - 1)
      const p = ps[index] ?? ''
      const first = /^[A-Z][a-z]{3,}/u.exec(p)?.[0]
      if (!first || /^(?:The|This|That|These|Those|There|They|Then)$/u.test(first)) return undefined
      const cut = int(r, 1, 2)
      return replaced(ps, index, p.slice(cut), [[0, first.length - cut]])
    },
  },
  {
    name: 'sentence cut off before a line break',
    inject: (ps, r) => {
      // The rest of a sentence lost where a line break now stands: `... where crude production` then
      // a new line with the next sentence.
      const index = int(r, 0, ps.length - 1)
      const sentences = sentencesOf(ps[index] ?? '')
      if (sentences.length < 2) return undefined
      const at = int(r, 0, sentences.length - 2)
      const words = (sentences[at] ?? '').split(' ')
      if (words.length < 14) return undefined
      const kept = words.slice(0, int(r, 10, words.length - 2)).join(' ')
      if (!/[a-z]$/u.test(kept)) return undefined
      const prefix = sentences.slice(0, at).join(' ')
      const left = `${prefix}${prefix ? ' ' : ''}${kept}`
      return replaced(ps, index, `${left}\n${sentences.slice(at + 1).join(' ')}`, [[left.lastIndexOf(' ') + 1, left.length]])
    },
  },
]
