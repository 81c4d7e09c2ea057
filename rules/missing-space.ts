// missing-space: words run together where a space was lost: after a comma, semicolon, colon, closing
// bracket, per cent sign or closing quote mark (`brothers,see`, `(CAA)was`, `96%and`, `ready,”the`), before an opening bracket
// (`Tuesday(Update)`), and two words glued into one (`calledin`, `incricket's`, `theRailways`,
// `FiftyThousand`).
//
// Decisions:
// - A full stop, question or exclamation mark before a capital (`said.The`, `assets.MSCI's`) and a
//   space on the wrong side of one (`Monday .He`) are punctuation-spacing's; this rule does not report
//   them again. A full stop before a lower-case letter is left alone: it is mostly a domain or a file.
// - Never inside web or e-mail addresses, file names, decimals, times or tickers (rules/lib/web.ts;
//   a letter must follow the mark, and `:` needs two lower-case letters before it, so `10:30`,
//   `NYSE:IBM` and `https://` stay).
// - Glued words (rules/lib/glued.ts, data in rules/data/missing-space.json, built by
//   scripts/build-missing-space.ts): a lower-case word that is no dictionary word and splits into a
//   function word and a common word (`in` + `cricket`, `called` + `in`). Capitalised words are names
//   (`Newcastle`, `Churchill`) and are skipped. A lower-case function word glued to a capitalised word
//   (`theRailways`, `ofIndia`), and number words glued in title case (`FiftyThousand`, `lakhFifty`),
//   are glued words too. The split is a suggestion (`fix: 'suggest'`): a dictionary can miss a word.
//   Beyond the lists, the spelling dictionary (rules/lib/glued-dictionary.ts) finds a lower-case
//   non-word made of a frequent word and a dictionary word where one is a function word (`ageof`,
//   `ifpeople`) or the first a modifier that opens no closed compound (`risinggeneration`,
//   `mostattentive`); two plain nouns may be a new compound (`woodsmoke`) and are left alone.
//   The last word of a paragraph left open (`is launchin`) is truncated, not glued; `countin'` is
//   dialect.
import { z } from 'zod'
import { readJsonData } from '../src/rule/data.js'
import { defineRule } from '../src/rule/define-rule.js'
import type { Line, Span, Story } from '../src/rule/types.js'
import { splitByDictionary } from './lib/glued-dictionary.js'
import { type GlueLexicon, splitGlued } from './lib/glued.js'
import { runEnd, runStart } from './lib/runs.js'
import { isWebAddress } from './lib/web.js'

const dataSchema = z.strictObject({
  description: z.string(),
  heads: z.array(z.string().regex(/^[a-z]{2,8}$/u)).min(1),
  tails: z.array(z.string().regex(/^[a-z]{2,8}$/u)).min(1),
  /** Space-separated lower-case words. */
  common: z.string().min(1),
  /** Space-separated lower-case words. */
  words: z.string(),
})

interface Lexicon extends GlueLexicon {
  /** Real words that split like glued pairs. */
  readonly words: ReadonlySet<string>
}

let lexicon: Lexicon | undefined
/** The glued-word lists, loaded on first use. */
function loadLexicon(): Lexicon {
  if (lexicon) return lexicon
  const parsed = dataSchema.safeParse(readJsonData(import.meta.url, 'missing-space.json'))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`rules/data/missing-space.json: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`)
  }
  const { heads, tails } = parsed.data
  const [common, words] = [parsed.data.common, parsed.data.words].map((list, i) => {
    const items = list === '' ? [] : list.split(' ')
    const bad = items.find((w) => !/^[a-z]{2,30}$/u.test(w))
    if (bad !== undefined) throw new Error(`rules/data/missing-space.json: ${i === 0 ? 'common' : 'words'}: Unexpected word \`${bad}\`, expected lower-case letters`)
    return new Set(items)
  })
  lexicon = Object.freeze({ heads: new Set(heads), tails: new Set(tails), common: common ?? new Set<string>(), words: words ?? new Set<string>() })
  return lexicon
}

