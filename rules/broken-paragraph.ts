import { z } from 'zod'
import { defineRule } from '../src/rule/define-rule.js'
import type { Line, Story, Unit } from '../src/rule/types.js'
import { sentenceBreaks } from './lib/breaks.js'
import { lexicon } from './lib/spelling/lexicon.js'

/** Fewest glued word joins (`accidentAmount`, `DeathAmount`) in a unit to read it as a flattened table. */
const minJoins = 3

export default defineRule(
  {
    id: 'broken-paragraph',
    category: 'residue',
    kind: 'mechanical',
    severity: 'warning',
    description: 'Flag paragraph or line breaks inside a sentence and tables or lists flattened into run-together text',
    rationale:
      'Scrapers and feeds break sentences across paragraphs and glue table cells together; readers stumble over a sentence cut in two or words with no space between them.',
    fix: 'safe',
    messages: {
      paragraphBreak: 'Unexpected paragraph break inside a sentence between `{before}` and `{after}`, join the paragraphs',
      lineBreak: 'Unexpected line break inside a sentence between `{before}` and `{after}`, join the lines',
      flattened: 'Unexpected flattened table or list `{excerpt}`, restore its rows and cells',
    },
    options: z.strictObject({}),
    examples: {
      invalid: [
        {
          // The unfinished sentence is not the first of its paragraph.
          text: 'Port strike ends\n\nDock workers in Varna Bay returned to work on Monday. Union leaders said they wanted to be able\n\nto vote on the offer at a meeting on Friday.',
          diagnostics: ['3:92-5:3 paragraphBreak Unexpected paragraph break inside a sentence between `able` and `to`, join the paragraphs'],
          output: 'Port strike ends\n\nDock workers in Varna Bay returned to work on Monday. Union leaders said they wanted to be able to vote on the offer at a meeting on Friday.',
        },
        {
          text: 'Port strike ends\n\nDock workers in Varna Bay returned to work on Monday after a strike over pay at the regional\n\n\ncapital of the province, the union said.',
          diagnostics: [
            '3:85-6:8 paragraphBreak Unexpected paragraph break inside a sentence between `regional` and `capital`, join the paragraphs',
          ],
          output: 'Port strike ends\n\nDock workers in Varna Bay returned to work on Monday after a strike over pay at the regional capital of the province, the union said.',
        },
        {
          text: 'The flood situation in the Orrin valley\nworsened on Monday with some 30,000 people affected by the floods in four districts of the province, officials said.\nTwo people drowned in the Marrow river, the daily report said.',
          diagnostics: [
            '1:34-2:9 lineBreak Unexpected line break inside a sentence between `valley` and `worsened`, join the lines',
          ],
          output: 'The flood situation in the Orrin valley\nworsened on Monday with some 30,000 people affected by the floods in four districts of the province, officials said.\nTwo people drowned in the Marrow river, the daily report said.',
        },
        {
          text: 'Relief amounts\n\nType of claimAmount for deathAmount for injuryAmount for minor hurt',
          diagnostics: [
            '3:1-3:68 flattened Unexpected flattened table or list `Type of claimAmount for deathAmount for injuryAmount for minor hurt`, restore its rows and cells',
          ],
          output: 'Relief amounts\n\nType of claimAmount for deathAmount for injuryAmount for minor hurt',
        },
      ],
      valid: [
        'Port strike ends\n\nDock workers in Varna Bay returned to work on Monday.',
        'Port strike ends\n\nThe harbour board met on Monday to discuss the port. A brief note on fares\n\nprices, timetables and cargo rules follows on the board\'s website.',
        'The union wrote:\n\nmembers will vote on the offer again in June, the letter said.',
        'Shares of BlackRock, SoftBank and WhatsApp rose.\n\niPhone sales fell by half during the strike.',
        'Dock workers returned to work on Monday after a six-day\nstrike over pay, the union said, and the port authority said the first\nships would leave on Tuesday.',
      ],
    },
  },
  ({ story, report }) => {
    for (const found of sentenceBreaks(story)) {
      if (labelAfter(story, found.after.start)) continue
      const span = { start: found.before.start, end: found.after.end }
      const data = { before: found.before.text, after: found.after.text }
      const messageId = found.blank ? 'paragraphBreak' : 'lineBreak'
      if (found.certain) report(messageId, span, { data, expected: [`${found.before.text} ${found.after.text}`] })
      else report(messageId, span, { data, fix: 'suggest' })
    }
    const flattened = story.units.filter((unit) => isFlattened(story, unit))
    // Once a story shows a flattened table, a short unit with one glued join is another row of it.
    const rows =
      flattened.length > 0
        ? story.lines.filter((line) => !line.blank && !flattened.some((u) => u.start < line.end && line.start < u.end) && isFlattenedRow(story, line))
        : []
    for (const span of [...flattened, ...rows].sort((a, b) => a.start - b.start)) {
      report('flattened', span, { fix: 'none', data: { excerpt: excerpt(span.text) } })
    }
  },
)

/** Most words before a colon for the text after a break to read as a label or salutation. */
const maxLabelWords = 8

/**
 * Whether the text after a break is a label or a salutation ending in a colon within a few words
 * (`to the editor of the Daily:`): a new block in lower case, not the rest of a sentence.
 */
function labelAfter(story: Story, start: number): boolean {
  const line = story.lineAt(start)
  if (!line) return false
  const colon = line.text.indexOf(':', start - line.start)
  return colon > 0 && story.wordsIn({ start, end: line.start + colon }).length <= maxLabelWords && /:\s/u.test(`${line.text.slice(colon)} `)
}

/** Most words in a unit read as one row or header of a table. */
const maxRowWords = 20

/**
 * A short line (a row or header of a table) with a word glued to the next at a capital where both
 * halves are dictionary words (`AccidentIn`): read only in a story already showing a flattened table.
 */
function isFlattenedRow(story: Story, line: Line): boolean {
  const words = story.wordsIn(line)
  if (words.length > maxRowWords) return false
  return words.some((word) => {
    // The word cut where a lower-case letter meets a capital: `AccidentIn` is `Accident` + `In`.
    const parts = word.text.split(/(?<=\p{Ll})(?=\p{Lu})/u)
    return parts.slice(1).some((tail, k) => {
      const head = parts[k] ?? ''
      return /\p{Ll}{3}$/u.test(head) && /^\p{Lu}\p{Ll}+$/u.test(tail) && lexicon().has(head.toLowerCase()) && lexicon().has(tail.toLowerCase())
    })
  })
}

/**
 * Whether a unit is a table or list flattened into one line: at least three words glued to the next
 * (`accidentAmount`, `DeathAmount`), one of them starting in lower case (brand names such as
 * `BlackRock` start with a capital).
 */
function isFlattened(story: Story, unit: Unit): boolean {
  let joins = 0
  let lowerStart = false
  for (const word of story.wordsIn(unit)) {
    if (word.text.length < 6) continue
    const glued = word.text.match(/\p{Ll}{3}\p{Lu}\p{Ll}/gu)?.length ?? 0
    if (glued === 0) continue
    joins += glued
    if (/^\p{Ll}{3}/u.test(word.text)) lowerStart = true
  }
  return joins >= minJoins && lowerStart
}

/** Whitespace collapsed, shortened for a message. */
function excerpt(value: string): string {
  const flat = value.replace(/\s+/gu, ' ').trim()
  return flat.length <= 80 ? flat : `${flat.slice(0, 77)}...`
}
