// The spelling rule's wire vocabulary (rules/data/spelling.json, written by hand): names of places
// and organisations, acronyms, people's names and lower-case wire words the Hunspell lists lack.
import { z } from 'zod'
import { readPackageData } from '../../../src/rule/data.js'
import { foldName } from '../names.js'

const lines = z.array(z.string().regex(/^[\p{L}'’]+(?: [\p{L}'’]+)*$/u)).min(1)
const dataSchema = z.strictObject({
  description: z.string(),
  names: lines,
  acronyms: lines,
  people: lines,
  words: lines,
})

/** A name a capitalised non-word is compared with. */
export interface Name {
  readonly text: string
  /** Lower case, diacritics removed. */
  readonly fold: string
}

/** The loaded vocabulary. */
export interface Vocabulary {
  /** Every name and word, folded (lower case, no diacritics). */
  readonly known: ReadonlySet<string>
  /** Names of places, organisations and people, folded, that are not also lower-case wire words: always capitalised in running text. */
  readonly properNames: ReadonlySet<string>
  /** The lower-case wire words, folded (`sabha`, `tehsil`): never proof of a name written in lower case. */
  readonly lowerWords: ReadonlySet<string>
  /** Every acronym as written (`MEA` is not the word `mea`). */
  readonly knownAcronyms: ReadonlySet<string>
  /** Every word of the places and organisations, folded (`india`, `saudi`, `arabia`). */
  readonly places: ReadonlySet<string>
  /** Places and organisations of 6+ letters by first folded letter. */
  readonly names: ReadonlyMap<string, readonly Name[]>
  /** Acronyms of 5+ capitals. */
  readonly acronyms: readonly string[]
}

let cached: Vocabulary | undefined

/** The vocabulary, loaded on first call. */
export function vocabulary(): Vocabulary {
  cached ??= load()
  return cached
}

/** Lower case without diacritics; plain ASCII words skip the Unicode decomposition. */
export const fold = (word: string): string => (/^[\x20-\x7e]*$/u.test(word) ? word.toLowerCase() : foldName(word))

const split = (list: readonly string[]): string[] => list.flatMap((line) => line.split(' '))

function load(): Vocabulary {
  const parsed = dataSchema.safeParse(readPackageData(import.meta.url, 'spelling.json'))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`rules/data/spelling.json: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`)
  }
  const { names, acronyms, people, words } = parsed.data
  const lowerWords = new Set(split(words).map(fold))
  const known = new Set<string>()
  for (const word of [...split(names), ...split(people), ...split(words)]) known.add(fold(word))
  return Object.freeze({
    known,
    // A word the wire writes in lower case too (`gram sabha` beside `Lok Sabha`) is no proof of a name.
    lowerWords,
    properNames: new Set([...split(names), ...split(people)].map(fold).filter((w) => !lowerWords.has(w))),
    knownAcronyms: new Set(split(acronyms)),
    places: new Set(split(names).map(fold)),
    names: indexNames(split(names)),
    acronyms: Object.freeze(split(acronyms).filter((a) => /^\p{Lu}{5,}$/u.test(a))),
  })
}

/** Names of 6+ letters indexed by their first folded letter. */
export function indexNames(names: readonly string[]): ReadonlyMap<string, readonly Name[]> {
  const index = new Map<string, Name[]>()
  for (const text of names) {
    const folded = fold(text)
    if (folded.length < 6 || !/^[a-z]+$/u.test(folded)) continue
    const list = index.get(folded.charAt(0))
    if (list) list.push({ text, fold: folded })
    else index.set(folded.charAt(0), [{ text, fold: folded }])
  }
  return index
}
