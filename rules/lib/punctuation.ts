// Punctuation defects of whole paragraphs and phrases that punctuation-spacing reports besides its
// spacing checks: a paragraph that ends its sentence without a full stop, a spaced hyphen typed for
// a dash, and a number and a measure noun left open before a noun (`ten day period`).
import type { Span, Story } from '../../src/rule/types.js'
import { runEnd, runStart } from './runs.js'

/** Fewest words in a unit that ends without a full stop for it to read as a sentence, not a heading or caption. */
const minSentenceWords = 12

/** Fewest words in a unit whose sentence ends in a closing quote mark and no full stop (`...said: “we will go”`). */
const minQuotedWords = 8

/** Fewest words for a unit before the body to read as a standfirst that lost its full stop, not a long headline. */
const minDeckWords = 25

/**
 * Paragraphs that end a sentence without its full stop (`...spreading misinformation among
 * people` then a new paragraph): a unit after the first whose unfinished sentence has at least
 * twelve words (25 before the body: headlines run long) on one line and with no colon (a kicker),
 * mostly lower case,
 * with a verb, ending in a lower-case word, followed by a unit that starts with a capital or a
 * figure (a lower-case start is a broken paragraph, not a missing stop). The last unit is left
 * alone: excerpts and feeds cut stories off there.
 */
