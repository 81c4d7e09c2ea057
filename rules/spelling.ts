// spelling: misspelt words (`coutnry`, `neigbouring`, `upto`), a capitalised or all-capital word one
// slip from a known place, organisation or acronym (`CANBERA`, `ACEAN`), and masked words (`k#lled`,
// `terr@rists`) with the word they stand for.
//
// Decisions:
// - The dictionary is Hunspell's en_US and en_GB (SCOWL size 60, via wooorm's dictionary-en and
//   dictionary-en-gb), precomputed by `npm run build:spelling` into rules/data/spelling-dictionary.json
//   and searched by bisection on first use: nspell takes ~280 ms to load both, over the cold-start
//   budget. American and British spellings are both words (spelling-consistency handles mixing). A
//   hand-written wire vocabulary (rules/data/spelling.json) adds places, organisations, acronyms,
//   people's names and wire words (lakh, crore, tehsil, suo motu); the `words` option adds the house's own.
// - News is full of names, so a capitalised word that is not a word is a name and is left alone, unless a
//   known place, organisation or acronym (or a capitalised entry of `words`) is one typing slip away: a
//   swapped pair (`Brelin`), a doubled letter written once or twice (`Canbera`), or a consonant struck
//   for a neighbouring key; never the first or last letter, `h`, a vowel, or a letter of the same sound
//   (transliterations differ exactly there: Hussain/Hussein, Bharti/Bharati, Simla/Shimla,
//   Macassar/Makassar, Farooq/Farook), nor one consonant more (`Manikpur` is a town beside `Manipur`).
//   Letters of the same sound count against acronyms (`ACEAN`) and the house's own words (`Heitcamp`);
//   an acronym of six letters or more may also have lost an inner letter (`UNCEF`), and a
//   four-letter acronym of the wire vocabulary with two letters after the first swapped (`NTAO`) is
//   one too when the swapped form is no word: a swap seldom makes another acronym, a struck key does.
//   Two slips of a common dictionary name (rank below 20,000) count too when the story spells that name
//   right elsewhere and uses the slip once (`Chciaggo` beside `Chicago`); no derived form or transliteration.
//   People's names are never compared; two spellings of a name within a story are name-consistency's.
// - A lower-case non-word is flagged only when it looks like a slip of a word: a dictionary word one
//   edit away keeping the first letter (five- and six-letter words: a typing slip of a frequent word;
//   a letter struck for another only as a neighbouring key, a vowel, a sound or voicing pair; an
//   inner letter left out of a word of rank below 50,000 too: `wekend`, `pnalty`), or two
//   edits that keep its letters (`grevious`, `pseudynom`, `collonaded`); not merely another ending
//   (`aggressions`, `princesse`), not a regional variant (`glamor`, `kidnaped`), and not a word built
//   with a productive prefix or suffix or two content words run together (`semipublic`, `woodsmoke`).
//   A doubled consonant before a suffix is a derivation (`gunner`) only when the word with one
//   consonant is not itself a word (`answerred`, `politiccal` are slips). An inner letter left out of
//   a frequent word of five or six letters is the commonest slip of all (`aveage`, `churh`). The last
//   letter of a frequent word typed twice (`provedd`) or its last two letters swapped (`fightign`)
//   is a slip too, though other edits at the end are left alone (other endings); `-re` for `-er` is
//   a spelling of its own. Near the end of a frequent word, a key struck for its neighbour
//   (`politicql`) and a consonant left out (`difficut`) are slips too, and so is a vowel left out
//   of a word of eight letters or more where no English word ends so (`entitld`, `accompanid`; not
//   `employes`); a letter typed three
//   times is the word with it twice or once (`schoool`, `threee`). A typing slip of a frequent word
//   (a swap, a doubling, a neighbouring key or vowel, never at the first or last letter, nor a
//   vowel in the last three letters: `employes` is an older spelling) is read as that slip before
//   any derivation or compound the letters might also spell (`finaly` is not `final`+`y`, nor
//   `beetween` `beet`+`ween`). Four-letter words count only as a slip of one of the commonest
//   words (`snce`, `thir`).
//   Words of three letters or fewer, words used twice in the story unless plainly a slip of a frequent
//   word (a term, not a typo), words next to another unknown word that is no slip (a foreign phrase),
//   words capitalised elsewhere in the story (a name), words in a sentence that names a language (a
//   gloss: `from the Pashto ghara, meaning hill`), dropped g's (`nothin'`), reduplications
//   (`criss-cross`), and words in URLs, addresses, handles and hashtags are left alone. Two frequent
//   words run together around a word that runs into the next (`upto`, `alot`, `infact`) are flagged
//   with the split.
// - Sentence starts, title-case headlines and all-capital lines are read as ordinary words with a
//   stricter bar (seven letters, a frequent word, used once), since names start sentences too.
// - A real word in the wrong place is out of scope, except where the phrase makes the slip certain:
//   `Prime Minster`, `Untied Nations`, `pubic health`, `will loose its` and `an affect on` (a verb
//   slot and its object, a noun slot and its preposition), and `that` or `then` for `than` between
//   a comparative and a figure (`more that $500`).
// - Contractions without their apostrophe (`doesnt`, `Citys`) are the apostrophe rule's: skipped.
// - kind `mechanical`: a misspelling inside a quotation is the publisher's typo, not the speaker's
//   wording (speech has no spelling); quoted dialect is rare in wire copy and mostly written with
//   apostrophes, which are skipped.
// - fix `suggest`: a dictionary cannot know which word was meant (`preceeded` is `preceded` or
//   `proceeded`); at most three suggestions, computed only for reported words, ranked by edits then by
//   frequency in the Brown corpus, go in the message.
// - Two tiers: a near miss whose every suggestion is a rare word (`pseudynom`, `filagree`) is reported
//   as `info`, since rare words are where the dictionaries lack variants, technical and foreign
//   words (`miniscule` is a variant some dictionaries list); a slip of a frequent word (`avaliable`),
//   a known name or acronym, a masked word and a run-together phrase are warnings.
// - A capitalised non-word used once, with no capitalised word beside it (people's names come in
//   twos or after a title: `Gen. Cedvet Sunay`), one inner slip from a name of the commonest forms
//   of press copy (`Amercian`, `Lonon`, `Tiesday`), or with its last letter doubled (`Fridayy`), is
//   reported as a known name; the first and last letters, and letters of one sound, are where
//   names and transliterations differ and are never read as slips there.
// - A capitalised non-word of six letters or more one letter short of a month or day, or with two
//   neighbours swapped (`Febuary`, `Wendesday`), is reported as a known name; a letter more or
//   another letter makes names (`Augusta`, `Mondal`). A letter typed three times (`reallly`) is
//   never read as a derivation or a variant.
import { z } from 'zod'
import { defineRule } from '../src/rule/define-rule.js'
import type { Report, Story, Word, WordPart } from '../src/rule/types.js'
import { consonantSkeleton, editDistance } from './lib/names.js'
import { lexicon, type Lexicon } from './lib/spelling/lexicon.js'
import { derived, prefixes, runTogether, variantOf } from './lib/spelling/morphology.js'
import { acronymTypo, keySlip, letterSlip, sameSound, typoOf } from './lib/spelling/typos.js'
import { fold, indexNames, type Name, vocabulary } from './lib/spelling/vocabulary.js'

