import { z } from 'zod'
import { readJsonData } from '../src/rule/data.js'
import { defineRule, escapeRegExp } from '../src/rule/define-rule.js'
import type { Span } from '../src/rule/types.js'
import { findFixedPhraseSwaps, findVerbPhraseNouns, parseSpunPhrases } from './lib/spun-shapes.js'

const entrySchema = z.strictObject({
  phrase: z.string().min(1),
  expected: z.string().min(1),
  fix: z.enum(['safe', 'suggest']).default('suggest'),
  evidence: z.boolean().default(false),
  caseSensitive: z.boolean().default(false),
  next: z.array(z.string().min(1)).optional(),
  example: z.string().min(1),
  nearMiss: z.string().min(1),
})

/** One spinner substitution from rules/data/spun-text.json (or the `extra` option). */
export type SpunEntry = z.output<typeof entrySchema>

const dataSchema = z.strictObject({ about: z.string(), entries: z.array(entrySchema).min(1) })

/** The built-in list, validated at load. */
export const spunEntries: readonly SpunEntry[] = Object.freeze(dataSchema.parse(readJsonData(import.meta.url, 'spun-text.json')).entries)

interface Compiled {
  readonly entry: SpunEntry
  readonly regex: RegExp
  /** Lower-case text every match contains (the first word up to an apostrophe): a story without it is skipped. */
  readonly needle: string
  readonly next: ReadonlySet<string> | undefined
}

