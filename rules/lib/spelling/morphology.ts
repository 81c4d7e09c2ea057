// Word shapes the spelling rule accepts without a dictionary entry, and the ones it suggests
// splitting: productive prefixes and suffixes on a known word (`semipublic`, `hydrogens`,
// `stagnationist`), closed compounds of two content words (`woodsmoke`), regional variants of a
// dictionary word (`glamor`, `kidnaped`, `esthetic`), and two words run together where one is a
// function word (`upto`, `alot`, `bellwhether`).

/** Prefixes that make new words freely. */
export const prefixes: readonly string[] = Object.freeze([
  'anti', 'auto', 'bi', 'bio', 'co', 'counter', 'cross', 'cyber', 'de', 'dis', 'eco', 'ex', 'extra', 'geo', 'hyper', 'inter',
  'intra', 'macro', 'mega', 'micro', 'mid', 'mini', 'mis', 'multi', 'neo', 'non', 'out', 'over', 'post', 'pre', 'pro',
  'pseudo', 're', 'semi', 'sub', 'super', 'tele', 'trans', 'tri', 'ultra', 'un', 'under', 'up',
])

/** Suffixes that make new words freely, with the letters they may replace at the end of the stem. */
const suffixes: readonly (readonly [suffix: string, stemEndings: readonly string[]])[] = Object.freeze([
  ['s', ['']], ['es', ['']], ['ies', ['y']], ['er', ['', 'e']], ['ers', ['', 'e']], ['r', ['']], ['rs', ['']], ['ier', ['y']],
  ['ed', ['', 'e']], ['d', ['']], ['ied', ['y']], ['ing', ['', 'e']], ['ings', ['', 'e']], ['ly', ['', 'le']],
  ['ily', ['y']], ['ness', ['']], ['iness', ['y']], ['ity', ['', 'e']], ['ities', ['', 'e', 'ity']], ['ism', ['', 'e']],
  ['isms', ['', 'ism']], ['ist', ['', 'e']], ['ists', ['', 'e']], ['ization', ['ize', 'e', '']], ['isation', ['ise', 'e', '']],
  ['ize', ['', 'e']], ['ise', ['', 'e']], ['like', ['']], ['ish', ['', 'e']], ['y', ['', 'e']], ['ful', ['']], ['less', ['']],
  ['dom', ['']], ['ship', ['']], ['hood', ['']], ['wise', ['']], ['able', ['', 'e']], ['ability', ['able', '', 'e']],
  ['ment', ['']], ['ments', ['', 'ment']], ['men', ['', 'man']], ['man', ['']], ['ally', ['']], ['ics', ['ic', '']],
  ['ian', ['', 'y', 'e']], ['ians', ['', 'y', 'e']], ['ee', ['']], ['ees', ['']], ['ette', ['']], ['ical', ['ic', 'y']],
  ['ation', ['e', '']], ['ations', ['e', '', 'ation']], ['al', ['', 'e']], ['ally', ['al']], ['edly', ['', 'e']], ['ingly', ['', 'e']],
  ['ward', ['']], ['wards', ['']], ['goer', ['']], ['goers', ['']], ['ers', ['', 'e']],
])

/** Function words: a word run into one of these is two words (`upto`, `alot`, `infact`). */
export const functionWords: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'to', 'of', 'in', 'on', 'at', 'as', 'up', 'by', 'for', 'from', 'with', 'into', 'onto', 'off', 'out',
  'each', 'other', 'no', 'one', 'any', 'some', 'every', 'all', 'and', 'or', 'but', 'not', 'is', 'are', 'was', 'were', 'be',
  'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'we', 'they', 'you', 'i', 'his', 'her', 'their', 'our',
  'my', 'your', 'him', 'them', 'us', 'me', 'who', 'which', 'what', 'whether', 'when', 'where', 'there', 'here', 'than',
  'then', 'so', 'if', 'till', 'until', 'unless', 'about', 'after', 'before', 'over', 'under', 'per', 'via', 'least', 'most', 'well',
])

/**
 * Whether `word` is a known word with a productive prefix or suffix, or two known content words of
 * four letters or more run together (a closed compound; shorter parts are abbreviations and names:
 * `adm`+`instr`, `tom`+`morrow`). A suffix after a consonant the dictionary doubles there is a slip,
 * not a derivation (`begining`, `commitee`), and so is a consonant doubled before a suffix the
 * dictionary adds to the single consonant (`answerred`, `politiccal`).
 */