type MessageId = 'misspelling' | 'name' | 'masked' | 'confusion'

/** Characters that mask a letter in a word (`k#lled`, `terr@rists`, `sc@re`). */
const maskChars = '@#*$%'

/** Characters that, touching a word, make it part of an address, a handle, a hashtag or code. */
const codeNeighbours = '/\\@#_=&.:+~|<>{}[]^`'

/** Longest word checked: longer runs of letters are no word of the dictionary's and not a slip of one. */
const maxLength = 30

/** Rank below which a word counts as frequent (a character position in the frequency list). */
const frequentRank = 25_000

/** Rank below which a misspelt word's suggestion makes a warning, not `info` (about the 5,000 commonest forms). */
const commonRank = 50_000

/** Rank below which a four-letter non-word's suggestion counts (about the 1,200 commonest forms). */
const shortRank = 10_000

export default defineRule(
  {
    id: 'spelling',
    category: 'spelling',
    kind: 'mechanical',
    severity: 'warning',
    description: 'Flag misspelt words such as `coutnry`, a name one slip from a known place or acronym such as `CANBERA`, and masked words such as `k#lled`',
    rationale:
      'A misspelling tells readers nobody read the copy; a misspelt place or agency name is also wrong on a map or a search. Inside a quotation it is still the publisher’s typo: speech has no spelling.',
    fix: 'suggest',
    messages: {
      misspelling: 'Unexpected misspelling `{actual}`, expected {suggestions}',
      name: 'Unexpected misspelling `{actual}`, expected {suggestions} (a known name)',
      masked: 'Unexpected masked word `{actual}`, expected {suggestions}',
      confusion: 'Unexpected `{actual}` after the comparative `{before}`, expected `{expected}`',
    },
    options: z.strictObject({
      words: z
        .array(z.string().regex(/^[\p{L}\p{M}'’-]+$/u))
        .default([])
        .describe('Words of your own that are never flagged (case-insensitive); capitalised ones are also names a near miss is compared with'),
    }),
    examples: {
      invalid: [
        {
          text: 'Floods cut off villages across the coutnry on Monday.',
          diagnostics: ['1:36-1:43 misspelling Unexpected misspelling `coutnry`, expected `country`'],
        },
        {
          text: 'Talks with neigbouring states went on upto midnight.',
          diagnostics: [
            '1:12-1:23 misspelling Unexpected misspelling `neigbouring`, expected `neighbouring`',
            '1:39-1:43 misspelling Unexpected misspelling `upto`, expected `up to`',
          ],
        },
        {
          text: 'CANBERA, May 4 (Reuters) - Australia said ACEAN and UNCEF members would meet in July.',
          diagnostics: [
            '1:1-1:8 name Unexpected misspelling `CANBERA`, expected `CANBERRA` (a known name)',
            '1:43-1:48 name Unexpected misspelling `ACEAN`, expected `ASEAN` (a known name)',
            '1:53-1:58 name Unexpected misspelling `UNCEF`, expected `UNICEF` (a known name)',
          ],
        },
        {
          text: 'The council said the new politiccal office answerred every letter, and the aveage fare rose.',
          diagnostics: [
            '1:26-1:36 misspelling Unexpected misspelling `politiccal`, expected `political`',
            '1:44-1:53 misspelling Unexpected misspelling `answerred`, expected `answered`',
            '1:76-1:82 misspelling Unexpected misspelling `aveage`, expected `average`',
          ],
        },
        {
          // A letter left out: inside a less frequent word, or a vowel near the end where no English word ends so.
          text: 'Over the wekend the ferry crews were entitld to a bonus, and the pnalty was waived.',
          diagnostics: [
            '1:10-1:16 misspelling Unexpected misspelling `wekend`, expected `weekend`',
            '1:38-1:45 misspelling Unexpected misspelling `entitld`, expected `entitled`',
            '1:66-1:72 misspelling Unexpected misspelling `pnalty`, expected `penalty`',
          ],
        },
        {
          text: 'The crew provedd the pump worked while fightign the fire.',
          diagnostics: [
            '1:10-1:17 misspelling Unexpected misspelling `provedd`, expected `proved`',
            '1:40-1:48 misspelling Unexpected misspelling `fightign`, expected `fighting`',
          ],
        },
        {
          text: 'The Amercian envoy left for Lonon on Tiesday.',
          diagnostics: [
            '1:5-1:13 name Unexpected misspelling `Amercian`, expected `American` (a known name)',
            '1:29-1:34 name Unexpected misspelling `Lonon`, expected `London` (a known name)',
            '1:38-1:45 name Unexpected misspelling `Tiesday`, expected `Tuesday` (a known name)',
          ],
        },
        {
          text: 'The Federal Minster for Railways left.',
          diagnostics: ['1:13-1:20 misspelling Unexpected misspelling `Minster`, expected `Minister`'],
        },
        {
          text: 'The party could loose its majority, with an affect on the budget.',
          diagnostics: [
            '1:17-1:22 misspelling Unexpected misspelling `loose`, expected `lose`',
            '1:45-1:51 misspelling Unexpected misspelling `affect`, expected `effect`',
          ],
        },
        {
          text: 'Senator Heidi Heitcamp spoke first.',
          options: { words: ['Heitkamp'] },
          diagnostics: ['1:15-1:23 name Unexpected misspelling `Heitcamp`, expected `Heitkamp` (a known name)'],
        },
        {
          text: 'Fares rose by more that 20 percent, and less then half the buses ran.',
          diagnostics: [
            '1:20-1:24 confusion Unexpected `that` after the comparative `more`, expected `than`',
            '1:46-1:50 confusion Unexpected `then` after the comparative `less`, expected `than`',
          ],
        },
        {
          text: 'Talks resume on Wendesday, and the fund was aqquired in Febuary.',
          diagnostics: [
            '1:17-1:26 name Unexpected misspelling `Wendesday`, expected `Wednesday` (a known name)',
            '1:45-1:53 misspelling Unexpected misspelling `aqquired`, expected `acquired`',
            '1:57-1:64 name Unexpected misspelling `Febuary`, expected `February` (a known name)',
          ],
        },
        {
          text: 'Police said the terr@rists had k#lled two guards.',
          diagnostics: [
            '1:17-1:27 masked Unexpected masked word `terr@rists`, expected `terrorists`',
            '1:32-1:38 masked Unexpected masked word `k#lled`, expected `killed`',
          ],
        },
      ],
      valid: [
        'The colour of the flag and the color of the car were both reported.',
        'Choirs sang in York Minster and the minster at Beverley.',
        'The rope came loose at the dock, loose change fell, and the cuts may affect the port and have an effect on jobs.',
        'Later that year more than 40 ships came; the more that 3 ferries sail, the better, then 12 left.',
        'Sarpanch Rajkumari Devi of Jajpur tehsil said 12 lakh rupees were lost.',
        'Minister Hussain Qureshi met Hussein Ali in Kathmandu and Katmandu.',
        'Officials from Xinjiang and Zaporizhzhia met Oleksandr Tkachuk and Wanjiku Mwangi.',
        'Augusta Mondal met Sundar Frida and Augusto Sunda on Monday in Marche.',
        'Gen. Cedvet Sunay met Sania and Marten in Tehran, and Chairman Richard Mears met Lefty Wyman.',
        'The deal doesnt cover the Citys old port.',
        'See https://www.examplenews.com/qwertz or mail desk@examplenews.com, #Elecshun and @newsdesk.',
        'Critics called it a fait accompli and a mea culpa, an ex gratia payment.',
        'The town takes its name from the Pashto words ghara, meaning hill, and kalai, meaning village.',
        'Rescue teams reached the semipublic clubrooms at midmorning.',
        { text: 'The plan for Goondiwindi was approved.', options: { words: ['Goondiwindi'] } },
      ],
    },
  },
  ({ story, options, report }) => {
    const context = makeContext(story, options.words)
    const masked = checkMasked(story, context, report)
    story.words.forEach((word) => {
      if (masked.has(word.index)) return
      if (checkRealWord(story, word, report) || checkComparative(story, word, report)) return
      for (const part of story.parts(word)) checkPart(context, word, part, report)
    })
  },
)

type Reporter = Report<MessageId>

/** Modal verbs, which a bare verb follows (not `to` or `not`: `to loose the dogs`, `do not loose their wrath` are the verb `loose`, release). */
const modals: ReadonlySet<string> = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', "won't", "can't", 'cannot'])

/** Words that open a verb's object. */
const objects: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'the', 'a', 'an', 'our', 'my', 'your', 'them', 'him', 'me', 'us', 'this', 'that', 'money', 'power', 'control', 'weight'])

/**
 * Real words typed for another in a fixed phrase, where the neighbour makes the slip certain:
 * `Prime Minster` (a minster is a church), `Untied Nations`, `pubic health`.
 */
const realWordSlips: ReadonlyMap<
  string,
  { readonly expected: string; readonly before?: ReadonlySet<string>; readonly after?: ReadonlySet<string>; readonly both?: boolean }
> = new Map([
    [
      'minster',
      {
        expected: 'minister',
        before: new Set([
          'prime', 'chief', 'federal', 'union', 'foreign', 'finance', 'home', 'deputy', 'cabinet', 'junior', 'defence', 'defense',
          'health', 'education', 'interior', 'external', 'former', 'provincial', 'state', 'railway', 'railways', 'agriculture',
          'trade', 'commerce', 'energy', 'power', 'petroleum', 'law', 'justice', 'information', 'labour', 'labor', 'transport',
        ]),
      },
    ],
    ['untied', { expected: 'united', after: new Set(['nations', 'states', 'kingdom', 'arab', 'front', 'airlines']) }],
    // `will loose its`: a modal's verb slot and an object (`loose` is an adjective, or a rare verb, release).
    ['loose', { expected: 'lose', before: modals, after: objects, both: true }],
    // `an affect on`, `the affect of`: a noun slot (`affect` is a verb but for psychology's noun).
    ['affect', { expected: 'effect', before: new Set(['an', 'the', 'no', 'any', 'little', 'adverse', 'positive', 'negative', 'major', 'significant']), after: new Set(['on', 'of']), both: true }],
    ['pubic', { expected: 'public', after: new Set(['health', 'sector', 'school', 'schools', 'transport', 'service', 'services', 'interest', 'opinion', 'safety', 'order', 'hearing', 'prosecutor', 'holiday', 'debt', 'money', 'places', 'place', 'works']) }],
  ])

/** A real word typed for another in a fixed phrase (`Prime Minster`): reported, and true. */
function checkRealWord(story: Story, word: Word, report: Reporter): boolean {
  const slip = realWordSlips.get(word.normal)
  if (!slip) return false
  const before = story.adjacentWord(word.index, -1)?.normal
  const after = story.adjacentWord(word.index, 1)?.normal
  const beforeFits = before !== undefined && slip.before?.has(before) === true
  const afterFits = after !== undefined && slip.after?.has(after) === true
  if (slip.both === true ? !(beforeFits && afterFits) : !(beforeFits || afterFits)) return false
  const cased = /^\p{Lu}+$/u.test(word.text)
    ? slip.expected.toUpperCase()
    : /^\p{Lu}/u.test(word.text)
      ? slip.expected.charAt(0).toUpperCase() + slip.expected.slice(1)
      : slip.expected
  report('misspelling', word, suggestions([cased]))
  return true
}

/** Comparatives a figure follows only through `than` (`more than $500`); not `later`/`earlier` (`later that year`). */
const comparatives: ReadonlySet<string> = new Set([
  'more', 'less', 'fewer', 'greater', 'higher', 'lower', 'larger', 'smaller', 'bigger', 'better', 'worse', 'rather',
  'older', 'younger', 'longer', 'shorter', 'cheaper', 'costlier', 'faster', 'slower', 'heavier', 'lighter', 'above',
])

/** A figure: digits, a currency before them, or a number word. */
const figureAhead = /^\s{1,2}(?:(?:US|Rs\.?|INR|USD|\p{Sc})\s?\d|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a dozen|half|a third|a quarter|a million|a billion|a hundred|a thousand)\b)/u

