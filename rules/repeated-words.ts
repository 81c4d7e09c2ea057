import retextRepeatedWords from 'retext-repeated-words'
import { z } from 'zod'
import type { Story, Word } from '../src/rule/types.js'
import { type Mapped, wrapPlugin } from '../src/rule/wrap-plugin.js'
import { functionWords } from './lib/spelling/morphology.js'

type MessageId = 'repeated' | 'phrase'

export default wrapPlugin<z.ZodObject, MessageId>(
  {
    id: 'repeated-words',
    category: 'grammar',
    kind: 'mechanical',
    severity: 'warning',
    description: 'Flag a word or phrase repeated by mistake, such as `the the`, `Secretary General Secretary General` or `short-term term` (wraps retext-repeated-words)',
    rationale: 'A doubled word is a typing slip that survives feeds and spell checkers; readers see it at once.',
    fix: 'safe',
    messages: {
      repeated: 'Unexpected repeated `{word}`, remove one occurrence',
      phrase: 'Unexpected repeated phrase `{phrase}`, remove one occurrence',
    },
    options: z.strictObject({}),
    examples: {
      invalid: [
        {
          text: 'Officials said the the talks would resume.',
          diagnostics: ['1:16-1:23 repeated Unexpected repeated `the`, remove one occurrence'],
          output: 'Officials said the talks would resume.',
        },
        {
          text: 'It was very very very late.',
          diagnostics: ['1:8-1:22 repeated Unexpected repeated `very`, remove one occurrence'],
          output: 'It was very late.',
        },
        {
          text: 'The ministry will\nwill review the plan.',
          diagnostics: ['1:14-2:5 repeated Unexpected repeated `will`, remove one occurrence'],
          output: 'The ministry will review the plan.',
        },
        {
          text: 'The Secretary General Secretary General spoke about short-term term rates.',
          diagnostics: [
            '1:5-1:40 phrase Unexpected repeated phrase `Secretary General`, remove one occurrence',
            '1:59-1:68 repeated Unexpected repeated `term`, remove one occurrence',
          ],
          output: 'The Secretary General spoke about short-term rates.',
        },
        {
          text: 'Officials said the, the talks would resume.',
          diagnostics: ['1:16-1:24 repeated Unexpected repeated `the`, remove one occurrence'],
          output: 'Officials said the talks would resume.',
        },
        {
          text: 'The The mayor met the Chief Minister Chief Minister’s aides.',
          diagnostics: [
            '1:1-1:8 repeated Unexpected repeated `The`, remove one occurrence',
            '1:23-1:54 phrase Unexpected repeated phrase `Chief Minister`, remove one occurrence',
          ],
          output: 'The mayor met the Chief Minister’s aides.',
        },
      ],
      valid: [
        'The best result they had had in years.',
        'The walk-in clinic let people walk in; the long-term plan runs long term.',
        'He said no, no, no more delays; the vote ran Monday to Monday.',
        'They talked for years and years and never agreed. Votes in the senate The Senate later counted.',
        'She said that that plan was final.',
        'Duran Duran played in Mumbai, and Will Will Smith sing?',
        'Officials said the talks would resume.',
        'He spoke of, and for, the port; the A, B and C grades; the one and the other.',
      ],
    },
  },
  retextRepeatedWords,
  (message, span) => {
    const actual = message.actual ?? ''
    const first = /^\S+/u.exec(actual)?.[0] ?? actual
    const messageId: MessageId = 'repeated'
    return { messageId, span, extra: { expected: [first], data: { word: first } } }
  },
  // retext-repeated-words reports each overlapping pair of a run (`the the the`): one finding
  // for the whole run, so one fix leaves one word.
  (found) => {
    const merged: typeof found = []
    for (const item of found) {
      const last = merged[merged.length - 1]
      if (last && item.span.start < last.span.end) {
        merged[merged.length - 1] = { ...last, span: { start: last.span.start, end: item.span.end } }
      } else merged.push(item)
    }
    return merged
  },
  (story) => [...repeatedPhrases(story), ...repeatedParts(story), ...repeatedCapitals(story), ...repeatedAcrossMarks(story)],
)

/** Words no clause ends on, so never before a comma or a full stop: `the, the` is a slip whatever the mark. */
const neverBeforeMark: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'its', 'their', 'with', 'from', 'into'])

/**
 * A word no clause ends on said twice with a mark between (`the, the`, `of. Of`): the feed or the
 * writer doubled it, and a stray mark came along. The first copy and the mark go.
 */