export function missingStops(story: Story): Span[] {
  const found: Span[] = []
  const units = story.units
  // The body starts at the first unit that ends a sentence of eight words or more; before it come
  // headlines, decks and bylines, which go without a full stop unless they run long.
  const body = units.findIndex((u) => u.closed && /[.!?]["\u201d\u2019')]{0,2}$/u.test(u.text) && story.wordsIn(u).length >= 8)
  for (let i = 1; i + 1 < units.length; i++) {
    const unit = units[i]
    const next = units[i + 1]
    if (!unit || !next) continue
    // A quotation closed with no full stop inside or after it (`...the pier”`) ends no better; the
    // next may open a quotation of its own (`“I am glad`).
    const quoted = /\p{Ll}["\u201d\u2019]$/u.test(unit.text) ? 1 : 0
    if (!(quoted === 1 ? /^["\u201c\u2018']?[\p{Lu}\p{N}]/u : /^[\p{Lu}\p{N}]/u).test(next.text)) continue
    if ((unit.closed && quoted === 0) || !/\p{Ll}$/u.test(unit.text.slice(0, unit.text.length - quoted))) continue
    // The unfinished sentence: the words after the unit's last sentence end.
    let from = unit.start
    for (const match of unit.text.matchAll(/[.!?]["\u201d\u2019')]{0,2}\s/gu)) from = unit.start + match.index + match[0].length
    const words = story.wordsIn({ start: from, end: unit.end })
    const last = words[words.length - 1]
    // A closing quote mark says prose, not a caption: a shorter sentence will do.
    const fewest = body < 0 || i < body ? minDeckWords : quoted === 1 ? minQuotedWords : minSentenceWords
    if (!last || last.end !== unit.end - quoted || words.length < fewest) continue
    // Stacked headlines (a line break inside) and kickers (`The Daily Fix: ...`) are not sentences;
    // a colon introducing a quotation (`said: “We`) is.
    if (/\n|:(?! ?["\u201c])/u.test(story.text.slice(from, unit.end))) continue
    const lower = words.filter((w) => /^\p{Ll}/u.test(w.text)).length
    if (lower * 2 < words.length) continue
    if (!story.tags({ start: from, end: unit.end }).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) continue
    found.push({ start: last.start, end: last.end + quoted })
  }
  return found
}

/** Number words a count starts with (`one` is left out: `one day he left`). */
const numberWords: ReadonlySet<string> = new Set(
  'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty hundred'.split(' '),
)

/**
 * Measure and count nouns: after a number above one they stand in the singular only as the first
 * half of a compound modifier (`a ten-day period`, `a 15-member team`, `a 500-bed hospital`).
 */
const measureNouns: ReadonlySet<string> = new Set(
  ('second minute hour day night week month year decade century season storey floor mile kilometre kilometer ' +
    'metre meter foot inch yard acre hectare tonne ton litre liter gallon kilogram member seat bed room lane ' +
    'page point run wicket wheel stage phase tier').split(' '),
)

/**
 * A number and a measure noun in the singular before a noun, without the hyphen that makes them
 * one modifier: `every ten day period`, `a 15 member team`. Not a year (`the 2020 season ticket`)
 * nor `one`. Reported as `info`: older house styles (Brown's 1961 press copy) leave these open.
 */
export function openCompounds(story: Story, sentence: Span): Span[] {
  const found: Span[] = []
  const tokens = story.tags(sentence)
  for (let i = 0; i + 2 < tokens.length; i++) {
    const count = tokens[i]
    const unit = tokens[i + 1]
    const head = tokens[i + 2]
    if (!count || !unit || !head || !measureNouns.has(unit.text)) continue
    if (!numberWords.has(count.lower) && !/^[2-9]$|^[1-9]\d{1,2}$/u.test(count.text)) continue
    if (story.text.slice(count.end, unit.start) !== ' ' || story.text.slice(unit.end, head.start) !== ' ') continue
    if (head.pos !== 'NOUN' || !/^\p{Ll}{3,}$/u.test(head.text) || measureNouns.has(head.text)) continue
    found.push({ start: count.start, end: unit.end })
  }
  return found
}

/** A hyphen with a space on each side between words: a dash typed as a hyphen. */
const spacedHyphen = /(?<=[\p{L}\p{N},]) - (?=[\p{L}\p{N}])/gu
/** An en or em dash with a space on each side between words. */
const spacedDash = /(?<=[\p{L}\p{N},]) [\u2013\u2014] (?=[\p{L}\p{N}])/u

/**
 * Spaced hyphens used as dashes (`60 votes - to approve`, `the rates are - Rs 500`): a warning in a
 * story that also spaces real dashes (one story, one dash), `info` where the story only ever types
 * hyphens (some feeds' house style). Not a dateline (`ABU DHABI - `, `IST - NEW DELHI`: capitals on
 * both sides, or no word in lower case before it on its line), nor a score or range between figures.
 */
export function hyphenDashes(story: Story): { span: Span; dash: string; sure: boolean }[] {
  const { text } = story
  const dash = spacedDash.exec(text)?.[0]?.trim()
  const found: { span: Span; dash: string; sure: boolean }[] = []
  for (const match of text.matchAll(spacedHyphen)) {
    const start = runStart(text, match.index, 0)
    let end = runEnd(text, match.index + 3, text.length)
    while (end > match.index + 4 && /[.,;:!?"'\u201d\u2019)]/u.test(text.charAt(end - 1))) end--
    const before = text.slice(start, match.index)
    const after = text.slice(match.index + 3, end)
    const lineStart = text.lastIndexOf('\n', match.index) + 1
    // A dateline: no word before it on its line starts in lower case (`ONTARIO, United States - `).
    if (!/(?:^|[^\p{L}])\p{Ll}/u.test(text.slice(lineStart, match.index)) || (!/\p{Ll}/u.test(before) && !/\p{Ll}/u.test(after))) continue
    if (/^\p{N}/u.test(after) && /\p{N}$/u.test(before)) continue
    found.push({ span: { start, end }, dash: dash ?? '\u2013', sure: dash !== undefined })
  }
  return found
}

/** Reporting verbs that follow their subject directly (`Macron said`). */
const reportingVerbs: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'stated', 'announced', 'noted', 'claimed', 'alleged', 'asserted', 'informed', 'urged'])

/** Tags that open an adverbial phrase, not a noun phrase an appositive could follow (`On Thursday,`, `However,`). */
const adverbialTags: ReadonlySet<string> = new Set(['ADP', 'SCONJ', 'ADV'])

/**
 * A comma between a named subject and its reporting verb (`Macron, said he would`): one to four
 * capitalised words, a comma and `said`, `told`... followed by what the verb governs (not a name
 * or a determiner: `The mood, said Smith, was grim` is an inserted attribution). The name opens
 * the sentence or follows an adverbial phrase (`On Thursday, Macron, said`); after a noun phrase it
 * is an appositive (`Its leader, Macron, said`) and stays.
 */
export function subjectCommas(story: Story): Span[] {
  const found: Span[] = []
  for (const sentence of story.sentences) {
    if (!sentence.text.includes(', ')) continue
    const tokens = story.tags(sentence)
    for (let i = 1; i + 2 < tokens.length; i++) {
      const comma = tokens[i]
      const verb = tokens[i + 1]
      const next = tokens[i + 2]
      if (comma?.text !== ',' || !verb || !next || !reportingVerbs.has(verb.text)) continue
      if (/^\p{Lu}/u.test(next.text) || next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'PUNCT') continue
      let first = i - 1
      while (first > 0 && i - first < 4 && /^\p{Lu}/u.test(tokens[first - 1]?.text ?? '') && tokens[first - 1]?.pos === 'PROPN') first--
      const name = tokens.slice(first, i)
      if (name.length === 0 || !name.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && t.pos === 'PROPN')) continue
      if (first > 0) {
        if (tokens[first - 1]?.text !== ',') continue
        let start = first - 1
        while (start > 0 && tokens[start - 1]?.text !== ',') start--
        // An adverbial phrase: it opens with a preposition or an adverb and every determiner in it
        // follows a preposition (`In an interview to the press on Thursday,`); a determiner elsewhere
        // opens a noun phrase the name stands beside (`On July 11 the head of the province,`).
        const segment = tokens.slice(start, first - 1)
        if (!adverbialTags.has(segment[0]?.pos ?? '')) continue
        if (segment.some((t, k) => t.pos === 'DET' && segment[k - 1]?.pos !== 'ADP')) continue
      }
      const head = name[0]
      if (head) found.push({ start: head.start, end: verb.end })
    }
  }
  return found
}