/**
 * `that` or `then` typed for `than` between a comparative and a figure (`more that $10,000`, `less
 * then 5 percent`): no reading of the phrase takes `that` or `then` there (`the more that ...` is a
 * correlative). Reported, and true.
 */
function checkComparative(story: Story, word: Word, report: Reporter): boolean {
  if (word.normal !== 'that' && word.normal !== 'then') return false
  const before = story.adjacentWord(word.index, -1)
  if (!before || !comparatives.has(before.normal) || !figureAhead.test(story.flat.slice(word.end, word.end + 16))) return false
  // `the more that 3 ferries sail, the better`: a correlative, not a comparison with a figure.
  if (story.adjacentWord(before.index, -1)?.normal === 'the') return false
  const expected = /^\p{Lu}/u.test(word.text) ? 'Than' : 'than'
  report('confusion', word, { expected: [expected], data: { before: before.text } })
  return true
}

/** What one story's check shares. */
interface Context {
  readonly story: Story
  readonly lex: Lexicon
  readonly known: (lower: string) => boolean
  /** Names to compare with, and whether letters of one sound count as slips (the house's own words). */
  readonly names: readonly { readonly index: ReadonlyMap<string, readonly Name[]>; readonly sound: boolean }[]
  readonly acronyms: readonly string[]
  /** The `words` option, folded. */
  readonly ownWords: ReadonlySet<string>
  /** Acronyms known as written. */
  readonly knownAcronyms: ReadonlySet<string>
  /** How often each lower-case form occurs in lower case. */
  readonly lowerCounts: ReadonlyMap<string, number>
  /** How often each lower-cased form occurs capitalised or in capitals. */
  readonly capitalCounts: ReadonlyMap<string, number>
  /** Words of three capitals or more the story uses twice or more, or the wire vocabulary knows (its acronyms). */
  readonly storyAcronyms: ReadonlySet<string>
  /** Lower-case forms of words capitalised inside a sentence (names in this story). */
  readonly namedInStory: ReadonlySet<string>
  /** Lines with no lower-case letter (all-capital headlines and datelines). */
  readonly capsLines: ReadonlySet<number>
  /** Sentences that name a language (`from the Greek chole, meaning bile`): their unknown words are foreign. */
  readonly glossSentences: ReadonlySet<number>
}

