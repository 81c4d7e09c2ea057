import writeGood from 'write-good'
import { z } from 'zod'
import { defineRule } from '../src/rule/define-rule.js'
import type { Span } from '../src/rule/types.js'

/** write-good checks this rule runs, in reporting priority (a later check's overlapping finding is dropped). */
const checkNames = ['passive', 'weasel', 'adverb', 'tooWordy', 'cliches', 'so', 'thereIs', 'eprime'] as const
type CheckName = (typeof checkNames)[number]

/** Every check off, so one run gives the findings of exactly one check; `illusion` is never run (see repeated-words). */
const allOff: Readonly<Record<CheckName | 'illusion', false>> = Object.freeze({
  passive: false,
  weasel: false,
  adverb: false,
  tooWordy: false,
  cliches: false,
  so: false,
  thereIs: false,
  eprime: false,
  illusion: false,
})

const checks = z
  .strictObject({
    passive: z.boolean().default(true).describe('Passive voice (`was eaten`)'),
    weasel: z.boolean().default(true).describe('Weasel words (`very`, `several`)'),
    adverb: z.boolean().default(true).describe('Adverbs that weaken meaning (`really`, `just`)'),
    tooWordy: z.boolean().default(true).describe('Wordy phrases (`in order to`)'),
    cliches: z.boolean().default(true).describe('Clichés (`tip of the iceberg`)'),
    so: z.boolean().default(true).describe('A sentence opening with `So`'),
    thereIs: z.boolean().default(true).describe('A sentence opening with `There is` or `There are`'),
    eprime: z.boolean().default(false).describe('Every form of `to be` (E-Prime)'),
  })
  .default({ passive: true, weasel: true, adverb: true, tooWordy: true, cliches: true, so: true, thereIs: true, eprime: false })
  .describe('Which write-good checks run: `passive`, `weasel`, `adverb`, `tooWordy`, `cliches`, `so`, `thereIs` (on) and `eprime` (off)')

