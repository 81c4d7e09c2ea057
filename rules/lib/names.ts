// Small pure helpers for comparing spellings of names (used by name-consistency): diacritic
// folding, a bounded Damerau-Levenshtein distance and a rough consonant skeleton.

/** Letters that do not decompose under NFD, folded to their plain Latin counterparts. */
const special: Readonly<Record<string, string>> = Object.freeze({
  ı: 'i',
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
})

/** Lower-case, diacritics removed, special letters mapped (`Çelikoğlu` -> `celikoglu`). */
export function foldName(word: string): string {
  // Most names are plain ASCII, which NFD leaves alone and which has no marks and no special
  // letter: lower-casing is the whole fold, without a regex test per letter (issue 14).
  if (isAscii(word)) return word.toLowerCase()
  let out = ''
  for (const char of word.normalize('NFD').toLowerCase()) {
    if (/\p{M}/u.test(char)) continue
    out += special[char] ?? char
  }
  return out
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false
  return true
}

/**
 * Optimal-string-alignment distance (Levenshtein with adjacent transpositions) between `a` and
 * `b`, or `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const width = b.length + 1
  let before = new Array<number>(width).fill(0)
  let previous = Array.from({ length: width }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(width).fill(0)
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1)
      }
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > limit) return limit + 1
    before = previous
    previous = current
  }
  const result = previous[b.length] ?? limit + 1
  return result > limit ? limit + 1 : result
}

/** Letters that sound alike in transliterated names, mapped to one class. */
const soundClass: Readonly<Record<string, string>> = Object.freeze({
  c: 'k',
  k: 'k',
  q: 'k',
  g: 'k',
  s: 's',
  z: 's',
  x: 's',
  v: 'f',
  f: 'f',
  w: 'f',
  p: 'p',
  b: 'p',
  d: 't',
  t: 't',
  j: 'j',
  y: '',
  h: '',
})

/**
 * A rough consonant skeleton of a folded name: vowels, `h` and `y` dropped, similar consonants
 * merged, doubled consonants collapsed (`castelneuve` and `kastelneva` both give `kstlnf`).
 */
export function consonantSkeleton(folded: string): string {
  let out = ''
  let last = ''
  for (const char of folded) {
    if ('aeiou'.includes(char)) {
      last = ''
      continue
    }
    const mapped = soundClass[char] ?? char
    if (mapped === '' || mapped === last) continue
    out += mapped
    last = mapped
  }
  return out
}

/** Given names shortened without a vowel or point that are still read as abbreviations (`Mohd`). */
const knownShortForms: ReadonlySet<string> = new Set(['mohd', 'muhd', 'mohd', 'mohamd', 'syd', 'thos', 'chas', 'robt', 'geo', 'jas', 'wm'])

/**
 * Whether `short` (as written, maybe with a point) abbreviates the full name `full` (as written):
 * an initial (`K.`, `K`), a form with a point (`Muh.`), a form without vowels (`Kh`, `Md`, `Ch`) or
 * a known short form (`Mohd`), whose letters appear in order in the full name, from its first letter;
 * or the first two letters of a name of four or more (`Mo` for `Mohar`).
 */
export function abbreviates(short: string, full: string): boolean {
  const a = foldName(short.replace(/\.$/u, ''))
  const b = foldName(full)
  if (a.length === 0 || b.length < 4 || a.length >= b.length || a.charAt(0) !== b.charAt(0)) return false
  const shortForm = a.length === 1 || short.endsWith('.') || !/[aeiouy]/u.test(a.slice(1)) || knownShortForms.has(a)
  // A clipped form of two letters (`Mo` for `Mohar`, `Ja` for `Jalal`) before the same surname; three
  // letters make a nickname (`Ham` for `Hamilton`, `Roy` for `Royal`), which is a name of its own.
  if (!shortForm) return a.length === 2 && b.length >= 4 && b.startsWith(a)
  let at = 0
  for (const char of b) if (char === a.charAt(at)) at++
  return at === a.length
}

/**
 * A transliteration key of a folded name: long vowels and doubled letters written once, and letters
 * that transliterate one sound mapped to one (`shareef` and `sharif` give `sharif`, `farooq` and
 * `faruk` give `faruk`).
 */
export function transliterationKey(folded: string): string {
  const mapped = folded
    .replace(/ee|ie(?=\p{L})/gu, 'i')
    .replace(/oo|ou/gu, 'u')
    .replace(/ph/gu, 'f')
    .replace(/ck|q/gu, 'k')
    .replace(/w/gu, 'v')
    .replace(/y$/u, 'i')
  let out = ''
  for (const char of mapped) if (char !== out.charAt(out.length - 1)) out += char
  return out
}