/** Languages whose words a story quotes in a gloss. */
const languages: ReadonlySet<string> = new Set(
  ('arabic aramaic bengali cantonese chinese dutch english farsi french german greek gujarati hebrew hindi irish ' +
    'italian japanese korean latin malay mandarin marathi pashto persian portuguese punjabi russian sanskrit ' +
    'spanish swahili tamil telugu turkish ukrainian urdu yiddish').split(' '),
)

function makeContext(story: Story, words: readonly string[]): Context {
  const lex = lexicon()
  const vocab = vocabulary()
  const own = new Set(words.flatMap((w) => w.split(/[-‐‑]/u)).map((w) => fold(w)))
  const known = (lower: string): boolean => lex.has(lower) || vocab.known.has(lower) || own.has(lower)
  const lowerCounts = new Map<string, number>()
  const capitalCounts = new Map<string, number>()
  const namedInStory = new Set<string>()
  const glossSentences = new Set<number>()
  story.words.forEach((word, index) => {
    if (languages.has(word.normal) && /^\p{Lu}/u.test(word.text)) glossSentences.add(word.sentence)
    for (const part of story.parts(word)) {
      if (/^\p{Ll}+$/u.test(part.text)) {
        lowerCounts.set(part.text, (lowerCounts.get(part.text) ?? 0) + 1)
        continue
      }
      const lower = part.text.toLowerCase()
      if (/^\p{Lu}/u.test(part.text)) capitalCounts.set(lower, (capitalCounts.get(lower) ?? 0) + 1)
      if (/^\p{Lu}\p{Ll}+$/u.test(part.text) && !sentenceInitial(story, index)) namedInStory.add(lower)
    }
  })
  const capsCounts = new Map<string, number>()
  for (const word of story.words) if (/^\p{Lu}{3,}$/u.test(word.text)) capsCounts.set(word.text, (capsCounts.get(word.text) ?? 0) + 1)
  const storyAcronyms = new Set([...capsCounts].filter(([a, n]) => n > 1 || vocab.knownAcronyms.has(a) || lex.acronyms.includes(a)).map(([a]) => a))
  const capsLines = new Set<number>()
  for (const line of story.lines) if (/\p{Lu}/u.test(line.text) && !/\p{Ll}/u.test(line.text)) capsLines.add(line.index)
  const ownNames = words.filter((w) => /^\p{Lu}/u.test(w))
  return {
    story,
    lex,
    known,
    names: [
      { index: vocab.names, sound: false },
      { index: indexNames(ownNames), sound: true },
    ],
    acronyms: [...vocab.acronyms, ...lex.acronyms, ...ownNames.filter((w) => /^\p{Lu}{5,}$/u.test(w))],
    knownAcronyms: vocab.knownAcronyms,
    ownWords: own,
    lowerCounts,
    capitalCounts,
    namedInStory,
    storyAcronyms,
    capsLines,
    glossSentences,
  }
}

