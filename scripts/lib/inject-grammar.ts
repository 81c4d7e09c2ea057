// Grammar shapes for `npm run eval:garbled` section (4): slips of translated copy that the realistic
// garbles (rules/lib/garbled/synth.ts, which also trains the garbled-sentence model and so is left
// alone) do not make, injected into held-out Brown sentences by their Brown tags: a singular after a
// counting numeral (`two country`), after `one of the` (`one of the leader`), `more` before a
// comparative (`more cheaper`), a subject pronoun after a preposition (`between you and I`), `there`
// with a verb of the other number (`there was reports`), and a doubled auxiliary (`will can`, `has
// is`). Each kind finds its own places; one edit per sentence and kind. Pure and seeded.
import { join, type Lexicon } from '../../rules/lib/garbled/synth.js'

/** One injected slip: the kind, the sentence and the character span of the edit. */
export interface GrammarSlip {
  readonly kind: string
  readonly text: string
  readonly start: number
  readonly end: number
}

const countingNumerals = /^(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|[2-9]|[1-9]\d+)$/u
const objectToSubject: Readonly<Record<string, string>> = { me: 'I', him: 'he', her: 'she', us: 'we', them: 'they' }
const beSwap: Readonly<Record<string, string>> = { is: 'are', are: 'is', was: 'were', were: 'was' }
const modals: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must'])

/** Places of each kind in a tagged sentence: `[index, edited words, edit start, edit end]`. */
type Place = [words: string[], from: number, to: number]

function places(words: readonly string[], tags: readonly string[], lexicon: Lexicon): Map<string, Place[]> {
  const out = new Map<string, Place[]>()
  const add = (kind: string, place: Place): void => void out.set(kind, [...(out.get(kind) ?? []), place])
  const lower = (i: number): string => words[i]?.toLowerCase() ?? ''
  const plain = (i: number): boolean => /^[a-z]+$/u.test(words[i] ?? '')
  const with1 = (i: number, word: string): string[] => words.map((w, k) => (k === i ? word : w))
  const insert = (i: number, word: string): string[] => [...words.slice(0, i), word, ...words.slice(i)]
  for (let i = 1; i < words.length; i++) {
    const tag = tags[i] ?? ''
    if (tag === 'nns' && plain(i) && tags[i + 1] !== 'nn' && tags[i + 1] !== 'nns') {
      const singular = lexicon.formOf(lower(i), 'nns', 'nn')
      if (singular && singular !== lower(i)) {
        if (countingNumerals.test(lower(i - 1)) && tags[i - 1] === 'cd') add('numeral + noun', [with1(i, singular), i - 1, i + 1])
        if (lower(i - 1) === 'the' && lower(i - 2) === 'of' && lower(i - 3) === 'one') add('one of the + noun', [with1(i, singular), i - 3, i + 1])
      }
    }
    if (tag === 'jjr' && plain(i) && /er$/u.test(lower(i)) && !['more', 'less'].includes(lower(i - 1))) add('more + comparative', [insert(i, 'more'), i, i + 2])
    const subject = objectToSubject[lower(i)]
    if (subject && tag === 'ppo' && tags[i - 1] === 'in' && plain(i)) add('pronoun case', [with1(i, subject), i - 1, i + 1])
    const be = beSwap[lower(i)]
    if (be && lower(i - 1) === 'there' && tags[i - 1] === 'ex') add('there + verb', [with1(i, be), i - 1, i + 1])
    if (modals.has(lower(i)) && tags[i + 1] === 'vb' && plain(i + 1)) add('doubled auxiliary', [insert(i + 1, lower(i) === 'can' ? 'will' : 'can'), i, i + 2])
    if (['has', 'have'].includes(lower(i)) && tags[i + 1] === 'vbn' && plain(i + 1)) add('doubled auxiliary', [insert(i + 1, lower(i) === 'has' ? 'is' : 'are'), i, i + 2])
  }
  return out
}

/** One slip of each kind the sentence has a place for, the place picked by `random`. */
export function grammarSlips(words: readonly string[], tags: readonly string[], lexicon: Lexicon, random: () => number): GrammarSlip[] {
  const slips: GrammarSlip[] = []
  for (const [kind, found] of [...places(words, tags, lexicon)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [edited, from, to] = found[Math.floor(random() * found.length)] as Place
    const joined = join(edited)
    slips.push({ kind, text: joined.text, start: joined.spans[from]?.start ?? 0, end: joined.spans[to - 1]?.end ?? joined.text.length })
  }
  return slips
}
