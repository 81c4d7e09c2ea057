// name-consistency: one person or place spelled two ways in a story (`Volgoruza`/`Volgoruzha`,
// `Celikoglu`/`Çelikoğlu`), a name particle capitalised two ways mid-sentence (`de Alvarenga`/`De Alvarenga`)
// `U.S.`/`US` mixed in the body, a given name shortened beside the full one (`Kh Asif`/`Khawaja Asif`)
// and a short code joined two ways (`J&K`/`J-K`/`J and K`).
//
// Decisions:
// - kind `mechanical`: speech has no spelling; the reporter spells every name, inside quotations too.
// - fix `suggest`, always: which spelling is right (and whether diacritics are house style) needs an
//   editor, even when one spelling is used three times and the other once.
// - Precision first. Distinct real names differ by one letter all the time (Jansen/Janssen, Patel/Patil,
//   Austria/Australia), so edit distance alone is never enough. Two spellings are one name only with
//   evidence: (1) they differ only in diacritics; (2) they follow the same first name (`Arseni
//   Volgoruza`/`Arseni Volgoruzha`; then up to two edits, or the same consonant skeleton for
//   transliterations such as `Castelneuve`/`Kastelneva`); (3) one edit, the same first letter and the
//   same place word after them (`Koyama Prefecture`, `Pellaro, Arland`); (4) one edit, the same first
//   letter, 6+ letters, and one spelling is a surname used alone that refers back to the other, introduced
//   with a first name (news style introduces every
//   person by full name; a bare surname never after `in`/`at`/`from`, which marks a place). Different first
//   names before the two spellings mean two people. Derived words (`Russia`/`Russian`, `Communist`/
//   `Communism`, `Maria`/`Mario`; any two that differ only in the last letter, `Petrov`/`Petrova`, except
//   `-sky`/`-ski`; a doubled last letter is a slip, `Sharma`/`Sharmaa`), function words, titles, place words, words also used in lower case in
//   the story, and names shorter than 5 letters are never compared. "One edit" includes one spelling
//   of the same sounds (`Rasheed`/`Rashid`, `Farooq`/`Faruk`: long vowels, doubled letters, q/k). (5) With the same first name, a
//   surname cut short by one to four letters, leaving four or more (`Tlegenbai`/`Tlegenb`), unless the cut
//   part is a compounding ending (`Patrol`/`Patrolman`).
// - (6) One edit, the same first letter, 6+ letters, one spelling after a place preposition and the
//   other alone or after one too (`flights into Varnelo`, `schools in Varnello`): one place.
// - A shortened given name (an initial, a form with a point or without vowels: `K.`, `Kh`, `Md`, or its
//   first two letters: `Mo` for `Morteza`; three make a nickname, `Ham` for `Hamilton`) before
//   a surname is the full given name used elsewhere before it, when only one full given name fits (and,
//   for an initial, the story has only one full given name before that surname); middle initials
//   (`Gaynor B. Jones`) and a title's initials (`Mrs. J. Smith`) name someone else.
// - Issue 11 point 6 (the shapes seen on other sites): a first name spelt two ways before the same
//   surname in different sentences (`Mohammad`/`Muhammad Rakar`; in one sentence they are two people
//   listed); initials for two or three given names (`F. M. Tenmabel`, `FM Tenmabel`) when one full
//   form fits; a compound surname joined by a hyphen, a space or nothing (`El-Ribri`/`El Ribri`/
//   `Elribri`); a code with points and without (`J.K.`/`JK`, only beside the pointed form); one person
//   after two titles of rank (`Dr`/`Prof`, unless qualified: `Lt Gen.`, `former Governor`).
// - Session 9 (shapes no generator made before): a given and family name swapped (`Tami Kuro`/`Kuro
//   Tami`), a full name with and without its particle (`Omar al-Rashid`/`Omar Rashid`), a capital lost
//   inside a glued surname (`McKarro`/`Mckarro`; not after a particle, `DuPont`/`Dupont` stays quiet).
// - The minority spelling is flagged at each place, related to the first place of the majority; a tie
//   keeps the spelling used first.
import { z } from 'zod'
import { defineRule } from '../src/rule/define-rule.js'
import type { Report, Span, Story, Word, WordPart as Part } from '../src/rule/types.js'
import { abbreviates, consonantSkeleton, editDistance, foldName, transliterationKey } from './lib/names.js'
import { fold, vocabulary } from './lib/spelling/vocabulary.js'

/** Capitalised words that are never names: function words, sentence openers, months, days. */
const commonWords: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'yet', 'so', 'in', 'on', 'at', 'to', 'of', 'for', 'by', 'with', 'from', 'as',
  'after', 'before', 'when', 'while', 'whilst', 'if', 'unless', 'until', 'it', 'its', 'this', 'that', 'these', 'those', 'he',
  'she', 'they', 'we', 'you', 'his', 'her', 'hers', 'their', 'theirs', 'our', 'ours', 'my', 'your', 'there', 'here', 'then',
  'also', 'however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'according', 'during', 'since', 'under',
  'over', 'about', 'above', 'below', 'into', 'onto', 'upon', 'between', 'among', 'amongst', 'against', 'without', 'within',
  'through', 'throughout', 'although', 'though', 'because', 'not', 'no', 'yes', 'all', 'some', 'many', 'most', 'more',
  'other', 'others', 'another', 'such', 'each', 'every', 'both', 'either', 'neither', 'what', 'which', 'who', 'whom',
  'whose', 'where', 'why', 'how', 'earlier', 'later', 'today', 'tonight', 'yesterday', 'tomorrow', 'still', 'even',
  'only', 'just', 'instead', 'thus', 'hence', 'therefore', 'besides', 'despite', 'indeed', 'perhaps', 'probably',
  'several', 'three', 'seven', 'eight', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'first', 'second', 'third', 'fourth',
  'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'january', 'february', 'march', 'april', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'photo',
  'image', 'file', 'video', 'credit', 'reporting', 'editing', 'writing', 'updated', 'source', 'sources',
])

/** Titles and honorifics: a word before a name that is not a first name. */
const titles: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'st', 'jr', 'sr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr',
  'adm', 'maj', 'rep', 'sen', 'gov', 'rev', 'hon', 'president', 'minister', 'secretary', 'general', 'chief', 'senator',
  'representative', 'governor', 'mayor', 'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'pope', 'father',
  'saint', 'lord', 'lady', 'sheikh', 'shaikh', 'imam', 'ayatollah', 'emir', 'sultan', 'colonel', 'captain', 'lieutenant',
  'sergeant', 'major', 'commander', 'admiral', 'marshal', 'professor', 'doctor', 'coach', 'chairman', 'chairwoman',
  'chairperson', 'chair', 'director', 'ambassador', 'envoy', 'prime', 'foreign', 'defense', 'defence', 'interior',
  'finance', 'deputy', 'vice', 'former', 'acting', 'state', 'police', 'officer', 'spokesman', 'spokeswoman',
  'spokesperson', 'premier', 'chancellor', 'emperor', 'speaker', 'leader', 'counterpart', 'president-elect', 'brother',
  'sister', 'mother', 'uncle', 'aunt', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'shri', 'smt', 'sri', 'shrimati',
])

/** Name particles compared for case (`de Alvarenga` and `De Alvarenga` mid-sentence in one story). */
const particles: ReadonlySet<string> = new Set([
  'de', 'da', 'di', 'del', 'della', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'ter', 'ten', 'le', 'la', 'bin', 'ibn',
])