/** First word of a sentence, a line or a quotation, or any word of the headline. */
function sentenceInitial(story: Story, index: number): boolean {
  const word = story.words[index]
  if (!word) return true
  if (story.headline && word.start < story.headline.end) return true
  const before = story.words[index - 1]
  if (!before || before.sentence !== word.sentence) return true
  return /["“”‘(:—–\n|•]/u.test(story.flat.slice(before.end, word.start)) || /[\n]/u.test(story.text.slice(before.end, word.start))
}

function checkPart(context: Context, word: Word, part: WordPart, report: Reporter): void {
  const { story } = context
  const text = part.text
  if (text.length < 2 || text.length > maxLength || inCode(story, word, part)) return
  if (!/^[\p{L}\p{M}]+$/u.test(text)) return
  const lower = fold(text)
  if (!/^[a-z]+$/u.test(lower) || context.known(lower)) return
  // A word with diacritics that is not an English word is a foreign word or name.
  if (lower !== text.toLowerCase()) return
  if (/^\p{Ll}+$/u.test(text)) {
    if (!compoundPartChecked(context, word, part)) return
    const found = lowerCase(context, word, lower, false)
    if (found) report('misspelling', part, found)
    return
  }
  const caps = /^\p{Lu}+$/u.test(text)
  if (!caps && !/^\p{Lu}\p{Ll}+$/u.test(text)) return // iPhone, McDonald: brand and name shapes
  if (caps && context.knownAcronyms.has(text)) return
  if (caps && text.length >= 5) {
    const acronym = context.acronyms.find((a) => acronymTypo(text, a)) ?? context.acronyms.find((a) => acronymDrop(text, a))
    if (acronym) {
      report('name', part, suggestions([acronym]))
      return
    }
  }
  // An acronym the story writes right elsewhere, with an inner letter lost, two swapped or one struck for a
  // neighbouring key (`NAO`, `NTAO`, `NAYO` beside `NATO`); the story's own use vouches for it.
  if (caps && text.length >= 3 && !context.lex.has(lower) && (context.capitalCounts.get(lower) ?? 0) <= 1) {
    const full = [...context.storyAcronyms].find((a) => a !== text && a.charAt(0) === text.charAt(0) && (innerDrop(text, a) || innerSwap(text, a) || typoOf(lower, a.toLowerCase(), { vowels: true })))
    if (full) {
      report('name', part, suggestions([full]))
      return
    }
  }
  // A four-letter acronym the wire vocabulary knows with two inner letters swapped (`NTAO`, `OPCE`):
  // a swap, unlike a struck key, seldom makes another acronym.
  if (caps && text.length === 4 && !context.lex.has(lower)) {
    const swapped = [...context.knownAcronyms].find((a) => a.length === 4 && innerSwap(text, a))
    if (swapped) {
      report('name', part, suggestions([swapped]))
      return
    }
  }
  const name =
    nearName(context, lower) ?? calendarSlip(lower) ?? (standsAlone(story, word) ? frequentSlip(context, lower) : undefined) ?? storyTwin(context, lower)
  if (name) {
    report('name', part, suggestions([caps ? name.toUpperCase() : name]))
    return
  }
  const line = story.lines.find((l) => l.start <= part.start && part.start < l.end)
  const initial = sentenceInitial(story, word.index) || (caps && line !== undefined && context.capsLines.has(line.index))
  if (!initial || (!caps && context.namedInStory.has(lower)) || (context.capitalCounts.get(lower) ?? 0) > 1) return
  const found = lowerCase(context, word, lower, true)
  if (!found) return
  const cased = found.expected.map((w) => (caps ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1)))
  report('misspelling', part, suggestions(cased, found.severity === 'info'))
}

/**
 * A part of a hyphenated word is checked only when it is not a prefix (`intra-mural`) and every
 * other part is known (`knick-knacks`, `tragi-comic` and foreign compounds are left alone).
 */
function compoundPartChecked(context: Context, word: Word, part: WordPart): boolean {
  const parts = context.story.parts(word)
  if (parts.length === 1) return true
  if (prefixes.includes(part.text)) return false
  // Reduplication (`criss-cross`, `knick-knack`): a part echoing another.
  const echo = (p: WordPart) =>
    p.start !== part.start && (p.text.slice(-3) === part.text.slice(-3) || (p.text.length === part.text.length && p.text.charAt(0) === part.text.charAt(0)))
  if (parts.some(echo)) return false
  return parts.every((p) => p.start === part.start || p.text === '' || /\d/u.test(p.text) || context.known(fold(p.text)) || context.knownAcronyms.has(p.text))
}

/** The word is part of a URL, an address, a handle, a hashtag, code or a number. */
function inCode(story: Story, word: Word, part: WordPart): boolean {
  if (/[\d_/\\@.]/u.test(part.text)) return true
  // Dotted or slashed tokens are addresses and paths; a hyphenated word may hold a number (`5.0-magnitude`).
  if (/[_/\\@]/u.test(word.text) || (word.text.includes('.') && !word.text.includes('-'))) return true
  const before = story.text.charAt(word.start - 1)
  const after = story.text.charAt(word.end)
  if (codeNeighbours.includes(before) && before !== '') return true
  if (after !== '' && '/\\@_=&+~|<>{}[]^`'.includes(after)) return true
  if (after === '.' && /^\.\p{L}/u.test(story.text.slice(word.end, word.end + 2))) return true
  if (after === ':' && story.text.startsWith('//', word.end + 1)) return true
  // Dropped g (`countin'`, `lyin'`): dialect in a quotation.
  if ((after === "'" || after === '’') && word.text.endsWith('in')) return true
  return part.text.includes("'") || part.text.includes('’')
}

interface Found {
  readonly expected: string[]
  readonly data: { suggestions: string }
  /** A near miss of rare words only: reported as `info` (see the decisions above). */
  readonly severity?: 'info'
}

function suggestions(words: readonly string[], tentative = false): Found {
  const quoted = words.map((w) => `\`${w}\``)
  const last = quoted.pop() ?? ''
  const data = { suggestions: quoted.length > 0 ? `${quoted.join(', ')} or ${last}` : last }
  return tentative ? { expected: [...words], data, severity: 'info' } : { expected: [...words], data }
}

/**
 * Whether all-capital `word` is a known acronym of six letters or more with one inner letter left
 * out (`UNCEF`, `ECOWS`): five letters or more remain, so no short acronym of its own is taken.
 */
function acronymDrop(word: string, acronym: string): boolean {
  return acronym.length >= 6 && innerDrop(word, acronym)
}

/** Whether `word` is `acronym` with one letter after the first left out. */
function innerDrop(word: string, acronym: string): boolean {
  if (word.length !== acronym.length - 1) return false
  for (let i = 1; i < acronym.length; i++) if (acronym.slice(0, i) + acronym.slice(i + 1) === word) return true
  return false
}

/** Whether `word` is `acronym` with two neighbouring letters after the first swapped. */
function innerSwap(word: string, acronym: string): boolean {
  for (let i = 1; i + 1 < word.length; i++) {
    if (word.charAt(i) !== word.charAt(i + 1) && acronym === word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2)) return true
  }
  return false
}

/** The closest known name one slip from a folded capitalised word (two for 10+ letters), or undefined. */
function nearName(context: Context, lower: string): string | undefined {
  if (lower.length < 6) return undefined
  for (const { index, sound } of context.names) {
    for (const name of index.get(lower.charAt(0)) ?? []) {
      if (Math.abs(name.fold.length - lower.length) > 2) continue
      if (typoOf(lower, name.fold, { sound })) return name.text
      if (lower.length >= 10 && name.fold.length >= 10 && twoSlips(lower, name.fold, sound)) return name.text
    }
  }
  return undefined
}

/**
 * Whether a capitalised word has no capitalised word beside it (a person's name comes in twos or
 * after a title: `Gen. Cedvet Sunay`), but for a common word opening the sentence (`The Americn`).
 */
