import { z } from 'zod'
import { defineRule } from '../src/rule/define-rule.js'
import type { Span, Story, Unit } from '../src/rule/types.js'
import { sentenceBreaks } from './lib/breaks.js'
import { lexicon } from './lib/spelling/lexicon.js'

/**
 * Words no sentence ends on: articles, determiners, conjunctions, prepositions that cannot stand as
 * adverbs, and auxiliaries. A paragraph ending on one (without punctuation) was cut.
 */
const danglingWords: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'these', 'those', 'every', 'each',
  'and', 'or', 'nor', 'but', 'than', 'because', 'although', 'whether', 'if', 'of', 'to', 'for', 'with', 'from',
  'at', 'into', 'onto', 'via', 'amid', 'among', 'between', 'during', 'against', 'per', 'including', 'is', 'are',
  'was', 'were', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could',
  'must', 'that', 'which', 'whose',
])

/** Words that start a sentence and never make one on their own (`The`, `In`, `He`...). */
const starterWords: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'and', 'but', 'of', 'for', 'to', 'with', 'he', 'she', 'it', 'they', 'we',
  'this', 'that', 'its', 'their', 'his', 'her', 'as', 'after', 'according',
])

/** Name particles that start a paragraph in lower case legitimately (`van Gogh said...`). */
const nameParticles: ReadonlySet<string> = new Set(['van', 'von', 'der', 'den', 'del', 'della', 'bin', 'ibn', 'dos', 'das', 'ter', 'zur'])

