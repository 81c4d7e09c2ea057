import { z } from 'zod'
import { readJsonData } from '../src/rule/data.js'
import { defineRule } from '../src/rule/define-rule.js'
import type { Sentence, Story } from '../src/rule/types.js'
import { type GarbledModel, parseModel, worstWindow } from './lib/garbled/features.js'
import { findMissingFunctionWords, parseNounData } from './lib/garbled/function-words.js'
import { findBadInfinitives, findDroppedTo, findMissingWords, parseVerbData, type VerbData } from './lib/garbled/missing-word.js'
import { findPatterns, findStrayStops, parsePairData, hasConditionalInversion, isLicensedAuxiliary, isStatement, runInStarts } from './lib/garbled/patterns.js'
import type { Token } from '../src/rule/types.js'

// The trained model (rules/data/garbled-sentence-model.json, built by `npm run train`), loaded on
// first use: a lazily filled cache, never per-story state.
const loaded: { model?: GarbledModel; verbs?: VerbData; nouns?: ReadonlySet<string>; pairs?: ReadonlySet<string> } = {}

function model(): GarbledModel {
  loaded.model ??= parseModel(readJsonData(import.meta.url, 'garbled-sentence-model.json'))
  return loaded.model
}

/** What clean copy puts after some verbs (rules/data/garbled-verbs.json, built by `npm run build:garbled-verbs`). */
function verbs(): VerbData {
  loaded.verbs ??= parseVerbData(readJsonData(import.meta.url, 'garbled-verbs.json'))
  return loaded.verbs
}

/** Singular nouns clean copy always determines (rules/data/garbled-nouns.json, built by `npm run build:garbled-nouns`). */
function determinedNouns(): ReadonlySet<string> {
  loaded.nouns ??= parseNounData(readJsonData(import.meta.url, 'garbled-nouns.json'))
  return loaded.nouns
}

/** Function-word pairs clean copy never has (rules/data/garbled-pairs.json, built by `npm run build:garbled-pairs`). */
function pairs(): ReadonlySet<string> {
  loaded.pairs ??= parsePairData(readJsonData(import.meta.url, 'garbled-pairs.json'))
  return loaded.pairs
}

/** Whether a sentence looks like running prose the model was trained on. */
function isProse(sentence: Sentence, story: Story, tokens: readonly Token[]): boolean {
  if (story.headline && sentence.start < story.headline.end) return false
  if (/[|•]/u.test(sentence.text)) return false
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text))
  if (words.length < 6) return false
  const first = tokens[0]?.text ?? ''
  return /^[\p{Lu}\p{N}"'“‘(]/u.test(first) && isStatement(sentence.text)
}

/** Sentences longer than this (in UTF-16 code units) are not tagged. */
const maxSentenceLength = 2000

