// capitalisation: a common word capitalised mid-sentence (`current Affairs`, `a Magnitude 4.6 quake`,
// `has Applauded`) and all-caps words in running text that are not acronyms (`a YELLOW warning`).
//
// Decisions:
// - kind `style`: a quotation may keep its source's capitals (a quoted document, a slogan), so quoted
//   words are not flagged; fix `suggest`: a capital may be a name the story never explains.
// - A capitalised word is flagged only mid-sentence between lower-case neighbours (a lower-case word
//   or a number before it, only spaces between, and no capitalised word after it), so sentence
//   starts, words after a colon, a quote mark or a bracket, and words of multi-word names (`Ministry
//   of Home Affairs`, `Gone With the Wind`) never are. Headlines and title-like units (most longer
//   words capitalised) are skipped.
// - It needs the story's own evidence: the same word in lower case elsewhere in the story. Words that
//   name an institution, title, region, faith, party or date when capitalised (`the President`, `the
//   Court`, `the South`, `May`) are never flagged, nor a word the story also uses inside a
//   capitalised name or after `Mr.` (`Tom Price` ... `said Price`), nor a capitalised plural after
//   `the` that ends its noun phrase (`borne by the Members as agreed`: a defined term).
// - Without that evidence, a noun used once is flagged (`in no Hurry`, `a small Plot`) when edited
//   copy all but never capitalises it after a lower-case word (rules/data/capitalisation.json:
//   nouns capitalised at most 1% of the time in Brown D-R, built by `npm run build:capitalisation`),
//   the dictionaries list it as no name, the story capitalises it nowhere else, and it heads a noun
//   phrase opened by a determiner (`A` opening the sentence too), a possessive, a number or an
//   adjective, and no figure follows it unless a decimal measures it (`a Magnitude 4.6 quake`; not
//   `Route 4`, `Version 2.1`, designators that number things): a bare capital after a
//   verb or a preposition is a name (`rejected Hero`, `behind Player`, `in Queens`). After `the`,
//   only a preposition, a conjunction or a relative pronoun after it (`the Discrepancy between`, `the
//   hottest Thing that`) tells a slip from a
//   team or a unique referent (`the Flock broke camp`, `the Twist.`); ideologies in -ism, names in
//   a list of names (`Chrysler and Mercury`) and names going on after `of the` are left alone.
// - A word the tagger takes for a verb, capitalised right after an auxiliary (`has Applauded`, `were
//   Arrested`) or a past tense in -ed right after a lower-case subject (`workers Welcomed it`), is
//   flagged without that evidence: names do not follow `has` or `were`, nor end in -ed.
// - A name written in lower case (`lowered`) is flagged when the story capitalises it elsewhere or
//   the wire vocabulary knows it, after a preposition of place when the dictionaries list it only
//   capitalised (`in kabul`), and anywhere when it is a frequent word the dictionaries list only
//   capitalised (a day, a month, a people, a language: `saturday`, `november`, `american`) or names
//   the people of a place the wire vocabulary knows (`kenyan`, `pakistani`).
// - An all-caps common word (below) is flagged wherever it stands in a sentence otherwise in normal
//   case, except as the first word of its sentence or line (a label, a dateline: `SINGAPORE (Reuters)
//   -`) or before a colon or a dash; so is a word in capitals the story writes in title case
//   mid-sentence elsewhere (`Hemphill` ... `with HEMPHILL after`), unless it is a known acronym.
// - Other all-caps words are flagged when they stand between lower-case words in a sentence otherwise in
//   normal case and either has four letters or more and is used in lower case elsewhere in the story,
//   or is an emphasis or warning word (`NOT`, `NEVER`, `YELLOW`, `RED`), or is a common dictionary
//   word (five letters or more, or a very common four-letter one; any dictionary word of seven letters
//   or more or ending in -ED, -ING, -IES, -LY, since acronyms are short and uninflected: `DOVETAIL`,
//   `RANKED`) that the dictionaries list neither
//   as a name nor as an acronym and the wire vocabulary does not list as an acronym (`DECIDE`,
//   `FULL`). Other all-caps words are taken for acronyms (`NATO`, `ASEAN`, `SWAT`); datelines and
//   labels start a unit and are never between lower-case words.
import { z } from 'zod'
import { readJsonData } from '../src/rule/data.js'
import { defineRule } from '../src/rule/define-rule.js'
import type { Span, Story, Unit, Word } from '../src/rule/types.js'
import { opensSentence } from './lib/sentence-starts.js'
import { lexicon } from './lib/spelling/lexicon.js'
import { vocabulary } from './lib/spelling/vocabulary.js'
import { wordsNormalised } from './lib/word-index.js'