function standsAlone(story: Story, word: Word): boolean {
  return ([-1, 1] as const).every((step) => {
    const other = story.adjacentWord(word.index, step)
    if (other === undefined || !/^\p{Lu}/u.test(other.text)) return true
    const lex = lexicon()
    return step === -1 && sentenceInitial(story, other.index) && lex.has(other.normal) && !lex.name(other.normal)
  })
}

/**
 * The frequent word or name (about the 3,000 commonest forms of press copy: `American`, `Sunday`,
 * `Communist`) a capitalised non-word used once is one inner slip from (`Americn`, `Tiesday`,
 * `Dempcrats`), or a doubled last letter (`Fridayy`). The first and last letters stay, where names
 * differ (`Augusta`, `Mondal`), and letters of one sound are not slips (transliterations such as
 * `Oktober` differ there); a word the story capitalises twice is a name it means.
 */
function frequentSlip(context: Context, lower: string): string | undefined {
  if (lower.length < 5 || (context.capitalCounts.get(lower) ?? 0) > 1) return undefined
  const last = lower.charAt(lower.length - 1)
  const fits = context.lex.near(lower, 1).filter(({ word, distance }) => {
    if (distance !== 1 || !context.lex.rankBelow(word, frequentRank) || !context.lex.name(word) || word.charAt(0) !== lower.charAt(0)) return false
    if (lower === `${word}${last}` && word.endsWith(last)) return true
    if (word.charAt(word.length - 1) !== last || word.length < 5) return false
    if (word.length !== lower.length) return true
    let i = 0
    while (word.charAt(i) === lower.charAt(i)) i++
    return !(word.slice(i + 1) === lower.slice(i + 1) && sameSound.has(word.charAt(i) + lower.charAt(i)))
  })
  fits.sort((a, b) => context.lex.rank(a.word) - context.lex.rank(b.word))
  const found = fits[0]?.word
  return found === undefined ? undefined : found.charAt(0).toUpperCase() + found.slice(1)
}

/** Month and day names of six letters or more, which a capitalised non-word may be a slip of. */
const calendarNames: readonly string[] = Object.freeze(
  'January February August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
)

/**
 * The month or day a folded capitalised non-word of six letters or more is one slip from: a letter
 * dropped (`Febuary`) or two neighbours swapped (`Wendesday`); not a letter added or struck for
 * another, which makes names (`Augusta`, `Mondal`, `Sundar`).
 */
function calendarSlip(lower: string): string | undefined {
  return calendarNames.find((name) => {
    const target = name.toLowerCase()
    if (lower.length < 6 || target.charAt(0) !== lower.charAt(0) || target === lower) return false
    if (lower.length === target.length - 1) return [...target].some((_, i) => target.slice(0, i) + target.slice(i + 1) === lower)
    if (lower.length !== target.length) return false
    const diff = [...target].flatMap((c, i) => (c === lower.charAt(i) ? [] : [i]))
    const [a, b] = diff
    return diff.length === 2 && a !== undefined && b === a + 1 && target.charAt(a) === lower.charAt(b) && target.charAt(b) === lower.charAt(a)
  })
}

/** Rank below which a name is common enough for the story's own use of it to vouch for its spelling (`Eisenhower`, `Chicago`). */
const twinRank = 20_000

/**
 * A common known name the story spells right elsewhere, two typing slips from a capitalised non-word
 * it uses only once (`Esehhower` beside `Eisenhower`): the story's own use stands in for the length
 * `nearName` asks of two slips (ten letters). Both have six letters or more and the same first letter,
 * neither derives from the other (`Katangans`), and they are no transliterations of each other (the
 * same consonant skeleton: `Hussain`/`Hussein`).
 */
function storyTwin(context: Context, lower: string): string | undefined {
  if (lower.length < 6 || (context.capitalCounts.get(lower) ?? 0) > 1) return undefined
  const skeleton = consonantSkeleton(lower)
  for (const name of context.namedInStory) {
    if (name.length < 6 || name.charAt(0) !== lower.charAt(0) || !(context.lex.has(name) || vocabulary().known.has(name))) continue
    // Two edits exactly: one-letter differences are the other checks' (real surnames differ by one: `Parmer`/`Parker`).
    if (!context.lex.rankBelow(name, twinRank) || editDistance(lower, name, 2) !== 2 || consonantSkeleton(name) === skeleton) continue
    // A derived form (`Katangans`, `Leaguers`, `Wendells`) shares the whole name.
    if (lower.startsWith(name) || name.startsWith(lower.slice(0, -1))) continue
    if (twoSlips(lower, name, true)) return name.charAt(0).toUpperCase() + name.slice(1)
  }
  return undefined
}

/** Two slips: some string one slip from both. */
function twoSlips(word: string, name: string, sound: boolean): boolean {
  if (Math.abs(word.length - name.length) > 2) return false
  for (let i = 1; i < word.length - 1; i++) {
    // Try undoing each slip at position i: a swap, a drop, an added letter or a substitution from the name.
    const candidates = [
      word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2),
      word.slice(0, i) + word.slice(i + 1),
      word.slice(0, i) + name.charAt(i) + word.slice(i),
      word.slice(0, i) + name.charAt(i) + word.slice(i + 1),
    ]
    for (const middle of candidates) if (middle !== word && typoOf(word, middle, { sound }) && typoOf(middle, name, { sound })) return true
  }
  return false
}

/**
 * Suggestions for a lower-case non-word when it looks like a slip of a dictionary word, or
 * undefined. `strict` (a capitalised word read as an ordinary word) asks for seven letters and one edit.
 */