/** Credit lines that end without punctuation (`Reporting by ...; Editing by ...`). */
const creditLine = /^\(?(?:additional\s)?(?:reporting|writing|editing|compiled|edited|produced|translated|written|photos?)\s(?:by|from)\b/iu

/**
 * A feed cut at the end of a unit: `...`, `…`, `[…]`, `[...]`, `(more)`, `(continued)`, `... Read more`;
 * a desk's control mark in capitals (`(MORE)`) is wire-code's (one finding per defect).
 */
const cutMarker =
  /(?:(?:\.{3}|\u2026)(?:\s?\(?(?:[Rr]ead [Mm]ore|READ MORE|[Cc]ontinue [Rr]eading|CONTINUE READING|[Mm]ore)\)?)?|\[\s?(?:\.{3}|\u2026)\s?\]|\((?:[Mm]ore|[Cc]ontinued)\))$/u

/** Two points for a cut, after a small letter or a digit (`will take..`; `U.S..` is a doubled point). */
const twoPoints = /(?<=[\p{Ll}\p{N}])\.{2}$/u

/**
 * Words after which a figure is due (`steady at 3`, `rose to 12`, `cost Rs 4`): a unit ending on
 * such a figure was cut (a unit or scale word, `crore`, `million`, would follow).
 */
const figureLeads: ReadonlySet<string> = new Set([
  'at', 'to', 'of', 'by', 'from', 'was', 'is', 'were', 'are', 'be', 'been', 'about', 'around', 'nearly', 'almost',
  'over', 'than', 'under', 'reached', 'stood', 'hit', 'touched', 'rose', 'fell', 'totalled', 'totaled', 'remained',
  'stands', 'stayed', 'some', 'only', 'just', 'with', 'and', 'cost', 'costs', 'worth', 'Rs', 'INR',
])

/** Fewest words in a unit, and in its unfinished last sentence, to read it as cut-off prose. */
const minUnitWords = 14
const minFragmentWords = 12
const minStoryEndWords = 10
const minStoryEndFragment = 6

export default defineRule(
  {
    id: 'truncated-text',
    category: 'residue',
    kind: 'mechanical',
    severity: 'warning',
    description: 'Flag a story or paragraph cut off mid-sentence, with a dangling word or a feed cut marker such as `...` or `[…]`',
    rationale:
      'Feeds and scrapers cut copy at a length limit or lose a paragraph; readers meet a sentence that stops halfway and lose the facts that followed.',
    fix: 'none',
    messages: {
      storyEnd: 'Unexpected story end mid-sentence after `{actual}`, restore the missing text',
      paragraphEnd: 'Unexpected paragraph end mid-sentence after `{actual}`, restore the missing text',
      dangling: 'Unexpected dangling `{actual}` at the end of a paragraph, restore the missing text',
      cutMarker: 'Unexpected feed cut marker `{actual}`, restore the missing text',
      fragment: 'Unexpected fragment `{actual}` at the end of the story, restore or remove it',
      lostStart: 'Unexpected lower-case paragraph start `{actual}`, restore the missing letters or words',
    },
    options: z.strictObject({
      storyEnd: z
        .boolean()
        .default(true)
        .describe('Check the end of the story (turn off for copy that is cut on purpose, such as excerpts)'),
    }),
    examples: {
      invalid: [
        {
          text: 'Port strike ends\n\nDock workers in Varna Bay returned to work on Monday after a six-day strike over pay and shift patterns, the union said, adding that talks would resume',
          diagnostics: ['3:146-3:152 storyEnd Unexpected story end mid-sentence after `resume`, restore the missing text'],
        },
        {
          text: 'Power demand rose by 4 percent in the first half of the year.\nThe dam at Lake Orrin is the largest of three built by the regional authority since 2004, which now supplies most of the valley\nOnly two other plants produce more power in the province.',
          diagnostics: ['2:122-2:128 paragraphEnd Unexpected paragraph end mid-sentence after `valley`, restore the missing text'],
        },
        {
          text: 'The council approved the budget on Monday. The mayor said the money would go to…\n\nThe vote was close.',
          diagnostics: ['1:78-1:81 cutMarker Unexpected feed cut marker `to…`, restore the missing text'],
        },
        {
          text: 'The council approved the budget on Monday.\n\nThe mayor said the money would go to the',
          diagnostics: ['3:38-3:41 dangling Unexpected dangling `the` at the end of a paragraph, restore the missing text'],
        },
        {
          text: 'The storm passed on Tuesday.\n\nFerry services to Kelso Island will resume on Friday, officials said, after repairs to the…\n\nThe harbour master said the pier was safe.',
          diagnostics: ['3:88-3:92 cutMarker Unexpected feed cut marker `the…`, restore the missing text'],
        },
        {
          text: 'The storm passed on Tuesday.\n\nFerry services to Kelso Island will resume on Friday, officials said, after repairs to the..',
          diagnostics: ['3:88-3:93 cutMarker Unexpected feed cut marker `the..`, restore the missing text'],
        },
        {
          text: 'Port strike ends\n\nDock workers in Varna Bay met the port owners on Monday to talk about pay and shift patterns for\nThe union said talks would resume on Friday.\n\nShips waited outside the harbour.',
          diagnostics: ['3:94-3:97 paragraphEnd Unexpected paragraph end mid-sentence after `for`, restore the missing text'],
        },
        {
          text: 'Quake hits coast\n\nOfficials in Port Lenn said the quake damaged more than 40 homes on Saturday.\n\nenty-two families spent the night in the school hall, the mayor said.',
          diagnostics: ['5:1-5:9 lostStart Unexpected lower-case paragraph start `enty-two`, restore the missing letters or words'],
        },
        {
          text: 'Ferry talks resume\n\nThe union and the port met on Monday to discuss pay. Talks went on into the night, and both sides said they would meet again. To…\n\nThe port stayed open.',
          diagnostics: ['3:127-3:130 cutMarker Unexpected feed cut marker `To…`, restore the missing text'],
        },
        {
          text: 'Rates hold\n\nThe central bank of Arland kept its main rate steady at 3\n\nThe decision was expected by most analysts.',
          diagnostics: ['3:57-3:58 paragraphEnd Unexpected paragraph end mid-sentence after `3`, restore the missing text'],
        },
        {
          text: 'The council approved the budget on Monday.\n\nThe',
          diagnostics: ['3:1-3:4 fragment Unexpected fragment `The` at the end of the story, restore or remove it'],
        },
        {
          text: 'Quake hits coast\n\nfficials in Port Lenn said the quake damaged more than 40 homes on Saturday.',
          diagnostics: ['3:1-3:9 lostStart Unexpected lower-case paragraph start `fficials`, restore the missing letters or words'],
        },
        {
          text: 'Port strike ends\n\nDock workers returned to work on Monday after a strike over pay. The union said talks on a new contract were,',
          diagnostics: ['3:105-3:110 storyEnd Unexpected story end mid-sentence after `were,`, restore the missing text'],
        },
        {
          text: 'Port strike ends\n\nDock workers returned to work on Monday after a strike over pay. A docker said: "We will not go back until',
          diagnostics: ['3:102-3:107 storyEnd Unexpected story end mid-sentence after `until`, restore the missing text'],
        },
        {
          text: 'Port strike ends\n\nDock workers returned to work on Monday after a strike over pay. Talks on the new contract with... Read more',
          diagnostics: ['3:92-3:109 cutMarker Unexpected feed cut marker `with... Read more`, restore the missing text'],
        },
        {
          text: 'Port strike ends\n\nDock workers returned to work on Monday after a six-day strike over pay and shift patterns. Talks on the new contr\n\nThe union said talks would resume.',
          diagnostics: ['3:110-3:115 paragraphEnd Unexpected paragraph end mid-sentence after `contr`, restore the missing text'],
        },
      ],
      valid: [
        'Port strike ends\n\nDock workers in Varna Bay returned to work on Monday after a six-day strike.',
        'Port strike ends\n\nDock workers returned to work on Monday after a six-day strike over pay and shift patterns. Talks resume\n\nThe union said talks would resume on Friday, and the docker said: "We are glad to be back.\n\n"It was a long week."',
        'Dock workers return, and then…\n\nDock workers in Varna Bay returned to work on Monday after a six-day strike.',
        'The council approved the budget on Monday.\n\nBudget cuts\n\nThe mayor said the money would go to schools.',
        'The council approved the budget, the mayor said:\n\n"We will build two schools."',
        'Dock workers in Varna Bay returned to work on Monday.\n\nReporting by Ana Petrov; Editing by Tom Hale',
        'Results\n\nThe council met on Monday and named the winners.\n\nAlice Tarn came first with 3\nBruno Vale came second with 2\n\nThe envoy flew home to the U.S..',
        {
          text: 'Dock workers in Varna Bay returned to work on Monday after a six-day strike over pay and shift patterns, the union said, adding that talks would resume',
          options: { storyEnd: false },
        },
      ],
    },
  },
  ({ story, options, report }) => {
    const units = story.units
    const first = units[0]
    const last = units.length - 1
    // Headline, deck, dateline and byline come before the first body paragraph: a unit of eight
    // words or more that ends a sentence.
    const bodyStart = units.findIndex((u) => endsSentence(u.text) && story.wordsIn(u).length >= 8)
    // A lower-case start that goes on the previous unit's sentence is broken-paragraph's finding.
    let breaks: ReadonlySet<number> | undefined
    const continues = (index: number): boolean => {
      breaks ??= new Set(sentenceBreaks(story).map((b) => b.unit))
      return breaks.has(index - 1)
    }
    units.forEach((unit, index) => {
      const atEnd = index === last
      if (atEnd && !options.storyEnd) return
      const words = unitWords(story, unit)
      const lastWord = words[words.length - 1]
      if (!lastWord) return
      const at = (w: { start: number; end: number }): Span => ({ start: unit.start + w.start, end: unit.start + w.end })
      for (const cut of cutLines(unit.text, words)) report('paragraphEnd', at(cut))
      const fragment = unfinished(unit.text, words)
      const next = units[index + 1]
      // A paragraph break inside a sentence (the next paragraph goes on in lower case or with a
      // comma) is a broken break, not a cut.
      const runsOn = next !== undefined && !/^[\p{Lu}\p{N}"\u201c\u2018'(\[]/u.test(next.text)

      const marker = cutMarker.exec(unit.text) ?? twoPoints.exec(unit.text)
      // (A headline's `...` is a teaser, but not a first paragraph with a whole sentence before the
      // cut; `etc...` is a doubled period.)
      const cutWord = marker ? words.findLast((w) => w.end <= marker.index) : undefined
      const lede = fragment.length < words.length
      // A short last clause is cut too in a paragraph of running prose (`... three days. To…`) or
      // when the points follow a word no sentence ends on (`Heating is ...`), unless they trail off
      // inside a quotation.
      const cutClause = (at: number): boolean =>
        fragment.length >= 3 ||
        (fragment.length >= 1 && (words.length >= minUnitWords || danglingWords.has(cutWord?.text ?? '')) && !story.inQuotation({ start: unit.start + at, end: unit.end }))
      if (marker && !runsOn && cutClause(marker.index) && (index > 0 || units.length === 1 || lede) && cutWord?.text.toLowerCase() !== 'etc') {
        // The word the feed cut at, when the marker is glued to it (`the…`).
        const start = cutWord && cutWord.end === marker.index ? cutWord.start : marker.index
        report('cutMarker', { start: unit.start + start, end: unit.end })
        return
      }
      // A story that stops on a comma, a colon, a dash or an open bracket, or inside a quotation it
      // opened (`He said: "We will not`), was cut: a last paragraph never leads on to nothing. (A
      // one-word clause after a whole sentence, `... disaster. There,`, is prose however it is cased.)
      if (atEnd && index > 0 && words.length >= minStoryEndWords && (fragment.length < words.length || !isTitleLike(fragment))) {
        const end = unit.text.slice(lastWord.end)
        if (/^(?:[,;:]|\s?[(\-\u2013\u2014])$/u.test(end) || (end === '' && openQuotation(unit.text, words, fragment))) {
          report('storyEnd', { start: unit.start + lastWord.start, end: unit.end })
          return
        }
      }
      if (unit.closed) {
        if (startsLost(unit, words, units[index - 1], index <= bodyStart) && !continues(index)) {
          const firstWord = words[0]
          if (firstWord) report('lostStart', at(firstWord))
        }
        return
      }
      if (runsOn) return
      const tail = unit.text.slice(lastWord.end)
      if (/^[,;]$/u.test(tail)) {
        if (fragment.length >= 4 && !isTitleLike(fragment)) report('dangling', { start: unit.start + lastWord.start, end: unit.end })
        return
      }
      if (tail.length > 0) return
      if (atEnd && index > 0 && words.length <= 3) {
        if (isFragment(words)) report('fragment', { start: unit.start, end: unit.end })
        return
      }
      // A word no sentence ends on, or a sentence's opening word, after a whole sentence in a
      // paragraph of prose (`... in man. But`, `... on Monday. In`).
      const afterSentence = fragment.length >= 1 && fragment.length < words.length && words.length >= minUnitWords
      const opener = afterSentence && fragment.length === 1 && /^\p{Lu}/u.test(fragment[0]?.text ?? '') && starterWords.has(fragment[0]?.text.toLowerCase() ?? '')
      if (((fragment.length >= 3 || afterSentence) && danglingWords.has(lastWord.text.toLowerCase()) && !isTitleLike(fragment)) || opener) {
        report('dangling', at(lastWord))
        return
      }
      if (units.length > 1 && (index === 0 || index < bodyStart)) return
      if (first && index > 0 && sameText(first.text, unit.text)) return
      if (/^\p{N}/u.test(lastWord.text)) {
        // A bare figure after a word that leads one (`steady at 3`): the unit or the story was cut
        // before its unit or the rest of the sentence.
        const before = words[words.length - 2]
        if (!before || !figureLeads.has(before.text) || !/^\p{N}{1,3}(?:[.,]\p{N}{1,3})?$/u.test(lastWord.text)) return
        if (fragment.length < minStoryEndFragment || isTitleLike(fragment) || /[|•\t]/u.test(unit.text)) return
        if (/[\p{L}\p{N},][ \t]{0,4}\r?\n[ \t]{0,4}\p{Lu}/u.test(unit.text)) return // lines of a list
        const previous = units[index - 1]
        // Lines that all end without punctuation are a list or a table, not a cut.
        if (previous && (previous.text.endsWith(':') || (index - 1 > 0 && index - 1 >= bodyStart && isOpenProse(story, previous)))) return
        if (next && isOpenProse(story, next)) return
        if (atEnd) report('storyEnd', at(lastWord))
        else if (next && /^\p{Lu}/u.test(next.text) && story.wordsIn(next).length >= 4) report('paragraphEnd', at(lastWord))
        return
      }
      if (!readsAsCutProse(unit.text, words, fragment, atEnd) && !cutAfterSentence(unit.text, words, fragment, atEnd)) return
      // Lines that all end without punctuation are a list or a block of headlines, not a cut.
      // (The first unit and the header before the body are headlines, not list items.)
      const previous = units[index - 1]
      if (previous && (previous.text.endsWith(':') || (index - 1 > 0 && index - 1 >= bodyStart && isOpenProse(story, previous)))) return
      if (next && isOpenProse(story, next)) return
      if (atEnd) report('storyEnd', at(lastWord))
      else if (next && /^\p{Lu}/u.test(next.text) && story.wordsIn(next).length >= 4) report('paragraphEnd', at(lastWord))
    })
  },
)

type WordToken = { readonly text: string; readonly start: number; readonly end: number }

/** The story's words in a unit, with offsets relative to the unit's start. */
function unitWords(story: Story, unit: Unit): WordToken[] {
  return story.wordsIn(unit).map((w) => ({ text: w.text, start: w.start - unit.start, end: w.end - unit.start }))
}

/**
 * Whether the words read like a headline or a label rather than prose: mostly capitalised (among
 * words of four letters or more) or all capitals.
 */
function isTitleLike(words: readonly { text: string }[]): boolean {
  const long = words.filter((w) => /^\p{L}{4}/u.test(w.text))
  if (long.length === 0) return false
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w.text)).length
  const shouting = long.filter((w) => w.text === w.text.toUpperCase()).length
  return capitalised * 5 > long.length * 3 || shouting * 2 > long.length
}

/** The words of the unfinished last clause: after the last sentence end, colon or semicolon. */
function unfinished(text: string, words: readonly WordToken[]): WordToken[] {
  let from = 0
  for (const match of text.matchAll(/[.!?:;]["\u201d\u2019')]{0,2}\s/gu)) from = match.index + match[0].length
  return words.filter((w) => w.start >= from)
}

/** Fewest words on each side of a line break inside a paragraph that cut a sentence off. */
const minLineWords = 10
const minLineFragment = 8
const minNextLineWords = 4

/**
 * Lines of running prose inside one paragraph that stop mid-sentence before a line break, where the
 * next line starts a new sentence (`... where crude production` / `Only Russia ...`): the rest of the
 * sentence was lost. Both lines must be long prose (a list or an address block has short lines), and
 * the cut clause long or ending on a word no sentence ends on. Returns the last word of each such line.
 */
function cutLines(text: string, words: readonly WordToken[]): WordToken[] {
  if (!text.includes('\n') || /[|\u2022\t]/u.test(text)) return []
  const cuts: WordToken[] = []
  for (const match of text.matchAll(/(?<=[\p{L}\p{N}])[ ]{0,4}\r?\n[ ]{0,4}(?=\p{Lu})/gu)) {
    const lineStart = text.lastIndexOf('\n', match.index - 1) + 1
    const nextEnd = text.indexOf('\n', match.index + match[0].length)
    const line = words.filter((w) => w.start >= lineStart && w.end <= match.index)
    const next = text.slice(match.index + match[0].length, nextEnd < 0 ? text.length : nextEnd)
    const nextWords = words.filter((w) => w.start >= match.index && (nextEnd < 0 || w.end <= nextEnd))
    const last = line[line.length - 1]
    if (!last || line.length < minLineWords || nextWords.length < minNextLineWords || !endsSentence(next)) continue
    const fragment = unfinished(text.slice(0, match.index), line)
    const dangles = fragment.length >= 3 && danglingWords.has(last.text)
    if ((fragment.length >= minLineFragment || dangles) && !isTitleLike(fragment)) cuts.push(last)
  }
  return cuts
}

/** Whether a unit ends without punctuation and reads as prose rather than a headline. */
function isOpenProse(story: Story, unit: Unit): boolean {
  return !unit.closed && !isTitleLike(story.wordsIn(unit))
}

/** Whether a unit without closing punctuation reads as prose cut off mid-sentence. */
function readsAsCutProse(text: string, words: readonly WordToken[], fragment: readonly WordToken[], atEnd: boolean): boolean {
  if (words.length < (atEnd ? minStoryEndWords : minUnitWords)) return false
  if (fragment.length < (atEnd ? minStoryEndFragment : minFragmentWords) || isTitleLike(fragment)) return false
  if (/[|•\t]/u.test(text) || creditLine.test(text)) return false
  // A label before a colon (`Related: ...`, `Also read: ...`).
  const colon = text.search(/:\s/u)
  if (colon >= 0 && words.filter((w) => w.end <= colon).length <= 3) return false
  // A line break after an unpunctuated line, then a capital: lines of a list, not one paragraph.
  return !/[\p{L}\p{N},][ \t]{0,4}\r?\n[ \t]{0,4}\p{Lu}/u.test(text)
}

/** A last unit of one to three words that cannot be a label: `The`, `He said`, `In the`. */
function isFragment(words: readonly WordToken[]): boolean {
  const [head, ...rest] = words
  if (!head) return false
  const lastWord = words[words.length - 1]
  if (lastWord && /^\p{Ll}/u.test(lastWord.text) && danglingWords.has(lastWord.text)) return true
  return starterWords.has(head.text.toLowerCase()) && rest.every((w) => /^\p{Ll}/u.test(w.text))
}

/**
 * Whether a paragraph lost its first letters (`fficials say...`): it starts with a lower-case word
 * of three letters or more that is not a name particle, is prose, ends a sentence, and follows a
 * unit that ends a sentence (or a headline, deck or dateline ending in a letter or digit).
 */
function startsLost(unit: Unit, words: readonly WordToken[], previous: Unit | undefined, inHeader: boolean): boolean {
  const head = words[0]
  if (!head || words.length < 6 || head.start !== 0) return false
  if (!/^\p{Ll}{3,}(?:-\p{Ll}{2,})?$/u.test(head.text) || nameParticles.has(head.text)) return false
  if (!previous || endsSentence(previous.text)) return true
  return inHeader && /[\p{L}\p{N}]$/u.test(previous.text)
}

/** Whether a unit ends a sentence: `.`, `!` or `?`, maybe followed by closing quotes or a bracket. */
function endsSentence(text: string): boolean {
  return /[.!?]["\u201d\u2019')]{0,2}$/u.test(text)
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/gu, ' ').toLowerCase() === b.replace(/\s+/gu, ' ').toLowerCase()
}

/** Fewest words in a clause cut after a whole sentence of the same paragraph. */
const minClauseAfterSentence = 3

/**
 * A paragraph of prose whose whole sentences end with full stops, then a short clause that stops on
 * a lower-case word (`... last spring. The committee chaired by`, `... for the poor. Newcom`): the
 * paragraph's own sentences show it is prose, so the short open clause is a cut, not a label. Inside
 * the word must be no dictionary word (a word cut in two, `gif`, `civ`): a short clause ending on a
 * word is as often a subhead run onto the paragraph (`... work. A revolving fund`).
 */
function cutAfterSentence(text: string, words: readonly WordToken[], fragment: readonly WordToken[], atEnd: boolean): boolean {
  const last = fragment[fragment.length - 1]
  if (!last || fragment.length === words.length || fragment.length < minClauseAfterSentence) return false
  if (words.length - fragment.length < (atEnd ? minStoryEndWords : minUnitWords) || !/^\p{Ll}/u.test(last.text)) return false
  if (/[|\u2022\t:]/u.test(text) || creditLine.test(text) || isTitleLike(fragment)) return false
  if (!/^\p{Ll}{2,}$/u.test(last.text) || lexicon().has(last.text)) return false
  return !/[\p{L}\p{N},][ \t]{0,4}\r?\n[ \t]{0,4}\p{Lu}/u.test(text)
}

/**
 * Whether the last clause opens a quotation it never closes, with three words or more inside it (a
 * quotation opened in an earlier sentence may run on into the next paragraph).
 */
function openQuotation(text: string, words: readonly WordToken[], fragment: readonly WordToken[]): boolean {
  const open = Math.max(text.lastIndexOf('\u201c'), text.lastIndexOf('"'))
  if (open < 0 || open < (fragment[0]?.start ?? 0) - 1 || text.indexOf('\u201d', open) >= 0) return false
  if (text[open] === '"' && (text.slice(0, open).match(/"/gu) ?? []).length % 2 === 1) return false // a closing mark
  return words.filter((w) => w.start > open).length >= 3
}
