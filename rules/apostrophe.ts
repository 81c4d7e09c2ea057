// apostrophe: apostrophes lost in contractions (`doesnt`, `theyre`) and in possessives that context
// shows (`the worlds largest`, `last weeks vote`, `the citys budget`, `Dorvans new mayor` when the
// story also names `Dorvan`).
//
// Decisions:
// - kind `mechanical`: a lost apostrophe is a typing or feed slip, not the speaker's wording, so it is
//   flagged inside quotations too.
// - Contractions come from a closed list of forms that are not English words (`doesnt`, `youre`);
//   `wont` and `cant` are words too (`as is his wont`, `the cant of politics`): they are taken as
//   contractions only when no possessive or determiner comes before them and no `to` or `of` after.
//   `its`, `lets`, `were`, `well`, `shell`, `hell`, `ill`, `wed`, `id` and `hed` are words and never
//   flagged; `im` and `ive` are left out (`Im` and `Ive` are names). The fix is safe: it inserts the
//   apostrophe, keeping the case, in the glyph most words of the story use (straight when none).
// - Apostrophe glyphs: a mark typed for an apostrophe that splits the word (`council´s`, `don‘t`) is
//   replaced by the story's glyph, and so is the minority glyph when at most half as many words use
//   it as the other (`city’s`, `port’s`, then `mayor's`); `each others'` becomes `each other's`.
//   These fixes are safe.
// - Possessives are suggestions (`Kennedys new home` may be `Kennedys'`), found only where a plural
//   cannot be read: a noun in -s between `the` and a superlative (`the worlds largest`, `second
//   largest`, or `most` and modifiers running into a noun: `the nations most pressing problem`; not
//   `the voters most affected by`), a name there when the story names its stem or the dictionaries
//   or the wire vocabulary know the stem as a name (`Keralas most used roads`); `last`,
//   `next` or `this` with `weeks`, `months`, `years`... before a noun (`the last years of his life` is
//   a plural); `today`, `yesterday`, `tomorrow` with -s before a noun; a word in consonant + `ys`
//   (`citys`: the plural is `cities`) before a noun; a capitalised word in -s before a noun when the
//   story also uses the name without the -s standing alone (`Dorvan` then `Dorvans new mayor`) and
//   never uses the -s form after `the` or the bare name after `a` (a team or a people: `the
//   Yankees`, `a Democrat`), or when the dictionary lists the stem as a name and the -s form as no
//   word or name, or only as the plural it derives for most names, a form too rare to have a
//   frequency rank (`Harolds home`, `Berlins new airport`; not `Americans`, `Democrats`, `Athens`,
//   nor a surname of its own in -s, `Williams`, `Evans`, which is frequent, nor stems of peoples and
//   followers in -an, -ist, -ite, -er, -ese, -ic, whose plurals the dictionary may lack). Names
//   ending in -s themselves (`Texas`, `Paris`, `Wales`, `Jones`) have no such stem. The last word
//   of a person's name in -s (after a title or a name, not a common word: `Lester Lanins orchestra`,
//   `Mr. Ruarks grandfather`; not `National Leaguers`) before a lower-case noun phrase is a
//   possessive when the -s form is no dictionary word or name (`Roberts`, `Evans`, `Burns` are
//   surnames) or, after a title, the story gives the bare stem a title too (`Mr. Rusk` ... `Mr. Rusks
//   analysis`), the stem ends in a consonant or the story names it alone (names in -as, -es, -is,
//   -os, -us are names of their own: `Tsipras`, `Morales`), and no `the` opens the name (`the Boston
//   Celtics coach`); before a capitalised name or title (`Cubas Fidel Castro`) only when the story
//   also names the stem alone, since a name plus -s is often a name of its own (`Taras Bulba`). A lower-case
//   noun in -s after `the` and before an adjective and a noun (`the states economic plan`) is a
//   possessive: a plural subject or object goes on with a verb, a participle (`the states
//   involved`) or a noun (`the farmers market`); `last`, `next`, `first` open a time phrase (`the
//   statistics last week`); so is one before a singular noun and a verb (`the nations security is`)
//   when edited copy puts its stem in the possessive and never in the plural possessive and does not
//   use the plural as a modifier (rules/data/apostrophe.json, counted on Brown D-R by `npm run
//   build:apostrophe`: not `the sales tax was`, `the farmers market opened`). Forms that are no plural at all (`childrens`, `womens`, `anothers`,
//   `everyones`, `no ones`) before a noun are possessives too. A determiner of a singular noun or a
//   possessive before a noun in -s and a noun (`her husbands organization`) was tried and dropped:
//   the tagger takes plural verbs for nouns (`his opponents demand`, `our planes land`) and plural
//   modifiers are many (`a homeowners association`), 17 Brown findings for 8 of 21 injections.
// - `its` before an article, `not` or `been` is `it's` (`its a good day`), `it's own` is
//   `its own`, and `'s` on a verb after a subject pronoun is a plain -s (`he want's`): suggestions,
//   since the sentence around them may be garbled in other ways.
import { z } from 'zod'
import { readJsonData } from '../src/rule/data.js'
import { defineRule } from '../src/rule/define-rule.js'
import type { Span, Story, Token, Word } from '../src/rule/types.js'
import { runStart } from './lib/runs.js'
import { lexicon } from './lib/spelling/lexicon.js'
import { vocabulary } from './lib/spelling/vocabulary.js'
import { wordsSpelled } from './lib/word-index.js'

