import { z } from 'zod'
import { readJsonData } from '../src/rule/data.js'
import { defineRule } from '../src/rule/define-rule.js'
import type { Span, Story } from '../src/rule/types.js'

const entrySchema = z
  .strictObject({
    acronym: z.string().regex(/^\p{Lu}[\p{L}&]{1,7}$/u),
    /** Expansions accepted before it (foreign-language or translated names). */
    expansions: z.array(z.string().min(1)).min(1).optional(),
    /** An agency tag such as `(ANI)`: never a definition, accepted after any words. */
    tag: z.literal(true).optional(),
    note: z.string().min(1),
    /** A phrase that would be flagged without this entry. */
    example: z.string().min(1),
  })
  .refine((e) => (e.tag === true) !== (e.expansions !== undefined), 'Expected either `tag: true` or `expansions`')
const dataSchema = z.strictObject({ acronyms: z.array(entrySchema).min(1) })

/** Built-in known acronyms, by upper-cased acronym: `null` = any expansion. */
const known: ReadonlyMap<string, readonly string[] | null> = (() => {
  const parsed = dataSchema.safeParse(readJsonData(import.meta.url, 'acronym-mismatch.json'))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`rules/data/acronym-mismatch.json: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`)
  }
  return new Map(
    parsed.data.acronyms.map((e) => [e.acronym.toUpperCase(), e.expansions ? Object.freeze(e.expansions.map(normalizePhrase)) : null]),
  )
})()

/** Words an acronym may skip or take its initial from (articles, prepositions, conjunctions, particles). */
const stopWords: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'for', 'and', 'or', 'in', 'on', 'at', 'to', 'by', 'with', 'without', 'from', 'into', 'under', 'over',
  'de', 'del', 'della', 'des', 'du', 'la', 'le', 'les', 'el', 'al', 'e', 'i', 'ul', 'ud', 'und', 'y', 'et', 'van', 'von',
  'der', 'den', 'di', 'da', 'do', 'dos', 'das', 'bin', 'ibn',
  'ltd', 'limited', 'inc', 'corp', 'co', 'plc', 'llc', 'pvt', 'private',
])

/** Words that may start an unrepresented tail ("Life Insurance Corporation of India (LIC)"). */
const tailStarters: ReadonlySet<string> = new Set(['of', 'in', 'for', 'and', 'at', 'on', 'de', 'du', 'des', 'del', 'di', 'da'])

/** Letters a word may give beyond its initial ("Kuomintang (KMT)", "closed-circuit television (CCTV)"). */
const maxInnerLetters = 3
/** Longest expansion considered, in words. */
const maxWindow = 16
/** Characters that end the phrase an acronym can define. */
const boundaries: ReadonlySet<string> = new Set(['(', ')', '[', ']', '{', '}', ';', ':', '!', '?', '"', '“', '”', '«', '»', '—', '–', '|'])

