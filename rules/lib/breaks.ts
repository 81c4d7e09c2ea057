// Breaks inside a sentence: a paragraph or line that ends without punctuation and a next one that
// goes on in lower case. broken-paragraph reports them; truncated-text asks here so that the same
// break is never also reported as a paragraph that lost its first letters.
import type { Span, Story, Unit, Word } from '../../src/rule/types.js'

/** A break between two pieces of one sentence. */
export interface SentenceBreak {
  /** Index of the unit before the break in `story.units` (for a break inside a unit, that unit). */
  readonly unit: number
  /** The last word before the break and the first word (or comma) after it. */
  readonly before: Span & { readonly text: string }
  readonly after: Span & { readonly text: string }
  /** Whether a blank line separates the pieces (a paragraph break), not just a line break. */
  readonly blank: boolean
  /** Whether joining the pieces with one space is certainly right. */
  readonly certain: boolean
}

/** Name particles that start a paragraph in lower case legitimately (`van Gogh said...`). */
const nameParticles: ReadonlySet<string> = new Set(['van', 'von', 'der', 'den', 'del', 'della', 'de', 'da', 'di', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'ter', 'zur', 'le', 'la'])

/** Words no sentence ends on (articles, prepositions, conjunctions, auxiliaries). */
const danglingWords: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'these', 'those', 'every', 'each',
  'and', 'or', 'nor', 'but', 'than', 'because', 'although', 'whether', 'if', 'of', 'to', 'for', 'with', 'from',
  'at', 'in', 'on', 'by', 'into', 'onto', 'via', 'amid', 'among', 'between', 'during', 'against', 'per', 'including',
  'is', 'are', 'was', 'were', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can',
  'could', 'must', 'that', 'which', 'whose', 'who', 'where', 'when', 'as',
])

/** Tags of a word that carries a sentence on after a subject (`...in Assam` / `deteriorated on...`). */
const continuingTags: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP', 'CCONJ', 'SCONJ', 'PART'])

/** Fewest words after a unit's last full stop for the unfinished sentence to be prose, not a heading. */
const minTail = 4

/** Fewest all-lower-case words in the unfinished sentence before a break (`Posted at 3:37 PM` is a stamp). */
const minLowerWords = 3

/**
 * Offset just after the last sentence end followed by white space in a text, or 0. A full stop
 * after an initial or a short capitalised abbreviation (`H.`, `Mr.`, `Sen.`, `Co.`) ends no sentence.
 */