/** Endings that make a derived word, not a variant (`Russia`/`Russian`, `Kazakh`/`Kazakhs`, `Louis`/`Louise`). */
const derivedEndings: readonly string[] = Object.freeze([
  '', 's', 'es', 'n', 'an', 'ns', 'ans', 'ian', 'ians', 'ese', 'i', 'is', 'e', 'a', 'o', 'os', 'y', 'cy', 'ic', 'ics', 'ical',
  'ish', 'ite', 'ites', 'er', 'ers', 'ed', 'ing', 'ist', 'ists', 'ism', 'isms', 'ity', 'ia', 'stan', 'land',
])

/** What a word or name is compounded with (`Patrol`/`Patrolman`, `John`/`Johnson`): a longer word, not the name cut short. */
const compoundEndings = /^(?:man|men|son|sen|ton|ship|ville|burg|berg|stein|land|field|ford|wood|worth|ing|ers?|ed|ess|ist)$/u

/** Words that introduce another spelling on purpose (`pronounced Varmer`, `née Haller`). */
const variantMarkers: ReadonlySet<string> = new Set(['pronounced', 'spelled', 'spelt', 'née', 'nee', 'alias', 'aka', 'formerly', 'transliterated'])

/** Words before a place, not a person (`in Holston`). */
const placePrepositions: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'into', 'to', 'across', 'outside', 'inside', 'via', 'toward', 'towards'])

/** Words after a place name that show two spellings name the same place (`Koyama Prefecture`). */
const placeHeads: ReadonlySet<string> = new Set([
  'prefecture', 'province', 'region', 'district', 'county', 'state', 'valley', 'river', 'lake', 'island', 'islands',
  'mountain', 'mountains', 'city', 'town', 'village', 'bay', 'sea', 'airport', 'street', 'road', 'avenue', 'square',
  'university', 'hospital', 'stadium', 'park', 'bridge', 'dam', 'port', 'strait', 'gulf', 'peninsula', 'desert', 'oblast',
  'krai', 'governorate', 'municipality', 'canton', 'territory', 'basin', 'plain', 'plateau', 'coast', 'delta', 'falls',
  'forest', 'pass', 'range', 'harbour', 'harbor', 'station', 'cathedral', 'mosque', 'temple', 'palace', 'fort',
])

/** Abbreviations written with or without points (`U.S.`/`US`). */
const pointedAbbreviations: ReadonlySet<string> = new Set(['us', 'uk', 'un', 'eu', 'usa', 'uae', 'ussr'])

/** Shortest folded name compared. */
const minLength = 5

export default defineRule(
  {
    id: 'name-consistency',
    category: 'consistency',
    kind: 'mechanical',
    severity: 'warning',
    description: 'Flag a person or place spelled two ways in one story, such as `Volgoruza` and `Volgoruzha`',
    rationale:
      'Two spellings of one name make readers wonder whether two people are meant and show that a transliteration or a rewrite went wrong; the reporter spells every name, inside quotations too.',
    fix: 'suggest',
    messages: {
      variant: 'Unexpected name spelling `{actual}`, expected `{expected}` as elsewhere in the story',
      particle: 'Unexpected particle `{actual}` in `{name}`, expected `{expected}` as elsewhere in the story',
      abbreviation: 'Unexpected abbreviation `{actual}`, expected `{expected}` as elsewhere in the story',
      shortGiven: 'Unexpected shortened name `{actual}`, expected `{expected}` as elsewhere in the story',
      separator: 'Unexpected form `{actual}`, expected `{expected}` as elsewhere in the story',
      plural: 'Unexpected form `{actual}`, expected `{expected}` as elsewhere in the story',
      compound: 'Unexpected form `{actual}`, expected `{expected}` as elsewhere in the story',
      title: 'Unexpected title `{actual}` before `{name}`, expected `{expected}` as elsewhere in the story',
    },
    options: z.strictObject({
      abbreviations: z
        .boolean()
        .default(true)
        .describe('Also flag `U.S.` and `US` (`U.K.`, `U.N.`, `E.U.`...) mixed in the body (headlines may drop the points)'),
    }),
    examples: {
      invalid: [
        {
          text: 'Envoy Arkadi Voronezhsky met the council. Later Arkadi Voronezhski left for Minsk.',
          diagnostics: [
            '1:56-1:67 variant Unexpected name spelling `Voronezhski`, expected `Voronezhsky` as elsewhere in the story',
          ],
        },
        {
          text: 'Foreign Minister Tarik Çelikoğlu spoke first. Çelikoğlu said the talks would go on, and Celikoglu left.',
          diagnostics: [
            '1:89-1:98 variant Unexpected name spelling `Celikoglu`, expected `Çelikoğlu` as elsewhere in the story',
          ],
        },
        {
          text: 'Rescuers reached Koyama Prefecture by noon. Roads into Koyamma Prefecture stayed shut.',
          diagnostics: ['1:56-1:63 variant Unexpected name spelling `Koyamma`, expected `Koyama` as elsewhere in the story'],
        },
        {
          text: 'Trade envoy Ilse Marrenbach arrived on Monday. Marenbach said the deal was close.',
          diagnostics: [
            '1:48-1:57 variant Unexpected name spelling `Marenbach`, expected `Marrenbach` as elsewhere in the story',
          ],
        },
        {
          text: 'Pedro de Alvarenga scored twice. The coach praised de Alvarenga, but De Alvarenga was tired.',
          diagnostics: [
            '1:70-1:72 particle Unexpected particle `De` in `De Alvarenga`, expected `de` as elsewhere in the story',
          ],
        },
        {
          text: 'Interior Minister Khalid Omarov arrived. Kh Omarov said the border with Lurnia would reopen.',
          diagnostics: [
            '1:42-1:51 shortGiven Unexpected shortened name `Kh Omarov`, expected `Khalid Omarov` as elsewhere in the story',
          ],
        },
        {
          text: 'Floods hit Varnelo on Monday, and flights into Varnelo were cut. Schools in Varnello stayed shut.',
          diagnostics: ['1:77-1:85 variant Unexpected name spelling `Varnello`, expected `Varnelo` as elsewhere in the story'],
        },
        {
          text: 'Envoy Morteza Valani landed in Osk. After a short speech, Mo Valani left.',
          diagnostics: ['1:59-1:68 shortGiven Unexpected shortened name `Mo Valani`, expected `Morteza Valani` as elsewhere in the story'],
        },
        {
          text: 'The talks were led by Karim Dessal and Ana Rhee. K. Dessal left on Friday.',
          diagnostics: ['1:50-1:59 shortGiven Unexpected shortened name `K. Dessal`, expected `Karim Dessal` as elsewhere in the story'],
        },
        {
          text: 'Harbour chief Dalia Montesorin opened the pier. Later Dalia Montes cut the ribbon.',
          diagnostics: ['1:61-1:67 variant Unexpected name spelling `Montes`, expected `Montesorin` as elsewhere in the story'],
        },
        {
          text: 'Envoy Karak El-Ribri spoke on Monday. Later El Ribri left.',
          diagnostics: ['1:45-1:53 compound Unexpected form `El Ribri`, expected `El-Ribri` as elsewhere in the story'],
        },
        {
          text: 'Dr Mira Talven opened the clinic. Later Prof Mira Talven cut the ribbon.',
          diagnostics: ['1:41-1:45 title Unexpected title `Prof` before `Mira Talven`, expected `Dr` as elsewhere in the story'],
        },
        {
          text: 'Envoy Fozu Mosa Tenmabel arrived. Later F. M. Tenmabel left.',
          diagnostics: ['1:41-1:55 shortGiven Unexpected shortened name `F. M. Tenmabel`, expected `Fozu Mosa Tenmabel` as elsewhere in the story'],
        },
        {
          text: 'Police in A&N said the ferry was late. A-N officials blamed the storm, and A&N traders agreed.',
          diagnostics: ['1:40-1:43 separator Unexpected form `A-N`, expected `A&N` as elsewhere in the story'],
        },
        {
          text: 'Rail line reopens\n\nThe South Eastern Railway said on Monday that trains would run late on the coast line.\n\nA spokesman for South Eastern Railways said the line would reopen on Friday.',
          diagnostics: ['5:17-5:39 plural Unexpected form `South Eastern Railways`, expected `South Eastern Railway` as elsewhere in the story'],
        },
        {
          text: 'Envoy Tami Kuro spoke on Monday. Later Kuro Tami left, and Omar al-Rashid met Omar Rashid.',
          diagnostics: [
            '1:40-1:49 compound Unexpected form `Kuro Tami`, expected `Tami Kuro` as elsewhere in the story',
            '1:79-1:90 compound Unexpected form `Omar Rashid`, expected `Omar al-Rashid` as elsewhere in the story',
          ],
        },
        {
          text: 'Envoy Ilan McKarro spoke on Monday. Later Ilan Mckarro left.',
          diagnostics: ['1:48-1:55 compound Unexpected form `Mckarro`, expected `McKarro` as elsewhere in the story'],
        },
        {
          text: 'The U.S. envoy arrived. Talks with U.S. officials went on, and US troops stayed.',
          diagnostics: ['1:64-1:66 abbreviation Unexpected abbreviation `US`, expected `U.S.` as elsewhere in the story'],
        },
      ],
      valid: [
        'Exchange students arrive\n\nA West German said the visit went well, and the West Germans who came with him agreed. The New York Yankees beat a New York Yankee farm team.',
        'Envoy Arkadi Voronezhsky met the council. Later Voronezhsky left for Minsk.',
        'Anna Jansen and Piet Janssen signed the letter; Jansen and Janssen are not related.',
        'Austria and Australia drew; Gambia and Zambia also played.',
        'Russia said the Russian army had left. Kazakh officials met two Kazakhs.',
        'Daniel Moreau and his sister Daniela Moreau spoke, as did Louis Vane and Louise Vane.',
        'Maria Ostrova and Mario Ostrova ran the shop.',
        'Agents of the Border Patrol met Border Patrolman Ruiz.',
        'Coach Hamilton Reed praised the team; Ham Reed, as the players call him, smiled.',
        'De Alvarenga scored twice. The coach praised de Alvarenga.',
        'Mr. Lee met Mr. Lea at the Ivan Hotel and the Iván Hotel.',
        'Dana Reeve Dana reeved the rope. New York fans met York City fans; Piet van Dam and Anna Dam came.',
        'US PLEDGES AID\n\nThe U.S. envoy arrived on Monday.',
        'Paul Marr and Petra Marr met. P. Marr, Gaynor B. Hale and Mrs. B. Hale left; Bruno Hale stayed.',
        'The India Pakistan series resumes in May, and the Pakistan India opener is sold out.',
        { text: 'The U.S. envoy arrived. Talks with US officials went on.', options: { abbreviations: false } },
      ],
    },
  },
  ({ story, options, report }) => {
    const tokens = nameTokens(story)
    checkVariants(story, tokens, report)
    checkParticles(story, report)
    checkShortGiven(story, report)
    checkInitials(story, report)
    checkCompounds(story, report)
    checkOrderAndParticles(story, report)
    checkTitles(story, report)
    checkSeparators(story, report)
    checkPlurals(story, report)
    if (options.abbreviations) checkAbbreviations(story, report)
  },
)