export default defineRule(
  {
    id: 'acronym-mismatch',
    category: 'acronyms',
    kind: 'mechanical',
    severity: 'error',
    description: 'Flag an acronym in parentheses that does not fit the name before it, or one defined twice differently',
    rationale:
      'An acronym that does not match its expansion, such as `Union of Coastal Republics (UCB)`, shows a garbled or rewritten name; readers cannot tell which one is right.',
    fix: 'suggest',
    messages: {
      mismatch: 'Unexpected acronym `{actual}` for `{expansion}`, expected `{expected}`',
      redefined: 'Unexpected second definition of `{actual}` as `{expansion}`, expected `{first}` as first defined',
    },
    options: z.strictObject({
      extra: z
        .array(z.string().min(1))
        .default([])
        .describe('Acronyms accepted after any name, such as foreign-language or house acronyms (`PKK`)'),
      exclude: z.array(z.string().min(1)).default([]).describe('Built-in known acronyms to check like any other'),
      redefinition: z.boolean().default(true).describe('Flag an acronym defined again with a different expansion'),
    }),
    examples: {
      invalid: [
        {
          text: 'Foreign ministers of the Union of Coastal Republics (UCB) met on Friday.',
          diagnostics: ['1:54-1:57 mismatch Unexpected acronym `UCB` for `Union of Coastal Republics`, expected `UCR`'],
        },
        {
          text: 'The Nordland Register of Fishermen (NRV) opened in May.',
          diagnostics: ['1:37-1:40 mismatch Unexpected acronym `NRV` for `Nordland Register of Fishermen`, expected `NRF`'],
        },
        {
          text: 'The Alpine Rescue Service (ARS) flew in. Later the Arctic Research Station (ARS) sent a team.',
          diagnostics: [
            '1:77-1:80 redefined Unexpected second definition of `ARS` as `Arctic Research Station`, expected `Alpine Rescue Service` as first defined',
          ],
        },
        {
          text: 'The Alpine Rescue Service (ARS) flew in. Later ARS (Arctic Research Station) sent a team.',
          diagnostics: [
            '1:48-1:51 redefined Unexpected second definition of `ARS` as `Arctic Research Station`, expected `Alpine Rescue Service` as first defined',
          ],
        },
        {
          text: 'Commanders of the Turkish Armed Forces (TSK) met.',
          options: { exclude: ['TSK'] },
          diagnostics: ['1:41-1:44 mismatch Unexpected acronym `TSK` for `Turkish Armed Forces`, expected `TAF`'],
        },
      ],
      valid: [
        'Foreign ministers of the Union of Coastal Republics (UCR) met on Friday.',
        'The Department of Justice (DOJ) and the Bank of Eastland (BoE) agreed.',
        'The Ministry of Outer Affairs (MOA) and the Federal Bureau of Inquiry (FBI) replied.',
        'The Kestrel Space Research Organisation (KSRO) launched it, as did Members of Parliament (MPs).',
        'A non-governmental organisation (NGO) and the Life Insurance Corporation of Arland (LIC) sued.',
        'Listeners of Radio Telemark (RTM) saw a closed-circuit television (CCTV) clip.',
        'The Group of 20 (G20) met at the summit (COP26) in Glasgow.',
        'Commanders of the Turkish Armed Forces (TSK) met.',
        'The North Atlantic Treaty Organization (OTAN) and Alternative for Germany (AfD) responded.',
        'Shares of Pell Corp (PELL.O) rose while Brent (LCOc1) fell and the dollar (USD) held.',
        'Senator Ann Vole (R) and Rep. Tim Doe (D-Texas) spoke. (Reuters)',
        'The rains stopped on Sunday. (ANI)',
        'Envoys of the Soviet Union (USSR) and the Christian Democrats (CDU) objected.',
        {
          text: 'Delegates from the Merrow Trade Forum (MTP) left early.',
          options: { extra: ['MTP'] },
        },
        {
          text: 'The Alpine Rescue Service (ARS) flew in. Later the Arctic Research Station (ARS) sent a team.',
          options: { redefinition: false },
        },
        'The Alpine Rescue Service (ARS) flew in. Later the Alpine Rescue Service (ARS) left.',
        'Talks with Britain, or UK officials, went on; the Alpine Rescue Service, or ARS, flew in.',
        'ARS (Alpine Rescue Service) flew in; the Alpine Rescue Service (ARS) and ARS (the Alpine Rescue Service) left.',
      ],
    },
  },
  ({ story, options, report }) => {
    const extra = new Set(options.extra.map((a) => a.toUpperCase()))
    const exclude = new Set(options.exclude.map((a) => a.toUpperCase()))
    const definitions = new Map<string, { key: string; expansion: string; span: Span }>()
    // The other order, `NRC (National Register of Citizens)`: a definition for the redefinition check.
    const reversed = options.redefinition ? reversedDefinitions(story) : []
    let next = 0
    const defineReversed = (upTo: number) => {
      for (; next < reversed.length && (reversed[next]?.span.start ?? 0) < upTo; next++) {
        const definition = reversed[next]
        if (!definition) continue
        const upper = definition.acronym.toUpperCase()
        if (extra.has(upper)) continue
        const first = definitions.get(upper)
        if (!first) definitions.set(upper, { key: definition.key, expansion: definition.expansion, span: definition.span })
        else if (first.key !== definition.key && !acceptedExpansion(upper, exclude, definition.expansion)) {
          report('redefined', definition.acronymSpan, { related: first.span, data: { expansion: definition.expansion, first: first.expansion } })
        }
      }
    }
    for (const candidate of candidates(story)) {
      defineReversed(candidate.span.start)
      const upper = candidate.acronym.toUpperCase()
      if (extra.has(upper)) continue
      const listed = exclude.has(upper) ? undefined : known.get(upper)
      if (listed === null) continue
      if (listed !== undefined && listed.some((e) => endsWithPhrase(candidate.before, e))) continue
      const units = wordUnits(story, candidate.before, candidate.beforeStart)
      const letters = lettersOf(candidate.acronym)
      const window = alignedWindow(letters, units)
      if (window) {
        if (!options.redefinition) continue
        const key = expansionKey(window)
        const expansion = story.flat.slice(window[0]?.start ?? 0, window[window.length - 1]?.end ?? 0)
        const first = definitions.get(upper)
        if (!first) {
          definitions.set(upper, { key, expansion, span: { start: window[0]?.start ?? 0, end: candidate.span.end + 1 } })
        } else if (first.key !== key) {
          report('redefined', candidate.span, { related: first.span, data: { expansion, first: first.expansion } })
        }
        continue
      }
      if (candidate.appositive) continue
      const suspect = mismatchWindow(candidate.acronym, letters, units)
      if (!suspect) continue
      const expansion = story.flat.slice(suspect.units[0]?.start ?? 0, suspect.units[suspect.units.length - 1]?.end ?? 0)
      report('mismatch', candidate.span, { expected: [suspect.initials], data: { expansion } })
    }
    defineReversed(Number.POSITIVE_INFINITY)
  },
)