function lastSentenceEnd(text: string): number {
  let from = 0
  for (const match of text.matchAll(/[.!?]["\u201d\u2019')]{0,2}\s/gu)) {
    if (match[0].length === 2 && match[0].startsWith('.') && /(?:^|[^\p{L}])\p{Lu}\p{Ll}{0,2}$/u.test(text.slice(Math.max(0, match.index - 4), match.index))) continue
    from = match.index + match[0].length
  }
  return from
}

/** A heading-length unit: this many words or fewer. */
const headingWords = 6

/** Most breaks of one kind in a story before it reads as a layout (verse, wide hard wrapping), not a slip. */
const maxBreaks = 3

/**
 * Every break inside a sentence between consecutive units of the story: the first unit ends
 * without punctuation in a letter, digit or comma and the next starts with an all-lower-case word
 * (not a name particle). The unfinished sentence must be prose: at least four words after the last
 * full stop, not starting with a capital (a heading run into the end of a paragraph), with three
 * lower-case words (not a label or a timestamp), and four words after the break (two, one
 * lower-case word and two words after it when it ends on an article, a preposition or an auxiliary,
 * which no heading ends on: `He has a` / `loyal crew`); after a full stop
 * (not one closing an initial or `Mr.`), a tail in title case, or with no verb and no comma, is a heading run into
 * the paragraph, and two linking words meeting at the break (`to` / `for`) make no sentence. Runs of three
 * or more lower-case unpunctuated units are lists, not breaks. After the first unit (a headline), a
 * heading-length unit or a capitalised one before the body (deck, dateline, byline), the break
 * must read as one sentence: the unit ends on a function word, or has no verb while the next goes
 * on with one (`The flood situation in Assam` / `deteriorated on Monday`); otherwise a lower-case
 * start is a lost start. Also the line breaks of {@link wrappedBreaks}.
 */
export function sentenceBreaks(story: Story): SentenceBreak[] {
  const units = story.units
  const bodyStart = units.findIndex((u) => /[.!?]["\u201d\u2019')]{0,2}$/u.test(u.text) && story.wordsIn(u).length >= 8)
  const found: SentenceBreak[] = []
  for (let i = 0; i + 1 < units.length; i++) {
    const a = units[i]
    const b = units[i + 1]
    if (!a || !b || a.closed || !/[\p{L}\p{N},]$/u.test(a.text)) continue
    if (!/^\s+$/u.test(story.text.slice(a.end, b.start))) continue
    const aWords = story.wordsIn(a)
    const last = aWords[aWords.length - 1]
    if (!last || last.end > a.end) continue
    const first = story.wordsIn(b)[0]
    if (!(first && first.start === b.start && startsLowerCase(first))) continue
    // A short or title-case tail after the unit's last full stop is a heading run into the paragraph;
    // a sentence starting with a capital is just a sentence (`He wants to be able` / `to sit`).
    const from = lastSentenceEnd(a.text)
    const tail = from > 0 ? aWords.filter((w) => w.start >= a.start + from) : aWords
    // A sentence left on an article, a preposition or an auxiliary (`He has a` / `glorious wife`) is
    // no heading however short: headings do not end on one.
    const dangling = danglingWords.has(last.text)
    if (from > 0 && (tail.length < (dangling ? 2 : minTail) || isTitleLike(tail))) continue
    // After a full stop, a capitalised tail with no verb is a sentence-case heading run into the
    // paragraph (`... on worthwhile enterprises. A short report and a good one`), unless a comma
    // or a dangling word shows a sentence (`Undismayed by this setback, a small band` / `of ...`).
    const sentenceShape = dangling || tail.some((w) => story.text.charAt(w.end) === ',')
    if (from > 0 && !sentenceShape && /^\p{Lu}/u.test(tail[0]?.text ?? '') && !story.tags({ start: tail[0]?.start ?? a.start, end: a.end }).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) continue
    if (!isProse(tail, story.wordsIn(b), dangling) || functionWordsMeet(story, last, first)) continue
    if (inList(units, i)) continue
    // The first unit is a headline; a short unit, or a capitalised one before the body, is a heading.
    const headingLike = i === 0 || aWords.length <= headingWords || (i <= bodyStart && isTitleLike(aWords))
    if (headingLike && !readsAsOneSentence(story, a, b, aWords, first)) continue
    const blank = /\n[^\S\n]*\r?\n/u.test(story.text.slice(a.end, b.start))
    found.push({
      unit: i,
      before: { start: last.start, end: a.end, text: story.text.slice(last.start, a.end) },
      after: { start: first.start, end: first.end, text: first.text },
      blank,
      certain: !headingLike,
    })
  }
  found.push(...wrappedBreaks(story))
  // Many line breaks (or many paragraph breaks) of this kind are a layout: copy hard-wrapped wider
  // than the story model's wrap width, or verse.
  const lines = found.filter((f) => !f.blank)
  const paragraphs = found.filter((f) => f.blank)
  return [...(lines.length > maxBreaks ? [] : lines), ...(paragraphs.length > maxBreaks ? [] : paragraphs)].sort((x, y) => x.before.start - y.before.start)
}

/**
 * Line breaks inside a sentence in the one hard-wrapped paragraph of a story whose other paragraphs
 * are single long lines: a line that ends without punctuation and a next line that goes on in lower
 * case.
 */
function wrappedBreaks(story: Story): SentenceBreak[] {
  const wrapped = story.paragraphs.filter((p) => p.shape === 'wrapped')
  const paragraph = wrapped[0]
  if (!paragraph || wrapped.length > 1 || paragraph.lineCount > 3) return []
  if (!story.paragraphs.some((p) => p.shape === 'single' && p.text.length > 100)) return []
  const unit = story.units.findIndex((u) => u.paragraph === paragraph.index)
  const lines = story.lines.filter((l) => l.paragraph === paragraph.index && !l.blank)
  const found: SentenceBreak[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]
    const next = lines[i + 1]
    if (!line || !next || line.closed || !/[\p{L}\p{N},]\s*$/u.test(line.text)) continue
    const last = story.wordsIn(line).at(-1)
    const first = story.wordsIn(next)[0]
    if (!last || !first || !startsLowerCase(first) || !/^\s*$/u.test(story.text.slice(next.start, first.start))) continue
    const from = lastSentenceEnd(line.text)
    if (!isProse(story.wordsIn({ start: line.start + from, end: line.end }), story.wordsIn(next))) continue
    const end = line.start + line.text.trimEnd().length
    found.push({ unit, before: { start: last.start, end, text: story.text.slice(last.start, end) }, after: first, blank: false, certain: true })
  }
  return found
}

/** Tags of words that take a complement and so cannot stand side by side (`to` / `for`). */
const linkingTags: ReadonlySet<string> = new Set(['ADP', 'PART', 'CCONJ', 'SCONJ'])

/** Whether the words on both sides of a break are linking words (`to` / `for`): the pieces do not make one sentence. */
function functionWordsMeet(story: Story, last: Word, first: Word): boolean {
  const tagAt = (word: Word) => story.tags(word).find((t) => t.start === word.start)?.pos ?? ''
  return linkingTags.has(tagAt(last)) && linkingTags.has(tagAt(first))
}

/** Prose on both sides of a break: lower-case words before it (not a label or a timestamp), words after it. */
function isProse(before: readonly Word[], after: readonly Word[], dangling = false): boolean {
  return before.filter((w) => /^\p{Ll}+$/u.test(w.text)).length >= (dangling ? 1 : minLowerWords) && after.length >= (dangling ? 2 : minTail)
}

/** An all-lower-case word that is not a name particle (`iPhone`, `van` and `de` start paragraphs). */
function startsLowerCase(word: Word): boolean {
  return /^\p{Ll}[\p{Ll}'\u2019-]*$/u.test(word.text) && !nameParticles.has(word.text)
}

/** Whether unit `i` and the next belong to a run of three or more lower-case items without punctuation. */
function inList(units: readonly Unit[], i: number): boolean {
  const before = units[i - 1]
  const a = units[i]
  const b = units[i + 1]
  const c = units[i + 2]
  if (before && a && !before.closed && /^\p{Ll}/u.test(a.text)) return true
  return b !== undefined && c !== undefined && !b.closed && /^\p{Ll}/u.test(c.text)
}

/**
 * After a headline or a short unit: whether the two units read as one sentence rather than a
 * heading and a paragraph that lost its first letters.
 */
function readsAsOneSentence(story: Story, a: Unit, b: Unit, aWords: readonly Word[], first: Word | undefined): boolean {
  const last = aWords[aWords.length - 1]
  if (last && danglingWords.has(last.normal) && /^\p{Ll}/u.test(last.text)) return true
  if (!first || isTitleLike(aWords)) return false
  if (story.tags(a).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false
  const head = story.tags({ start: b.start, end: Math.min(b.end, first.end + 40) })[0]
  return head !== undefined && head.start === b.start && continuingTags.has(head.pos)
}

/** Mostly capitalised (among words of four letters or more): a headline, not a sentence start. */
function isTitleLike(words: readonly Word[]): boolean {
  const long = words.filter((w) => /^\p{L}{4}/u.test(w.text))
  if (long.length === 0) return false
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w.text)).length
  return capitalised * 5 > long.length * 3
}