/** Words that are capitalised when they name one institution, title, place, faith, party or date. */
const nameWords: ReadonlySet<string> = new Set([
  // titles
  'president', 'presidents', 'vice', 'minister', 'ministers', 'prime', 'premier', 'king', 'queen', 'prince', 'princess',
  'pope', 'bishop', 'archbishop', 'cardinal', 'governor', 'senator', 'representative', 'congressman', 'congresswoman',
  'mayor', 'chairman', 'chairwoman', 'chairperson', 'chair', 'secretary', 'general', 'chief', 'justice', 'judge',
  'commissioner', 'director', 'ambassador', 'chancellor', 'sheriff', 'attorney', 'officer', 'captain', 'colonel',
  'major', 'lieutenant', 'sergeant', 'admiral', 'commander', 'marshal', 'professor', 'doctor', 'father', 'reverend',
  'sister', 'brother', 'mother', 'saint', 'lord', 'lady', 'sir', 'dame', 'speaker', 'leader', 'emperor', 'sultan',
  'sheikh', 'emir', 'crown', 'his', 'her', 'majesty', 'highness', 'excellency', 'honourable', 'honorable',
  // faith
  'god', 'gods', 'heaven', 'hell', 'church', 'mass', 'bible', 'gospel', 'scripture', 'scriptures', 'holy', 'spirit',
  'christ', 'prophet', 'catholic', 'protestant', 'orthodox', 'mosque', 'temple', 'synagogue', 'cathedral', 'chapel',
  // institutions and documents
  'state', 'states', 'government', 'court', 'house', 'senate', 'congress', 'parliament', 'assembly', 'council',
  'committee', 'commission', 'department', 'ministry', 'office', 'bureau', 'agency', 'board', 'union', 'party',
  'army', 'navy', 'force', 'forces', 'corps', 'guard', 'police', 'city', 'county', 'district', 'province', 'region',
  'republic', 'federation', 'kingdom', 'empire', 'nation', 'nations', 'administration', 'cabinet', 'legislature',
  'constitution', 'act', 'bill', 'amendment', 'treaty', 'charter', 'code', 'university', 'college', 'school',
  'academy', 'institute', 'hospital', 'bank', 'fund', 'company', 'corporation', 'club', 'team', 'league', 'cup',
  'games', 'olympics', 'championship', 'open', 'series', 'bowl', 'conference', 'summit', 'federal', 'national',
  'international', 'capitol', 'hall', 'center', 'centre', 'tower', 'building', 'station', 'airport', 'museum',
  'library', 'theatre', 'theater', 'gallery', 'stadium', 'arena', 'hotel', 'palace', 'embassy', 'mission',
  'authority', 'services', 'service', 'court', 'tribunal', 'bench', 'bar', 'exchange', 'market', 'index',
  'award', 'prize', 'medal', 'section', 'society', 'division', 'unit', 'wing', 'cell',
  // places and regions
  'street', 'avenue', 'road', 'square', 'park', 'bridge', 'river', 'lake', 'mountain', 'mountains', 'island',
  'islands', 'bay', 'gulf', 'sea', 'ocean', 'coast', 'valley', 'north', 'south', 'east', 'west', 'northern', 'southern',
  'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'middle', 'far', 'near',
  'upper', 'lower', 'greater', 'new', 'old', 'great', 'little', 'big', 'fort', 'port', 'mount', 'cape', 'point',
  'falls', 'springs', 'heights', 'village', 'town', 'hills', 'hill', 'beach', 'harbour', 'harbor',
  // politics and peoples
  'democrat', 'democrats', 'democratic', 'republican', 'republicans', 'conservative', 'conservatives', 'liberal',
  'liberals', 'socialist', 'socialists', 'communist', 'communists', 'labour', 'labor', 'green', 'greens', 'left',
  'right', 'negro', 'negroes', 'white', 'black', 'federalist', 'independent', 'independents',
  // dates and eras
  'may', 'march', 'june', 'august', 'test', 'day', 'eve', 'war', 'revolution', 'age', 'era', 'spring', 'summer', 'fall',
  'autumn', 'winter', 'christmas', 'easter', 'year', 'week', 'season', 'festival', 'fair',
  // forms of address and others capitalised by convention
  'mr', 'mrs', 'ms', 'dr', 'miss', 'madam', 'no', 'allies', 'allied', 'axis', 'earth', 'sun', 'moon', 'internet', 'web', 'net', 'state\u2019s',
])

/** Words written in capitals for emphasis or as a warning level, flagged without other evidence. */
const shouted: ReadonlySet<string> = new Set([
  'not', 'never', 'only', 'must', 'very', 'yellow', 'amber', 'orange', 'red', 'extremely', 'really', 'absolutely',
])

/** All-caps forms that are acronyms even though the letters spell a word. */
const acronymWords: ReadonlySet<string> = new Set(['aids', 'care', 'swat', 'laser', 'radar', 'sonar', 'scuba', 'cats', 'sars'])

/** Auxiliaries after which a capitalised verb cannot start a name (`has Applauded`). */
const auxiliaries: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'will', 'would', 'shall', 'should',
  'can', 'could', 'may', 'might', 'must', 'did', 'does', 'do',
])

/** Words that join the parts of a name (`Board of Education`, `Savings and Loan`). */
const connectors: ReadonlySet<string> = new Set(['of', 'and', 'for', 'de', 'del', 'da', 'la', 'on', 'in', 'at', 'the', '&'])

/** Connectors that join a name to the words after it (`Organization of American States`). */
const joiners: ReadonlySet<string> = new Set(['of', 'and', 'for', 'at', 'de', 'del', 'da', 'la', '&'])

/** Tags of content words (function words capitalised mid-sentence start a run-on sentence). */
const contentTags: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB', 'ADV'])

/** Titles after which a capitalised word is a name (`Mr. Price`). */
const addressTitles: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'miss', 'sir', 'dame', 'lord', 'lady'])