/** Whether a built-in entry accepts an expansion as one of its own (translated names). */
function acceptedExpansion(upper: string, exclude: ReadonlySet<string>, expansion: string): boolean {
  const listed = exclude.has(upper) ? undefined : known.get(upper)
  return listed === null || (listed !== undefined && listed.includes(normalizePhrase(expansion)))
}

/** An acronym followed by its expansion in parentheses: `NRC (National Register of Citizens)`. */
interface ReversedDefinition {
  readonly acronym: string
  readonly acronymSpan: Span
  readonly key: string
  readonly expansion: string
  readonly span: Span
}

function reversedDefinitions(story: Story): ReversedDefinition[] {
  const found: ReversedDefinition[] = []
  const flat = story.flat
  for (const match of flat.matchAll(/(?<![\p{L}\p{N}&])([\p{Lu}][\p{L}&]{1,9}) \(([^()\n]{3,120})\)/gu)) {
    const acronym = match[1] ?? ''
    const inner = match[2] ?? ''
    if (!isAcronym(acronym)) continue
    const innerStart = match.index + acronym.length + 2
    const units = wordUnits(story, inner, innerStart)
    const window = alignedWindow(lettersOf(acronym), units)
    // The expansion must be the whole of the parenthesis, but for a leading `the`.
    const firstContent = units.find((u) => !u.optional)
    if (!window || window[0] !== firstContent || units.length > maxWindow) continue
    const expansion = flat.slice(window[0]?.start ?? 0, window[window.length - 1]?.end ?? 0)
    found.push({
      acronym,
      acronymSpan: { start: match.index, end: match.index + acronym.length },
      key: expansionKey(window),
      expansion,
      span: { start: match.index, end: match.index + match[0].length },
    })
  }
  return found
}

/** An acronym in parentheses with the phrase before it (same sentence, up to a boundary). */
interface Candidate {
  /** Written `X, or ACR`: read only as a definition, never as a mismatch. */
  readonly appositive?: boolean
  readonly acronym: string
  readonly span: Span
  readonly before: string
  readonly beforeStart: number
}

/** One word, or one part of a hyphenated word, before the parenthesis. */
interface Unit extends Span {
  /** Lower-case letters and digits, diacritics removed. */
  readonly letters: string
  /** A stop word or a number: may be skipped. */
  readonly optional: boolean
  /** Starts with a capital letter. */
  readonly capital: boolean
  /** All capitals (a nested acronym such as `UN`): may give all its letters. */
  readonly caps: boolean
  /** Index of the whole (hyphenated) word. */
  readonly group: number
}