function lowerCase(context: Context, word: Word, lower: string, strict: boolean): Found | undefined {
  const { lex, known } = context
  if (apostropheLost(lower, known)) return undefined
  // A dropped g (`nothin`, `somethin`): dialect.
  if (lower.endsWith('in') && known(`${lower}g`)) return undefined
  const split = runTogether(lower, (w) => lex.rankBelow(w, frequentRank))
  if (split && !strict) return suggestions([split])
  if (lower.length < (strict ? 7 : 4)) return undefined
  if (context.namedInStory.has(lower) || context.glossSentences.has(word.sentence) || unknownNeighbour(context, word)) return undefined
  // A word used twice is a term, unless it is plainly a slip of a frequent word (`goverment` twice).
  const repeated = (context.lowerCounts.get(lower) ?? 0) > 1
  // A letter typed three times running (`reallly`) is a slip, never a derivation or a variant; so
  // is the last letter of a frequent word typed twice (`provedd`, `examplee`), or its last two
  // letters swapped (`fightign`) but for `-re`/`-er`, where spellings differ.
  const endSlip = !strict && !repeated ? endSlipOf(lex, lower) : undefined
  if (endSlip) return suggestions([endSlip])
  const tripled = /(\p{L})\1\1/u.test(lower)
  // A letter typed three times is the word with it typed twice or once (`schoool`, `threee`).
  const untripled = tripled && !strict ? tripleSlipOf(lex, lower) : undefined
  if (untripled) return suggestions([untripled])
  // A typing slip of a frequent word (`finaly`, `beetween`) is read as one before any derivation
  // or compound it might also spell (`final`+`y`, `beet`+`ween`).
  if (!strict && !repeated && !lex.near(lower, 1).some((c) => variantOf(lower, c.word))) {
    const slipOf = lex.near(lower, 1).filter((c) => frequentWord(lex, c.word) && typoOf(lower, c.word, { vowels: true }) && !vowelAtEnd(lower, c.word))
    slipOf.sort((a, b) => lex.rank(a.word) - lex.rank(b.word))
    if (slipOf.length > 0) return suggestions(slipOf.slice(0, 3).map((c) => c.word))
  }
  if (!tripled && derived(lower, (w) => lex.has(w) || context.ownWords.has(w))) return undefined
  const near = lex.near(lower, lower.length < 7 ? 1 : 2)
  if (!tripled && near.some((c) => variantOf(lower, c.word))) return undefined
  const candidates = near.filter((c) => !lex.offensive(c.word) && plausible(context, lower, c.word, c.distance, strict || repeated))
  if (candidates.length === 0) return undefined
  const best = Math.min(...candidates.map((c) => c.distance))
  const closest = candidates.filter((c) => c.distance === best)
  closest.sort((a, b) => lex.rank(a.word) - lex.rank(b.word) || (a.word < b.word ? -1 : 1))
  return suggestions(
    closest.slice(0, 3).map((c) => c.word),
    !closest.some((c) => frequentWord(lex, c.word, commonRank)),
  )
}

/** `doesnt`, `isnt`, `citys`: a word once an apostrophe is put back (the apostrophe rule's). */
function apostropheLost(lower: string, known: (w: string) => boolean): boolean {
  if (lower.endsWith('nt') && known(`${lower.slice(0, -1)}'t`)) return true
  if (lower.endsWith('s') && lower.length > 3 && known(lower.slice(0, -1))) return true
  return ["'s", "'re", "'ve", "'ll", "'d", "'m"].some((tail) => {
    const bare = tail.slice(1)
    return lower.endsWith(bare) && known(lower.slice(0, -bare.length) + tail)
  })
}

/**
 * The next or previous word of the sentence is also unknown and no slip of a frequent word: the
 * two are a foreign phrase (`nolo contendere`), not two typos side by side.
 */
function unknownNeighbour(context: Context, word: Word): boolean {
  for (const step of [-1, 1] as const) {
    const other = context.story.adjacentWord(word.index, step)
    if (!other) continue
    const parts = context.story.parts(other)
    const part = step === -1 ? parts[parts.length - 1] : parts[0]
    if (!part || !/^\p{L}+$/u.test(part.text) || part.text.length < 2) continue
    const lower = fold(part.text)
    if (!/^[a-z]+$/u.test(lower) || context.known(lower)) continue
    const slip = lower.length >= 5 && context.lex.near(lower, 1).some((c) => plausible(context, lower, c.word, c.distance, false))
    if (!slip) return true
  }
  return false
}

/**
 * Whether a lower-case non-word is plausibly a slip of dictionary word `candidate`, `distance`
 * edits away. Short words (five or six letters) have many neighbours: only a typing slip of a
 * frequent word counts (`tihrd`). Longer ones: any edit keeping the first letter, but not merely
 * another ending; in the last two letters only a consonant struck for another (`magnitute`). Two
 * edits only when the letters are the same (`grevious`, `pseudynom`) or only a doubling moved
 * (`collonaded`). `strict` (a capitalised word) also wants a frequent word.
 */
function plausible(context: Context, word: string, candidate: string, distance: number, strict: boolean): boolean {
  const frequent = frequentWord(context.lex, candidate)
  if (word.charAt(0) !== candidate.charAt(0) || (strict && !frequent)) return false
  if (distance === 2) return sorted(word) === sorted(candidate) || undoubled(word) === undoubled(candidate)
  // Four-letter words: a slip of one of the commonest words only (`snce`, `thir`).
  if (word.length === 4 && !frequentWord(context.lex, candidate, shortRank)) return false
  // An inner letter left out is the commonest slip: a less frequent word counts too (`wekend`, `pnalty`).
  if (word.length <= 6) return (frequent && (typoOf(word, candidate, { vowels: true }) || innerLetterDropped(word, candidate))) || (word.length >= 5 && innerLetterDropped(word, candidate) && frequentWord(context.lex, candidate, commonRank))
  let prefix = 0
  while (prefix < word.length && word.charAt(prefix) === candidate.charAt(prefix)) prefix++
  const a = word.charAt(prefix)
  const b = candidate.charAt(prefix)
  const substitution = word.length === candidate.length && word.slice(prefix + 1) === candidate.slice(prefix + 1)
  if (substitution && !letterSlip(a, b)) return false
  if (prefix < Math.min(word.length, candidate.length) - 2) return true
  // Near the end: a consonant struck for another (`magnitute`), a doubled consonant written once or
  // twice (`occured`, `untill`), and for a frequent word a key struck for its neighbour (`politicql`,
  // `futurw`) or a consonant left out (`difficut`), never another ending (`employes`, `leaguer`).
  if (substitution) return !/[aeiouy]/u.test(a + b) || (frequent && keySlip(a, b))
  const [longer, shorter] = word.length > candidate.length ? [word, candidate] : [candidate, word]
  const extra = longer.charAt(prefix)
  if (longer.slice(prefix + 1) !== shorter.slice(prefix) || prefix === 0) return false
  if (extra === longer.charAt(prefix - 1) && !/[aeiouy]/u.test(extra)) return true
  if (frequent && longer === candidate && /[aeiou]/u.test(extra) && vowelLeftOut(word, candidate, prefix)) return true
  return frequent && longer === candidate && !/[aeiouy]/u.test(extra) && prefix < candidate.length - 1
}

/**
 * Whether a vowel left out near the end of a frequent word of eight letters or more leaves letters
 * no English word ends in: a consonant before a final `d`, `n` or `s` where the word had a vowel
 * (`entitld`, `accompanid` is `-ied` without its `e`, not `-id`); a vowel of a doubled pair
 * (`employes`) or one before `-s`, `-r` (`-ers`, `-es`: another ending) stays.
 */