export default defineRule(
  {
    id: 'capitalisation',
    category: 'consistency',
    kind: 'style',
    severity: 'warning',
    description:
      'Flag a common word or phrase capitalised mid-sentence where the story writes it in lower case, a name or sentence start written in lower case, and all-caps words in running text that are not acronyms',
    rationale:
      'Random capitals (`current Affairs`, `has Applauded`, `a YELLOW warning`) mark copy pasted from a release or a form; readers take them for names or shouting.',
    fix: 'suggest',
    messages: {
      capitalised: 'Unexpected capital in common word `{actual}`, lower case elsewhere in the story, expected `{expected}`',
      commonNoun: 'Unexpected capital in common noun `{actual}` mid-sentence, expected `{expected}`',
      verb: 'Unexpected capital in verb `{actual}` after `{auxiliary}`, expected `{expected}`',
      allCaps: 'Unexpected all-caps word `{actual}` in running text, expected `{expected}`',
      lowered: 'Unexpected lower case in the name `{actual}`, expected `{expected}`',
      insideName: 'Unexpected lower-case word `{actual}` inside the name `{name}`, expected `{expected}`',
      titleCase: 'Unexpected title case in running text `{actual}`, expected `{expected}`',
      sentenceStart: 'Unexpected lower case at the start of a sentence `{actual}`, expected `{expected}`',
    },
    options: z.strictObject({}),
    examples: {
      invalid: [
        {
          text: 'The council debated current affairs on Monday. Members said current Affairs took too long.',
          diagnostics: [
            '1:69-1:76 capitalised Unexpected capital in common word `Affairs`, lower case elsewhere in the story, expected `affairs`',
          ],
        },
        {
          // Nouns edited copy all but never capitalises, used once, inside a noun phrase.
          text: 'Ferry crews were in no Hurry to return, and a small Plot of land was sold.',
          diagnostics: [
            '1:24-1:29 commonNoun Unexpected capital in common noun `Hurry` mid-sentence, expected `hurry`',
            '1:53-1:57 commonNoun Unexpected capital in common noun `Plot` mid-sentence, expected `plot`',
          ],
        },
        {
          text: 'The mayor has Applauded the harbour workers for their calm.',
          diagnostics: ['1:15-1:24 verb Unexpected capital in verb `Applauded` after `has`, expected `applauded`'],
        },
        {
          text: 'Dock workers Welcomed the offer on Monday.',
          diagnostics: ['1:14-1:22 verb Unexpected capital in verb `Welcomed` after `workers`, expected `welcomed`'],
        },
        {
          text: 'Floods cut roads near Dorvik on Monday. Aid was sent from Varna, and buses left dorvik at noon.',
          diagnostics: ['1:81-1:87 lowered Unexpected lower case in the name `dorvik`, expected `Dorvik`'],
        },
        {
          text: 'The order came from the Ministry of internal Affairs on Monday.',
          diagnostics: [
            '1:37-1:45 insideName Unexpected lower-case word `internal` inside the name `Ministry of internal Affairs`, expected `Internal`',
          ],
        },
        {
          text: 'Claims for grievous injury rose in May. The board now pays more for Grievous Injury than for minor cuts.',
          diagnostics: [
            '1:69-1:84 titleCase Unexpected title case in running text `Grievous Injury`, expected `grievous injury`',
          ],
        },
        {
          // A name the wire vocabulary knows, even when the story never capitalises it.
          text: 'The order was issued in ladakh on Monday, officials said.',
          diagnostics: ['1:25-1:31 lowered Unexpected lower case in the name `ladakh`, expected `Ladakh`'],
        },
        {
          // After a lower-case word too, when a whole sentence ends there and a determiner, a pronoun or a linking word follows.
          text: 'The ferry crews worked through the long night. they went home at dawn.',
          diagnostics: ['1:48-1:52 sentenceStart Unexpected lower case at the start of a sentence `they`, expected `They`'],
        },
        {
          // Days, months and peoples the dictionaries list only capitalised, even used once.
          text: 'Talks resume on thursday, and kenyan envoys arrive in early november.',
          diagnostics: [
            '1:17-1:25 lowered Unexpected lower case in the name `thursday`, expected `Thursday`',
            '1:31-1:37 lowered Unexpected lower case in the name `kenyan`, expected `Kenyan`',
            '1:61-1:69 lowered Unexpected lower case in the name `november`, expected `November`',
          ],
        },
        {
          text: 'Ferries reached Varna on Monday. the mayor said the pier would reopen in 2025. repairs start soon.',
          diagnostics: [
            '1:34-1:37 sentenceStart Unexpected lower case at the start of a sentence `the`, expected `The`',
            '1:80-1:87 sentenceStart Unexpected lower case at the start of a sentence `repairs`, expected `Repairs`',
          ],
        },
        {
          text: 'Forecasters issued a YELLOW weather warning for Dorvik on Tuesday evening.',
          diagnostics: ['1:22-1:28 allCaps Unexpected all-caps word `YELLOW` in running text, expected `yellow`'],
        },
        {
          // Common words the dictionary lists neither as names nor as acronyms, used nowhere else.
          text: 'The council will DECIDE the matter on Monday. Crews said the FULL timetable returns in May.',
          diagnostics: [
            '1:18-1:24 allCaps Unexpected all-caps word `DECIDE` in running text, expected `decide`',
            '1:62-1:66 allCaps Unexpected all-caps word `FULL` in running text, expected `full`',
          ],
        },
        {
          // A plain word in capitals needs no lower-case neighbours; a name in capitals is compared with the story's own form.
          text: 'Norland ANNOUNCED a new ferry on Monday. Talks with Hemphill went well, and the board sided with HEMPHILL after a row.',
          diagnostics: [
            '1:9-1:18 allCaps Unexpected all-caps word `ANNOUNCED` in running text, expected `announced`',
            '1:98-1:106 allCaps Unexpected all-caps word `HEMPHILL` in running text, expected `Hemphill`',
          ],
        },
        {
          // A decimal figure measures a noun, and `A` opening the sentence is no name's: a designator (`Route 4`, `Version 2.1`) numbers one.
          text: 'Coast shaken\n\nA Magnitude 4.6 quake shook the coast on Monday. Route 4 and a Version 2.1 app were down.',
          diagnostics: ['3:3-3:12 commonNoun Unexpected capital in common noun `Magnitude` mid-sentence, expected `magnitude`'],
        },
        {
          // Acronyms are short and uninflected: a long or inflected word in capitals is plain however rare.
          text: 'The new ferry timetable will DOVETAIL with the rail timetable. Inspectors RATED the pier safe on Monday.',
          diagnostics: [
            '1:30-1:38 allCaps Unexpected all-caps word `DOVETAIL` in running text, expected `dovetail`',
            '1:75-1:80 allCaps Unexpected all-caps word `RATED` in running text, expected `rated`',
          ],
        },
      ],
      valid: [
        'Forecasters recorded a magnitude 4.1 quake, then a Magnitude Scale review began at the Ministry of Home Affairs.',
        'The President met the president of the harbour board. The Court heard the case in court.',
        'Tom Price runs the port. Prices rose, and officials said Price had warned about the price of fuel.',
        'Harbour plan approved\n\nThe council approved the harbour plan on Monday.',
        'She said: Prices rose. "Current Affairs" was the show, and current affairs were its theme.',
        'NATO and ASEAN envoys met the UNICEF team and the NEET board.',
        'Members pay dues. The costs shall be borne by the Members as agreed, and members vote in May.',
        'The port said the NASA team, the UNICEF office and the SWAT unit left, and the CARE staff and the FIFA officials stayed.',
        'The manual, Skywave Planning for Ships, says skywave signals fade at dusk, so crews tune skywave sets early.',
        'Critics praised the novel The Quiet Harbour, though the quiet harbour in it is fictional.',
        'Ferry strike ends Updated: 2026-05-04 09:10 (WNA) as crews Reed and Ted sailed.',
        'Gen. and Mrs. Lowe met J. van Dorn at 5 p.m. on Monday, sang Oklahoma! and left. iPhone sales rose.',
        'Claims for social security rose, and the Social Security office and the Income Tax department in Varna stayed open for income tax queries.',
        'NORVALE, May 3 (WNA) \u2014 The council met in May.',
        'The Bank of Varna opened a bank in town; see varna.example.org or @dorvik for Dorvik news.',
        'Critics accused Mayor Dorvik of turning Varna into a car park; fans flew to Norland for home Saturday.',
        // A team, a dance, a character, names in a list and names going on after `of the`
        'Fans cheered as the Flock broke camp, and the Twist was the dance of the year. The critic said Varna rejected Hero in the play.',
        'Crews met Buick, Chrysler and Mercury dealers, and the Maid of the Mist crew.',
      ],
    },
  },
  ({ story, report }) => {
    const skip = titleLikeUnits(story)
    const lower = lowerCaseWords(story)
    for (const { word, name } of lowerInsideNames(story, skip)) {
      report('insideName', word, { expected: [capitalise(word.text)], data: { name } })
    }
    for (const run of titleCaseRuns(story, skip)) {
      const text = story.text.slice(run.start, run.end)
      report('titleCase', run, { expected: [text.toLowerCase()] })
    }
    for (const word of lowerSentenceStarts(story, skip)) {
      report('sentenceStart', word, { expected: [capitalise(word.text)] })
    }
    for (const word of loweredNames(story, skip)) {
      report('lowered', word, { expected: [capitalise(word.text)] })
    }
    for (const word of story.words) {
      if (!/^\p{Lu}/u.test(word.text) || skip(word)) continue
      // A plain common word in capitals needs no lower-case neighbours: `Britain ANNOUNCED that`,
      // `in part, WHENEVER a crisis`; only a sentence start (a label, a dateline) is left alone.
      if (plainInCaps(story, word)) {
        report('allCaps', word, { expected: [word.normal] })
        continue
      }
      // A name in capitals that the story writes in title case mid-sentence elsewhere (`with HEMPHILL after`).
      const titled = nameInCaps(story, word)
      if (titled) {
        report('allCaps', word, { expected: [titled] })
        continue
      }
      const before = story.adjacentWord(word.index, -1)
      const after = story.adjacentWord(word.index, 1)
      // Before it a lower-case word, a figure, or an article opening the sentence (`A Magnitude 4.6 quake`).
      const article = before !== undefined && /^(?:A|An|The)$/u.test(before.text) && story.adjacentWord(before.index, -1) === undefined
      if (!before || (!article && !/^[\p{Ll}\p{N}][\p{L}\p{N}-]*$/u.test(before.text))) continue
      if (after && !/^[\p{Ll}\p{N}]/u.test(after.text)) continue
      // `4 Community nurses` in a numbered list
      if (/^\p{N}+$/u.test(before.text) && !story.adjacentWord(before.index, -1)) continue
      if (/^\p{Lu}\p{Ll}+$/u.test(word.text)) {
        if (inName(story, word, before, after)) continue
        if (nameWords.has(word.normal)) continue
        if (auxiliaries.has(before.normal) && before.text === before.normal) {
          if (tagOf(story, word) === 'VERB') report('verb', word, { expected: [word.normal], data: { auxiliary: before.text } })
          continue
        }
        // A past tense right after its subject (`workers Welcomed it`, `they Confirmed`): names do not end in -ed.
        // A label (`earthquake Updated: 2016`) has no lower-case word after it.
        const objectAfter = after !== undefined && /^\p{Ll}/u.test(after.text)
        if (objectAfter && /^\p{Lu}\p{Ll}{2,}ed$/u.test(word.text) && before.text === before.normal && ['NOUN', 'PRON'].includes(tagOf(story, before) ?? '')) {
          if (tagOf(story, word) === 'VERB' && lexicon().has(word.normal) && !lexicon().name(word.normal)) {
            report('verb', word, { expected: [word.normal], data: { auxiliary: before.text } })
            continue
          }
        }
        if (!lower.has(word.normal)) {
          if (capitalisedOnce(story, word, before, after)) report('commonNoun', word, { expected: [word.normal] })
          continue
        }
        if (usedAsName(story, word) || afterRunInHead(story, word, before)) continue
        // `Reading, Pa.`: a place and its state
        if (capitalisedMore(story, word) || /^, ?\p{Lu}/u.test(story.flat.slice(word.end, word.end + 3))) continue
        // `Route 2`, `Flight 54` are designators, unless the story writes `magnitude 4.1` too.
        if (after && /^\p{N}/u.test(after.text) && !lowerBeforeNumber(story, word)) continue
        // A capitalised word that is no dictionary word, or one listed only capitalised, is a name; its
        // lower-case twin is the slip (`lowered`).
        if (!lexicon().has(word.normal) || lexicon().name(word.normal)) continue
        const tag = tagOf(story, word) ?? ''
        if (before.normal === 'the' && word.normal.endsWith('s') && definedTerm(story, word, after)) continue
        if (contentTags.has(tag) && sameWordInLowerCase(story, word, tag)) report('capitalised', word, { expected: [word.normal] })
      } else if (/^\p{Lu}{3,}$/u.test(word.text) && !acronymWords.has(word.normal)) {
        const evidence = shouted.has(word.normal) || (word.text.length >= 4 && lower.has(word.normal)) || plainWordInCaps(word)
        if (evidence && normalCase(story, word)) {
          report('allCaps', word, { expected: [word.normal] })
        }
      }
    }
  },
)