export function derived(word: string, known: (w: string) => boolean): boolean {
  for (const prefix of prefixes) {
    const rest = word.slice(prefix.length)
    if (!word.startsWith(prefix) || rest.length < 3 || functionWords.has(rest)) continue
    if (known(rest) || (rest.length >= 6 && derived(rest, known))) return true
  }
  for (const [suffix, endings] of suffixes) {
    if (!word.endsWith(suffix)) continue
    const base = word.slice(0, word.length - suffix.length)
    const last = base.charAt(base.length - 1)
    if (/^[aeiouy]/u.test(suffix) && !'aeiouwxy'.includes(last) && known(base + last + suffix)) continue
    for (const ending of endings) {
      const stem = base + ending
      if (stem.length >= 4 && known(stem)) return true
    }
    // Two suffixes (`heartedness`).
    if (base.length >= 6 && suffix.length >= 3 && derived(base, known)) return true
    // A doubled final consonant before the suffix (`gunner`, `hitless` is plain), unless the word
    // with one consonant is known: then the doubling is the slip (`answerred`, `politiccal`).
    if (base.length >= 4 && base.charAt(base.length - 1) === base.charAt(base.length - 2) && known(base.slice(0, -1)) && !known(base.slice(0, -1) + suffix)) return true
  }
  for (let i = 3; i <= word.length - 3; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    if (head.length < 4 || tail.length < 4 || functionWords.has(head) || functionWords.has(tail)) continue
    if (known(head) && known(tail)) return true
  }
  return false
}

/** Words that run into the next one (`alot`, `infact`, `eachother`, `thankyou`). */
const runHeads: ReadonlySet<string> = new Set(['a', 'as', 'at', 'of', 'each', 'every', 'no', 'any', 'thank', 'up'])

/** Set phrases written as one word (`infact`, `inspite`): `in` runs into few words. */
const runAfterIn: ReadonlySet<string> = new Set(['fact', 'spite', 'case', 'front', 'order', 'between', 'addition', 'turn', 'time', 'touch', 'charge'])

/** Words the previous one runs into (`upto`, `dateof`, `bellwhether`, `morethan`). */
const runTails: ReadonlySet<string> = new Set(['to', 'of', 'the', 'whether', 'than', 'that', 'and', 'you', 'other', 'one', 'least', 'well'])

/**
 * Two frequent words run together where the first is a word that runs into the next (`alot`,
 * `infact`) or the second one the previous runs into (`upto`, `bellwhether`): the split, or
 * undefined. A particle after a verb is a compound, not a slip (`breakoff`, `countin`).
 */
export function runTogether(word: string, frequent: (w: string) => boolean): string | undefined {
  if (word.startsWith('in') && runAfterIn.has(word.slice(2))) return `in ${word.slice(2)}`
  for (let i = 1; i < word.length - 1; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    // Both sides words of their own: `a` or two letters and more, a tail of three unless a run word (`upto`).
    if ((head.length < 2 && head !== 'a') || (tail.length < 3 && !runTails.has(tail))) continue
    if ((runHeads.has(head) || runTails.has(tail)) && frequent(head) && frequent(tail)) return `${head} ${tail}`
  }
  return undefined
}

/** Regional spelling patterns: `word` and `candidate` are one word in two spellings. */
const variantPairs: readonly (readonly [string, string])[] = Object.freeze([
  ['or', 'our'], ['er', 're'], ['ize', 'ise'], ['yze', 'yse'], ['e', 'ae'], ['e', 'oe'], ['et', 'ette'], ['og', 'ogue'],
  ['l', 'll'], ['ense', 'ence'], ['y', 'i'], ['x', 'ct'], ['f', 'ph'], ['dg', 'dge'], ['ment', 'ement'], ['ed', 't'],
  ['ing', 'eing'],
])

/** Suffixes before which American spelling keeps a final consonant single that British doubles. */
const doublingSuffixes: readonly string[] = Object.freeze(['ed', 'ing', 'er', 'ers', 'or', 'ors', 'able'])

/**
 * Whether `word` is `candidate` in another regional or older spelling: one of the variant patterns
 * swapped once, or a consonant doubled or single before a suffix (`kidnaped`, `programing`, `focussed`).
 */
export function variantOf(word: string, candidate: string): boolean {
  if (functionWords.has(candidate)) return false
  // Adverbs in -ally have no spelling with one `l` (`finaly`, `basicaly` are slips; `skilful` is a variant).
  if (candidate.endsWith('lly') && word === `${candidate.slice(0, -2)}y`) return false
  for (const [a, b] of variantPairs) {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      for (let at = word.indexOf(x); at >= 0; at = word.indexOf(x, at + 1)) {
        if (word.slice(0, at) + y + word.slice(at + x.length) === candidate) return true
      }
    }
  }
  for (const suffix of doublingSuffixes) {
    if (!word.endsWith(suffix) || !candidate.endsWith(suffix)) continue
    const a = word.slice(0, -suffix.length)
    const b = candidate.slice(0, -suffix.length)
    const [longer, shorter] = a.length > b.length ? [a, b] : [b, a]
    const last = shorter.charAt(shorter.length - 1)
    // Only after an unstressed syllable do both spellings exist (`traveled`, `kidnaped`, `programed`,
    // `focussed`); `occured`, `begining`, `commited` are slips.
    if (longer.length === shorter.length + 1 && longer === shorter + last && 'lpms'.includes(last)) return true
  }
  return false
}