export default defineRule(
  {
    id: 'garbled-sentence',
    category: 'grammar',
    kind: 'style',
    severity: 'warning',
    description: 'Flag sentences whose word order or grammar is broken, as machine translation and article spinners leave them',
    rationale:
      'A sentence with question word order inside a statement, a verb after an article or after its object, a word dropped after a verb, two alternatives left side by side or a clause cut off reads as machine output or a botched edit; an editor rewrites it before it runs.',
    fix: 'none',
    messages: {
      inversion: 'Unexpected question word order `{actual}` inside a statement',
      missingInversion: 'Unexpected statement word order `{actual}` after `{word}`, put the verb before its subject',
      verbAfterFunctionWord: 'Unexpected verb after `{word}` in `{actual}`, a word looks missing or misplaced',
      repeatedPhrase: 'Unexpected repeated phrase `{actual}`, remove one',
      cutOff: 'Unexpected sentence end on `{actual}`, the clause looks cut off',
      strayStop: 'Unexpected full stop in `{actual}`, the sentence goes on after it',
      wordOrder: 'Unexpected word order `{actual}`, the sentence looks garbled (machine translation or spinning)',
      missingWord: 'Unexpected `{actual}`, `{word}` looks missing after `{verb}`',
      infinitive: 'Unexpected `{actual}`, `{verb}` does not take `to` and a verb here',
      missingObject: 'Unexpected `{actual}`, `{verb}` needs the person told before `that`',
      missingAuxiliary: 'Unexpected `{actual}`, `have` or `has` looks missing before `been`',
      missingArticle: 'Unexpected `{actual}` without an article, `a` or `the` looks missing',
      doubleAttribution: 'Unexpected second attribution in `{actual}`, keep one',
      alternatives: 'Unexpected alternatives `{actual}` side by side, keep one',
    },
    options: z.strictObject({
      model: z.boolean().default(true).describe('Also score word order with the statistical model (the hand-written patterns always run)'),
    }),
    examples: {
      invalid: [
        {
          text: 'The grants the agency kept sending to the valley for a decade were spent a little is it not in vain.',
          diagnostics: ['1:83-1:92 inversion Unexpected question word order `is it not` inside a statement'],
        },
        {
          text: 'Neither they are ready to sell the mill, nor will the bank lend them more.',
          diagnostics: ['1:1-1:17 missingInversion Unexpected statement word order `Neither they are` after `Neither`, put the verb before its subject'],
        },
        {
          text: 'The mayor told visiting traders. at the pier that the ferry would run.',
          diagnostics: ['1:25-1:36 strayStop Unexpected full stop in `traders. at`, the sentence goes on after it'],
        },
        {
          text: 'The inquiry found that the was no record of the payment.',
          diagnostics: ['1:24-1:31 verbAfterFunctionWord Unexpected verb after `the` in `the was`, a word looks missing or misplaced'],
        },
        {
          text: 'The bridge over the river over the river was closed for repairs in June.',
          diagnostics: ['1:12-1:41 repeatedPhrase Unexpected repeated phrase `over the river over the river`, remove one'],
        },
        {
          text: 'The port authority said it would publish the.',
          diagnostics: ['1:42-1:45 cutOff Unexpected sentence end on `the`, the clause looks cut off'],
        },
        {
          text: 'The harvest survey was conducted a private firm in the hills.',
          diagnostics: ['1:24-1:48 missingWord Unexpected `conducted a private firm`, `by` looks missing after `conducted`'],
        },
        {
          text: 'The outcome of the talks depends the mood of the unions, officials said.',
          diagnostics: ['1:26-1:42 missingWord Unexpected `depends the mood`, `on` looks missing after `depends`'],
        },
        {
          text: 'The ferry crew tried reach the pier before the storm broke.',
          diagnostics: ['1:16-1:27 missingWord Unexpected `tried reach`, `to` looks missing after `tried`'],
        },
        {
          text: 'A large number farmers gathered outside the district office.',
          diagnostics: ['1:3-1:23 missingWord Unexpected `large number farmers`, `of` looks missing after `number`'],
        },
        {
          text: 'The port office told that the ferry would not sail on Sunday.',
          diagnostics: ['1:17-1:26 missingObject Unexpected `told that`, `told` needs the person told before `that`'],
        },
        {
          text: 'He would not stand by to watch the savings of others been taken away.',
          diagnostics: ['1:47-1:58 missingAuxiliary Unexpected `others been`, `have` or `has` looks missing before `been`'],
        },
        {
          text: 'The ferry was stopped at the pier by local farmer on Sunday.',
          diagnostics: ['1:38-1:50 missingArticle Unexpected `local farmer` without an article, `a` or `the` looks missing'],
        },
        {
          text: 'According to the harbour master, he said the pier would reopen in May.',
          diagnostics: ['1:1-1:41 doubleAttribution Unexpected second attribution in `According to the harbour master, he said`, keep one'],
        },
        {
          text: 'The ministry has announced to build two new ferry berths this year.',
          diagnostics: ['1:18-1:36 infinitive Unexpected `announced to build`, `announced` does not take `to` and a verb here'],
        },
        {
          text: 'The port office kept the of records every ferry for a decade.',
          diagnostics: ['1:22-1:28 wordOrder Unexpected word order `the of`, the sentence looks garbled (machine translation or spinning)'],
        },
        {
          text: 'The rowing club lost its second third round race on Saturday.',
          diagnostics: ['1:26-1:38 alternatives Unexpected alternatives `second third` side by side, keep one'],
        },
        {
          text: 'The committee said on Tuesday that the new bridge the over river would open in May.',
          diagnostics: [
            '1:44-1:59 wordOrder Unexpected word order `bridge the over`, the sentence looks garbled (machine translation or spinning)',
          ],
        },
      ],
      valid: [
        'The grants the agency kept sending to the valley for a decade were not spent in vain.',
        'Residents of of the hill town were moved to the plains.',
        'The council will went ahead with the vote on Friday.',
        'Not only is it cheaper, it is also faster, the engineer said.',
        'Neither he nor the mayor would speak to the growers.',
        'The crates weigh 40 lbs. each, and the ferry takes approx. two hundred.',
        'Not only he but also his brother lost a boat in the storm.',
        'The harbour master said the plan of Will Harding was the only one on the table.',
        "The money for the new ward simply isn't there to pay the surgeons.",
        'The harvest survey was conducted a week later by a private firm.',
        'The outcome of the talks depends on the mood of the unions, officials said.',
        'The ministry has announced plans to build two new ferry berths this year.',
        'The committee said on Tuesday that the new bridge over the river would open in May.',
        'What the growers objected to is the price of seed.',
        'Never before had the levee been tested so hard, and seldom has it held so well.',
        '"The plan has gone a little is it not in vain," the mayor said.',
        'Dock hands usually work eight-hour shifts and some for up to 14 hours in the harvest season.',
        'He had waited for weeks and weeks and still the permit did not come.',
        'A large number of farmers gathered outside the district office.',
        'The growers helped build the new pier, and the plans call for another.',
        'The swearing in of the new harbour master was on Friday.',
        'The club won its second and third round races, and the first second-half goal came late.',
        'The crew was told that the ferry would not sail, and when told that the pier was shut they went home.',
        'Had the savings of others been safe, nobody would have complained.',
        'The ferry was stopped at the pier by a local farmer on Sunday.',
        'According to the harbour master, the pier will reopen in May.',
        'According to the report, which he said was leaked, the pier will reopen in May.',
        { text: 'The river board approved the new dam on Friday after a long debate.', options: { model: false } },
      ],
    },
  },
  ({ story, options, report }) => {
    for (const span of findStrayStops(story.flat)) {
      if (!story.headline || span.start >= story.headline.end) report('strayStop', span)
    }
    for (const sentence of story.sentences) {
      // Tagging cost grows faster than linearly on huge runs (a 100 KB "word"); no edited
      // sentence is this long, and such a run is another rule's finding.
      if (sentence.end - sentence.start > maxSentenceLength) continue
      const text = story.flat.slice(sentence.start, sentence.end)
      if (!/\p{L}/u.test(text)) continue
      const tokens = relative(story.tags(sentence), sentence.start)
      const prose = isProse(sentence, story, tokens)
      let found = false
      for (const hit of findPatterns(tokens, text, pairs())) {
        // A doubled word is repeated-words' finding and a modal before a finite verb (`will went`)
        // grammar's; either only keeps the model off this sentence.
        if (hit.messageId === 'doubledWord' || hit.messageId === 'modalForm') {
          found = true
          continue
        }
        if (hit.messageId === 'cutOff' && !prose) continue
        const span = { start: sentence.start + hit.start, end: sentence.start + hit.end }
        report(hit.messageId, span, hit.word === undefined ? undefined : { data: { word: hit.word } })
        found = true
      }
      if (!found && prose) {
        for (const hit of [...findMissingWords(tokens, verbs()), ...findDroppedTo(tokens, verbs())]) {
          report('missingWord', { start: sentence.start + hit.start, end: sentence.start + hit.end }, { data: { word: hit.word, verb: hit.verb } })
          found = true
        }
        for (const hit of findMissingFunctionWords(tokens, determinedNouns())) {
          report(hit.messageId, { start: sentence.start + hit.start, end: sentence.start + hit.end }, { data: { word: hit.word, verb: hit.verb } })
          found = true
        }
        for (const hit of findBadInfinitives(tokens, verbs())) {
          report('infinitive', { start: sentence.start + hit.start, end: sentence.start + hit.end }, { data: { verb: hit.verb } })
          found = true
        }
      }
      if (found || !options.model || !prose) continue
      const loadedModel = model()
      // Windows that reach across a heading run into the text are not scored.
      // Nor are windows next to a name spelled like a modal (`Will Danaher`, `Theresa May said`),
      // which the model reads as the verb.
      const runIns = runInStarts(tokens)
      const names = modalNames(tokens)
      const skipped = [...runIns.map((k) => [k - 2, k + 1] as const), ...names.map((k) => [k - 1, k + 1] as const)]
      const skip = (center: number): boolean => skipped.some(([from, to]) => center >= from && center <= to)
      const worst = worstWindow(tokens, loadedModel, skipped.length > 0 ? skip : undefined)
      if (!worst || worst.logit <= loadedModel.threshold) continue
      if (isLicensedAuxiliary(tokens, worst.center) || hasConditionalInversion(tokens, worst.center)) continue
      const span = windowSpan(tokens, worst.center)
      if (span) report('wordOrder', { start: sentence.start + span.start, end: sentence.start + span.end })
    }
  },
)