const capitalise = (text: string): string => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`

/** Day and month names: `for home Saturday` is a time, not the end of a name. */
const calendarWords: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
)

/**
 * A lower-case word inside a name whose other words are capitalised (`Ministry of internal
 * Affairs`): mid-sentence, a capitalised common word, `of` or `for`, a lower-case adjective or noun,
 * and a capitalised common word. People and places around it (`Hasina of turning Bangladesh`) and
 * a day after it (`California for home Saturday`) are not names of that shape.
 */
function lowerInsideNames(story: Story, skip: (word: Word) => boolean): { word: Word; name: string }[] {
  const found: { word: Word; name: string }[] = []
  const common = (w: Word | undefined): w is Word =>
    w !== undefined && /^\p{Lu}\p{Ll}{2,}$/u.test(w.text) && !calendarWords.has(w.normal) && lexicon().has(w.normal)
  for (const word of story.words) {
    if (word.text !== word.normal || !/^\p{Ll}{3,}$/u.test(word.text) || skip(word)) continue
    const connector = story.adjacentWord(word.index, -1)
    if (!connector || (connector.text !== 'of' && connector.text !== 'for')) continue
    const head = story.adjacentWord(connector.index, -1)
    const tail = story.adjacentWord(word.index, 1)
    const lead = head ? story.adjacentWord(head.index, -1) : undefined
    if (!lead || !/^\p{Ll}/u.test(lead.text) || !common(head) || !common(tail)) continue
    if (nameWords.has(word.normal) || !['ADJ', 'NOUN'].includes(tagOf(story, word) ?? '')) continue
    found.push({ word, name: story.text.slice(head.start, tail.end) })
  }
  return found
}

/** Connectors that lead into a name (`chief of the Fire Section`, `committee on Juvenile Crime`). */
const nameJoiners: ReadonlySet<string> = new Set(['of', 'the', 'on'])

/** Connectors inside a run of title-case words (`Accidents at Level Crossings`). */
const runConnectors: ReadonlySet<string> = new Set(['of', 'and', 'at', 'for', 'in', 'on', 'to', 'the'])

/**
 * Common words in title case mid-sentence, as a form or a release writes its headings (`paid for
 * Serious Injury`, `claims for Accidents at Level Crossings`): two or more capitalised words,
 * joined only by spaces or lower-case connectors, after a lower-case word and before a lower-case
 * word or punctuation, every one of them a dictionary word that names nothing (no title,
 * institution, place, month or known name, no word the story uses in a name or after `Mr.`, no
 * word the dictionaries list only capitalised), when the story also writes two of them side by side
 * in lower case (`claims for grievous injury`): names made of common words (`Social Security`, `Skid Row`)
 * are everywhere, so the story's own usage is the evidence.
 */
function titleCaseRuns(story: Story, skip: (word: Word) => boolean): Span[] {
  const found: Span[] = []
  const known = vocabulary().known
  const common = (w: Word): boolean =>
    /^\p{Lu}\p{Ll}{2,}$/u.test(w.text) &&
    !nameWords.has(w.normal) &&
    !calendarWords.has(w.normal) &&
    !known.has(w.normal) &&
    lexicon().has(w.normal) &&
    !lexicon().name(w.normal)
  const words = story.words
  for (let i = 1; i < words.length; i++) {
    const first = words[i]
    if (!first || !common(first) || skip(first)) continue
    // A capitalised article mid-sentence opens the title of a work (`reviewed The Space Merchants`).
    if (first.normal === 'the' || first.normal === 'an') continue
    const before = story.adjacentWord(i, -1)
    if (!before || !/^\p{Ll}+$/u.test(before.text)) continue
    // After a connector, only when a lower-case word or a figure comes before it (`involved in`, not `Board of`).
    if (nameJoiners.has(before.normal)) continue
    const lead = runConnectors.has(before.normal) ? story.adjacentWord(before.index, -1) : before
    if (!lead || !/^[\p{Ll}\p{N}]/u.test(lead.text)) continue
    let last = first
    let capitals = 1
    let clean = true
    for (let next = story.adjacentWord(i, 1); next; next = story.adjacentWord(next.index, 1)) {
      if (common(next)) {
        last = next
        capitals++
        continue
      }
      if (runConnectors.has(next.text)) {
        const after = story.adjacentWord(next.index, 1)
        if (after && common(after)) continue
      }
      // A run that goes on into a name or an acronym is part of that name.
      if (/^\p{Lu}/u.test(next.text)) clean = false
      break
    }
    i = last.index
    if (!clean || capitals < 2) continue
    const after = story.adjacentWord(last.index, 1)
    // `the Income Tax department`: a name before the institution it qualifies.
    if (after && (!/^\p{Ll}/u.test(after.text) || nameWords.has(after.normal))) continue
    // The story's own evidence: two of its words in lower case elsewhere (`grievous injury`), singular or plural.
    const capitalised = story.wordsIn({ start: first.start, end: last.end }).filter((w) => /^\p{Lu}/u.test(w.text))
    const pairs = capitalised.slice(1).map((w, k) => [capitalised[k], w] as const)
    if (!pairs.some(([a, b]) => a !== undefined && b.index === a.index + 1 && lowerElsewhere(story.flat, `${a.normal} ${b.normal}`))) continue
    found.push({ start: first.start, end: last.end })
  }
  return found
}

/** Whether `text` holds lower-case `lower` (with a plural `s` more or less on its last word), as whole words. */
function lowerElsewhere(text: string, lower: string): boolean {
  const forms = [lower, lower.endsWith('s') ? lower.slice(0, -1) : `${lower}s`]
  return forms.some((form) => {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      if (!/\p{L}/u.test(text.charAt(at - 1)) && !/\p{L}/u.test(text.charAt(at + form.length))) return true
    }
    return false
  })
}

/**
 * Names written in lower case (`issued in kaduna`): a lower-case word of four letters or more that
 * is no lower-case dictionary word (so not `bank` beside `Bank of Varna`) and that the story
 * capitalises mid-sentence elsewhere at least as often as it lowers it, the wire vocabulary knows as a place, organisation or person,
 * or the dictionaries list only capitalised and a preposition of place comes before (`in kabul`). Not
 * at a unit's start, nor in web addresses, handles or file names.
 */
function loweredNames(story: Story, skip: (word: Word) => boolean): Word[] {
  // Mid-sentence capitalised uses per word, against lower-case uses: a word the story writes in
  // lower case more often than capitalised is the story's own usage (a term of art, `skywave` many
  // times beside one `Skywave` in a title), not a name lowered by mistake.
  const names = new Map<string, number>()
  const lowerUses = new Map<string, number>()
  const candidates: Word[] = []
  for (const word of story.words) {
    if (skip(word) || !/^\p{L}{4,}$/u.test(word.text)) continue
    const around = `${story.text[word.start - 1] ?? ' '}${story.text[word.end] ?? ' '}`
    // An address, a handle or a file name (`varna.example.org`); a full stop ending the sentence is fine.
    if (/[@#/_\p{N}-]/u.test(around) || /^\.\p{L}/u.test(story.text.slice(word.end, word.end + 2)) || story.text[word.start - 1] === '.') continue
    if (/^\p{Lu}\p{Ll}+$/u.test(word.text)) {
      const before = story.adjacentWord(word.index, -1)
      if (before && !/[.!?:]/u.test(story.text.slice(before.end, word.start))) names.set(word.normal, (names.get(word.normal) ?? 0) + 1)
    } else if (word.text === word.normal && story.adjacentWord(word.index, -1) !== undefined) {
      candidates.push(word)
      lowerUses.set(word.normal, (lowerUses.get(word.normal) ?? 0) + 1)
    }
  }
  if (candidates.length === 0) return []
  const known = vocabulary().properNames
  const lex = lexicon()
  // A name: listed by the dictionaries only capitalised, after a preposition of place (`in kabul`,
  // `from assam`; `his frau` and `per diem` are foreign words), or no dictionary word at all (not
  // `bank`, nor a pun on a name) and capitalised elsewhere in the story or known to the wire vocabulary;
  // never a lower-case wire word (`gram sabha` beside `Lok Sabha`).
  // (The preposition first: it rules out most words without a dictionary lookup, issue 14.)
  const placed = (w: Word): boolean => placePrepositions.has(story.adjacentWord(w.index, -1)?.text ?? '') && lex.name(w.normal)
  const wireWords = vocabulary().lowerWords
  const capitalisedEnough = (w: Word): boolean => (names.get(w.normal) ?? 0) >= Math.max(1, lowerUses.get(w.normal) ?? 0)
  // A common name (a day, a month, a people, a language, a feast: `saturday`, `november`,
  // `american`) is listed only capitalised and is frequent; rare name-only words written in lower
  // case are mostly foreign words (`frau`, `per diem`) that edited copy lowers too.
  const commonName = (w: Word): boolean => lex.name(w.normal) && (lex.rankBelow(w.normal, plainRank) || demonym(w.normal, known))
  return candidates.filter((w) => !wireWords.has(w.normal) && (placed(w) || commonName(w) || ((capitalisedEnough(w) || known.has(w.normal)) && !lex.has(w.normal))))
}

/**
 * Whether a word names the people of a place the wire vocabulary knows: the place with `-n`, `-an`,
 * `-ian`, `-i` or `-ese` after it, its last vowel dropped (`kenyan`, `nigerian`, `pakistani`,
 * `ukrainian`, `sudanese`).
 */
export function demonym(word: string, places: ReadonlySet<string>): boolean {
  const match = /^(\p{Ll}{3,}?)(?:n|an|ian|i|ese)$/u.exec(word)
  if (!match) return false
  for (let stem = match[1] ?? ''; stem.length >= 4; stem = stem.slice(0, -1)) {
    if (places.has(stem) || places.has(`${stem}a`) || places.has(`${stem}e`)) return true
    if (stem.length < word.length - 3) break
  }
  return false
}

/** Capitalised abbreviations that end with a full stop mid-sentence (`Gen. and`, `Jan. the 5th` is rare). */
const capitalAbbreviations: ReadonlySet<string> = new Set(
  ('adm ave blvd capt cmdr co col corp cpl dept dr fig gen gov hon inc jan feb mar apr jun jul aug sep sept oct nov ' +
    'dec jr lt ltd maj messrs mr mrs ms mt no nos prof pvt rep rev sen sgt sr st vol vs govt dist est ' +
    // US states as the older AP style abbreviates them (`Hays, Kan. as`)
    'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ' +
    'ore pa penn tenn tex va vt wash wis wyo').split(' '),
)

/**
 * Sentences that start in lower case after a full stop inside a paragraph (`reached Varna on
 * Monday. the mayor said`; `Oklahoma! and` is a title): the word before the stop is a capitalised
 * word or a figure, not an abbreviation or an initial, or a lower-case word ending a whole sentence
 * before a determiner, a pronoun or a linking word (`the long night. they went`; other lower-case
 * pairs are punctuation-spacing's stray stop: rules/lib/sentence-starts.ts), and the word after is an English word of two letters or more, not a
 * name particle or a brand (`iPhone`) nor a unit or symbol (`5 p.m. today`).
 */
function lowerSentenceStarts(story: Story, skip: (word: Word) => boolean): Word[] {
  const found: Word[] = []
  const { text } = story
  for (const word of story.words) {
    if (word.index === 0 || skip(word) || !/^\p{Ll}{2,}$/u.test(word.text) || nameParticles.has(word.text)) continue
    const previous = story.words[word.index - 1]
    if (!previous) continue
    // The tokeniser keeps the stop on the word when no sentence ends there (`Monday.`).
    const before = previous.text.endsWith('.') ? previous.text.slice(0, -1) : previous.text
    const gap = `${previous.text.endsWith('.') ? '.' : ''}${text.slice(previous.end, word.start)}`
    if (gap !== '. ') continue
    // After a lower-case word, only a determiner, a pronoun or a linking word after a whole sentence
    // (`the week ended. the port reopened`); other cases are stray stops (punctuation-spacing).
    const stop = previous.text.endsWith('.') ? previous.end - 1 : previous.end
    const lowerBefore = /^\p{Ll}+$/u.test(before) && opensSentence(text, stop, word.normal)
    if (!lowerBefore && (!/^(?:\p{Lu}\p{L}{2,}|\p{N}{2,})$/u.test(before) || capitalAbbreviations.has(before.toLowerCase()))) continue
    if (/\p{Lu}{2,}/u.test(before) && /\./u.test(text.slice(previous.start - 2, previous.start))) continue
    if (!lexicon().has(word.normal) || lexicon().name(word.normal)) continue
    found.push(word)
  }
  return found
}

/** Lower-case particles of names (`van Gogh`, `de Klerk`). */
const nameParticles: ReadonlySet<string> = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'du', 'dos'])

/** Prepositions a place name follows (`in kabul`). */
const placePrepositions: ReadonlySet<string> = new Set(['in', 'from', 'to', 'at', 'of', 'near', 'across', 'into', 'outside', 'inside', 'towards', 'toward'])

/** Lower-case words of the story (outside the headline). */
function lowerCaseWords(story: Story): ReadonlySet<string> {
  const headline = story.headline
  const found = new Set<string>()
  for (const word of story.words) {
    if (headline && word.start < headline.end) continue
    if (word.text === word.normal) found.add(word.normal)
  }
  return found
}

/** A test for words in the headline or in title-like units (most words of four letters or more after
 * the first capitalised, or two in five in a unit that ends without a sentence end). */
function titleLikeUnits(story: Story): (word: Word) => boolean {
  const headline = story.headline
  const titles: Unit[] = story.units.filter((unit) => {
    const long = story.wordsIn(unit).slice(1).filter((w) => w.text.length >= 4 && /^\p{L}/u.test(w.text))
    const capitalised = long.filter((w) => /^\p{Lu}/u.test(w.text)).length
    // Most longer words capitalised, or many in a unit that ends without a sentence end.
    return long.length > 0 && (capitalised * 5 >= long.length * 3 || (capitalised * 5 >= long.length * 2 && !/[.!?]["'\u201d\u2019)]?$/u.test(unit.text)))
  })
  return (word) =>
    (headline !== undefined && word.start < headline.end) || titles.some((unit) => unit.start <= word.start && word.end <= unit.end)
}

/** The tagger's tag of a word (of its sentence's token covering exactly the word). */
function tagOf(story: Story, word: Word): string | undefined {
  const sentence = story.sentences[word.sentence]
  if (!sentence) return undefined
  const token = story.tags(sentence).find((t) => t.start === word.start)
  return token && token.end === word.end ? token.pos : undefined
}

/**
 * Whether the word belongs to a name joined by a connector: a capitalised word, then `of`, `and`,
 * `for`... then this word (`Board of Education`), or this word, a connector and a capitalised word
 * (`Organization of American States`).
 */
function inName(story: Story, word: Word, before: Word, after: Word | undefined): boolean {
  // Back over one or two connectors (`School for the Deaf`).
  let joint: Word | undefined = before
  for (let i = 0; i < 2 && joint && connectors.has(joint.normal); i++) {
    const name: Word | undefined = story.adjacentWord(joint.index, -1)
    if (name && /^\p{Lu}/u.test(name.text)) return true
    joint = name
  }
  if (after && joiners.has(after.normal)) {
    const name = story.adjacentWord(after.index, 1)
    if (name && /^\p{Lu}/u.test(name.text)) return true
  }
  return false
}

/**
 * Whether the word comes right after a run-in subhead glued to its paragraph (`Calls for extension
 * Other members said ...`): at most seven words from the paragraph's start, none followed by
 * punctuation, and not a noun after a determiner or an adjective.
 */
function afterRunInHead(story: Story, word: Word, before: Word): boolean {
  // A noun after a determiner or an adjective (`a Magnitude`, `current Affairs`) is inside one noun
  // phrase, not the first word after a head (`Calls for calm Other members`).
  if (['DET', 'ADJ', 'NUM'].includes(tagOf(story, before) ?? '') && ['NOUN', 'PROPN'].includes(tagOf(story, word) ?? '')) return false
  const paragraph = story.paragraphs[story.sentences[word.sentence]?.paragraph ?? -1]
  if (!paragraph) return false
  const head = story.text.slice(paragraph.start, word.start)
  return story.wordsIn({ start: paragraph.start, end: word.start }).length <= 7 && /^\p{Lu}[\p{L}\p{N} -]*$/u.test(head)
}

/**
 * After `the`, a capitalised plural that ends its noun phrase is a defined term of the text's own
 * (`borne by the Members as apportioned`, `the Parties agree`), not a slip; `the Magnitudes 4 to 5`
 * and `the Floods damage` go on with a figure or a noun.
 */
function definedTerm(story: Story, word: Word, after: Word | undefined): boolean {
  if (!after || /[^\s]/u.test(story.text.slice(word.end, after.start).trim())) return true
  const tag = tagOf(story, after) ?? ''
  return !['NOUN', 'PROPN', 'NUM'].includes(tag)
}

/** Whether the story capitalises the word mid-sentence more often than it writes it in lower case (a defined term). */
function capitalisedMore(story: Story, word: Word): boolean {
  let capitalised = 0
  let lower = 0
  for (const other of wordsNormalised(story, word.normal)) {
    if (other.normal !== word.normal) continue
    if (other.text === other.normal) lower++
    else if (other.text === word.text && story.adjacentWord(other.index, -1)) capitalised++
  }
  return capitalised > lower
}

/** Word classes of tags: a proper noun's lower-case twin is a common noun. */
const wordClass: Readonly<Record<string, string>> = { NOUN: 'noun', PROPN: 'noun', VERB: 'verb', AUX: 'verb', ADJ: 'adjective', ADV: 'adverb' }

/**
 * Whether the story's lower-case uses of the word include one of the same class as this capitalised
 * one: `the Met` (an opera house) is not the verb `met`, nor `the Nice airport` the adjective `nice`.
 */
function sameWordInLowerCase(story: Story, word: Word, tag: string): boolean {
  const target = wordClass[tag]
  return wordsNormalised(story, word.normal).some((other) => other.text === word.normal && wordClass[tagOf(story, other) ?? ''] === target)
}

/** Common nouns edited copy writes in lower case after a lower-case word (rules/data/capitalisation.json, built by `npm run build:capitalisation`). */
let lowerNouns: ReadonlySet<string> | undefined

/**
 * Reads the noun list, refusing a damaged file with the field at fault. A plain loop, not a zod
 * schema: zod's per-item walk over 3,900 strings cost about 10 ms of a cold start (issue 14).
 */
export function parseLowerNouns(data: unknown): ReadonlySet<string> {
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>
  if (typeof record.about !== 'string') throw new Error('rules/data/capitalisation.json: about must be a string')
  const nouns = record.lowerNouns
  if (!Array.isArray(nouns)) throw new Error('rules/data/capitalisation.json: lowerNouns must be an array')
  nouns.forEach((noun: unknown, i) => {
    if (typeof noun !== 'string' || !/^[a-z]{4,}$/u.test(noun)) throw new Error(`rules/data/capitalisation.json: lowerNouns.${i} must be a lower-case word of four letters or more`)
  })
  return new Set(nouns as string[])
}

function loadLowerNouns(): ReadonlySet<string> {
  lowerNouns ??= parseLowerNouns(readJsonData(import.meta.url, 'capitalisation.json'))
  return lowerNouns
}

/**
 * A capitalised common noun the story uses only here, between lower-case words (`in no Hurry for`,
 * `a small Plot in`): a noun edited copy all but never capitalises after a lower-case word (counted
 * on Brown D-R), that no dictionary lists as a name, that the story capitalises nowhere else, and
 * that is no designator before a figure (`Route 2`) nor a defined term after `the` (`the Members`).
 */
function capitalisedOnce(story: Story, word: Word, before: Word, after: Word | undefined): boolean {
  // Before it a lower-case word, or a hyphenated modifier opening in lower case (`one-China Policy`).
  // Or `A`/`An` opening the sentence (`A Magnitude 4.6 quake`): a name seldom takes the indefinite article.
  const opening = /^An?$/u.test(before.text) && story.adjacentWord(before.index, -1) === undefined
  if ((!opening && !/^\p{Ll}+(?:-\p{L}+)*$/u.test(before.text)) || !loadLowerNouns().has(word.normal)) return false
  if (!lexicon().has(word.normal) || lexicon().name(word.normal)) return false
  if (!['NOUN', 'PROPN'].includes(tagOf(story, word) ?? '')) return false
  if (after && /^\p{N}/u.test(after.text) && !measureBeforeFigure(word, after)) return false
  if (before.normal === 'the' && word.normal.endsWith('s') && definedTerm(story, word, after)) return false
  if (afterRunInHead(story, word, before) || /^, ?\p{Lu}/u.test(story.flat.slice(word.end, word.end + 3))) return false
  // Ideologies and movements are capitalised by many writers (`of Liberalism`).
  if (word.normal.endsWith('ism')) return false
  // A common noun in the singular comes with a determiner, a possessive, a number or an adjective
  // (`a small Plot`, `his Visit`); a bare capital after a verb or a preposition is a name (`rejected
  // Hero`, `behind Player`, `in Queens`).
  const phrase = nounPhraseStart(story, word)
  if (!phrase) return false
  // After `the`, a unique referent (`the Twist.`, `after the Restoration,`) or a team (`the Flock
  // breaks camp`) stands where a slip does; only a preposition or a conjunction after it shows a
  // common noun going on with the sentence (`the Discrepancy between`, `the possible Entry of`).
  if (phrase === 'the' && !['ADP', 'CCONJ', 'SCONJ'].includes((after && tagOf(story, after)) ?? '') && !relatives.has(after?.normal ?? '')) return false
  // `Buick, Chrysler, and Mercury`: a name in a list of names
  const previous = before.normal === 'and' || before.normal === 'or' ? story.adjacentWord(before.index, -1) : undefined
  if (previous && /^\p{Lu}/u.test(previous.text)) return false
  // `the Statute of the International Court`, `the Maid of the Mist`: a name going on after `of the`
  if (after && joiners.has(after.normal)) {
    const next = story.adjacentWord(after.index, 1)
    const name = next?.normal === 'the' ? story.adjacentWord(next.index, 1) : next
    if (name && /^\p{Lu}/u.test(name.text)) return false
  }
  return wordsNormalised(story, word.normal).every((other) => other.index === word.index || other.text === other.normal)
}