function* candidates(story: Story): Generator<Candidate> {
  const flat = story.flat
  for (const match of flat.matchAll(/\(([\p{L}&]{2,10})\)/gu)) {
    const open = match.index
    const token = match[1] ?? ''
    if (open > 0 && !/\s/u.test(flat.charAt(open - 1))) continue
    if (/[\p{L}\p{N}]/u.test(flat.charAt(open + match[0].length))) continue
    const acronym = /^[\p{L}&]+\p{Lu}s$/u.test(token) ? token.slice(0, -1) : token
    if (!isAcronym(acronym)) continue
    let start = story.sentenceAt(open)?.start ?? story.paragraphAt(open)?.start ?? open
    for (let i = open - 1; i >= start; i--) {
      if (boundaries.has(flat.charAt(i)) || (flat.charAt(i) === '-' && flat.charAt(i - 1) === ' ' && flat.charAt(i + 1) === ' ')) {
        start = i + 1
        break
      }
    }
    yield { acronym, span: { start: open + 1, end: open + 1 + token.length }, before: flat.slice(start, open), beforeStart: start }
  }
  // `the National Relief Council, or NRC,`: the appositive definition; a definition only when its
  // letters fit the phrase before the comma (no mismatch is read into `talks with Britain, or UK ...`).
  for (const match of flat.matchAll(/, or (\p{Lu}[\p{L}&]{1,9})(?=[,.;)]|\s)/gu)) {
    const acronym = match[1] ?? ''
    if (!isAcronym(acronym)) continue
    const comma = match.index
    const from = story.sentenceAt(comma)?.start ?? story.paragraphAt(comma)?.start ?? comma
    let start = from
    for (let i = comma - 1; i >= from; i--) {
      if (boundaries.has(flat.charAt(i))) {
        start = i + 1
        break
      }
    }
    const at = comma + match[0].length - acronym.length
    yield { acronym, span: { start: at, end: at + acronym.length }, before: flat.slice(start, comma), beforeStart: start, appositive: true }
  }
}

/** All-caps-ish: capital first, 2-8 letters, at least two capitals, fewer small letters than capitals. */
function isAcronym(token: string): boolean {
  const letters = token.replace(/&/gu, '')
  const upper = (letters.match(/\p{Lu}/gu) ?? []).length
  const lower = letters.length - upper
  return /^\p{Lu}/u.test(letters) && letters.length >= 2 && letters.length <= 8 && upper >= 2 && lower < upper
}

function lettersOf(acronym: string): string {
  return fold(acronym.replace(/&/gu, ''))
}

function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase()
}

/** Words (hyphenated words split into parts) of the phrase, with offsets in the story. */
function wordUnits(story: Story, before: string, base: number): Unit[] {
  const words = story.wordsIn({ start: base, end: base + before.length }).slice(-maxWindow)
  const units: Unit[] = []
  words.forEach((word, group) => {
    let offset = word.start
    for (const raw of word.text.split('-')) {
      const start = offset
      offset += raw.length + 1
      const clean = raw.replace(/['’]s?$/u, '').replace(/^[ldLD]['’](?=\p{L})/u, '')
      const letters = fold(clean)
      if (letters.length === 0) continue
      let end = start + raw.length
      while (end > start && ".'’".includes(before.charAt(end - 1 - base))) end--
      units.push({
        start,
        end,
        letters,
        optional: stopWords.has(letters) || /^\p{N}/u.test(letters),
        capital: /^\p{Lu}/u.test(clean),
        caps: letters.length >= 2 && !/\p{Ll}/u.test(clean) && /\p{Lu}/u.test(clean),
        group,
      })
    }
  })
  return units
}

/** Units grouped by word. */
function groupsOf(units: readonly Unit[]): Unit[][] {
  const groups: Unit[][] = []
  for (const unit of units) {
    const last = groups[groups.length - 1]
    if (last && last[0]?.group === unit.group) last.push(unit)
    else groups.push([unit])
  }
  return groups
}

const isOptional = (group: readonly Unit[]): boolean => group.every((u) => u.optional)

/**
 * The latest window of words ending at the parenthesis that the acronym's letters fit, in order:
 * the first letter is the initial of the first word; every other word gives its initial and up to
 * three inner letters, or nothing when it is a stop word; an unrepresented tail may start with
 * "of", "and"... ("Corporation of India"). `undefined` when no window fits.
 */
function alignedWindow(letters: string, units: readonly Unit[]): Unit[] | undefined {
  const groups = groupsOf(units)
  for (let g = groups.length - 1; g >= 0; g--) {
    const first = groups[g]
    if (!first || isOptional(first) || first[0]?.letters.charAt(0) !== letters.charAt(0)) continue
    if (fits(letters, groups, g)) return groups.slice(g).flat()
  }
  return undefined
}