/** Contractions without their apostrophe, by normal form: where the apostrophe goes (from the end). */
const contractions: ReadonlyMap<string, number> = new Map([
  ...[
    'doesnt', 'dont', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'couldnt', 'wouldnt', 'shouldnt', 'hasnt',
    'havent', 'hadnt', 'mustnt', 'neednt', 'aint', 'mightnt', 'wont', 'cant',
  ].map((w): [string, number] => [w, 1]),
  ...['thats', 'theres', 'whats', 'heres', 'wheres', 'whos', 'shes'].map((w): [string, number] => [w, 1]),
  ...['youre', 'theyre', 'weve', 'youve', 'theyve', 'youll', 'theyll', 'itll', 'thatll', 'youd', 'theyd'].map(
    (w): [string, number] => [w, 2],
  ),
  ...['wouldve', 'couldve', 'shouldve', 'mightve', 'mustve'].map((w): [string, number] => [w, 2]),
])

/** Marks typed for an apostrophe that split the word (`country´s`, `don‘t`). */
const wrongGlyphs: ReadonlySet<string> = new Set(['\u00b4', '`', '\u2018', '\u2032'])
/** What follows an apostrophe in a possessive or contraction. */
const suffixes: ReadonlySet<string> = new Set(['s', 't', 'd', 'll', 're', 've', 'm'])

/** Words before `wont`/`cant` that make them nouns (`his wont`, `the cant`). */
const nounMakers: ReadonlySet<string> = new Set([
  'his', 'her', 'its', 'their', 'my', 'our', 'your', 'the', 'a', 'an', 'this', 'that', 'of', 'political', 'pious',
])

/** Time words whose -s form before a noun is a lost possessive after `last`, `next`, `this`. */
const timeWords: ReadonlySet<string> = new Set(['weeks', 'months', 'years', 'days', 'nights', 'weekends', 'seasons', 'quarters'])
const timeDeterminers: ReadonlySet<string> = new Set(['last', 'next', 'this', 'past'])
/** Words before `last`/`past` that make the time word a plural (`the last years of his life`). */
const pluralMakers: ReadonlySet<string> = new Set([
  'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'these', 'those', 'final', 'first', 'few', 'several',
])
const dayWords: ReadonlySet<string> = new Set(['todays', 'yesterdays', 'tomorrows', 'tonights'])

/** Adjectives in -est that are not superlatives, and superlatives a plural subject may take (`the players best suited`). */
const notSuperlatives: ReadonlySet<string> = new Set([
  'best', 'worst', 'least', 'most', 'honest', 'dishonest', 'modest', 'immodest', 'earnest', 'manifest', 'west',
  'northwest', 'southwest', 'midwest', 'latest',
])

/** Determiners of a plural family or team name (`the Kennedys`) or a count noun (`a Democrat`). */
const countMakers: ReadonlySet<string> = new Set(['a', 'an', 'one', 'each', 'every', 'another', 'two', 'three'])

/** Tags of a word that can head or start the noun phrase a possessive governs. */
const nominal: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'NUM', 'PROPN'])

/** Tags that continue a clause rather than a noun phrase. */
const clauseTags: ReadonlySet<string> = new Set(['AUX', 'VERB', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'DET', 'PRON'])

/** Consonant + `ys` (`citys`, `countrys`): not an English plural (that is `-ies`). */
const consonantYs = /^\p{L}{2,}[bcdfghjklmnpqrstvwxz]ys$/iu