/** Nouns that number things, before a figure with a decimal point too (`Version 2.1`, `Item 4.01`). */
const designators: ReadonlySet<string> = new Set([
  'version', 'release', 'item', 'step', 'stage', 'phase', 'level', 'grade', 'category', 'type', 'section', 'chapter',
  'rule', 'article', 'figure', 'table', 'model', 'class', 'form', 'schedule', 'note', 'page', 'issue', 'number', 'size',
])

/**
 * Whether a figure with a decimal point after a capitalised noun measures it (`a Magnitude 4.6
 * quake`) rather than numbers it (`Route 2`, `Version 2.1`): only a decimal measures, and only after
 * a noun that is no designator.
 */
function measureBeforeFigure(word: Word, after: Word): boolean {
  return /^\p{N}+\.\p{N}+$/u.test(after.text) && !designators.has(word.normal)
}

/** Relative pronouns: a capital before one (`the hottest Thing that`) heads a noun phrase going on with the sentence. */
const relatives: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose'])

/** Possessive determiners, which open a noun phrase as an article does. */
const possessives: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose'])

/**
 * What opens the noun phrase a word heads: `the`, another determiner, a possessive or a number
 * (`a`, `his`, `two`), back over adjectives and nouns, or an adjective with none (`fiscal Year`);
 * undefined when a verb, a preposition or a conjunction comes right before it.
 */