function fits(letters: string, groups: readonly (readonly Unit[])[], from: number): boolean {
  const memo = new Map<number, boolean>()
  const rec = (index: number, g: number): boolean => {
    if (index === letters.length && tailOk(groups, g)) return true
    if (g >= groups.length) return false
    const key = index * 64 + g
    const seen = memo.get(key)
    if (seen !== undefined) return seen
    const group = groups[g] ?? []
    let result = false
    for (const next of consume(letters, index, group, g === from)) {
      if (rec(next, g + 1)) {
        result = true
        break
      }
    }
    memo.set(key, result)
    return result
  }
  return rec(0, from)
}

function tailOk(groups: readonly (readonly Unit[])[], g: number): boolean {
  const rest = groups.slice(g)
  if (rest.every(isOptional)) return true
  const head = rest[0]?.[0]
  return head !== undefined && tailStarters.has(head.letters) && rest.length <= 4
}

/** Letter indexes reachable after a word (all its parts) takes letters from `index` on. */
function consume(letters: string, index: number, group: readonly Unit[], isFirst: boolean): number[] {
  let states = new Map<number, boolean>([[index, false]])
  group.forEach((unit, p) => {
    const next = new Map<number, boolean>()
    const add = (i: number, took: boolean) => next.set(i, (next.get(i) ?? false) || took)
    for (const [i, took] of states) {
      if (!(isFirst && p === 0)) add(i, took)
      if (i >= letters.length || unit.letters.charAt(0) !== letters.charAt(i)) continue
      let at = i + 1
      add(at, true)
      const inner = unit.optional ? 0 : unit.caps ? unit.letters.length - 1 : maxInnerLetters
      let pos = 1
      for (let t = 0; t < inner && at < letters.length; t++) {
        const found = unit.letters.indexOf(letters.charAt(at), pos)
        if (found < 0) break
        pos = found + 1
        at++
        add(at, true)
      }
    }
    states = next
  })
  const optional = isOptional(group)
  return [...states].filter(([, took]) => took || optional).map(([i]) => i)
}

/**
 * A capitalised phrase before the parenthesis that was plainly meant as the expansion: it starts
 * with the acronym's first letter and has as many words as the acronym has capitals.
 */
function mismatchWindow(acronym: string, letters: string, units: readonly Unit[]): { units: Unit[]; initials: string } | undefined {
  const capitals = (acronym.match(/\p{Lu}/gu) ?? []).length
  const groups = groupsOf(units)
  const last = groups[groups.length - 1]
  if (!last || isOptional(last) || !last[0]?.capital) return undefined
  for (let g = groups.length - 1; g >= 0; g--) {
    const window = groups.slice(g)
    const first = window[0]
    if (!first || isOptional(first) || first[0]?.letters.charAt(0) !== letters.charAt(0)) continue
    const content = window.filter((w) => !isOptional(w))
    if (!content.every((w) => w[0]?.capital)) return undefined
    const parts = content.flat().filter((u) => !u.optional)
    if (content.length <= capitals && capitals <= parts.length) {
      const heads = capitals === parts.length ? parts : content.map((w) => w[0])
      const initials = heads.map((u) => (u?.letters.charAt(0) ?? '').toUpperCase()).join('')
      return { units: window.flat(), initials }
    }
  }
  return undefined
}

/** Compares expansions across spelling variants (`Organisation`/`Organization`). */
function expansionKey(units: readonly Unit[]): string {
  return units
    .filter((u) => !u.optional)
    .map((u) => normalizeWord(u.letters))
    .join(' ')
}

function normalizeWord(word: string): string {
  return word.replace(/(?<=\p{L}{3})s$/u, '').replace(/z/gu, 's').replace(/our/gu, 'or').replace(/re$/u, 'er').replace(/ence$/u, 'ense')
}

function normalizePhrase(phrase: string): string {
  return phrase
    .split(/[\s-]+/u)
    .map((w) => normalizeWord(fold(w.replace(/['’]s?$/u, ''))))
    .filter(Boolean)
    .join(' ')
}

function endsWithPhrase(before: string, phrase: string): boolean {
  const text = normalizePhrase(before)
  return text === phrase || text.endsWith(` ${phrase}`)
}