/** A phrase as a pattern: whole words, any run of spaces for a space, either apostrophe. */
function compile(entry: SpunEntry): Compiled {
  const words = entry.phrase.split(/\s+/u).filter(Boolean)
  const body = words.map((w) => escapeRegExp(w).replace(/['’]/gu, "['’]")).join('\\s+')
  return {
    entry,
    regex: new RegExp(`(?<![\\p{L}\\p{N}'’-])${body}(?![\\p{L}\\p{N}-])`, entry.caseSensitive ? 'gu' : 'giu'),
    needle: (words[0] ?? '').toLowerCase().split(/['’]/u)[0] ?? '',
    next: entry.next ? new Set(entry.next.map((n) => n.toLowerCase())) : undefined,
  }
}

/** Spun two-word phrases (rules/data/spun-phrases.json, built by `npm run build:spun-phrases`), loaded on first use. */
const loaded: { phrases?: ReadonlyMap<string, string> } = {}
function spunPhrases(): ReadonlyMap<string, string> {
  loaded.phrases ??= parseSpunPhrases(readJsonData(import.meta.url, 'spun-phrases.json'))
  return loaded.phrases
}

/** The built-in entries compiled once (a story used to compile hundreds of patterns afresh). */
const compiledBuiltIn = new WeakMap<SpunEntry, Compiled>()
function compiledFor(entry: SpunEntry): Compiled {
  let compiled = compiledBuiltIn.get(entry)
  if (!compiled) {
    compiled = compile(entry)
    compiledBuiltIn.set(entry, compiled)
  }
  return compiled
}

/** The word or mark after `end` in `text`, lower-cased. */
function nextToken(text: string, end: number): string {
  const match = /^\s*([\p{L}\p{N}]+|[^\s\p{L}\p{N}])/u.exec(text.slice(end, end + 60))
  return match?.[1]?.toLowerCase() ?? ''
}

/** Keeps the case of the first letter of `actual` on `expected`. */
function matchCase(actual: string, expected: string): string {
  const first = actual.charAt(0)
  return first !== first.toLowerCase() && expected.charAt(0) === expected.charAt(0).toLowerCase()
    ? expected.charAt(0).toUpperCase() + expected.slice(1)
    : expected
}

/** A light verb, a space and an article: the prefilter of {@link findVerbPhraseNouns}. */
const lightVerbPhrase = /(?<![\p{L}-])(?:make|take|give|get|pay|put) (?:a|an|the|some) /u

const userEntry = z.strictObject({
  phrase: z.string().min(1).describe('The spun wording'),
  expected: z.string().min(1).describe('The original wording'),
  evidence: z.boolean().default(false).describe('Only count it toward the story-level signal'),
})

export default defineRule(
  {
    id: 'spun-text',
    category: 'style',
    kind: 'style',
    severity: 'warning',
    description: 'Flag article-spinner and machine-translation substitutions such as `imaginative and prescient` for `vision`',
    rationale:
      'Spinners and bad machine translation swap common news wording for odd synonyms (`Supreme Courtroom`, `economic system`); such copy was rewritten by a machine and needs checking against the original.',
    fix: 'safe',
    messages: {
      spun: 'Unexpected spun wording `{actual}`, expected `{expected}`',
      spunStory: 'Unexpected spinner wording `{actual}` with {count} other substitutions in this story, check it against the original copy',
      verbPhraseNoun: 'Unexpected verb phrase in the place of a noun in `{actual}`, a spinner may have swapped the noun (a `bid` for `make an effort`)',
    },
    options: z.strictObject({
      extra: z.array(userEntry).default([]).describe('More substitutions (reported with a suggested fix, never applied unreviewed)'),
      exclude: z.array(z.string().min(1)).default([]).describe('Built-in phrases to ignore (case-insensitive)'),
      storyThreshold: z.number().int().min(2).default(3).describe('Distinct substitutions in one story that raise the story-level finding'),
    }),
    examples: {
      invalid: [
        {
          text: 'The minister shared his imaginative and prescient of a greener port.',
          diagnostics: ['1:25-1:50 spun Unexpected spun wording `imaginative and prescient`, expected `vision`'],
          output: 'The minister shared his vision of a greener port.',
        },
        {
          text: 'The Supreme Courtroom heard the plea.',
          diagnostics: ['1:5-1:22 spun Unexpected spun wording `Supreme Courtroom`, expected `Supreme Court`'],
          output: 'The Supreme Court heard the plea.',
        },
        {
          text: 'I will solely say the economic system of the island goes via a hard state of affairs.',
          diagnostics: [
            '1:8-1:14 spunStory Unexpected spinner wording `solely` with 3 other substitutions in this story, check it against the original copy',
            '1:23-1:38 spunStory Unexpected spinner wording `economic system` with 3 other substitutions in this story, check it against the original copy',
            '1:53-1:61 spunStory Unexpected spinner wording `goes via` with 3 other substitutions in this story, check it against the original copy',
            '1:69-1:85 spunStory Unexpected spinner wording `state of affairs` with 3 other substitutions in this story, check it against the original copy',
          ],
          output: 'I will solely say the economic system of the island goes via a hard state of affairs.',
        },
        {
          text: 'The union made a last-minute make an effort to stop the sale.',
          diagnostics: [
            '1:16-1:44 verbPhraseNoun Unexpected verb phrase in the place of a noun in `a last-minute make an effort`, a spinner may have swapped the noun (a `bid` for `make an effort`)',
          ],
        },
        {
          text: 'Workers said the vote tally was late.',
          options: { extra: [{ phrase: 'vote tally', expected: 'vote count' }] },
          diagnostics: ['1:18-1:28 spun Unexpected spun wording `vote tally`, expected `vote count`'],
          output: 'Workers said the vote tally was late.',
        },
      ],
      valid: [
        'She is an imaginative and prescient novelist.',
        'The economic system of the island shrank last year.',
        { text: 'The Supreme Courtroom heard the plea.', options: { exclude: ['supreme courtroom'] } },
        'The ferry runs solely on weekdays, by way of the old canal.',
        'The union made a last-minute effort to stop the sale, and a few make a living from it.',
      ],
    },
  },
  ({ story, options, report }) => {
    const excluded = new Set(options.exclude.map((p) => p.toLowerCase().replace(/\s+/gu, ' ')))
    const entries: SpunEntry[] = [
      ...spunEntries.filter((e) => !excluded.has(e.phrase.toLowerCase())),
      ...options.extra.map((e) => ({ ...e, fix: 'suggest' as const, caseSensitive: false, example: '', nearMiss: '' })),
    ]
    const text = story.flat
    const lower = text.toLowerCase()
    // Every place each evidence phrase occurs: a spun story is reported at each substitution, as
    // an editor has to check each one against the original copy.
    const evidence = new Map<string, Span[]>()
    const addEvidence = (key: string, span: Span): void => {
      const spans = evidence.get(key)
      if (spans) spans.push(span)
      else evidence.set(key, [span])
    }
    const reports: { span: Span; entry: SpunEntry; expected: string }[] = []
    const loose: { key: string; span: Span }[] = []
    for (const compiled of entries.map(compiledFor)) {
      if (!lower.includes(compiled.needle)) continue
      // matchAll works on a copy of the regex, so the shared one's lastIndex never moves.
      for (const match of text.matchAll(compiled.regex)) {
        const span = { start: match.index, end: match.index + match[0].length }
        if (compiled.next && !compiled.next.has(nextToken(text, span.end))) {
          // The next word guards a lone phrase (`worked together with care`); in a story that is
          // spun anyway, the phrase counts wherever it stands.
          if (compiled.entry.evidence) loose.push({ key: compiled.entry.phrase.toLowerCase(), span })
          continue
        }
        addEvidence(compiled.entry.phrase.toLowerCase(), span)
        if (!compiled.entry.evidence) reports.push({ span, entry: compiled.entry, expected: matchCase(match[0], compiled.entry.expected) })
      }
    }
    // A fixed phrase of clean copy with one word swapped for a thesaurus synonym (`Joined States`):
    // a story-level signal only, as Brown is too small to tell every such pair from good copy
    // (`vice chair`).
    for (const hit of findFixedPhraseSwaps(story, spunPhrases())) addEvidence(hit.phrase, hit.span)
    // "stated" for "said" throughout: a story-level signal only.
    const stated = [...text.matchAll(/(?<![\p{L}])stated(?![\p{L}])/gu)]
    const said = /(?<![\p{L}])said(?![\p{L}])/u.test(text)
    if (stated.length >= 2 && !said) for (const match of stated) addEvidence('stated', { start: match.index, end: match.index + 6 })
    for (const { span, entry, expected } of reports) {
      report('spun', span, { expected: [expected], ...(entry.fix === 'safe' ? {} : { fix: 'suggest' as const }) })
    }
    // A verb phrase where a noun belongs (`a last-minute make an effort`); sentences without a light
    // verb before an article are not tagged.
    for (const sentence of story.sentences) {
      if (!lightVerbPhrase.test(text.slice(sentence.start, sentence.end))) continue
      for (const span of findVerbPhraseNouns(story.tags(sentence))) report('verbPhraseNoun', span, { fix: 'none' })
    }
    if (evidence.size >= options.storyThreshold) {
      for (const { key, span } of loose) addEvidence(key, span)
      // A span that is also a reported phrase (`economic system` inside a listed name) is reported once.
      const reported = reports.map((r) => r.span)
      const spans = [...evidence.values()].flat().filter((span) => !reported.some((r) => r.start < span.end && span.start < r.end))
      for (const span of spans.sort((a, b) => a.start - b.start)) report('spunStory', span, { data: { count: evidence.size - 1 }, fix: 'none' })
    }
  },
)