type Reporter = Report<'variant' | 'particle' | 'abbreviation' | 'shortGiven' | 'separator' | 'plural' | 'compound' | 'title'>

/** A capitalised word (or part of a hyphenated word), possessive removed. */
interface NameToken extends Span {
  readonly text: string
  /** Lower-case, diacritics kept: the spelling compared. */
  readonly form: string
  readonly fold: string
  readonly caps: boolean
  /** First word of a sentence, line, headline or quotation: capitalised anyway. */
  readonly initial: boolean
  /** A first name or initial right before it (lower-case), if any. */
  readonly given: string | undefined
  /** A place word right after it (`Prefecture`), or the name after a comma (`, Arland`). */
  readonly head: string | undefined
  /** Followed by another capitalised word in the same sentence. */
  readonly joined: boolean
  /** After a place preposition (`in`, `at`, `from`...). */
  readonly place: boolean
  /** The surname right after it when it is a first name (folded): `Mohammad` in `Mohammad Rakar`. */
  readonly surname: string | undefined
  /** Index of its sentence. */
  readonly sentence: number
}

/** One spelling of a name in the story. */
interface Form {
  readonly form: string
  readonly fold: string
  readonly tokens: NameToken[]
}

function checkVariants(story: Story, tokens: readonly NameToken[], report: Reporter): void {
  const lower = new Set(story.words.filter((w) => /^\p{Ll}+$/u.test(w.text)).map((w) => w.text))
  const forms = new Map<string, Form>()
  for (const token of tokens) {
    // (A four-letter surname after a first name may be the same surname cut short.)
    if (token.fold.length < (token.given ? 4 : minLength) || lower.has(token.form) || generic(token.fold)) continue
    const form = forms.get(token.form) ?? { form: token.form, fold: token.fold, tokens: [] }
    form.tokens.push(token)
    forms.set(token.form, form)
  }
  const names = [...forms.values()].map(withContext)
  const parent = new Map<string, string>(names.map((f) => [f.form, f.form]))
  const find = (form: string): string => {
    let root = form
    while (parent.get(root) !== root) root = parent.get(root) ?? root
    return root
  }
  for (const [i, j] of candidatePairs(names)) {
    const a = names[i]
    const b = names[j]
    if (a && b && (a.nameLike || b.nameLike) && sameName(a, b)) parent.set(find(a.form), find(b.form))
  }
  const clusters = new Map<string, NameForm[]>()
  for (const form of names) {
    const root = find(form.form)
    const cluster = clusters.get(root)
    if (cluster) cluster.push(form)
    else clusters.set(root, [form])
  }
  for (const cluster of clusters.values()) {
    if (cluster.length < 2) continue
    const ranked = [...cluster].sort((x, y) => y.tokens.length - x.tokens.length || firstStart(x) - firstStart(y))
    const major = ranked[0]
    if (!major) continue
    const display = major.tokens.find((t) => !t.caps)?.text ?? major.tokens[0]?.text ?? ''
    const related = major.tokens[0]
    for (const minor of ranked.slice(1)) {
      if (!sameName(minor, major)) continue
      for (const token of minor.tokens) {
        const expected = token.caps ? display.toUpperCase() : display
        report('variant', token, { expected: [expected], ...(related ? { related: { start: related.start, end: related.end } } : {}) })
      }
    }
  }
}

/** A function word, title or place word (a plural too): never a name of its own. */
function generic(fold: string): boolean {
  const listed = (w: string): boolean => commonWords.has(w) || titles.has(w) || placeHeads.has(w)
  return listed(fold) || (fold.endsWith('s') && listed(fold.slice(0, -1)))
}

const firstStart = (form: Form): number => form.tokens[0]?.start ?? 0

/** A spelling with the context its tokens share. */
interface NameForm extends Form {
  /** First names or initials seen before it. */
  readonly given: ReadonlySet<string>
  /** Place words or `, Country` seen after it. */
  readonly heads: ReadonlySet<string>
  /** Used at least once capitalised inside a sentence. */
  readonly nameLike: boolean
  /** Surnames seen after it (as a first name). */
  readonly surnames: ReadonlySet<string>
}

/** One pass over the form's tokens, with no arrays in between: it runs for every capitalised word of a story (issue 14). */
function withContext(form: Form): NameForm {
  const given = new Set<string>()
  const heads = new Set<string>()
  const surnames = new Set<string>()
  let nameLike = false
  for (const t of form.tokens) {
    if (t.given) given.add(t.given)
    if (t.head) heads.add(t.head)
    if (t.surname) surnames.add(t.surname)
    if (!t.caps && !t.initial) nameLike = true
  }
  return { form: form.form, fold: form.fold, tokens: form.tokens, given, heads, nameLike, surnames }
}