function vowelLeftOut(word: string, candidate: string, at: number): boolean {
  if (candidate.length < 8 || candidate.charAt(at) === candidate.charAt(at - 1) || candidate.charAt(at) === candidate.charAt(at + 1)) return false
  const tail = candidate.slice(at + 1)
  // `-ed` and `-ied` written `-d` and `-id`; `-eon`, `-ion` written `-n` (`luncheon`, `lunchen`).
  return (tail === 'd' && /[bcdfgklmnprstvz]$/u.test(word.slice(0, -1))) || (candidate.endsWith('ied') && word.endsWith('id')) || /^o?n$/u.test(tail)
}

/**
 * The frequent word of six letters or more a lower-case non-word is with its last letter typed
 * twice (`provedd`, `examplee`, `bringss`) or its last two letters swapped (`fightign`,
 * `contemporayr`; not `-re` for `-er`, a spelling of its own), or undefined.
 */
function endSlipOf(lex: Lexicon, lower: string): string | undefined {
  const n = lower.length
  const last = lower.charAt(n - 1)
  const doubled = lower.slice(0, -1)
  if (last === lower.charAt(n - 2) && doubled.length >= 5 && frequentWord(lex, doubled) && lex.has(doubled)) return doubled
  const swapped = lower.slice(0, -2) + last + lower.charAt(n - 2)
  if (n >= 6 && !lower.endsWith('re') && !lower.endsWith('er') && frequentWord(lex, swapped) && lex.has(swapped)) return swapped
  return undefined
}

/** Whether two words differ at a vowel among the last three letters (`employes`/`employees`: another ending, not a slip). */
function vowelAtEnd(word: string, candidate: string): boolean {
  let i = 0
  while (word.charAt(i) === candidate.charAt(i)) i++
  const shorter = Math.min(word.length, candidate.length)
  return i >= shorter - 3 && /[aeiouy]/u.test(candidate.charAt(i))
}

/** The frequent word a lower-case word with a letter typed three times stands for, with that letter twice or once. */
function tripleSlipOf(lex: Lexicon, lower: string): string | undefined {
  const forms = [lower.replace(/(\p{L})\1\1/u, '$1$1'), lower.replace(/(\p{L})\1\1/u, '$1')]
  return forms.find((form) => lex.has(form) && frequentWord(lex, form, commonRank))
}

/**
 * Whether `word` is `candidate` with one inner letter left out (`aveage`, `churh`): the
 * commonest slip of all, never at the first or last letter (another ending or another word).
 */
function innerLetterDropped(word: string, candidate: string): boolean {
  if (candidate.length !== word.length + 1 || word.length < 4) return false
  for (let i = 1; i < candidate.length - 1; i++) if (candidate.slice(0, i) + candidate.slice(i + 1) === word) return true
  return false
}

/** A frequent word, counting a British spelling as frequent as its American one (the ranks are from Brown). */
function frequentWord(lex: Lexicon, word: string, rank = frequentRank): boolean {
  if (lex.rankBelow(word, rank)) return true
  const american = word.replace('our', 'or').replace(/is(e|ed|es|ing|ation|ations)$/u, 'iz$1').replace(/([^aeiou])re$/u, '$1er')
  return american !== word && lex.rankBelow(american, rank)
}

const sorted = (word: string): string => [...word].sort().join('')
const undoubled = (word: string): string => word.replace(/(.)\1/gu, '$1')

/**
 * Masked words: letters with `@`, `#`, `*`, `$` or `%` standing for one letter each, inside one token
 * (`terr@rists`) or between tokens with no space (`k#lled`). Reported when dictionary words fit the
 * mask; never when an offensive word fits (a censored swear word is masked on purpose).
 */
function checkMasked(story: Story, context: Context, report: Reporter): Set<number> {
  const done = new Set<number>()
  const words = story.words
  for (let i = 0; i < words.length; i++) {
    const first = words[i]
    if (!first) continue
    let last = i
    while (last + 1 < words.length) {
      const next = words[last + 1]
      const current = words[last]
      if (!next || !current) break
      const gap = story.text.slice(current.end, next.start)
      if (gap.length === 0 || gap.length > 3 || [...gap].some((c) => !maskChars.includes(c))) break
      last++
    }
    const end = words[last]?.end ?? first.end
    const text = story.text.slice(first.start, end)
    if (text.length > maxLength || !/^\p{L}+(?:[@#*$%]{1,3}\p{L}+)+$/u.test(text)) continue
    const indexes = Array.from({ length: last - i + 1 }, (_, k) => i + k)
    i = last
    const before = story.text.charAt(first.start - 1)
    if (before !== '' && codeNeighbours.includes(before)) continue
    const fits = unmask(text.toLowerCase(), context)
    if (fits.length === 0 || fits.some((w) => context.lex.offensive(w))) continue
    for (const index of indexes) done.add(index)
    const cased = fits.slice(0, 3).map((w) => (/^\p{Lu}/u.test(text) ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    report('masked', { start: first.start, end }, suggestions(cased))
  }
  return done
}

/** Letters a mask looks like, best first (`@` is drawn as an `a`, and stands for `o` too). */
const maskLetters: Readonly<Record<string, string>> = Object.freeze({ '@': 'ao', $: 's' })

/**
 * Dictionary words that fit a masked lower-case word (at most three masks): those using the letters
 * the masks look like first, then by frequency.
 */
function unmask(text: string, context: Context): string[] {
  const masks = [...text].filter((c) => maskChars.includes(c)).length
  if (masks > 3) return []
  let forms: { word: string; penalty: number }[] = [{ word: '', penalty: 0 }]
  for (const c of text) {
    if (!maskChars.includes(c)) forms = forms.map((f) => ({ word: f.word + c, penalty: f.penalty }))
    else {
      const looks = maskLetters[c] ?? ''
      forms = forms.flatMap((f) =>
        [...'abcdefghijklmnopqrstuvwxyz'].map((l) => ({ word: f.word + l, penalty: f.penalty + (looks.includes(l) ? looks.indexOf(l) : looks.length + 1) })),
      )
    }
  }
  const fits = forms.filter((f) => context.lex.has(f.word))
  fits.sort((a, b) => a.penalty - b.penalty || context.lex.rank(a.word) - context.lex.rank(b.word) || (a.word < b.word ? -1 : 1))
  return fits.map((f) => f.word)
}