function nounPhraseStart(story: Story, word: Word): 'the' | 'other' | undefined {
  let sawModifier = false
  for (let w = story.adjacentWord(word.index, -1), n = 0; w && n < 4; w = story.adjacentWord(w.index, -1), n++) {
    if (w.normal === 'the') return 'the'
    const tag = tagOf(story, w) ?? ''
    if (tag === 'DET' || tag === 'NUM' || possessives.has(w.normal)) return 'other'
    if (tag !== 'ADJ' && !(tag === 'NOUN' && /^\p{Ll}/u.test(w.text))) {
      // `Ministry of internal Affairs`: the phrase goes on a name before a connector
      const name = connectors.has(w.normal) ? story.adjacentWord(w.index, -1) : undefined
      return sawModifier && !(name && /^\p{Lu}/u.test(name.text)) ? 'other' : undefined
    }
    sawModifier = true
  }
  return sawModifier ? 'other' : undefined
}

/** Whether the story writes the word in lower case before a number too (`magnitude 4.1`). */
function lowerBeforeNumber(story: Story, word: Word): boolean {
  return wordsNormalised(story, word.normal).some((other) => {
    if (other.text !== word.normal) return false
    const next = story.adjacentWord(other.index, 1)
    return next !== undefined && /^\p{N}/u.test(next.text)
  })
}

