// A full stop between two lower-case words is one of two defects: a stray stop inside a sentence
// (`told regular media. briefing`, punctuation-spacing and garbled-sentence) or a sentence whose
// capital was lost (`the week ended. the port reopened`, capitalisation). One test tells them
// apart, so that each defect is reported once, by the rule that owns it.

/** Lower-case abbreviations that end with a full stop mid-sentence: units, `vs.`, `etc.`, `approx.`. */
export const lowerAbbreviations: ReadonlySet<string> = new Set(
  ('al approx ave blvd ca cf ch cit cm co corp cu dept eg est etc ext fig ft gal govt gm hr hrs ibid ie incl ' +
    'jr kg km lb lbs mg mi min mins ml mm mo mos mt nos nw ne op oz pct pp prop pt qt rd sec secs se sq sr st sw ' +
    'tel viz vol vs wk wks yd yds yr yrs').split(' '),
)

/**
 * Words that open a sentence far more often than they go on with one across a stray stop:
 * determiners, pronouns, number words, question words, and the conjunctions and adverbs that link a
 * sentence to the one before.
 * Prepositions are left out (`traders. at the pier` is a cut phrase as often as a new sentence).
 */
const sentenceOpeners: ReadonlySet<string> = new Set(
  ('the this these those his her its their our my your some many most several each every both another such ' +
    'he she it they we you there but yet however meanwhile instead also still then now thus moreover ' +
    'furthermore nevertheless nonetheless later earlier today yesterday when while if although though because ' +
    'unless despite during according not no who what where why how anybody anyone everyone everybody nobody ' +
    'someone somebody perhaps probably maybe indeed anyway two three four five six seven eight nine ten').split(' '),
)

/** Words a sentence does not end on (a cut phrase: `the. `, `of. `). */
const clauseOpen: ReadonlySet<string> = new Set(
  'a an the of to in on at by for from with and or but nor as than that which who whose whom its his her their our my your is are was were be been has have had will would can could should may might must not no'.split(' '),
)

/** Words (letters) in a stretch of text. */
const wordCount = (text: string): number => text.match(/\p{L}+/gu)?.length ?? 0

/**
 * Whether the lower-case word `next` after the full stop at `stop` in `text` opens a new sentence
 * whose capital was lost, rather than going on with a sentence a stray stop cut: `next` is a
 * determiner, a pronoun or a linking word, the word before the stop is a content word of three
 * letters or more and no abbreviation, and five words or more stand between the stop and the
 * previous sentence end or line start, so the text before reads as a whole sentence.
 */
export function opensSentence(text: string, stop: number, next: string): boolean {
  if (!sentenceOpeners.has(next)) return false
  const lineStart = text.lastIndexOf('\n', stop - 1) + 1
  // At most 300 characters back: enough for five words, and bounded on a hostile line with many stops.
  const before = text.slice(Math.max(lineStart, stop - 300), stop)
  // The word before the stop, walked back by hand: an unanchored `\p{L}+$` is quadratic on a long run of letters.
  let from = before.length
  while (from > 0 && /\p{L}/u.test(before.charAt(from - 1))) from--
  const last = before.slice(from)
  if (last.length < 3 || last !== last.toLowerCase() || clauseOpen.has(last) || lowerAbbreviations.has(last)) return false
  // The stretch since the last sentence end (a stop, `!` or `?` before a space).
  const end = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '))
  return wordCount(before.slice(end + 1)) >= 5
}
