import { z } from 'zod'
import { defineRule } from '../src/rule/define-rule.js'
import type { Span, Story } from '../src/rule/types.js'

export default defineRule(
  {
    id: 'quote-balance',
    category: 'quotation',
    kind: 'mechanical',
    severity: 'warning',
    description: 'Flag a quote mark left unclosed or unopened within its paragraph, or closing after the attribution it should come before',
    rationale:
      'An unbalanced quote mark leaves readers unsure where the speaker stops, and may put words in a source’s mouth; news style reopens each paragraph of a long quotation and closes only the last.',
    fix: 'none',
    messages: {
      unclosed: 'Unexpected unclosed quote mark `{actual}`, close the quotation',
      unopened: 'Unexpected closing quote mark `{actual}` without an opening one',
      continuation: 'Unexpected quotation continuing at `{actual}` without an opening quote mark, open the paragraph with one',
      attributionInside: 'Unexpected attribution inside the quotation in `{actual}`, close the quotation before it',
    },
    options: z.strictObject({}),
    examples: {
      invalid: [
        {
          text: 'The mayor said, "We will rebuild the pier by May.\n\nThe council voted on Monday.',
          diagnostics: ['1:17-1:18 unclosed Unexpected unclosed quote mark `"`, close the quotation'],
        },
        {
          text: "The mayor said, 'We will rebuild the pier by May.\n\nThe council voted on Monday.",
          diagnostics: ["1:17-1:18 unclosed Unexpected unclosed quote mark `'`, close the quotation"],
        },
        {
          text: '“We will rebuild,” Ana Petrov said. “It will take a year.\n\n“We object,” Tom Hale said.',
          diagnostics: ['1:37-1:38 unclosed Unexpected unclosed quote mark `“`, close the quotation'],
        },
        {
          text: 'The mayor said the pier will reopen in May.” The council agreed.',
          diagnostics: ['1:44-1:45 unopened Unexpected closing quote mark `”` without an opening one'],
        },
        {
          text: 'The ferry left Osk at noon.\n\nThe crossing will take two hours," the captain said.',
          diagnostics: ['3:34-3:35 unopened Unexpected closing quote mark `"` without an opening one'],
        },
        {
          text: 'The mayor said, “We will rebuild the pier.\n\nIt will take a year,” she added.',
          diagnostics: [
            '3:1-3:3 continuation Unexpected quotation continuing at `It` without an opening quote mark, open the paragraph with one',
          ],
        },
        {
          text: '"We will rebuild the pier by May, he said." The council agreed.',
          diagnostics: ['1:33-1:44 attributionInside Unexpected attribution inside the quotation in `, he said."`, close the quotation before it'],
        },
      ],
      valid: [
        '\u201cI told him to wait, and he said no,\u201d she said.',
        'The mayor said, "We will rebuild the pier by May."',
        '"We will rebuild," the mayor said. "It will take a year."',
        'The mayor said, “We will rebuild the pier.\n\n“It will take a year,” she added.',
        'The pipe is 12" wide and the board is 5\'10" long.',
        'Officials called it “a ‘temporary’ measure”.',
        "The mayor said, 'We will rebuild the pier by May,' and the members' union agreed.",
        "The mayor said, 'We will rebuild the pier.\n\n'It will take a year,' she added.",
        '“We will rebuild,” the mayor said. “It will take a year.\n\n“Then the pier reopens,” she added.',
      ],
    },
  },
  ({ story, report }) => {
    const results = story.quotes
    const cut = looksCut(story)
    // Whether the paragraph above had quote marks (a quotation from it may close here).
    let marksAbove = false
    for (const result of results) {
      if (result.continuation) {
        const word = story.words.find((w) => w.start >= result.paragraph.start)
        const at = word && word.start < result.paragraph.end ? word : { start: result.paragraph.start, end: result.paragraph.start + 1 }
        report('continuation', at, result.opener ? { related: result.opener } : undefined)
      }
      const marks = result.marks.filter((m) => m.role !== 'skip')
      const isLast = result.paragraph.index === story.paragraphs.length - 1
      marks.forEach((mark, i) => {
        if (!mark.unmatched) return
        if (mark.role === 'open') {
          const final = i === marks.length - 1
          // A straight mark reopening inside a quotation is as likely a lost paragraph break or a
          // misplaced closing mark (quote-spacing); only curly marks say which is which.
          if (!final && !(mark.glyph === 'open' && marks[i + 1]?.glyph === 'open')) return
          if (final && isLast && cut && !attributed(story.flat.slice(mark.end, result.paragraph.end))) return
          report('unclosed', mark)
        } else {
          // A straight closing mark first in its paragraph may close a quotation opened paragraphs
          // above whose reopening marks were lost; report it only when the glyph says so, or when
          // the paragraph above has no quote marks and an attribution follows (`... soon," he said`).
          if (i === 0 && mark.glyph === 'straight' && (marksAbove || !saidAfter.test(story.flat.slice(mark.end, mark.end + 48)))) return
          // The opening mark belongs where the quoted words start: after the previous mark, or the
          // paragraph's first word (news quotations open paragraphs).
          const from = i > 0 ? (marks[i - 1]?.end ?? result.paragraph.start) : result.paragraph.start
          const word = story.words.find((w) => w.start >= from && w.end <= mark.start && !/^\s*$/u.test(story.text.slice(w.start, w.end)))
          report('unopened', mark, word ? { related: { start: word.start, end: word.end } } : undefined)
        }
      })
      // A quotation running on into the next paragraph, whose text runs into an attribution
      // (`"We will go, he said.`): its closing mark was dropped.
      const last = marks.at(-1)
      if (result.runsOn && last?.role === 'open' && attributed(story.flat.slice(last.end, result.paragraph.end))) report('unclosed', last)
      // A quotation running on into a paragraph that another speaker says (`"We go, he said. "Now.`
      // then `"No," she said.`): the next paragraph opens a new quotation, so this one was not closed.
      else if (result.runsOn && last?.role === 'open') {
        const next = story.paragraphs[result.paragraph.index + 1]
        const here = speaker(story.flat.slice(result.paragraph.start, result.paragraph.end))
        const there = next ? speaker(story.flat.slice(next.start, next.end)) : undefined
        if (here && there && otherSpeaker(here, there)) report('unclosed', last)
      }
      // A quotation that swallowed its attribution (`"We will go, he said."`): the closing mark belongs before it.
      for (const [i, mark] of marks.entries()) {
        const opener = marks[i - 1]
        if (mark.role !== 'close' || mark.unmatched || opener?.role !== 'open' || opener.unmatched) continue
        const inner = story.flat.slice(opener.end, mark.start)
        const said = attributionAtEnd.exec(inner.slice(-80))
        if (!said || said.index === 0) continue
        report('attributionInside', { start: mark.start - said[0].length, end: mark.end }, { related: opener })
      }
      marksAbove = marks.length > 0
    }
    for (const mark of unclosedSingles(story)) report('unclosed', mark)
  },
)