/** Whether the story also uses the word in a capitalised name (`Tom Price`) or after a title (`Mr. Price`). */
function usedAsName(story: Story, word: Word): boolean {
  return wordsNormalised(story, word.normal).some((other) => {
    if (other.index === word.index || other.text !== word.text) return false
    const before = story.words[other.index - 1]
    const after = story.adjacentWord(other.index, 1)
    const beforeAdjacent = story.adjacentWord(other.index, -1)
    if (before && addressTitles.has(before.normal) && other.start - before.end <= 2) return true
    return (beforeAdjacent !== undefined && /^\p{Lu}/u.test(beforeAdjacent.text)) || (after !== undefined && /^\p{Lu}/u.test(after.text))
  })
}

/** Rank (a position in the lexicon's frequency list) below which an all-caps word is too common to be an acronym. */
const plainRank = 60_000

/**
 * An all-caps common word (five letters or more, or a very common four-letter one) that no
 * dictionary lists as a name or an acronym (`EMASCULATED`, `BLAMED`, `FULL`): shouting, not an acronym, even when the story never writes it
 * in lower case.
 */
function plainWordInCaps(word: Word): boolean {
  const lex = lexicon()
  if (word.text.length < 4) return false
  // Acronyms are short and uninflected: a word of seven letters or more, or one with an inflection
  // (`RANKED`, `PREDICTS`, `DOVETAIL`, `BIENNIAL`) is plain whatever its rank, when it is a word at all.
  const long = word.text.length >= 7 || (word.text.length >= 5 && /(?:ED|ING|IES|LY)$/u.test(word.text))
  if (!(long ? lex.has(word.normal) : lex.rankBelow(word.normal, word.text.length === 4 ? plainRank / 2 : plainRank)) || lex.name(word.normal)) return false
  return !lex.acronyms.includes(word.text) && !vocabulary().knownAcronyms.has(word.text)
}