function repeatedAcrossMarks(story: Story): Mapped<MessageId>[] {
  const found: Mapped<MessageId>[] = []
  story.words.forEach((word, i) => {
    // The tokeniser keeps a full stop before a lower-case word on the word (`of. of`).
    const dotted = word.normal.endsWith('.')
    const normal = dotted ? word.normal.slice(0, -1) : word.normal
    if (!neverBeforeMark.has(normal)) return
    const next = story.words[i + 1]
    if (!next || next.normal !== normal) return
    if (!/^[,;:.][ \t]{1,2}$|^[,;:.]?[ \t]*\n[ \t]*$/u.test(story.flat.slice(dotted ? word.end - 1 : word.end, next.start))) return
    found.push({ messageId: 'repeated', span: { start: word.start, end: next.end }, extra: { expected: [next.text], data: { word: next.text } } })
  })
  return found
}

/** Words that join a phrase to its own repeat for emphasis (`years and years and`). */
const conjunctions: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'but', 'then'])

/** The `count` words after `word` with only spaces between, or fewer where the run breaks. */
function run(story: Story, word: Word, count: number): Word[] {
  const words = [word]
  while (words.length < count) {
    const next = story.adjacentWord((words[words.length - 1] as Word).index, 1)
    if (!next) break
    words.push(next)
  }
  return words
}

/** A phrase of two to four words said twice in a row (`Secretary General Secretary General`). */
function repeatedPhrases(story: Story): Mapped<MessageId>[] {
  const found: Mapped<MessageId>[] = []
  let after = 0
  for (const word of story.words) {
    if (word.start < after) continue
    // The run of eight words from here once: the runs of six and four are its first words.
    const words = run(story, word, 8)
    for (let size = 4; size >= 2; size--) {
      if (words.length < size * 2 || words[size]?.text !== word.text) continue
      const first = words.slice(0, size)
      const second = words.slice(size, size * 2)
      // Written the same (`the senate The Senate` is a heading run into text), the second copy maybe
      // possessive (`Prime Minister Prime Minister’s`), and not `years and years and`.
      const same = (w: Word, i: number) => w.text === second[i]?.text || (i === size - 1 && withoutPossessive(second[i]?.text ?? '') === w.text)
      if (!first.every((w, i) => same(w, i) && /\p{L}/u.test(w.text))) continue
      if (conjunctions.has((first[size - 1] as Word).normal)) continue
      const end = (second[size - 1] as Word).end
      const phrase = story.text.slice(word.start, (first[size - 1] as Word).end)
      const kept = story.text.slice((second[0] as Word).start, end)
      found.push({ messageId: 'phrase', span: { start: word.start, end }, extra: { expected: [kept], data: { phrase } } })
      after = end
      break
    }
  }
  return found
}

/** A word without a trailing possessive (`Minister’s` is `Minister`). */
function withoutPossessive(text: string): string {
  return text.replace(/['\u2019]s?$/u, '')
}

/** Function words that are also given names (`Will Will sign?`, `May May`): a capitalised pair may be a name. */
const namesToo: ReadonlySet<string> = new Set(['will', 'may', 'no', 'so', 'well', 'one', 'other', 'had', 'that'])

/**
 * A capitalised word said twice, which retext-repeated-words leaves alone as it may be a name
 * (`Duran Duran`, `Walla Walla`): a function word is no name (`The The mayor`, `In In March`), and
 * a name the story also writes once elsewhere was doubled by mistake (`Modi Modi` beside `Modi`).
 */
function repeatedCapitals(story: Story): Mapped<MessageId>[] {
  const found: Mapped<MessageId>[] = []
  const pairs: Word[] = []
  const counts = new Map<string, number>()
  for (const word of story.words) {
    counts.set(word.text, (counts.get(word.text) ?? 0) + 1)
    if (!/^\p{Lu}\p{Ll}*$/u.test(word.text) || namesToo.has(word.normal)) continue
    if (story.adjacentWord(word.index, 1)?.text === word.text && story.adjacentWord(word.index, -1)?.text !== word.text) pairs.push(word)
  }
  for (const word of pairs) {
    const next = story.adjacentWord(word.index, 1)
    if (!next) continue
    const single = (counts.get(word.text) ?? 0) > 2 && word.text.length >= 3
    if (!functionWords.has(word.normal) && !(single && pairs.filter((p) => p.text === word.text).length * 2 < (counts.get(word.text) ?? 0))) continue
    found.push({ messageId: 'repeated', span: { start: word.start, end: next.end }, extra: { expected: [word.text], data: { word: word.text } } })
  }
  return found
}

/** The last part of a hyphenated word said again after it (`short-term term`). */
function repeatedParts(story: Story): Mapped<MessageId>[] {
  const found: Mapped<MessageId>[] = []
  for (const word of story.words) {
    if (!word.text.includes('-')) continue
    const last = story.parts(word).at(-1)
    const next = story.adjacentWord(word.index, 1)
    if (!last || !next || last.start === word.start || last.text.length < 2) continue
    if (last.text.toLowerCase() !== next.normal || !/^\p{L}+$/u.test(last.text)) continue
    found.push({ messageId: 'repeated', span: { start: last.start, end: next.end }, extra: { expected: [last.text], data: { word: last.text } } })
  }
  return found
}