/** A single quote mark that may close one: after a non-space, before a space, punctuation or the end. */
const singleCloser = /(?<=\S)['\u2019](?=[\s.,;:!?)\]\u2014\u2013-]|$)/u

/**
 * Quotations opened with a single quote mark, as Indian and British copy writes them (`'We will
 * go,' he said`), and never closed in their paragraph, when the next paragraph does not reopen
 * them. Any later mark that may close (even a plural possessive, `members'`) counts as closing, and
 * single quotes nested in a double-quoted quotation are the double quotes' business.
 */
function unclosedSingles(story: Story): Span[] {
  const found: Span[] = []
  for (const paragraph of story.paragraphs) {
    const text = story.text.slice(paragraph.start, paragraph.end)
    // A single quote mark opening a quotation: after a space or bracket, before a capital (`'We will`).
    for (const match of text.matchAll(/(?<=^|[\s(\[])['\u2018](?=\p{Lu})/gu)) {
      // `''` is a double mark (the quotation model's).
      if (text[match.index + 1] === match[0] || text[match.index - 1] === match[0]) continue
      // An elision, not a quotation (`'Tis`, `'Twas`, `'Cause`).
      if (/^(?:T(?:is|was|were|will|would)|Cause|Til|Em)(?!\p{L})/u.test(text.slice(match.index + 1, match.index + 8))) continue
      const span = { start: paragraph.start + match.index, end: paragraph.start + match.index + 1 }
      if (singleCloser.test(text.slice(match.index + 1)) || story.inQuotation(span)) continue
      const next = story.paragraphs[paragraph.index + 1]
      if (next && /^\s*['\u2018]/u.test(story.text.slice(next.start, next.end))) continue
      found.push(span)
      break
    }
  }
  return found
}

/**
 * An attribution right after a closing mark: ` he said`, ` Ana Petrov added`, ` the minister told`,
 * or a participle that attributes (`, adding that`, ` saying`, ` according to`).
 */
const saidAfter =
  /^(?: (?:he|she|they|we|I|it|the \p{Ll}{2,20}|\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20}){0,2}) (?:said|says|added|adds|told|stated|noted|asked)|,? (?:adding|saying|according to|noting|insisting))\b/u

/** An attribution ending quoted text (`, he said.`, `, the minister added`), the closing mark after it. */
const attributionAtEnd = /, (?:he|she|they|the \p{Ll}{2,20}|\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20}){0,2}) (?:said|says|added|adds|told reporters|stated|noted)[.,]?$/u

/** Whether quoted text runs into an attribution (`..., he said`): the closing mark was dropped. */
function attributed(quoted: string): boolean {
  return /[,.]\s(?:he|she|they|we|I|it|the\s\p{Ll}{2,20}|\p{Lu}\p{Ll}{1,20}(?:\s\p{Lu}\p{Ll}{1,20})?)\s(?:said|says|added|adds|told|stated|noted|asked)\b/u.test(quoted)
}

/** The speaker of the first attribution in a paragraph (`he said`, `said Ana Petrov`, `Petrov added`). */
function speaker(text: string): string | undefined {
  const match = /[,\u201d"]\s(he|she|\p{Lu}\p{Ll}{1,20}(?:\s\p{Lu}\p{Ll}{1,20})?)\s(?:said|says|added|adds|told|asked)\b|[,\u201d"]\s(?:said|says|added|asked)\s(he|she|\p{Lu}\p{Ll}{1,20}(?:\s\p{Lu}\p{Ll}{1,20})?)[.,]/u.exec(text)
  return match?.[1] ?? match?.[2]
}

/**
 * Whether two attributions name different people: `he` and `she`, or two names sharing no word
 * (`Ana Petrov` and `Petrov` are one person; `he` and a name may be too).
 */
function otherSpeaker(a: string, b: string): boolean {
  const pronouns = new Set(['he', 'she'])
  if (pronouns.has(a) || pronouns.has(b)) return pronouns.has(a) && pronouns.has(b) && a !== b
  const words = new Set(a.split(/\s/u))
  return !b.split(/\s/u).some((w) => words.has(w))
}

/** Whether the story stops mid-sentence (an excerpt or a truncated feed): its end proves nothing. */
function looksCut(story: Story): boolean {
  const end = story.text.trimEnd()
  return !/[.!?"'\u201d\u2019)\]\u2026]$/u.test(end)
}