export default defineRule(
  {
    id: 'apostrophe',
    category: 'punctuation',
    kind: 'mechanical',
    severity: 'warning',
    description: 'Flag apostrophes lost in contractions (`doesnt`) and in possessives shown by context (`the worlds largest`), typed in the wrong glyph or split from its word by a space (`board’ s`)',
    rationale:
      'Feeds and hurried typing drop apostrophes; `doesnt` and `the citys budget` read as typos and make the copy look unedited.',
    fix: 'safe',
    messages: {
      contraction: 'Unexpected contraction without an apostrophe `{actual}`, expected `{expected}`',
      possessive: 'Unexpected possessive without an apostrophe `{actual}`, expected `{expected}`',
      eachOther: 'Unexpected plural possessive `{actual}` after `each`, expected `{expected}`',
      glyph: 'Unexpected apostrophe glyph in `{actual}`, expected `{expected}`',
      itIs: 'Unexpected possessive `{actual}` where `it is` is meant, expected `{expected}`',
      itsOwn: 'Unexpected contraction `{actual}` for the possessive, expected `{expected}`',
      verb: 'Unexpected apostrophe in the verb `{actual}`, expected `{expected}`',
      spaced: 'Unexpected space at the apostrophe in `{actual}`, expected `{expected}`',
    },
    options: z.strictObject({
      possessives: z.boolean().default(true).describe('Also flag possessives that lost their apostrophe (suggestions, never fixed)'),
    }),
    examples: {
      invalid: [
        {
          text: 'The mayor said the city’s plan was fine and the board’ s budget too, but the city ’s staff don’ t agree.',
          diagnostics: [
            '1:49-1:57 spaced Unexpected space at the apostrophe in `board’ s`, expected `board’s`',
            '1:78-1:85 spaced Unexpected space at the apostrophe in `city ’s`, expected `city’s`',
            '1:92-1:98 spaced Unexpected space at the apostrophe in `don’ t`, expected `don’t`',
          ],
          output: 'The mayor said the city’s plan was fine and the board’s budget too, but the city’s staff don’t agree.',
        },
        {
          text: 'The mayor doesnt expect the pier to reopen, and officials dont know when it will.',
          diagnostics: [
            "1:11-1:17 contraction Unexpected contraction without an apostrophe `doesnt`, expected `doesn't`",
            "1:59-1:63 contraction Unexpected contraction without an apostrophe `dont`, expected `don't`",
          ],
          output: "The mayor doesn't expect the pier to reopen, and officials don't know when it will.",
        },
        {
          text: 'The ferry won\u2019t sail today. Crews say theyre ready but the port wont open.',
          diagnostics: [
            '1:39-1:45 contraction Unexpected contraction without an apostrophe `theyre`, expected `they\u2019re`',
            '1:65-1:69 contraction Unexpected contraction without an apostrophe `wont`, expected `won\u2019t`',
          ],
          output: 'The ferry won\u2019t sail today. Crews say they\u2019re ready but the port won\u2019t open.',
        },
        {
          text: 'Dorvik has the worlds largest ferry fleet, and last weeks storm sank two boats.',
          diagnostics: [
            "1:16-1:22 possessive Unexpected possessive without an apostrophe `worlds`, expected `world's`",
            "1:53-1:58 possessive Unexpected possessive without an apostrophe `weeks`, expected `week's`",
          ],
          output: 'Dorvik has the worlds largest ferry fleet, and last weeks storm sank two boats.',
        },
        {
          text: 'Voters in Norvale chose a new council on Sunday. Norvales new mayor takes office in May, and the citys budget is due in June.',
          diagnostics: [
            "1:50-1:58 possessive Unexpected possessive without an apostrophe `Norvales`, expected `Norvale's`",
            "1:98-1:103 possessive Unexpected possessive without an apostrophe `citys`, expected `city's`",
          ],
          output: 'Voters in Norvale chose a new council on Sunday. Norvales new mayor takes office in May, and the citys budget is due in June.',
        },
        {
          // A name whose plural the dictionaries derive (`Berlins`) is no name of its own: not a frequent form like `Williams`.
          text: 'Flights resumed on Monday, and Berlins new airport reopened while Williams new film opened.',
          diagnostics: ["1:32-1:39 possessive Unexpected possessive without an apostrophe `Berlins`, expected `Berlin's`"],
          output: 'Flights resumed on Monday, and Berlins new airport reopened while Williams new film opened.',
        },
        {
          text: 'Officials said the nations security is at risk, and the regions second largest port shut.',
          diagnostics: [
            "1:20-1:27 possessive Unexpected possessive without an apostrophe `nations`, expected `nation's`",
            "1:57-1:64 possessive Unexpected possessive without an apostrophe `regions`, expected `region's`",
          ],
          output: 'Officials said the nations security is at risk, and the regions second largest port shut.',
        },
        {
          text: 'Voters said Harolds home was sold, and talks on the states economic plan resumed.',
          diagnostics: [
            "1:13-1:20 possessive Unexpected possessive without an apostrophe `Harolds`, expected `Harold's`",
            "1:53-1:59 possessive Unexpected possessive without an apostrophe `states`, expected `state's`",
          ],
          output: 'Voters said Harolds home was sold, and talks on the states economic plan resumed.',
        },
        {
          text: "The port\u2019s owners said the city\u2019s plan was final, but the mayor's office disagreed.",
          diagnostics: ["1:59-1:66 glyph Unexpected apostrophe glyph in `mayor's`, expected `mayor\u2019s`"],
          output: 'The port\u2019s owners said the city\u2019s plan was final, but the mayor\u2019s office disagreed.',
        },
        {
          text: "Its a good day for the port, said the mayor, who say's the city has it's own ferry.",
          diagnostics: [
            "1:1-1:4 itIs Unexpected possessive `Its` where `it is` is meant, expected `It's`",
            "1:50-1:55 verb Unexpected apostrophe in the verb `say's`, expected `says`",
            "1:69-1:73 itsOwn Unexpected contraction `it's` for the possessive, expected `its`",
          ],
          output: "Its a good day for the port, said the mayor, who say's the city has it's own ferry.",
        },
        {
          text: "The council\u00b4s vote came after the two ferry firms bought each others' boats.",
          diagnostics: [
            "1:5-1:14 glyph Unexpected apostrophe glyph in `council\u00b4s`, expected `council's`",
            "1:63-1:70 eachOther Unexpected plural possessive `others'` after `each`, expected `other's`",
          ],
          output: "The council's vote came after the two ferry firms bought each other's boats.",
        },
      ],
      valid: [
        "Trains to 's-Hertogenbosch and 's Gravenhage left; the ‘yes’ side won and 't Hooft spoke.",
        "The mayor doesn't expect the pier to reopen, and its owners don't know when it will.",
        'As is his wont, the mayor spoke for an hour. Let them say what they were wont to say.',
        'In the last years of his life he wrote three books; the teams met twice in the past weeks.',
        'Texas oil output rose, and Paris police closed the Jones family shop.',
        'The Yankees won again. Yankees manager Ray Ford praised the Yankee Stadium crowd.',
        { text: 'Dorvik has the worlds largest ferry fleet.', options: { possessives: false } },
        "The port\u2019s owners said the city's plan was final.",
        'The two firms helped each other, and the others left.',
        'The states involved and the farmers market reopened; the statistics last week were clear, and Americans abroad voted.',
        "The port and its time zone, its very nature, its clear waters and its new mayor; it's a fine day, and the mayor's plan, he said, is Varna's.",
      ],
    },
  },
  ({ story, options, report }) => {
    for (const hit of spacedApostrophes(story.text)) report('spaced', hit.span, { expected: [hit.expected] })
    let counted: Glyphs | undefined
    const glyphs = () => (counted ??= countGlyphs(story))
    const apostrophe = () => glyphs().majority
    for (const span of doubledApostrophes(story.text)) {
      const word = story.text.slice(span.start, span.end)
      report('glyph', span, { expected: [word.replace(/''|\u2019\u2019/u, (twice) => twice.slice(1))] })
    }
    const words = story.words
    for (const word of words) {
      const next = words[word.index + 1]
      if (next && next.sentence === word.sentence && next.start === word.end + 1 && wrongGlyphs.has(story.text[word.end] ?? '') && suffixes.has(next.normal)) {
        const span = { start: word.start, end: next.end }
        report('glyph', span, { expected: [`${word.text}${apostrophe()}${next.text}`] })
        continue
      }
      const minority = glyphs().minority
      if (minority && /\p{L}['\u2019]\p{L}/u.test(word.text) && word.text.includes(minority)) {
        report('glyph', word, { expected: [word.text.replaceAll(minority, apostrophe())] })
        continue
      }
      if (word.normal === 'others' && story.adjacentWord(word.index, -1)?.normal === 'each') {
        const trailing = /^['\u2019]/u.test(story.text.slice(word.end, word.end + 1))
        const after = story.adjacentWord(word.index, 1)
        if (trailing || (after && headsNoun(story, word, after))) {
          report('eachOther', { start: word.start, end: word.end + (trailing ? 1 : 0) }, { expected: [`${word.text.slice(0, -1)}${apostrophe()}s`] })
          continue
        }
      }
      const its = itsSlip(story, word, apostrophe())
      if (its) {
        report(its.id, word, { expected: [its.expected], fix: 'suggest' })
        continue
      }
      const verb = verbApostrophe(story, word)
      if (verb !== undefined) {
        report('verb', word, { expected: [verb], fix: 'suggest' })
        continue
      }
      const at = contractions.get(word.normal)
      if (at !== undefined && !/['\u2019]/u.test(word.text) && isContraction(story, word)) {
        const expected = `${word.text.slice(0, -at)}${apostrophe()}${word.text.slice(-at)}`
        report('contraction', word, { expected: [expected] })
        continue
      }
      if (!options.possessives || !/^\p{L}{3,}s$/u.test(word.text) || /ss$/iu.test(word.text)) continue
      const expected = lostPossessive(story, word)
      if (expected !== undefined) report('possessive', word, { expected: [expected.replace("'", apostrophe())], fix: 'suggest' })
    }
  },
)

/** Words `it is` can stand before and a possessive `its` cannot (`its a good day`, `its not over`; `its very nature` and `its clear waters` are possessives). */
const afterItIs: ReadonlySet<string> = new Set(['a', 'an', 'the', 'not', 'been'])

/**
 * `its` for `it's` before an article, `not` or `been` (`its a good day`, `its not over`), and `it's`
 * for `its` before `own` (`it's own army`).
 */
function itsSlip(story: Story, word: Word, apostrophe: string): { id: 'itIs' | 'itsOwn'; expected: string } | undefined {
  const after = story.adjacentWord(word.index, 1)
  if (!after || after.text !== after.normal) return undefined
  if (word.normal === 'its' && afterItIs.has(after.normal)) {
    return { id: 'itIs', expected: `${word.text.slice(0, 2)}${apostrophe}s` }
  }
  if (word.normal === "it's" && after.normal === 'own') return { id: 'itsOwn', expected: `${word.text.slice(0, 2)}s` }
  return undefined
}

/**
 * An apostrophe split from its word or its ending by a space (`the board’ s budget`, `the city ’s
 * plan`, `couldn ’t`), as feeds leave it where they re-flow text. Before the apostrophe only `’s`
 * before a lower-case word and `n ’t` count: `'s-Hertogenbosch`, `'t Hooft` are Dutch.
 */
function spacedApostrophes(text: string): { span: Span; expected: string }[] {
  if (!/['\u2019]/u.test(text)) return []
  const found: { span: Span; expected: string }[] = []
  for (const match of text.matchAll(/(?<=\p{L})(?:(['\u2019]) (s|t|re|ve|ll|d|m)|[ ](['\u2019])(s)(?= \p{Ll})|(?<=n)[ ](['\u2019])(t))(?![\p{L}\p{N}'\u2019-])/gu)) {
    const start = runStart(text, match.index, Math.max(0, match.index - 40))
    const end = match.index + match[0].length
    found.push({ span: { start, end }, expected: `${text.slice(start, match.index)}${match[1] ?? match[3] ?? match[5] ?? ''}${match[2] ?? match[4] ?? match[6] ?? ''}` })
  }
  return found
}

/**
 * An apostrophe typed twice inside a word (`don''t`, `city’’s`): the quote model reads it as an
 * apostrophe, not a quote mark. Returns the whole word.
 */
function doubledApostrophes(text: string): Span[] {
  if (!text.includes("''") && !text.includes('\u2019\u2019')) return []
  const found: Span[] = []
  for (const match of text.matchAll(/(?<=\p{L})(?:''|\u2019\u2019)(s|t|re|ve|ll|d|m)(?![\p{L}\p{N}])/gu)) {
    if (match[1] === 't' && text[match.index - 1] !== 'n') continue
    found.push({ start: runStart(text, match.index, Math.max(0, match.index - 40)), end: match.index + match[0].length })
  }
  return found
}

/** Subject pronouns: a word after one is a verb, never a possessive (`he want's`, `she say's`). */
const subjects: ReadonlySet<string> = new Set(['he', 'she', 'it', 'who'])

/** A verb in -s written with an apostrophe after a subject pronoun (`he want's to`): its form without one. */
function verbApostrophe(story: Story, word: Word): string | undefined {
  if (!/^\p{Ll}{2,}['\u2019]s$/u.test(word.text)) return undefined
  const before = story.adjacentWord(word.index, -1)
  if (!before || !subjects.has(before.normal)) return undefined
  const verb = `${word.text.slice(0, -2)}s`
  return lexicon().has(verb) ? verb : undefined
}

/** Whether `wont` and `cant` are contractions here (the other forms always are). */
function isContraction(story: Story, word: Word): boolean {
  if (word.normal !== 'wont' && word.normal !== 'cant') return true
  const before = story.adjacentWord(word.index, -1)
  const after = story.adjacentWord(word.index, 1)
  if (before && nounMakers.has(before.normal)) return false
  return !(after && (after.normal === 'to' || after.normal === 'of'))
}

/** The story's apostrophes: the glyph most words use, and the other one when it is a clear minority. */
interface Glyphs {
  /** `’` or `'` (straight when none or tied). */
  readonly majority: string
  /** The other glyph when at most half as many words use it as the majority's. */
  readonly minority: string | undefined
}

function countGlyphs(story: Story): Glyphs {
  let curly = 0
  let straight = 0
  for (const word of story.words) {
    if (/\p{L}\u2019\p{L}/u.test(word.text)) curly++
    else if (/\p{L}'\p{L}/u.test(word.text)) straight++
  }
  const [majority, other, many, few] = curly > straight ? ['\u2019', "'", curly, straight] : ["'", '\u2019', straight, curly]
  return { majority, minority: few > 0 && few * 2 <= many ? other : undefined }
}

/** The possessive a word in -s stands for (with `'`), when its context rules out a plural. */
function lostPossessive(story: Story, word: Word): string | undefined {
  const lower = word.normal
  const before = story.adjacentWord(word.index, -1)
  const after = story.adjacentWord(word.index, 1)
  if (!after) return undefined
  const stem = word.text.slice(0, -1)
  const possessive = `${stem}'s`
  // `last weeks vote`, `todays meeting`
  if (timeWords.has(lower) && before && timeDeterminers.has(before.normal)) {
    const beforeThat = story.adjacentWord(before.index, -1)
    if (beforeThat && pluralMakers.has(beforeThat.normal)) return undefined
    return headsNoun(story, word, after) ? possessive : undefined
  }
  if (dayWords.has(lower)) return headsNoun(story, word, after) ? possessive : undefined
  const capital = /^\p{Lu}/u.test(word.text)
  // `the worlds largest`, `Dorvans biggest` (a name only with its stem in the story)
  if (isSuperlative(story, word, after) && (capital ? hasStem(story, word) || knownNameOnly(lower) : before?.normal === 'the')) {
    return lower.endsWith('ies') ? undefined : possessive
  }
  // `the citys budget`, `New York Citys mayor` (but not `the Kennedys` + noun: a family)
  if (consonantYs.test(word.text) && lower !== 'whys') {
    if (capital && before?.normal === 'the') return undefined
    // Not a word at all: only a clause word after it (`the citys are`) makes it a misspelt plural.
    const found = tokenAt(story, word)
    const next = found?.tokens[found.index + 1]
    return next && /^[\p{Ll}\p{N}]/u.test(next.text) && !clauseTags.has(next.pos) ? possessive : undefined
  }
  // `childrens books`, `no ones fault`: forms that are no plural at all
  if (!capital && irregularPossessives.has(lower)) {
    if (lower === 'ones' && !['no', 'any', 'every', 'some'].includes(before?.normal ?? '')) return undefined
    // `mens rea`: the Latin of the courts
    if (lower === 'mens' && after.normal === 'rea') return undefined
    return headsNoun(story, word, after) ? possessive : undefined
  }
  // `the states economic plan`: after `the`, a plural noun runs into an adjective and a noun only as a possessive.
  if (!capital) return before?.normal === 'the' && singularPlusS(lower) && (adjectiveThenNoun(story, word) || nounThenVerb(story, word)) ? possessive : undefined
  // `Lester Lanins orchestra`, `Mr. Ruarks grandfather`: the last word of a person's name
  if (before && /^\p{Lu}/u.test(before.text)) return nameEnding(story, word, before, after) ? possessive : undefined
  // `Cubas Fidel Castro` when the story also names `Cuba`: a possessive before a name or title (a
  // dictionary name plus `s` may be a name of its own here: `Taras Bulba`)
  if (before?.normal !== 'the' && /^\p{Lu}\p{Ll}/u.test(after.text) && beforeName(story, word)) {
    return hasStem(story, word) && !lexicon().has(lower) && !isPluralName(story, word) ? possessive : undefined
  }
  // `Dorvans new mayor` when the story also names `Dorvan`, or the dictionary knows `Dorvan` as a name and not `Dorvans`
  if (before?.normal === 'the' || !/^\p{Ll}/u.test(after.text)) return undefined
  if (!headsNoun(story, word, after) || !(hasStem(story, word) || knownNameOnly(lower)) || isPluralName(story, word)) return undefined
  // A common noun (`Districts issue` in a run-in head, with `district` elsewhere) may be a plural.
  const common = new Set([lower, lower.slice(0, -1)])
  if ([...common].some((form) => wordsSpelled(story, form).length > 0)) return undefined
  return possessive
}

/** Titles before a surname (`Mr. Ruark`, `Gen. Sunay`). */
const personTitles: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'gen', 'sen', 'gov', 'rep', 'prof', 'col', 'capt', 'lt', 'sgt', 'rev', 'sir', 'dame'])

/** Nouns that follow a name as time adverbs, not as a possessed noun (`the Leaguers yesterday`). */
const timeAdverbs: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight', 'tomorrow', 'last', 'next', 'this', 'now', 'then'])

/**
 * Whether a capitalised word in -s after another capitalised word ends a person's name and stands
 * for its possessive (`Lester Lanins orchestra`, `Mr. Ruarks grandfather`): no dictionary word or
 * name (`Jones`, `Roberts`, `Burns` are surnames), a lower-case noun phrase after it, and either the
 * story names the stem alone or the stem ends in a consonant (names in -as, -es, -is, -os, -us are
 * names of their own: `Tsipras`, `Morales`, `Ramos`); never a team or family the story calls `the
 * Xs`, nor after `the` (`the Boston Celtics coach`).
 */
function nameEnding(story: Story, word: Word, before: Word, after: Word): boolean {
  const lower = word.normal
  const lex = lexicon()
  if (!/^\p{Ll}/u.test(after.text) || !/^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u.test(word.text)) return false
  // A dictionary word or name in -s (`Rusks`, `Weeks`) only when the story gives the stem a title
  // elsewhere (`Mr. Rusk said`), so the stem is the person's name.
  if ((lex.has(lower) || lex.name(lower)) && !(isTitle(before) && stemAfterTitle(story, word))) return false
  if (!/[^aeious]s$/u.test(lower) && !hasStem(story, word)) return false
  // The word before is a title or part of a name (`Lester`, `McCone`), not a common word (`National Leaguers`).
  if (!personTitles.has(before.normal) && lex.has(before.normal) && !lex.name(before.normal) && !/^\p{Lu}\.?$/u.test(before.text)) return false
  if (timeAdverbs.has(after.normal)) return false
  if (!headsNoun(story, word, after) || isPluralName(story, word)) return false
  // Back over the name to the word before it: `the` makes the run a team or a family.
  let first = before
  for (let w = story.adjacentWord(first.index, -1); w && /^\p{Lu}/u.test(w.text) && w.sentence === word.sentence; w = story.adjacentWord(w.index, -1)) first = w
  return story.adjacentWord(first.index, -1)?.normal !== 'the'
}

/**
 * Whether a capitalised word in -s is a dictionary name plus `s` that is itself no word or name
 * (`Denvers`, `Ruths`; not `Americans`, `Democrats`, `Athens`), and the name is no people or
 * follower (`-an`, `-ist`, `-ite`, `-er`), whose plurals the dictionary may lack.
 */
function knownNameOnly(lower: string): boolean {
  const lex = lexicon()
  const stem = lower.slice(0, -1)
  if (stem.length < 3 || /(?:an|ist|ite|er|ese|ic)$/u.test(stem)) return false
  // A place the wire vocabulary knows (`Chinas`: lower-case `chinas` is porcelain, never capitalised mid-sentence).
  const places = vocabulary().properNames
  if (places.has(stem) && !places.has(lower) && !lex.name(lower)) return true
  if (!lex.name(stem)) return false
  if (!lex.has(lower) && !lex.name(lower)) return true
  // The dictionaries derive a plural for most names (`Bostons`, `Harolds`); a name of its own in -s
  // (`Williams`, `Evans`, `Hopkins`, `Texas`) is a frequent form, a derived plural is not.
  return lex.name(lower) && lex.rank(lower) === Number.POSITIVE_INFINITY && lex.rank(stem) < Number.POSITIVE_INFINITY
}

/** Possessives whose -s form is no plural (`childrens`, `womens`, `no ones`). */
const irregularPossessives: ReadonlySet<string> = new Set(['childrens', 'womens', 'mens', 'anothers', 'someones', 'anyones', 'everyones', 'ones'])

/** A lower-case noun in -s whose stem is a dictionary word and not itself in -s (`states`, `peoples`; not `news`, `series`). */
function singularPlusS(lower: string): boolean {
  const lex = lexicon()
  const stem = lower.slice(0, -1)
  return stem.length >= 3 && !/[sxz]$|ie$/u.test(stem) && lex.has(stem) && !lex.name(stem)
}

/** Adjectives that open a time phrase or a second noun phrase after a plural (`the statistics last week`). */
const timeAdjectives: ReadonlySet<string> = new Set(['last', 'next', 'past', 'first', 'same', 'other', 'only', 'previous', 'following', 'early', 'late'])

/**
 * Whether the words after `word` are an adjective (no participle, no `-est`) and then a noun,
 * so that `the Xs` cannot be a plural subject or object (`the states economic plan`; `the states
 * involved`, `the farmers market` and `the players best suited` stay).
 */
function adjectiveThenNoun(story: Story, word: Word): boolean {
  const found = tokenAt(story, word)
  if (!found) return false
  const [own, adjective, noun] = [found.tokens[found.index], found.tokens[found.index + 1], found.tokens[found.index + 2]]
  if (own?.pos !== 'NOUN' || adjective?.pos !== 'ADJ' || noun?.pos !== 'NOUN') return false
  return /^\p{Ll}+$/u.test(adjective.text + noun.text) && !/(?:ed|ing|est|en)$/u.test(adjective.text) && !notSuperlatives.has(adjective.text) && !timeAdjectives.has(adjective.text)
}

/**
 * Whether the words after `word` are a singular noun and then a verb (`the nations security
 * is`, `the mayors office said`): a plural noun and a noun make one noun phrase only as a
 * possessive or as a plural modifier; so only nouns edited copy puts in the possessive, and no
 * plural it uses as a modifier (`the sales tax was`, `the sports car waved`), both counted on Brown
 * D-R, nor a time word the tagger takes for the noun (`the trucks today help`).
 */
function nounThenVerb(story: Story, word: Word): boolean {
  const { possessors, pluralModifiers } = loadNouns()
  if (!possessors.has(word.normal.slice(0, -1)) || pluralModifiers.has(word.normal)) return false
  const found = tokenAt(story, word)
  if (!found) return false
  const [own, noun, verb] = [found.tokens[found.index], found.tokens[found.index + 1], found.tokens[found.index + 2]]
  if (own?.pos !== 'NOUN' || noun?.pos !== 'NOUN' || (verb?.pos !== 'VERB' && verb?.pos !== 'AUX')) return false
  return /^\p{Ll}+$/u.test(noun.text) && !noun.text.endsWith('s') && !timeAdverbs.has(noun.text)
}

/** Nouns counted on Brown D-R (rules/data/apostrophe.json, built by `npm run build:apostrophe`). */
interface Nouns {
  /** Singular nouns edited copy puts in the possessive (`nation`, `mayor`). */
  readonly possessors: ReadonlySet<string>
  /** Plurals edited copy uses as modifiers (`sales`, `sports`). */
  readonly pluralModifiers: ReadonlySet<string>
}

let nouns: Nouns | undefined

/** Reads the noun lists, refusing a damaged file with the field at fault (a plain loop: no per-item schema walk at start-up). */
export function parseNouns(data: unknown): Nouns {
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>
  if (typeof record.about !== 'string') throw new Error('rules/data/apostrophe.json: about must be a string')
  const list = (field: 'possessors' | 'pluralModifiers'): ReadonlySet<string> => {
    const items = record[field]
    if (!Array.isArray(items)) throw new Error(`rules/data/apostrophe.json: ${field} must be an array`)
    items.forEach((item: unknown, i) => {
      if (typeof item !== 'string' || !/^[a-z]{3,}$/u.test(item)) throw new Error(`rules/data/apostrophe.json: ${field}.${i} must be a lower-case word of three letters or more`)
    })
    return new Set(items as string[])
  }
  return { possessors: list('possessors'), pluralModifiers: list('pluralModifiers') }
}

function loadNouns(): Nouns {
  nouns ??= parseNouns(readJsonData(import.meta.url, 'apostrophe.json'))
  return nouns
}

/** The tags of a word's sentence, and the token at the word's start. */
function tokenAt(story: Story, word: Word): { tokens: readonly Token[]; index: number } | undefined {
  const sentence = story.sentences[word.sentence]
  if (!sentence) return undefined
  const tokens = story.tags(sentence)
  const index = tokens.findIndex((t) => t.start === word.start)
  return index < 0 ? undefined : { tokens, index }
}

/** Whether the words after `word` start a noun phrase: a noun, or adjectives and numbers then a noun. */
function headsNoun(story: Story, word: Word, after: Word): boolean {
  if (!/^[\p{Ll}\p{N}]/u.test(after.text) && !/^\p{Lu}\p{Ll}/u.test(after.text)) return false
  const found = tokenAt(story, word)
  if (!found) return false
  const own = found.tokens[found.index]
  if (own && own.pos !== 'NOUN' && own.pos !== 'PROPN') return false
  for (let i = found.index + 1; i < Math.min(found.tokens.length, found.index + 5); i++) {
    const token = found.tokens[i]
    if (!token || !nominal.has(token.pos)) {
      // A hyphenated modifier (`9.0-magnitude`) is tagged in pieces.
      if (token?.text === '-' && i > found.index + 1) continue
      return false
    }
    if (token.pos === 'NOUN') return true
  }
  return false
}

/** Whether the word is a noun or name and the next token a name, noun or adjective (`Cubas Fidel Castro`, `Tennessees Democratic Senator`). */
function beforeName(story: Story, word: Word): boolean {
  const found = tokenAt(story, word)
  const own = found?.tokens[found.index]
  const next = found?.tokens[found.index + 1]
  return own !== undefined && next !== undefined && (own.pos === 'NOUN' || own.pos === 'PROPN') && ['PROPN', 'NOUN', 'ADJ'].includes(next.pos)
}

/** Ordinals before a superlative (`the worlds second largest`). */
const ordinals: ReadonlySet<string> = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'])

/**
 * Whether the words after are a superlative: an adjective in -est (`largest`), after an ordinal
 * too (`second largest`), or `most` and modifiers running into a noun (`most embarrassing problem`,
 * `most heavily traveled roads`; not `the voters most affected by`, where a plural goes on).
 */
function isSuperlative(story: Story, word: Word, after: Word): boolean {
  const found = tokenAt(story, word)
  const own = found?.tokens[found.index]
  if (!found || !own || (own.pos !== 'NOUN' && own.pos !== 'PROPN')) return false
  let at = found.index + 1
  if (ordinals.has(found.tokens[at]?.text ?? '')) at++
  const next = found.tokens[at]
  if (!next || (at === found.index + 1 && next.start !== after.start)) return false
  if (next.text === 'most') {
    for (let i = at + 1; i < Math.min(found.tokens.length, at + 4); i++) {
      const token = found.tokens[i]
      if (token?.pos === 'NOUN' && i > at + 1) return true
      if (!token || !(token.pos === 'ADJ' || token.pos === 'ADV' || (token.pos === 'VERB' && /(?:ed|ing)$/u.test(token.text)))) return false
    }
    return false
  }
  return /^\p{Ll}{2,}est$/u.test(next.text) && !notSuperlatives.has(next.text) && next.pos === 'ADJ'
}

/** Whether the story uses the word without its -s, capitalised, standing alone (`in Dorvan.`, `Dorvan said`). */
function hasStem(story: Story, word: Word): boolean {
  const stem = word.text.slice(0, -1)
  return wordsSpelled(story, stem).some((other) => {
    const next = story.adjacentWord(other.index, 1)
    const before = story.adjacentWord(other.index, -1)
    if (before && countMakers.has(before.normal)) return false
    return !next || !/^\p{Lu}/u.test(next.text)
  })
}

/** Whether a word is a person's title, with or without its full stop (`Mr.`, `Gen`). */
const isTitle = (word: Word): boolean => personTitles.has(word.normal.replace(/\.$/u, ''))

/** Whether the story writes the word without its -s after a person's title (`Mr. Rusk`). */
function stemAfterTitle(story: Story, word: Word): boolean {
  return wordsSpelled(story, word.text.slice(0, -1)).some((other) => {
    const before = story.words[other.index - 1]
    return before !== undefined && isTitle(before) && other.start - before.end <= 2
  })
}

/** Whether the story uses the -s form as a plural name (`the Yankees`) or the stem as a count noun (`a Democrat`). */
function isPluralName(story: Story, word: Word): boolean {
  const stem = word.text.slice(0, -1)
  return [...wordsSpelled(story, word.text), ...wordsSpelled(story, stem)].some((other) => {
    const before = story.adjacentWord(other.index, -1)
    if (!before) return false
    return other.text === word.text ? before.normal === 'the' : countMakers.has(before.normal)
  })
}