export default defineRule(
  {
    id: 'write-good',
    category: 'style',
    kind: 'style',
    severity: 'info',
    recommended: false,
    description: 'Flag passive voice, weasel words, wordy phrases and clichés (wraps write-good)',
    rationale: 'Wire copy should be direct: active verbs, specific words and no padding read faster and say more.',
    fix: 'none',
    messages: {
      passive: 'Unexpected passive voice `{actual}`, use the active voice',
      weasel: 'Unexpected weasel word `{actual}`, remove it or be specific',
      adverb: 'Unexpected adverb `{actual}`, remove it or use a stronger word',
      tooWordy: 'Unexpected wordy phrase `{actual}`, use a shorter one',
      cliches: 'Unexpected cliché `{actual}`, say it plainly',
      so: 'Unexpected `{actual}` opening a sentence, remove it',
      thereIs: 'Unexpected `{actual}` opening a sentence, start with the subject',
      eprime: 'Unexpected form of to be `{actual}`, use another verb',
    },
    options: z.strictObject({ checks }),
    examples: {
      invalid: [
        {
          text: 'The bridge was closed by the council.',
          diagnostics: ['1:12-1:22 passive Unexpected passive voice `was closed`, use the active voice'],
        },
        {
          text: 'Turnout was very low in several districts.',
          diagnostics: [
            '1:13-1:17 weasel Unexpected weasel word `very`, remove it or be specific',
            '1:25-1:32 weasel Unexpected weasel word `several`, remove it or be specific',
          ],
        },
        {
          text: 'The mayor really wants a new depot.',
          diagnostics: ['1:11-1:17 adverb Unexpected adverb `really`, remove it or use a stronger word'],
        },
        {
          text: 'Crews worked at night in order to finish\nthe runway.',
          diagnostics: ['1:23-1:34 tooWordy Unexpected wordy phrase `in order to`, use a shorter one'],
        },
        {
          text: 'The leak was only the tip of the iceberg.',
          diagnostics: [
            '1:14-1:18 adverb Unexpected adverb `only`, remove it or use a stronger word',
            '1:23-1:41 cliches Unexpected cliché `tip of the iceberg`, say it plainly',
          ],
        },
        {
          text: 'Talks stalled.  So the union walked out. There are no new dates.',
          diagnostics: [
            '1:17-1:19 so Unexpected `So` opening a sentence, remove it',
            '1:42-1:51 thereIs Unexpected `There are` opening a sentence, start with the subject',
          ],
        },
        {
          text: 'The depot is near the port.',
          options: { checks: { eprime: true } },
          diagnostics: ['1:11-1:13 eprime Unexpected form of to be `is`, use another verb'],
        },
        {
          text: 'The depot was built in 1990 and is very large.',
          options: { checks: { passive: false, eprime: true } },
          diagnostics: [
            '1:11-1:14 eprime Unexpected form of to be `was`, use another verb',
            '1:33-1:35 eprime Unexpected form of to be `is`, use another verb',
            '1:36-1:40 weasel Unexpected weasel word `very`, remove it or be specific',
          ],
        },
      ],
      valid: [
        'The council closed the bridge on Monday.',
        '"It was a very bad day," the mayor said.',
        'Officials said the the talks would resume.',
        { text: 'The bridge was closed by the council.', options: { checks: { passive: false } } },
        { text: 'Turnout was low in several districts.', options: { checks: { weasel: false } } },
      ],
    },
  },
  ({ story, options, report }) => {
    const enabled = checkNames.filter((name) => options.checks[name])
    for (const paragraph of story.paragraphs) {
      const text = story.flat.slice(paragraph.start, paragraph.end)
      const found: { name: CheckName; span: Span }[] = []
      for (const name of enabled) {
        for (const suggestion of suggestionsOf(text, name)) {
          const start = paragraph.start + suggestion.index
          const span = trim(story.flat, start, start + suggestion.offset, name === 'so')
          if (span.end <= span.start || span.end > paragraph.end) continue
          if (found.some((f) => f.span.start < span.end && span.start < f.span.end)) continue
          found.push({ name, span })
        }
      }
      found.sort((a, b) => a.span.start - b.span.start)
      for (const { name, span } of found) report(name, span)
    }
  },
)

/** Clause starts write-good's `so` and `thereIs` need: at most this many characters of a clause. */
const clauseHead = 48

/**
 * One check's suggestions over a paragraph. write-good's `so` and `thereIs` scan clauses with
 * `([^\n.;!?]+)([.;!?]+)`, which backtracks quadratically over a long run without a terminator, and
 * only look at a clause's start: they are fed each clause's head and terminator instead, found by a
 * linear scan, with offsets mapped back.
 */
function suggestionsOf(text: string, name: CheckName): { index: number; offset: number }[] {
  if (name !== 'so' && name !== 'thereIs') return writeGood(text, { ...allOff, [name]: true })
  const out: { index: number; offset: number }[] = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    const char = text.charAt(i)
    if (i < text.length && char !== '\n' && !'.;!?'.includes(char)) continue
    if (i > start && i < text.length && char !== '\n') {
      const head = text.slice(start, Math.min(i, start + clauseHead))
      for (const s of writeGood(`${head}${char}`, { ...allOff, [name]: true })) {
        if (s.index + s.offset <= head.length) out.push({ index: start + s.index, offset: s.offset })
      }
    }
    start = i + 1
  }
  return out
}

/**
 * Narrows a span to exclude white space. write-good's `so` and `thereIs` start on the last space
 * before the sentence when there are several; `so` keeps its length 2, so it is re-measured.
 */
function trim(text: string, start: number, end: number, isSo: boolean): Span {
  let s = start
  while (s < end && /\s/u.test(text.charAt(s))) s++
  let e = isSo ? Math.min(s + 2, text.length) : end
  while (e > s && /\s/u.test(text.charAt(e - 1))) e--
  return { start: s, end: e }
}
