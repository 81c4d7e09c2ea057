// Which one-letter differences look like typing slips rather than another spelling of a name: the
// spelling rule compares capitalised non-words with known names only through these. Transliterated
// names differ by vowels (`Hussain`/`Hussein`, `Bharti`/`Bharati`), by `h` (`Simla`/`Shimla`), by
// letters of one sound (`Macassar`/`Makassar`), by their last letter (`Farooq`/`Farook`), by their
// ending (`Pakistani`), and real places by one consonant (`Manikpur`/`Manipur`), so none of those
// counts; a swapped pair (`Brelin`), a doubled letter written once (`Canbera`), or a consonant struck
// for a neighbouring key does. Letters of one sound count against acronyms (`ACEAN`) and the house's
// own words (`Heitcamp`), whose spelling the desk vouches for.

const vowels = 'aeiouy'

/** QWERTY neighbours of each letter (same row and the rows above and below). */
const keyboard: Readonly<Record<string, string>> = Object.freeze({
  q: 'wa', w: 'qeas', e: 'wrsd', r: 'etdf', t: 'ryfg', y: 'tugh', u: 'yihj', i: 'uojk', o: 'ipkl', p: 'ol',
  a: 'qwsz', s: 'awedxz', d: 'serfcx', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', j: 'huikmn', k: 'jiolm', l: 'kop',
  z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
})

/** Letters of one sound, often written for each other (`c`/`k`, `s`/`z`); transliterations differ there. */
export const sameSound: ReadonlySet<string> = new Set(['ck', 'kc', 'cs', 'sc', 'sz', 'zs', 'kq', 'qk', 'cq', 'qc'])

/** Letters that differ only in voicing (`magnitute`), struck for each other in typing. */
const voicing: ReadonlySet<string> = new Set(['dt', 'td', 'bp', 'pb', 'gk', 'kg', 'fv', 'vf'])

/**
 * Whether one letter struck for another in a dictionary word is a plausible slip: a neighbouring
 * key, one vowel for another, a letter of the same sound or of the other voicing. Two unrelated
 * consonants (`projective`/`protective`, `chromic`/`chronic` are both words) are a different word.
 */
export function letterSlip(a: string, b: string): boolean {
  if (isVowel(a) && isVowel(b)) return true
  return slip(a, b, false) || sameSound.has(a + b) || voicing.has(a + b)
}

const isVowel = (c: string): boolean => vowels.includes(c)

/** Whether a letter struck for another is a neighbouring key that is no vowel for a vowel (`politicql`; not `-ant`/`-ent`). */
export function keySlip(typed: string, meant: string): boolean {
  return !(isVowel(typed) && isVowel(meant)) && slip(typed, meant, false)
}

/** A slip of one key: two letters side by side on the keyboard (consonants only when asked). */
function slip(a: string, b: string, consonantsOnly: boolean): boolean {
  if (consonantsOnly && (isVowel(a) || isVowel(b))) return false
  if ((a === 'v' && b === 'w') || (a === 'w' && b === 'v')) return false
  return keyboard[a]?.includes(b) ?? false
}

/** Which slips count: letters of one sound (`c`/`k`) too, and vowels for neighbouring keys too. */
export interface SlipOptions {
  readonly sound?: boolean
  readonly vowels?: boolean
}

/**
 * Whether lower-case `word` is one typing slip from lower-case `name`: two adjacent letters swapped,
 * a doubled letter written once or a letter doubled, or a consonant struck for a neighbouring key
 * (with `sound`, also a letter of the same sound; with `vowels`, vowels too). Never the first
 * letter, never the last, never `h`: transliterations differ there.
 */
export function typoOf(word: string, name: string, options: SlipOptions = {}): boolean {
  if (word === name || Math.abs(word.length - name.length) > 1) return false
  if (word.charAt(0) !== name.charAt(0)) return false
  let i = 0
  while (i < word.length && i < name.length && word.charAt(i) === name.charAt(i)) i++
  if (word.length === name.length) {
    if (i >= word.length - 1) return false
    if (word.slice(i + 1) === name.slice(i + 1)) {
      const a = word.charAt(i)
      const b = name.charAt(i)
      return slip(a, b, options.vowels !== true) || (options.sound === true && sameSound.has(a + b))
    }
    return word.charAt(i) === name.charAt(i + 1) && word.charAt(i + 1) === name.charAt(i) && word.slice(i + 2) === name.slice(i + 2)
  }
  const [longer, shorter] = word.length > name.length ? [word, name] : [name, word]
  if (longer.slice(i + 1) !== shorter.slice(i)) return false
  // The extra letter doubles its neighbour (`Canberra`/`Canbera`); a doubled letter is found at its second place.
  const c = longer.charAt(i)
  return i > 0 && i < longer.length - 1 && c !== 'h' && c === longer.charAt(i - 1)
}

/** Whether all-capital `word` is one slip from acronym `acronym` of the same length: a swapped pair or a neighbouring key or sound, never the first letter. */
export function acronymTypo(word: string, acronym: string): boolean {
  if (word.length !== acronym.length || word === acronym || word.charAt(0) !== acronym.charAt(0)) return false
  const a = word.toLowerCase()
  const b = acronym.toLowerCase()
  let i = 0
  while (a.charAt(i) === b.charAt(i)) i++
  if (a.slice(i + 1) === b.slice(i + 1)) return slip(a.charAt(i), b.charAt(i), false) || sameSound.has(a.charAt(i) + b.charAt(i))
  return a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2)
}