/** Number words glued in title case: `FiftyThousand`, `lakhFifty`. */
const numberWords: ReadonlySet<string> = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen ' +
    'nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand lakh lakhs crore crores million billion'
  ).split(' '),
)
/** Function words that glue onto a capitalised word: `theRailways`, `ofIndia`. */
const camelHeads: ReadonlySet<string> = new Set(['the', 'of', 'and', 'in', 'for', 'to', 'with', 'from', 'at', 'on', 'by'])

interface Hit {
  readonly span: Span
  readonly expected: string
  readonly mark: string
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c)
const isLower = (c: string | undefined): boolean => c !== undefined && /\p{Ll}/u.test(c)

/** End of the letters (and apostrophes inside a word) starting at `start`, at most 30. */
function lettersEnd(text: string, start: number, ceiling: number): number {
  let end = start
  while (end < ceiling && end - start < 30 && /[\p{L}\p{M}]/u.test(text[end] ?? '')) end++
  return end
}

/** Whether the run holding `at` is an address, an entity or a list of tags (`a,b,c`) rather than prose. */
function technical(text: string, line: Line, at: number, mark: string): boolean {
  // (Punctuation closing the run, `joined;Privately,`, is the sentence's, not the run's.)
  let end = runEnd(text, at, line.end)
  while (end > at + 1 && '.,;:!?'.includes(text[end - 1] ?? '')) end--
  const run = text.slice(runStart(text, at, line.start), end)
  if (isWebAddress(run) || /[&=_#<>{}|]/u.test(run)) return true
  // `india,pakistan,cricket`, `color:red;font-size`, `%C3%A9`: a list, a style or an encoding
  return run.split(mark).length > 2 || (run.match(/[,;:]/gu) ?? []).length > 1
}

/** A comma, semicolon, colon, closing bracket or per cent sign with a word glued after it. */
function afterMarks(text: string, line: Line): Hit[] {
  const hits: Hit[] = []
  const slice = text.slice(line.start, line.end)
  // (One letter is a word only as `I` or `A` before a space: `mine;I am`, `rule:A law`.)
  for (const match of slice.matchAll(/[,;:%)](?=\p{L}\p{L}|[AI] )/gu)) {
    const at = line.start + match.index
    const mark = match[0]
    const before = text[at - 1]
    const before2 = text[at - 2]
    if (mark === ',' && !(isLower(before) || /\p{N}/u.test(before ?? '') || (isLetter(before) && isLower(text[at + 2])))) continue
    if (mark === ';' && !isLower(before)) continue
    if (mark === ':' && !(isLower(before) && isLower(before2))) continue // 10:30, NYSE:IBM, :P
    if (mark === '%' && !/\p{N}/u.test(before ?? '')) continue
    if (mark === ')' && !/[\p{L}\p{N}.]/u.test(before ?? '')) continue // :) and ()
    const wordEnd = lettersEnd(text, at + 1, line.end)
    if (mark === ')' && text[at - 2] === '(' && isLetter(text[at - 3])) continue // f(x)dx, member(s)and
    if (technical(text, line, at, mark)) continue
    const start = runStart(text, at, line.start)
    hits.push({ span: { start, end: wordEnd }, expected: `${text.slice(start, at + 1)} ${text.slice(at + 1, wordEnd)}`, mark })
  }
  return hits
}

/** A closing quote mark after sentence punctuation, glued to the next word: `over.”The`, `so,”he`. */
function afterQuotes(story: Story, line: Line): Hit[] {
  const { text } = story
  const hits: Hit[] = []
  const slice = text.slice(line.start, line.end)
  for (const match of slice.matchAll(/(?<=\p{Ll}[.?!,])["\u201d\u2019](?=\p{Lu}\p{Ll}|\p{Ll}{2})/gu)) {
    const at = line.start + match.index
    if (match[0] === '"' && !story.quotes.some((q) => q.marks.some((m) => m.start === at && m.role === 'close'))) continue
    if (technical(text, line, at, match[0])) continue
    const start = runStart(text, at, line.start)
    const end = lettersEnd(text, at + 1, line.end)
    hits.push({ span: { start, end }, expected: `${text.slice(start, at + 1)} ${text.slice(at + 1, end)}`, mark: match[0] })
  }
  return hits
}

/** A word glued to an opening bracket: `Tuesday(Update)`, `Crossing(due to`. */
function beforeBrackets(text: string, line: Line): Hit[] {
  const hits: Hit[] = []
  const slice = text.slice(line.start, line.end)
  for (const match of slice.matchAll(/(?<=\p{L}\p{Ll}\p{Ll})\((?=\p{L})/gu)) {
    const at = line.start + match.index
    const inner = lettersEnd(text, at + 1, line.end)
    // `member(s)`, `child(ren)`, `Congress(I)`, `Product(RED)`: a short closed insert is no word.
    if (inner - at - 1 < 4 && text[inner] !== ' ') continue
    if (technical(text, line, at, '(')) continue
    const start = runStart(text, at, line.start)
    hits.push({ span: { start, end: inner }, expected: `${text.slice(start, at)} ${text.slice(at, inner)}`, mark: '(' })
  }
  return hits
}

/** Whether the word is the last of a paragraph that ends without closing punctuation (cut off). */
function truncatedEnd(story: Story, end: number): boolean {
  const rest = story.text.slice(end, end + 3)
  return /^(?:\s|$)/u.test(rest) && /^\s*(?:\n\s*\n|$)/u.test(story.text.slice(end, end + 200))
}

/** A glued pair in one word, or undefined. */
function gluedSplit(word: string, lex: Lexicon): string | undefined {
  if (/^\p{Ll}+$/u.test(word)) {
    if (lex.words.has(word)) return undefined
    const split = splitGlued(word, lex) ?? splitByDictionary(word)
    return split ? `${split[0]} ${split[1]}` : undefined
  }
  // theRailways, lakhFifty, FiftyThousand
  const camel = /^(\p{L}\p{Ll}+)(\p{Lu}\p{Ll}+)$/u.exec(word)
  if (!camel) return undefined
  const [, head = '', tail = ''] = camel
  if (numberWords.has(head.toLowerCase()) && numberWords.has(tail.toLowerCase())) return `${head} ${tail}`
  if (camelHeads.has(head) && tail.length >= 4) return `${head} ${tail}`
  return undefined
}

/** Two words glued into one. */
function gluedWords(story: Story): Hit[] {
  const hits: Hit[] = []
  const { text } = story
  for (const word of story.words) {
    if (word.text.length < 5 || !/^\p{L}+(?:['’]s?)?$/u.test(word.text)) continue
    if (/[\p{L}\p{N}@#_/\\.-]/u.test(text[word.start - 1] ?? '')) continue // a handle, a hashtag, a path
    if (/^[\p{L}\p{N}@_/\\-]|^\.\p{L}/u.test(text.slice(word.end, word.end + 2))) continue
    for (const part of story.parts(word)) {
      const glued = gluedSplit(part.text, loadLexicon())
      if (!glued) continue
      if (/in$/u.test(part.text) && /^['’](?!s)/u.test(text.slice(part.end, part.end + 2))) continue // countin'
      if (word.text === part.text && truncatedEnd(story, word.end)) continue
      hits.push({ span: { start: part.start, end: part.end }, expected: glued, mark: '' })
    }
  }
  return hits
}

export default defineRule(
  {
    id: 'missing-space',
    category: 'punctuation',
    kind: 'mechanical',
    severity: 'warning',
    description: 'Flag words run together after `,;:)%` or a closing quote, before `(`, and two words glued into one such as `calledin`',
    rationale:
      'Feeds that join lines or strip markup lose spaces (`brothers,see`, `(CAA)was`, `96%and`, `calledin`); the words read as a typo and break search and hyphenation.',
    fix: 'safe',
    messages: {
      afterMark: 'Unexpected missing space after `{mark}` in `{actual}`, expected `{expected}`',
      beforeBracket: 'Unexpected missing space before `(` in `{actual}`, expected `{expected}`',
      glued: 'Unexpected glued words `{actual}`, expected `{expected}`',
    },
    options: z.strictObject({
      gluedWords: z.boolean().default(true).describe('Also flag two words glued into one (`calledin`, `theRailways`), from a word list'),
    }),
    examples: {
      invalid: [
        {
          text: 'The brothers,see the ferry leave (CTA)with 96%of the seats full.',
          diagnostics: [
            '1:5-1:17 afterMark Unexpected missing space after `,` in `brothers,see`, expected `brothers, see`',
            '1:34-1:43 afterMark Unexpected missing space after `)` in `(CTA)with`, expected `(CTA) with`',
            '1:44-1:49 afterMark Unexpected missing space after `%` in `96%of`, expected `96% of`',
          ],
          output: 'The brothers, see the ferry leave (CTA) with 96% of the seats full.',
        },
        {
          text: '\u201cWe are ready,\u201dthe mayor said.',
          diagnostics: ['1:9-1:19 afterMark Unexpected missing space after `\u201d` in `ready,\u201dthe`, expected `ready,\u201d the`'],
          output: '\u201cWe are ready,\u201d the mayor said.',
        },
        {
          text: 'This plan is no favourite of mine;I will vote against it under the new rule:A ban on nets.',
          diagnostics: [
            '1:30-1:36 afterMark Unexpected missing space after `;` in `mine;I`, expected `mine; I`',
            '1:72-1:78 afterMark Unexpected missing space after `:` in `rule:A`, expected `rule: A`',
          ],
          output: 'This plan is no favourite of mine; I will vote against it under the new rule: A ban on nets.',
        },
        {
          text: 'Ferries resume on Tuesday(Update) after the strike.',
          diagnostics: ['1:19-1:33 beforeBracket Unexpected missing space before `(` in `Tuesday(Update`, expected `Tuesday (Update`'],
          output: 'Ferries resume on Tuesday (Update) after the strike.',
        },
        {
          text: 'The mayor calledin the harbour master at theend of the day.',
          diagnostics: [
            '1:11-1:19 glued Unexpected glued words `calledin`, expected `called in`',
            '1:42-1:48 glued Unexpected glued words `theend`, expected `the end`',
          ],
          output: 'The mayor calledin the harbour master at theend of the day.',
        },
        {
          // Found with the dictionary: a function word or a modifier glued to a word.
          text: 'In this ageof ferries, the risinggeneration travels less.',
          diagnostics: [
            '1:9-1:14 glued Unexpected glued words `ageof`, expected `age of`',
            '1:28-1:44 glued Unexpected glued words `risinggeneration`, expected `rising generation`',
          ],
          output: 'In this ageof ferries, the risinggeneration travels less.',
        },
        {
          text: 'Work on theRailways budget of FiftyThousand rupees began.',
          diagnostics: [
            '1:9-1:20 glued Unexpected glued words `theRailways`, expected `the Railways`',
            '1:31-1:44 glued Unexpected glued words `FiftyThousand`, expected `Fifty Thousand`',
          ],
          output: 'Work on theRailways budget of FiftyThousand rupees began.',
        },
      ],
      valid: [
        'Shares rose 3.5% to 1,000.5 at 10:30 a.m. in the U.S., the report.PDF said.',
        'Write to desk@norvale.org or see https://norvale.in/news,today for NYSE:IBM and BRV.N.',
        'J.K. Rowling often paid income tax online; the cabin was together with another.',
        'The member(s) of Congress(I) met; f(x) was :) fine.',
        'Crews met in the clubrooms near the woodsmoke, and the checkin desk, the antimonopoly office and petty nationalisms stayed.',
        { text: 'The mayor calledin the harbour master.', options: { gluedWords: false } },
      ],
    },
  },
  ({ story, options, report }) => {
    const { text } = story
    for (const line of story.lines) {
      if (line.end - line.start < 3) continue
      for (const hit of afterMarks(text, line)) report('afterMark', hit.span, { expected: [hit.expected], data: { mark: hit.mark } })
      for (const hit of beforeBrackets(text, line)) report('beforeBracket', hit.span, { expected: [hit.expected] })
      for (const hit of afterQuotes(story, line)) report('afterMark', hit.span, { expected: [hit.expected], data: { mark: hit.mark } })
    }
    if (options.gluedWords) for (const hit of gluedWords(story)) report('glued', hit.span, { expected: [hit.expected], fix: 'suggest' })
  },
)