/**
 * Index pairs worth comparing: spellings sharing a key of one deleted letter (so within two edits),
 * or a transliteration key, and spellings after the same first name.
 */
function candidatePairs(forms: readonly NameForm[]): [number, number][] {
  const buckets = new Map<string, number[]>()
  const add = (key: string, index: number) => {
    const bucket = buckets.get(key)
    if (!bucket) buckets.set(key, [index])
    else if (bucket[bucket.length - 1] !== index) bucket.push(index)
  }
  forms.forEach((form, index) => {
    add(`=${form.fold}`, index)
    for (let i = 0; i < form.fold.length; i++) add(`=${form.fold.slice(0, i)}${form.fold.slice(i + 1)}`, index)
    add(`~${transliterationKey(form.fold)}`, index)
    for (const given of form.given) add(`+${given}`, index)
    for (const surname of form.surnames) add(`-${surname}`, index)
  })
  const seen = new Set<number>()
  const pairs: [number, number][] = []
  for (const bucket of buckets.values()) {
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const i = bucket[x] ?? 0
        const j = bucket[y] ?? 0
        const key = Math.min(i, j) * forms.length + Math.max(i, j)
        if (seen.has(key)) continue
        seen.add(key)
        pairs.push([Math.min(i, j), Math.max(i, j)])
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1])
}

/** Whether two spellings name the same person or place (see the rule's docs for the evidence). */
function sameName(a: NameForm, b: NameForm): boolean {
  if (a.fold === b.fold) return true
  if (derived(a.fold, b.fold) || lastLetterOnly(a.fold, b.fold)) return false
  // First names before the same surname (`Mohammad Rakar`/`Muhammad Rakar`) share a context as
  // surnames after the same first name do; before two different surnames they are two people.
  // (Two first names in one sentence are two people listed: `Mohammed Ahmed and Mohammad Ahmed arrived`.)
  const together = a.tokens.some((t) => b.tokens.some((u) => u.sentence === t.sentence))
  const sharedSurname = !together && [...a.surnames].some((g) => b.surnames.has(g))
  if (!sharedSurname && a.surnames.size > 0 && b.surnames.size > 0 && a.tokens.every((t) => t.surname) && b.tokens.every((t) => t.surname)) return false
  const sharedGiven = [...a.given].some((g) => b.given.has(g)) || sharedSurname
  if (!sharedGiven && a.given.size > 0 && b.given.size > 0) return false
  const distance = editDistance(a.fold, b.fold, 2)
  const min = Math.min(a.fold.length, b.fold.length)
  // One edit, or one spelling of the same sounds (`Shareef`/`Sharif`, `Farooq`/`Faruk`).
  const close = (distance <= 1 || transliterationKey(a.fold) === transliterationKey(b.fold)) && min >= minLength
  if (sharedGiven) {
    if (close || (distance <= 2 && min >= 8)) return true
    // A surname cut short after the same first name (`Tlegenbai`/`Tlegenb`, `Rimolatal`/`Rimo`):
    // at most four letters, leaving at least four and more than half of it.
    const cut = Math.max(a.fold.length, b.fold.length) - min
    const [short, long] = a.fold.length < b.fold.length ? [a.fold, b.fold] : [b.fold, a.fold]
    if (min >= 4 && cut <= Math.min(4, min - 1) && long.startsWith(short) && (cut <= 2 || !compoundEndings.test(long.slice(short.length)))) return true
    const skeleton = consonantSkeleton(a.fold)
    return min >= 6 && skeleton.length >= 4 && skeleton === consonantSkeleton(b.fold) && sameSound(a.fold, b.fold)
  }
  if (!close || a.fold.charAt(0) !== b.fold.charAt(0)) return false
  if ([...b.heads].some((h) => a.heads.has(h))) return true
  // A surname alone refers back to a person introduced with a first name.
  if (min < 6) return false
  if ((a.given.size > 0 && bare(b)) || (b.given.size > 0 && bare(a))) return true
  // A place named after `in`/`from`/`into` and again, alone or after such a word (`Flights into
  // Varnelo`, `Schools in Varnello`): one place, misspelt inside (the same last two letters: not an
  // ending or a glued mark, `Russia`/`Russiaâ`); never a name after a first name.
  if (a.fold.slice(-2) !== b.fold.slice(-2)) return false
  return (located(a) && (located(b) || alone(b))) || (located(b) && alone(a))
}

/**
 * One word derived from the other (`Russia`/`Russian`, `Communist`/`Communism`, `Maria`/`Mario`):
 * both are one stem with different endings. A final `y` doubled or for `i` is a variant (`Kravensky`/`Kravenskyy`,
 * `-sky`/`-ski`).
 */
function derived(a: string, b: string): boolean {
  for (const endA of derivedEndings) {
    if (!a.endsWith(endA)) continue
    const stem = a.slice(0, a.length - endA.length)
    for (const endB of derivedEndings) {
      if (endA === endB || !b.endsWith(endB) || b.slice(0, b.length - endB.length) !== stem || stem.length < 3) continue
      if ((endA === 'y' || endB === 'y') && (stem.endsWith('y') || endA === 'i' || endB === 'i')) continue
      // A final letter doubled is a slip, not an ending (`Sharma`/`Sharmaa`).
      if (endA + endB === stem.slice(-1)) continue
      return true
    }
  }
  return false
}

/**
 * Two spellings that differ only in the last letter: an ending, not a misspelling (`Petrov`/`Petrova`,
 * `Mario`/`Maria`, `Communist` beside a slip for `Communism`), so never one name; `-sky`/`-ski` is a
 * transliteration.
 */
function lastLetterOnly(a: string, b: string): boolean {
  // `-sky`/`-ski` is one transliteration, not an ending.
  const ends = new Set([a.slice(-1), b.slice(-1)])
  return a.length === b.length && a.slice(0, -1) === b.slice(0, -1) && !(ends.has('y') && ends.has('i'))
}

/** After a place preposition somewhere, never after a first name or before another name. */
function located(form: NameForm): boolean {
  return form.given.size === 0 && form.tokens.some((t) => t.place) && form.tokens.every((t) => !t.joined || t.head !== undefined)
}

/** Never after a first name, never part of a longer name, not only in capitals. */
function alone(form: NameForm): boolean {
  return form.tokens.every((t) => t.given === undefined && (!t.joined || t.head !== undefined)) && form.tokens.some((t) => !t.caps)
}

/** Never after a first name or a place preposition, never part of a longer name, not only in capitals. */
function bare(form: NameForm): boolean {
  return form.tokens.every((t) => t.given === undefined && !t.joined && !t.place) && form.tokens.some((t) => !t.caps)
}

/** Both start with a vowel, or with consonants of one sound class (`C`/`K`). */
function sameSound(a: string, b: string): boolean {
  return consonantSkeleton(a.charAt(0)) === consonantSkeleton(b.charAt(0))
}