/** Whether a word is the first of its sentence or of its line (a dateline: `SINGAPORE (Reuters) -`). */
function opensSentenceOrLine(story: Story, word: Word): boolean {
  const sentence = story.sentences[word.sentence]
  if (!sentence || story.wordsIn(sentence)[0]?.index === word.index) return true
  return /^[\s\p{P}]*$/u.test(story.text.slice(story.text.lastIndexOf('\n', word.start - 1) + 1, word.start))
}

/**
 * A common word in capitals inside a sentence otherwise in normal case, not its first word, and
 * not before a colon or a dash (a label: `NOTE: the`): a plain dictionary word, or shouting.
 */
function plainInCaps(story: Story, word: Word): boolean {
  if (!/^\p{Lu}{3,}$/u.test(word.text) || acronymWords.has(word.normal) || !plainWordInCaps(word)) return false
  if (opensSentenceOrLine(story, word)) return false
  if (/^\s*[:\u2013\u2014-]/u.test(story.text.slice(word.end, word.end + 3))) return false
  return normalCase(story, word)
}

/**
 * The title-case form of a word in capitals (four letters or more, no known acronym) when the story
 * writes that form mid-sentence elsewhere (`Hemphill` ... `with HEMPHILL after`), in a sentence
 * otherwise in normal case and not as its first word: one name written two ways.
 */
function nameInCaps(story: Story, word: Word): string | undefined {
  if (!/^\p{Lu}{4,}$/u.test(word.text) || vocabulary().knownAcronyms.has(word.text) || lexicon().acronyms.includes(word.text)) return undefined
  const titled = capitalise(word.normal)
  const elsewhere = wordsNormalised(story, word.normal).some((other) => other.text === titled && story.adjacentWord(other.index, -1) !== undefined)
  if (!elsewhere) return undefined
  if (opensSentenceOrLine(story, word)) return undefined
  return normalCase(story, word) ? titled : undefined
}

/** Whether the word's sentence is otherwise in normal case: no other all-caps word of four letters or more. */
function normalCase(story: Story, word: Word): boolean {
  const sentence = story.sentences[word.sentence]
  if (!sentence) return false
  const words = story.wordsIn(sentence)
  const lowerCount = words.filter((w) => /^\p{Ll}/u.test(w.text)).length
  return lowerCount >= 4 && !words.some((w) => w !== word && /^\p{Lu}{4,}$/u.test(w.text))
}