const modalWords: ReadonlySet<string> = new Set(['will', 'may', 'might', 'can', 'must', 'shall'])

/**
 * Indices of names spelled like a modal: a capitalised `Will`, `May`... after the first word,
 * next to another capitalised word (`of Will Danaher`, `Theresa May said`).
 */
function modalNames(tokens: readonly Token[]): number[] {
  const capitalised = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text)
  const found: number[] = []
  tokens.forEach((t, i) => {
    if (i > 0 && modalWords.has(t.lower) && capitalised(t) && (capitalised(tokens[i + 1]) || capitalised(tokens[i - 1]))) found.push(i)
  })
  return found
}

/** Tokens with offsets relative to `base` (the sentence's start), as the patterns and model read them. */
function relative(tokens: readonly Token[], base: number): Token[] {
  return tokens.map((t) => ({ ...t, start: t.start - base, end: t.end - base }))
}

/** The words around the centre of the worst window (one either side), trimmed to words. */
function windowSpan(tokens: readonly Token[], center: number): { start: number; end: number } | undefined {
  const isWordToken = (t: Token | undefined): t is Token => t !== undefined && /^[\p{L}\p{N}]/u.test(t.text)
  let from = center - 1
  let to = center + 1
  while (from < center && !isWordToken(tokens[from])) from++
  while (to > center && !isWordToken(tokens[to])) to--
  const first = tokens[from]
  const last = tokens[to]
  return first && last ? { start: first.start, end: last.end } : undefined
}