/** Capitalised words and hyphenated-word parts, with the context the comparison needs. */
function nameTokens(story: Story): NameToken[] {
  const tokens: NameToken[] = []
  const words = story.words
  words.forEach((word, index) => {
    // A part is a piece of the word: with no capital letter in the word, no part is a name (issue 14).
    if (!/\p{Lu}/u.test(word.text)) return
    const parts = story.parts(word)
    parts.forEach((part, p) => {
      if (!/^\p{Lu}[\p{L}\p{M}]{1,40}$/u.test(part.text)) return
      const caps = !/\p{Ll}/u.test(part.text)
      const previous = p > 0 ? parts[p - 1] : story.adjacentWord(index, -1)
      const previousPart = p > 0 ? previous : previous && lastPart(story, previous)
      if (p === 0 && index > 0 && variantMarkers.has(story.words[index - 1]?.text.toLowerCase() ?? '')) return
      const initial = p === 0 && isInitial(story, index)
      const next = p < parts.length - 1 ? parts[p + 1] : story.adjacentWord(index, 1)
      const nextPart = p < parts.length - 1 ? next : next && story.parts(next)[0]
      tokens.push({
        start: part.start,
        end: part.end,
        text: part.text,
        form: part.text.normalize('NFC').toLowerCase(),
        fold: foldName(part.text),
        caps,
        initial,
        given: previousPart && isGiven(previousPart.text) ? foldName(previousPart.text.replace(/\.$/u, '')) : undefined,
        head: headAfter(story, word, index, p === parts.length - 1 ? nextPart : undefined),
        joined: nextPart !== undefined && /^\p{Lu}/u.test(nextPart.text),
        place: p === 0 && previous !== undefined && placePrepositions.has(previous.text.toLowerCase()),
        surname: surnameAfter(story, word, part, p === parts.length - 1 ? nextPart : undefined),
        sentence: word.sentence,
      })
    })
  })
  return tokens
}

/** The surname after a first name: one space, a capitalised word that is no title, function or place word. */
function surnameAfter(story: Story, word: Word, part: Part, next: Part | undefined): string | undefined {
  if (!next || !isGiven(part.text) || story.flat.slice(part.end, next.start) !== ' ' || part.end !== word.end) return undefined
  if (!/^\p{Lu}\p{Ll}[\p{L}\p{M}]{2,40}$/u.test(next.text)) return undefined
  const fold = foldName(next.text)
  return commonWords.has(fold) || titles.has(fold) || placeHeads.has(fold) ? undefined : fold
}

function lastPart(story: Story, word: Part): Part | undefined {
  const parts = story.parts(word)
  return parts[parts.length - 1]
}

/** A first name or an initial: capitalised, not a title, a function word or a particle. */
function isGiven(text: string): boolean {
  if (/^\p{Lu}\.$/u.test(text)) return true
  if (!/^\p{Lu}\p{Ll}[\p{L}\p{M}]{0,30}$/u.test(text)) return false
  const fold = foldName(text)
  return !titles.has(fold) && !commonWords.has(fold) && !particles.has(fold)
}

/** A place word right after the name, or a capitalised name after `, ` (`Pellaro, Arland`). */
function headAfter(story: Story, word: Word, index: number, next: Part | undefined): string | undefined {
  if (next && placeHeads.has(next.text.toLowerCase())) return next.text.toLowerCase()
  const after = story.words[index + 1]
  if (!after || after.sentence !== word.sentence) return undefined
  if (!/^, $/u.test(story.flat.slice(word.end, after.start))) return undefined
  return /^\p{Lu}\p{Ll}{2,30}$/u.test(after.text) && !commonWords.has(after.text.toLowerCase()) ? after.text.toLowerCase() : undefined
}

