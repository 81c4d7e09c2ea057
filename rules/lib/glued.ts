// Two words glued together (`calledin`, `incricket`, `theend`): the split shared by the
// missing-space rule and the script that builds its data (scripts/build-missing-space.ts), so the
// data's list of real words that look glued is computed with exactly the rule's own test.

/** The word lists a split needs (all lower case). */
export interface GlueLexicon {
  /** Common words: the content half of a glued pair. */
  readonly common: ReadonlySet<string>
  /** Function words that may stand first (`in` + `cricket`). */
  readonly heads: ReadonlySet<string>
  /** Function words that may stand last (`called` + `in`). */
  readonly tails: ReadonlySet<string>
}

/** Shortest content half after a head (`the` + `end`) and before a tail (`date` + `of`). */
export const minAfterHead = 3
export const minBeforeTail = 4

/**
 * The split of a lower-case word into a function word and a common word (`in` + `cricket`, `called`
 * + `in`), or undefined. Whether the whole is itself a word is for the caller (the data's list of
 * real words that split, such as `often` or `income`).
 */
export function splitGlued(word: string, lexicon: GlueLexicon): readonly [string, string] | undefined {
  if (word.length < 5 || word.length > 30) return undefined
  for (let i = 2; i <= word.length - 2; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    if (lexicon.heads.has(head) && tail.length >= minAfterHead && lexicon.common.has(tail)) return [head, tail]
    if (lexicon.tails.has(tail) && head.length >= minBeforeTail && lexicon.common.has(head)) {
      // `check-in`, `plug-in`, `add-on` lose their hyphen: a bare verb before `in` or `on` is a compound.
      if ((tail === 'in' || tail === 'on') && !/(?:ed|ing|s)$/u.test(head)) continue
      return [head, tail]
    }
  }
  return undefined
}