/** First of its sentence, line, headline or quotation, or after a sentence-ending point. */
function isInitial(story: Story, index: number): boolean {
  const word = story.words[index]
  if (!word) return true
  if (story.headline && word.start < story.headline.end) return true
  const before = story.words[index - 1]
  if (!before || before.sentence !== word.sentence) return true
  const gap = story.flat.slice(before.end, word.start)
  if (/["“”‘'(:—–\n|•]/u.test(gap)) return true
  return before.text.endsWith('.') && !/^\p{Lu}\.$/u.test(before.text) && !titles.has(foldName(before.text.slice(0, -1)))
}

function checkParticles(story: Story, report: Reporter): void {
  const found = new Map<string, { upper: Span[]; lower: Span[]; names: Map<number, string> }>()
  story.words.forEach((word, index) => {
    if (!particles.has(word.text.toLowerCase()) || isInitial(story, index)) return
    const next = story.adjacentWord(index, 1)
    const surname = next && story.parts(next)[0]
    if (!surname || !/^\p{Lu}\p{Ll}[\p{L}\p{M}]{1,40}$/u.test(surname.text)) return
    const key = foldName(surname.text)
    const entry = found.get(key) ?? { upper: [], lower: [], names: new Map<number, string>() }
    ;(/^\p{Lu}/u.test(word.text) ? entry.upper : entry.lower).push(word)
    entry.names.set(word.start, `${word.text} ${surname.text}`)
    found.set(key, entry)
  })
  for (const { upper, lower, names } of found.values()) {
    if (upper.length === 0 || lower.length === 0) continue
    const upperWins = upper.length > lower.length || (upper.length === lower.length && (upper[0]?.start ?? 0) < (lower[0]?.start ?? 0))
    const [major, minor] = upperWins ? [upper, lower] : [lower, upper]
    const related = major[0]
    for (const span of minor) {
      const actual = story.text.slice(span.start, span.end)
      const expected = upperWins ? actual.charAt(0).toUpperCase() + actual.slice(1) : actual.toLowerCase()
      const extra = related ? { related: { start: related.start, end: related.end } } : {}
      report('particle', span, { expected: [expected], data: { name: names.get(span.start) ?? actual }, ...extra })
    }
  }
}

function checkAbbreviations(story: Story, report: Reporter): void {
  const found = new Map<string, { pointed: Span[]; plain: Span[] }>()
  // The compound each place stands in, the abbreviation left out (`China-#` for `China-US`).
  const compounds = new Map<number, string>()
  for (const word of story.words) {
    if (story.headline && word.start < story.headline.end) continue
    for (const part of story.parts(word)) {
      const pointed = /^(?:\p{Lu}\.){2,4}$/u.test(part.text)
      if (!pointed && !/^\p{Lu}{2,4}$/u.test(part.text)) continue
      const key = part.text.replace(/\./gu, '').toLowerCase()
      if (!pointedAbbreviations.has(key)) continue
      const line = story.lines.find((l) => l.start <= word.start && word.start < l.end)
      if (!line || !/\p{Ll}/u.test(line.text)) continue
      const entry = found.get(key) ?? { pointed: [], plain: [] }
      ;(pointed ? entry.pointed : entry.plain).push(part)
      found.set(key, entry)
      if (part.start > word.start || part.end < word.end) {
        compounds.set(part.start, `${story.text.slice(word.start, part.start)}#${story.text.slice(part.end, word.end)}`.toLowerCase())
      }
    }
  }
  for (const { pointed, plain } of found.values()) {
    if (pointed.length === 0 || plain.length === 0) continue
    const pointedWins =
      pointed.length > plain.length || (pointed.length === plain.length && (pointed[0]?.start ?? 0) < (plain[0]?.start ?? 0))
    const [major, minor] = pointedWins ? [pointed, plain] : [plain, pointed]
    const first = major[0]
    const expected = first ? story.text.slice(first.start, first.end) : ''
    for (const span of minor) {
      // The same compound in the other spelling (`China-US` beside `China-U.S.`) is the telling place.
      const compound = compounds.get(span.start)
      const related = (compound === undefined ? undefined : major.find((m) => compounds.get(m.start) === compound)) ?? first
      report('abbreviation', span, { expected: [expected], ...(related ? { related: { start: related.start, end: related.end } } : {}) })
    }
  }
}

/** Most distinct given names before one surname compared (more is a list of relatives or a table). */
const maxGivens = 12

/** A given name before a surname: the words and the spelling written. */
interface GivenUse {
  readonly given: string
  readonly span: Span
  readonly surname: Word
}

/**
 * `Kh Asif` or `K. Asif` where the story names `Khawaja Asif`: a given name abbreviated (an initial,
 * a form with a point or without vowels) before the same surname as a full given name. Only when the
 * story has one full given name before that surname, so `J. Smith` beside `John` and `Jane Smith`
 * (two people) is left alone; Mrs. and other titles before an initial name someone else.
 */
function checkShortGiven(story: Story, report: Reporter): void {
  const bySurname = new Map<string, GivenUse[]>()
  const words = story.words
  words.forEach((word, index) => {
    if (!/^\p{Lu}\p{Ll}[\p{L}\p{M}]{1,40}$/u.test(word.text) || index === 0) return
    const fold = foldName(word.text)
    if (commonWords.has(fold) || titles.has(fold) || placeHeads.has(fold)) return
    const before = words[index - 1]
    if (!before) return
    const gap = story.flat.slice(before.end, word.start)
    const pointed = gap === '. '
    if (gap !== ' ' && !pointed) return
    if (!/^\p{Lu}(?:\p{Ll}{1,20}|\.)?$/u.test(before.text)) return
    const given = pointed ? `${before.text}.` : before.text
    const givenFold = foldName(given.replace(/\.$/u, ''))
    if (titles.has(givenFold) || commonWords.has(givenFold) || particles.has(givenFold)) return
    // A middle initial (`Gaynor B. Jones`, `D. W. Moore`) or a title's initial (`Mrs. J. Smith`).
    // (A capitalised word and a point before the initial end a sentence: `by Karns. D. Moore`.)
    const earlier = words[index - 2]
    const earlierGap = earlier ? story.flat.slice(earlier.end, before.start) : ''
    const joined = earlierGap === ' ' || (earlierGap === '. ' && earlier !== undefined && (/^\p{Lu}$/u.test(earlier.text) || titles.has(foldName(earlier.text))))
    if (earlier && joined && /^\p{Lu}/u.test(earlier.text)) {
      const earlierFold = foldName(earlier.text.replace(/\.$/u, ''))
      if (!commonWords.has(earlierFold) && (!titles.has(earlierFold) || given.length <= 2)) return
    }
    const uses = bySurname.get(fold) ?? []
    uses.push({ given, span: { start: before.start, end: word.end }, surname: word })
    bySurname.set(fold, uses)
  })
  for (const uses of bySurname.values()) {
    // Compare distinct given spellings (a few per surname; many means a list of names, skipped).
    const firstUse = new Map<string, GivenUse>()
    for (const use of uses) if (!firstUse.has(use.given)) firstUse.set(use.given, use)
    const givens = [...firstUse.keys()]
    if (givens.length < 2 || givens.length > maxGivens) continue
    const full = givens.filter((g) => !givens.some((h) => abbreviates(g, h)))
    const fullNames = new Set(full.map((g) => foldName(g)))
    const expansion = new Map<string, GivenUse | undefined>()
    for (const given of givens) {
      const matches = full.filter((f) => abbreviates(given, f))
      const single = new Set(matches.map((m) => foldName(m))).size === 1
      const initialOnly = /^\p{Lu}\.?$/u.test(given) && fullNames.size !== 1
      expansion.set(given, single && !initialOnly && matches[0] !== undefined ? firstUse.get(matches[0]) : undefined)
    }
    for (const use of uses) {
      const first = expansion.get(use.given)
      if (!first) continue
      const expected = `${first.given} ${first.surname.text}`
      report('shortGiven', use.span, { expected: [expected], related: first.span })
    }
  }
}

/** A person's given names before a surname: as written, and whether they are all initials. */
interface Mention {
  readonly givens: readonly string[]
  readonly initials: string | undefined
  readonly surname: string
  readonly span: Span
  readonly text: string
}

/**
 * `F. M. Tenmabel`, `FM Tenmabel` or `F M Tenmabel` where the story names `Fozu Mosa Tenmabel`:
 * two or three given names written as initials, one for each, before the same surname. Only when a
 * single full form fits those initials (`F. M.` beside `Fozu Mosa` and `Fara Mei` is two people) and
 * no title stands before the initials (`Mrs. J. K. Lane` names the wife).
 */
function checkInitials(story: Story, report: Reporter): void {
  const words = story.words
  const mentions: Mention[] = []
  words.forEach((word, index) => {
    if (!/^\p{Lu}\p{Ll}[\p{L}\p{M}]{2,40}$/u.test(word.text)) return
    const surname = foldName(word.text)
    if (commonWords.has(surname) || titles.has(surname) || placeHeads.has(surname)) return
    const givens: Word[] = []
    for (let k = index - 1; k >= 0 && givens.length < 3; k--) {
      const given = words[k] as Word
      if (story.flat.slice(given.end, (givens[0] ?? word).start) !== ' ' || !/^\p{Lu}(?:\p{Ll}{1,20}|\.|\p{Lu}?\.?(?:\p{Lu}\.?)?)$/u.test(given.text)) break
      if (/\p{Ll}/u.test(given.text) && !isGiven(given.text)) break
      givens.unshift(given)
    }
    const first = givens[0]
    if (!first) return
    const before = words[first.index - 1]
    if (before && /^(?:mrs|miss|ms)$/u.test(foldName(before.text.replace(/\.$/u, ''))) && story.flat.slice(before.end, first.start) === ' ') return
    const texts = givens.map((g) => g.text)
    const letters = texts.every((t) => /^(?:\p{Lu}\.?)+$/u.test(t)) ? texts.join('').replace(/\./gu, '') : undefined
    const full = texts.every((t) => /^\p{Lu}\p{Ll}/u.test(t) && isGiven(t))
    if ((letters === undefined || letters.length < 2 || letters.length > 3) && !(full && texts.length >= 2)) return
    const span = { start: first.start, end: word.end }
    mentions.push({ givens: texts, initials: letters, surname, span, text: story.text.slice(span.start, span.end) })
  })
  for (const short of mentions) {
    if (!short.initials) continue
    const fits = mentions.filter((m) => m.initials === undefined && m.surname === short.surname && m.givens.map((g) => g.charAt(0)).join('') === short.initials)
    if (new Set(fits.map((m) => m.givens.join(' '))).size !== 1) continue
    const full = fits[0]
    if (full) report('shortGiven', short.span, { expected: [full.text], related: full.span })
  }
}

/**
 * A compound surname written two ways (`El-Ribri`, `El Ribri`, `Elribri`, `el-Ribri` mid-sentence):
 * a short head of two or three letters and a capitalised name, joined by a hyphen, a space or
 * nothing. The same letters written two ways are one name; the minority form is flagged. A case
 * change of a particle the particle check knows (`de`, `van`) is that check's.
 */
function checkCompounds(story: Story, report: Reporter): void {
  const byKey = new Map<string, Map<string, Span[]>>()
  const add = (key: string, span: Span, form: string) => {
    const forms = byKey.get(key) ?? new Map<string, Span[]>()
    forms.set(form, [...(forms.get(form) ?? []), span])
    byKey.set(key, forms)
  }
  const joined = /(?<![\p{L}\p{N}'’-])(\p{L}{2,3})([- ]?)(\p{Lu}\p{Ll}{2,30})(?![\p{L}\p{N}]|-\p{L})/gu
  for (const match of story.flat.matchAll(joined)) {
    const [whole, head = '', mark = '', name = ''] = match
    if (!/^\p{Lu}/u.test(head) && mark === '') continue
    if (/^\p{Ll}/u.test(head) && !/^\p{Ll}+$/u.test(head)) continue
    if (mark === ' ' && (!/^\p{Lu}\p{Ll}*$/u.test(head) || commonWords.has(head.toLowerCase()) || titles.has(head.toLowerCase()))) continue
    if (particles.has(head.toLowerCase()) && mark !== '-') continue
    const start = match.index
    // Sentence-initial capitals say nothing about the name's case.
    const lead = story.flat.slice(Math.max(0, start - 3), start)
    const kept = lead.trimEnd()
    const initial = start === 0 || kept === '' || /[.!?:"“]$/u.test(kept) || lead.slice(kept.length).includes('\n')
    const form = initial ? `${head.toLowerCase()}${mark}${name}` : `${head}${mark}${name}`
    add(`${head}${name}`.toLowerCase(), { start, end: start + whole.length }, form)
  }
  // A word that is one glued compound (`Elribri`) is read whole, not as head and name.
  for (const word of story.words) {
    const glued = /^(\p{Lu}\p{Ll}{1,2})(\p{Ll}{3,30})$/u.exec(word.text)
    if (!glued) continue
    const key = word.text.toLowerCase()
    if (byKey.has(key)) add(key, word, word.text)
  }
  for (const forms of byKey.values()) {
    // Only spellings that differ in the mark, or in the head's case away from a sentence start.
    const shapes = new Set([...forms.keys()].map((f) => f.toLowerCase().replace(/[- ]/gu, '')))
    if (forms.size < 2 || shapes.size !== 1 || [...forms.keys()].every((f) => f.toLowerCase() === [...forms.keys()][0]?.toLowerCase() && /^\p{Ll}/u.test(f))) continue
    const ranked = [...forms].sort((x, y) => y[1].length - x[1].length || (x[1][0]?.start ?? 0) - (y[1][0]?.start ?? 0))
    const [major, ...minors] = ranked
    const related = major?.[1][0]
    if (!major || !related) continue
    const expected = story.text.slice(related.start, related.end)
    for (const [form, spans] of minors) {
      // (A head in lower case at a sentence start says nothing; a capital lost or gained inside the
      // name does: `McKay`/`Mckay`, `DeLora`/`Delora`.)
      if (form.slice(1) === major[0].slice(1) && !/[- ]/u.test(form) && form !== major[0]) continue
      for (const span of spans) if (story.text.slice(span.start, span.end) !== expected) report('compound', span, { expected: [expected], related })
    }
  }
}

/** Particles a full name may carry before its last part (`Omar al-Rashid`, `Piet van Dam`). */
const droppable = /^(?:al|el|ul|ad|ash|as|at|ar|an|bin|ibn|abu|van|von|de|da|di|du|der|den|le|la)$/iu

/**
 * Two capitalised words in one order and the other (`Tami Kuro` ... `Kuro Tami`: a given and family
 * name swapped, as East Asian and Hungarian names are when copy passes desks with different orders),
 * and a full name with and without its particle (`Omar al-Rashid` ... `Omar Rashid`). The later
 * form is flagged, expected as first written. Words used in lower case in the story, function words,
 * titles and place words are not names here, and two places of the wire vocabulary in both orders
 * are a pairing (`India Pakistan` ... `Pakistan India`), not a name swapped.
 */
function checkOrderAndParticles(story: Story, report: Reporter): void {
  // (The text with its line breaks: a subhead line ending in a name is no name with the next line's first word.)
  const text = story.text
  const lower = new Set(story.words.filter((w) => /^\p{Ll}+$/u.test(w.text)).map((w) => w.text))
  const nameWord = (w: string): boolean => !lower.has(w.toLowerCase()) && !generic(w.toLowerCase()) && !droppable.test(w)
  const pairs = new Map<string, Span>()
  const first = (key: string, span: Span): Span => {
    const seen = pairs.get(key)
    if (!seen) pairs.set(key, span)
    return seen ?? span
  }
  const flag = (earlier: Span | undefined, later: Span): void => {
    // (Overlapping forms are a name run into the next word, `Carey Singles Carey singled`: no second mention.)
    if (!earlier || earlier.end >= later.start) return
    report('compound', later, { expected: [text.slice(earlier.start, earlier.end)], related: earlier })
  }
  const pair = /(?<![\p{L}\p{N}'\u2019.&-])(\p{Lu}\p{Ll}{1,30}) (?=(\p{Lu}\p{Ll}{1,30})(?![\p{L}\p{N}'\u2019&-]|\.\p{L}))/gu
  const particled = /(?<![\p{L}\p{N}'\u2019.&-])(\p{Lu}\p{Ll}{1,30}) (\p{L}{2,3})([- ])(\p{Lu}\p{Ll}{2,30})(?![\p{L}\p{N}'\u2019&-])/gu
  const full = new Map<string, Span>()
  for (const match of text.matchAll(particled)) {
    const [whole, given = '', particle = '', , tail = ''] = match
    if (!droppable.test(particle) || !nameWord(given)) continue
    const span = { start: match.index, end: match.index + whole.length }
    const key = `${given} ${tail}`
    if (!full.has(key)) full.set(key, span)
  }
  for (const match of text.matchAll(pair)) {
    const [, a = '', b = ''] = match
    if (a === b || !nameWord(a) || !nameWord(b)) continue
    const span = { start: match.index, end: match.index + a.length + 1 + b.length }
    const key = `${a} ${b}`
    const earlier = first(key, span)
    if (earlier !== span) continue
    // Two places in either order are a pairing, not a person's name swapped (`the India Pakistan
    // series` ... `the Pakistan India opener`).
    const reversed = pairs.get(`${b} ${a}`)
    if (reversed && !(vocabulary().places.has(fold(a)) && vocabulary().places.has(fold(b)))) flag(reversed, span)
    flag(full.get(key), span)
    const withParticle = full.get(key)
    if (withParticle) flag(span, withParticle)
  }
}

/** Titles of rank or office that one person holds one of at a time (`Dr` and `Prof`, `Gen.` and `Col.`). */
const rankTitles: ReadonlySet<string> = new Set([
  'dr', 'prof', 'professor', 'doctor', 'gen', 'general', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'lt', 'lieutenant',
  'brig', 'brigadier', 'sgt', 'sergeant', 'adm', 'admiral', 'cmdr', 'commander', 'justice', 'judge', 'senator', 'sen', 'governor',
  'gov', 'mayor', 'minister', 'commissioner', 'rev', 'bishop', 'archbishop', 'cardinal', 'sheikh', 'imam',
])
/** Spellings of one title (`Gen.` and `General`): not a change. */
const titleForms: Readonly<Record<string, string>> = Object.freeze({
  professor: 'prof', doctor: 'dr', general: 'gen', colonel: 'col', major: 'maj', captain: 'capt', lieutenant: 'lt',
  brigadier: 'brig', sergeant: 'sgt', admiral: 'adm', commander: 'cmdr', senator: 'sen', governor: 'gov',
})

/**
 * One person given two titles of rank (`Dr Mira Tal` and `Prof Mira Tal`, `Gen. Ivo Ranko` and
 * `Col. Ivo Ranko`): the same first name and surname after two different titles from the rank list.
 * Qualified titles (`Lt Gen.`, `former Governor`, `Deputy Minister`) and titles not of rank (`Mr`,
 * `President`) are left alone: a promotion, a past office or a courtesy title is no slip.
 */
function checkTitles(story: Story, report: Reporter): void {
  const byName = new Map<string, { title: string; span: Span; name: string }[]>()
  const words = story.words
  words.forEach((word, index) => {
    const given = words[index + 1]
    const surname = words[index + 2]
    // The capital first: folding every word of the story cost more than the rest of the check (issue 14).
    if (!given || !surname || !/^\p{Lu}/u.test(word.text)) return
    const title = foldName(word.text.replace(/\.$/u, ''))
    if (!rankTitles.has(title)) return
    if (story.flat.slice(word.end, given.start) !== ' ' || story.flat.slice(given.end, surname.start) !== ' ') return
    if (!isGiven(given.text) || !/^\p{Lu}\p{Ll}[\p{L}\p{M}]{1,40}$/u.test(surname.text) || !isGiven(surname.text)) return
    const previous = words[index - 1]
    if (previous && story.flat.slice(previous.end, word.start) === ' ' && (titles.has(foldName(previous.text.replace(/\.$/u, ''))) || /^(?:former|deputy|acting|late|then|retired|assistant|chief|vice|junior|state|ex)$/iu.test(previous.text))) return
    const key = `${foldName(given.text)} ${foldName(surname.text)}`
    const uses = byName.get(key) ?? []
    uses.push({ title: titleForms[title] ?? title, span: word, name: `${given.text} ${surname.text}` })
    byName.set(key, uses)
  })
  for (const uses of byName.values()) {
    const counts = new Map<string, number>()
    for (const use of uses) counts.set(use.title, (counts.get(use.title) ?? 0) + 1)
    if (counts.size !== 2) continue
    const major = [...counts].sort((x, y) => y[1] - x[1])[0]?.[0]
    const first = uses.find((u) => u.title === major) ?? uses[0]
    if (!first) continue
    const tie = [...counts.values()].every((n) => n === counts.get(major ?? ''))
    const keep = tie ? (uses[0]?.title ?? '') : (major ?? '')
    const related = uses.find((u) => u.title === keep)
    if (!related) continue
    for (const use of uses) {
      if (use.title === keep) continue
      report('title', use.span, { expected: [story.text.slice(related.span.start, related.span.end)], related: related.span, data: { name: use.name } })
    }
  }
}

/** Short codes joined by a mark (`J&K`, `J-K`, `J and K`): one place or body written two ways. */
function checkSeparators(story: Story, report: Reporter): void {
  const found = new Map<string, Map<string, Span[]>>()
  const add = (left: string, right: string, span: Span) => {
    const key = `${left}|${right}`
    const forms = found.get(key) ?? new Map<string, Span[]>()
    const form = story.text.slice(span.start, span.end).replace(/\s+/gu, ' ')
    const spans = forms.get(form)
    if (spans) spans.push(span)
    else forms.set(form, [span])
    found.set(key, forms)
  }
  const words = story.words
  const plain: Word[] = []
  words.forEach((word, index) => {
    // Every form below starts with a capital (issue 14: most words need none of the patterns).
    if (!/^\p{Lu}/u.test(word.text)) return
    const joined = /^(\p{Lu}{1,2})[-&/](\p{Lu}{1,2})$/u.exec(word.text)
    if (joined) {
      add(joined[1] ?? '', joined[2] ?? '', word)
      return
    }
    // `J.K.` and `JK` are the same code with points or without (`U.S.` and `US` are the abbreviation check's).
    const pointed = /^(\p{Lu})\.(\p{Lu})\.$/u.exec(word.text)
    if (pointed && !pointedAbbreviations.has(word.text.replace(/\./gu, '').toLowerCase())) {
      add(pointed[1] ?? '', pointed[2] ?? '', word)
      return
    }
    if (/^\p{Lu}{2}$/u.test(word.text) && !pointedAbbreviations.has(word.text.toLowerCase())) plain.push(word)
    if (!/^\p{Lu}{1,2}$/u.test(word.text)) return
    const middle = words[index + 1]
    const right = words[index + 2]
    if (!middle || !right || middle.text !== 'and' || !/^\p{Lu}{1,2}\.?$/u.test(right.text)) return
    if (story.flat.slice(word.end, right.start) !== ' and ') return
    const end = right.text.endsWith('.') ? right.end - 1 : right.end
    add(word.text, right.text.replace(/\.$/u, ''), { start: word.start, end })
  })
  // Also `J & K`, written with spaces: found in the text, as the tokens split it.
  for (const match of story.flat.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}{1,2}) & (\p{Lu}{1,2})(?![\p{L}\p{N}])/gu)) {
    add(match[1] ?? '', match[2] ?? '', { start: match.index, end: match.index + match[0].length })
  }
  // A plain `JK` counts only beside a pointed form of the same letters.
  // (Only beside `J.K.`: `AP` beside `A-P` may be a news agency beside a road.)
  for (const word of plain) {
    const forms = found.get(`${word.text.charAt(0)}|${word.text.charAt(1)}`)
    if (forms && [...forms.keys()].some((form) => /^\p{Lu}\.\p{Lu}\.$/u.test(form))) add(word.text.charAt(0), word.text.charAt(1), word)
  }
  for (const forms of found.values()) {
    // `A and B` is two things (`Groups A and B`) unless the story also writes `A&B`.
    const ampersand = [...forms.keys()].some((form) => form.includes('&'))
    if (!ampersand) for (const form of [...forms.keys()]) if (form.includes(' and ')) forms.delete(form)
    if (forms.size < 2) continue
    const ranked = [...forms].sort((x, y) => y[1].length - x[1].length || (x[1][0]?.start ?? 0) - (y[1][0]?.start ?? 0))
    const [major, ...minors] = ranked
    const related = major?.[1][0]
    if (!major || !related) continue
    for (const [, spans] of minors) {
      for (const span of spans) report('separator', span, { expected: [major[0]], related })
    }
  }
}


/** Words that open a capitalised run without being part of the name (`The South Eastern Railway`). */
const runOpeners: ReadonlySet<string> = new Set(['The', 'A', 'An', 'In', 'At', 'On', 'For', 'From', 'By', 'Of', 'And', 'But', 'To', 'With'])

/**
 * A name of two or more capitalised words written once with a plural `s` on its last word and
 * once without (`South Eastern Railway` and `South Eastern Railways`, `United Nation`): one body
 * named two ways. The later form used less often is flagged. A singular after `a`, `each`...
 * names a member, and words for people (`West German`, `Freedom Rider`) count members in either number.
 */
function checkPlurals(story: Story, report: Reporter): void {
  const forms = new Map<string, Map<string, Span[]>>()
  const words = story.words
  for (let i = 0; i < words.length; i++) {
    // A run starts with a capitalised word (issue 14: no run to build at most words).
    if (!/^\p{Lu}\p{Ll}+$/u.test(words[i]?.text ?? '')) continue
    const run: Word[] = []
    for (let j = i; j < words.length && run.length < 5; j++) {
      const word = words[j]
      if (!word || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) break
      const previous = run[run.length - 1]
      if (previous && (story.flat.slice(previous.end, word.start) !== ' ' || previous.sentence !== word.sentence)) break
      if (run.length === 0 && runOpeners.has(word.text)) break
      run.push(word)
    }
    const last = run[run.length - 1]
    if (run.length < 2 || !last || last.text.replace(/s$/u, '').length < 4) continue
    i += run.length - 1
    // One member (`a Varna Docker`, `each Freedom Rider`) is not the name of a body.
    const before = words[(run[0]?.index ?? 0) - 1]
    if (before && /^(?:a|an|each|every|one|another|any|no)$/u.test(before.normal) && before.sentence === last.sentence) continue
    const stem = last.text.replace(/s$/u, '')
    // Words for people (`Rider`, `German`, `Catholic`, `Yankee`) take either number as they count members.
    if (/(?:er|or|an|ic|ee|ist|ite)$/u.test(stem)) continue
    const key = `${run.slice(0, -1).map((w) => w.text).join(' ')} ${stem}`
    const span = { start: run[0]?.start ?? 0, end: last.end }
    const byForm = forms.get(key) ?? new Map<string, Span[]>()
    const form = story.text.slice(span.start, span.end)
    byForm.set(form, [...(byForm.get(form) ?? []), span])
    forms.set(key, byForm)
  }
  for (const byForm of forms.values()) {
    if (byForm.size !== 2) continue
    const [major, minor] = [...byForm].sort((x, y) => y[1].length - x[1].length || (x[1][0]?.start ?? 0) - (y[1][0]?.start ?? 0))
    const related = major?.[1][0]
    if (!major || !minor || !related) continue
    for (const span of minor[1]) if (span.start > related.start) report('plural', span, { expected: [major[0]], related })
  }
}
