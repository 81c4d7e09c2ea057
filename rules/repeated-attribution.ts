import { z } from 'zod'
import { readJsonData } from '../src/rule/data.js'
import { defineRule } from '../src/rule/define-rule.js'
import type { Span, Story, Word } from '../src/rule/types.js'

const dataSchema = z.strictObject({
  $comment: z.string().optional(),
  agencies: z.array(z.strictObject({ name: z.string().regex(/^[\p{L}.-]{2,20}$/u), example: z.string().min(1) })).min(1),
  notNames: z.array(z.string().min(1)),
  notSources: z.array(z.string().min(1)),
})

const { agencyNames, notNames, notSources } = loadData()

/** Reads and validates the data list once: agency names (exact case) and the two stop lists. */
function loadData() {
  const data = dataSchema.parse(readJsonData(import.meta.url, 'repeated-attribution.json'))
  return Object.freeze({
    agencyNames: Object.freeze(data.agencies.map((a) => a.name)) as readonly string[],
    notNames: new Set(data.notNames.map((n) => n.toLowerCase())) as ReadonlySet<string>,
    notSources: new Set(data.notSources.map((n) => n.toLowerCase())) as ReadonlySet<string>,
  })
}
const reportingVerbs: ReadonlySet<string> = new Set(['reported', 'reports', 'writes'])
const pronouns: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'we', 'i', 'you', 'it', 'him', 'her', 'them', 'us', 'me', 'one',
  'this', 'that', 'these', 'those', 'which', 'whom', 'who',
])
const determiners: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'some'])
const conjunctions: ReadonlySet<string> = new Set(['and', 'or', 'but', 'as', 'that', 'which', 'who'])

/** One attribution found in the story; `span` is what a fix removes, `phrase` what the message shows. */
interface Hit {
  readonly key: string
  readonly span: Span
  readonly phrase: string
  /** Whether removing `span` is a safe, meaning-preserving edit (a pure tail closing a sentence). */
  readonly safe: boolean
}

const maxNameWords = 4
const accordingKey = 'according to '
const maxSourceWords = 8
const maxSourceKeyWords = 6

export default defineRule(
  {
    id: 'repeated-attribution',
    category: 'attribution',
    kind: 'style',
    severity: 'warning',
    description: 'Flag the same attribution, such as `, reported Jane Roe`, `, the agency said` or `(ANI)`, repeated mechanically through a story, mixed agency credits and one statement attributed twice',
    rationale:
      'Feeds and rewrite desks paste the same source tag onto paragraph after paragraph; once the source is named, the repeats read as machine residue and bury the news.',
    fix: 'safe',
    messages: {
      tail: 'Unexpected repeated attribution `{phrase}`, remove it',
      phrase: 'Unexpected repeated attribution `{phrase}`, vary or drop it',
      agencyTag: 'Unexpected repeated agency tag `{tag}`, keep only the closing one',
      mixedAgency: 'Unexpected agency credit `{tag}` beside `{other}`, keep one credit',
      doubled: 'Unexpected second attribution `{phrase}` of one statement, drop one',
    },
    options: z.strictObject({
      minRepeats: z
        .number()
        .int()
        .min(2)
        .default(2)
        .describe(
          'Occurrences of the same `reported X`, `X reported`, `X wrote` or `X told <agency>` phrase, or of body agency tags, before every one after the first is flagged (`according to X` needs one more)',
        ),
      saidMinRepeats: z
        .number()
        .int()
        .min(2)
        .default(3)
        .describe(
          'Sentences that must close with the same attribution shape (`, X said.`, `, X added.`, `," he added.`; at least one for every three paragraphs) before the later ones are flagged',
        ),
      agencies: z.array(z.string().regex(/^[\p{L}.-]{2,20}$/u)).default([]).describe('More news agency names for `X told <agency>` and `(<agency>)` tags'),
    }),
    examples: {
      invalid: [
        {
          text: 'As per the port office, the ferry was late.\n\nAs per the port office, the pier was shut.\n\nAs per the port office, the tide was high.\n\nThe harbour reopened. [ANI]\n\nBoats sailed again. [ANI]',
          diagnostics: [
            '3:1-3:23 phrase Unexpected repeated attribution `As per the port office`, vary or drop it',
            '5:1-5:23 phrase Unexpected repeated attribution `As per the port office`, vary or drop it',
            '7:22-7:28 agencyTag Unexpected repeated agency tag `[ANI]`, keep only the closing one',
          ],
          output: 'As per the port office, the ferry was late.\n\nAs per the port office, the pier was shut.\n\nAs per the port office, the tide was high.\n\nThe harbour reopened.\n\nBoats sailed again. [ANI]',
        },
        {
          text: 'According to the board, the fire began in the kitchen of the old mill on Main Street, it said.',
          diagnostics: ['1:87-1:94 doubled Unexpected second attribution `it said` of one statement, drop one'],
        },
        {
          text: 'Prices rose in Varno, reported Ines Duval.\n\nThe mill closed, reported Ines Duval.',
          diagnostics: ['3:16-3:37 tail Unexpected repeated attribution `, reported Ines Duval`, remove it'],
          output: 'Prices rose in Varno, reported Ines Duval.\n\nThe mill closed.',
        },
        {
          text: 'Kelsa is calm, reported Ines Duval. Trade resumed in Kelsa reported Ines Duval.',
          diagnostics: ['1:59-1:79 tail Unexpected repeated attribution `reported Ines Duval`, remove it'],
          output: 'Kelsa is calm, reported Ines Duval. Trade resumed in Kelsa.',
        },
        {
          text: '"We will rebuild," the mayor said, reported Ines Duval. "The bridge comes first," she said, reported Ines Duval.',
          diagnostics: ['1:91-1:112 tail Unexpected repeated attribution `, reported Ines Duval`, remove it'],
          output: '"We will rebuild," the mayor said, reported Ines Duval. "The bridge comes first," she said.',
        },
        {
          text: 'The dam held, according to the district office. Roads stayed open, according to the district office. Power is back, according to the district office.',
          diagnostics: [
            '1:66-1:100 tail Unexpected repeated attribution `, according to the district office`, remove it',
            '1:115-1:149 tail Unexpected repeated attribution `, according to the district office`, remove it',
          ],
          output: 'The dam held, according to the district office. Roads stayed open. Power is back.',
        },
        {
          text: 'According to early reports, ten boats sank. Later, according to early reports and witnesses, two more sank. By night, according to early reports, all were found.',
          diagnostics: [
            '1:52-1:78 phrase Unexpected repeated attribution `according to early reports`, vary or drop it',
            '1:119-1:145 phrase Unexpected repeated attribution `according to early reports`, vary or drop it',
          ],
          output: 'According to early reports, ten boats sank. Later, according to early reports and witnesses, two more sank. By night, according to early reports, all were found.',
        },
        {
          text: 'Farmer Oren Bale told PTI the wells were dry. Farmer Oren Bale told PTI that rain was late.',
          diagnostics: ['1:47-1:72 phrase Unexpected repeated attribution `Farmer Oren Bale told PTI`, vary or drop it'],
          output: 'Farmer Oren Bale told PTI the wells were dry. Farmer Oren Bale told PTI that rain was late.',
        },
        {
          text: 'The dam held on Monday, the weekly Orla Courier said.\n\nRoads into the valley stayed open, the weekly Orla Courier said.',
          diagnostics: ['3:36-3:64 phrase Unexpected repeated attribution `the weekly Orla Courier said`, vary or drop it'],
          output: 'The dam held on Monday, the weekly Orla Courier said.\n\nRoads into the valley stayed open, the weekly Orla Courier said.',
        },
        {
          text: 'The fair opened in Dunmore. (ANI)\n\nVisitors came from afar. (ANI)',
          diagnostics: ['1:28-1:34 agencyTag Unexpected repeated agency tag `(ANI)`, keep only the closing one'],
          output: 'The fair opened in Dunmore.\n\nVisitors came from afar. (ANI)',
        },
        {
          text: 'Fares rose, the board said.\n\nBuses were cut, the board said.\n\nDepots closed, the board said.\n\nStaff left, the board said.',
          diagnostics: [
            '3:17-3:31 phrase Unexpected repeated attribution `the board said`, vary or drop it',
            '5:16-5:30 phrase Unexpected repeated attribution `the board said`, vary or drop it',
            '7:13-7:27 phrase Unexpected repeated attribution `the board said`, vary or drop it',
          ],
          output: 'Fares rose, the board said.\n\nBuses were cut, the board said.\n\nDepots closed, the board said.\n\nStaff left, the board said.',
        },
        {
          text: 'Wheat fell, reported Ines Duval.\n\nOats fell, reported Ines Duval.\n\nRye fell, reported Ines Duval.',
          options: { minRepeats: 3 },
          diagnostics: [
            '3:10-3:31 tail Unexpected repeated attribution `, reported Ines Duval`, remove it',
            '5:9-5:30 tail Unexpected repeated attribution `, reported Ines Duval`, remove it',
          ],
          output: 'Wheat fell, reported Ines Duval.\n\nOats fell.\n\nRye fell.',
        },
        {
          text: 'Tolls rose, the agency said.\n\nFerries ran late, the agency said.',
          options: { saidMinRepeats: 2 },
          diagnostics: ['3:19-3:34 phrase Unexpected repeated attribution `the agency said`, vary or drop it'],
          output: 'Tolls rose, the agency said.\n\nFerries ran late, the agency said.',
        },
        {
          text: 'Tolls rose, the daily Kelsa Post wrote.\n\nFerries ran late, the daily Kelsa Post wrote.',
          diagnostics: ['3:19-3:45 phrase Unexpected repeated attribution `the daily Kelsa Post wrote`, vary or drop it'],
          output: 'Tolls rose, the daily Kelsa Post wrote.\n\nFerries ran late, the daily Kelsa Post wrote.',
        },
        {
          text: 'The ferry sank near Tolv. (ANI)\n\nTen people were saved. -- PTI',
          diagnostics: ['1:26-1:32 mixedAgency Unexpected agency credit `(ANI)` beside `-- PTI`, keep one credit'],
          output: 'The ferry sank near Tolv. (ANI)\n\nTen people were saved. -- PTI',
        },
        {
          text: 'Ferries resumed, the Varna Post reported citing sources.\n\nTwo boats were added, the Varna Post reported citing sources.',
          diagnostics: [
            '3:23-3:61 phrase Unexpected repeated attribution `the Varna Post reported citing sources`, vary or drop it',
          ],
          output: 'Ferries resumed, the Varna Post reported citing sources.\n\nTwo boats were added, the Varna Post reported citing sources.',
        },
        {
          text: 'Fares rose, the ministry said in a statement.\n\nBuses were cut, the statement further added.\n\nDepots closed, the statement said.',
          diagnostics: [
            '3:17-3:44 phrase Unexpected repeated attribution `the statement further added`, vary or drop it',
            '5:16-5:34 phrase Unexpected repeated attribution `the statement said`, vary or drop it',
          ],
          output: 'Fares rose, the ministry said in a statement.\n\nBuses were cut, the statement further added.\n\nDepots closed, the statement said.',
        },
        {
          text: 'Ferries resumed, the Orla Times reported, citing officials.\n\nTwo boats were added, according to the Orla Times.',
          diagnostics: ['3:21-3:50 tail Unexpected repeated attribution `, according to the Orla Times`, remove it'],
          output: 'Ferries resumed, the Orla Times reported, citing officials.\n\nTwo boats were added.',
        },
        {
          text: 'Harbour chief Ana Toma said the ferry would be raised by June, she said.',
          diagnostics: ['1:64-1:72 doubled Unexpected second attribution `she said` of one statement, drop one'],
          output: 'Harbour chief Ana Toma said the ferry would be raised by June, she said.',
        },
        {
          text: '"The hull is sound," the mayor added. "The crew is safe," he added. "We sail soon," he added. "The pier holds," he added.',
          diagnostics: [
            '1:85-1:93 phrase Unexpected repeated attribution `he added`, vary or drop it',
            '1:113-1:121 phrase Unexpected repeated attribution `he added`, vary or drop it',
          ],
          output: '"The hull is sound," the mayor added. "The crew is safe," he added. "We sail soon," he added. "The pier holds," he added.',
        },
        {
          text: 'The dock reopened. (Harbourwire)\n\nTrade resumed. (Harbourwire)',
          options: { agencies: ['Harbourwire'] },
          diagnostics: ['1:19-1:33 agencyTag Unexpected repeated agency tag `(Harbourwire)`, keep only the closing one'],
          output: 'The dock reopened.\n\nTrade resumed. (Harbourwire)',
        },
      ],
      valid: [
        'According to the board, the fire began in the kitchen of the old mill on Main Street, police said. The board said the mill would reopen, the mayor said.',
        'Prices rose in Varno, reported Ines Duval. The mill closed, said Ines Duval.',
        'The strike began Monday, police reported Tuesday. The strike ended Friday, police reported Tuesday.',
        '"We will rebuild," Mayor Pell said. "The bridge comes first," Pell said. "Then the school," Pell said. "Then the road," Pell said.',
        'Fares rose, he said.\n\nBuses were cut, he said.\n\nDepots closed, he said.\n\nStaff left, he said.',
        'Fares rose, the board said.\n\nBuses were cut, the board said.\n\nDepots closed.\n\nStaff left.\n\nThe depot is shut.\n\nTalks resume soon.\n\nUnions agreed.\n\nRiders complained.',
        'The mill reopened, according to plan. The bridge opened, according to plan. The road opened, according to plan.',
        'Two shops were robbed, according to police. A car was stolen, according to police.',
        'Ferries resumed, the Varna Post reported citing sources. Two boats were added, the Harbour Times reported citing officials.',
        'According to him, the vote was fair. According to him, it was also quick.',
        'Mira Lund told ANI the dam was safe. Tomas Vik told ANI it would hold.',
        'According to the annual report, output fell by a tenth, he said.',
        'Ana Toma said the ferry sank, the coastguard reported.',
        '"It sank fast," he said. "We ran," he said. "Then we swam," he said. "Then we waited," he said.',
        'TOLV, May 4 (PTI): The ferry sank.\n\nTen people were saved. -- PTI',
        'KELSA, May 4 (ANI): The fair opened.\n\nVisitors came from afar. (ANI)',
        'The fair opened in Dunmore.\n\nVisitors came from afar. (ANI)',
        { text: 'Prices rose, reported Ines Duval.\n\nThe mill closed, reported Ines Duval.', options: { minRepeats: 3 } },
        { text: 'Prices rose, reported Ines Duval.\n\nThe mill closed, reported Ines Duval.', options: { allow: ['reported Ines Duval'] } },
      ],
    },
  },
  ({ story, options, report }) => {
    const agencies: ReadonlySet<string> = new Set([...agencyNames, ...options.agencies])
    const bySentence = wordsBySentence(story)
    const groups = new Map<string, Hit[]>()
    const add = (hit: Hit) => {
      const list = groups.get(hit.key)
      if (list) list.push(hit)
      else groups.set(hit.key, [hit])
    }
    for (const words of bySentence) {
      const tail = reportedTail(story.flat, words)
      if (tail) add(tail)
      for (const hit of accordingTo(story.flat, words)) add(hit)
      for (const hit of toldAgency(story.flat, words, agencies)) add(hit)
    }
    const done = new Set<number>()
    for (const [key, hits] of groups) {
      // `according to police` is ordinary sourcing too: it takes one more occurrence to be mechanical.
      const threshold = key.startsWith(accordingKey) ? options.minRepeats + 1 : options.minRepeats
      if (hits.length >= threshold) reportRepeats(hits)
    }
    const found = attributionTails(story, bySentence, agencies)
    // One attribution shape closing sentence after sentence: the same subject (`the spokesperson
    // said`, `the spokesperson added`), or a pronoun with the same verb (`he added`). A speaker's
    // successive quotes and `he said` are ordinary reporting and never count.
    const tailGroups = new Map<string, Tail[]>()
    const addTail = (tail: Tail) => {
      const list = tailGroups.get(tail.key)
      if (list) list.push(tail)
      else tailGroups.set(tail.key, [tail])
    }
    for (const { tail } of found) {
      if (plainVerbs.has(tail.verb) && (tail.pronoun || tail.quoted)) continue
      addTail(tail)
    }
    // `according to the Kelsa Times` is the outlet's credit in another form: it joins the outlet's tails.
    for (const hits of groups.values()) for (const hit of hits) {
      const credit = accordingCredit(hit, agencies)
      if (credit) addTail(credit)
    }
    // `the ministry said in a statement` ... `the statement added`: one credit.
    for (const [key, hits] of [...tailGroups]) {
      const document = hits.find((h) => h.document)?.document
      const later = document && key !== `subject ${document}` ? tailGroups.get(`subject ${document}`) : undefined
      if (!later) continue
      hits.push(...later)
      tailGroups.delete(`subject ${document}`)
    }
    tailGroups.forEach((hits, key) => tailGroups.set(key, hits.sort((a, b) => a.span.start - b.span.start)))
    // One statement attributed twice: `Wang said China will fund the study ..., he said.`
    for (const { tail, sentence } of found) {
      // An outlet crediting a person's statement (`Gadkari said ..., News18 reported`) is sourcing, not a repeat.
      if (!openingVerbs.has(tail.verb) || tail.quoted) continue
      const words = bySentence[sentence] ?? []
      const first = openingAttribution(story, words, tail.at) ?? sameSourceOpening(story, words, tail)
      if (first) report('doubled', trimSpan(story.text, tail.span), { related: first, data: { phrase: tail.phrase.trim() }, fix: 'suggest' })
    }
    // `, the Post reported citing sources.` twice is a formula pasted on: it needs no more than `reported X`.
    // `, the newspaper Dawn wrote.` twice is `reported X` in the other order: the same outlet credit.
    const outlet = (h: Tail) => !h.pronoun && (outletVerbs.has(h.verb) || h.media)
    const formula = (hits: readonly Tail[]) => hits.filter((h) => h.sourcing || outlet(h)).length >= options.minRepeats
    const repeated = [...tailGroups.values()].filter((hits) => hits.length >= options.saidMinRepeats || formula(hits))
    const prose = repeated.length > 0 ? proseParagraphs(story) : 0
    for (const hits of repeated) {
      // A bare plural (`police said`) is ordinary sourcing: it must close every other paragraph.
      if (hits.length * (hits[0]?.plain ? 2 : 3) >= prose || hits[0]?.pronoun || formula(hits)) reportRepeats(hits)
    }
    const { tags, datelines } = agencyTags(story, agencies)
    const last = tags[tags.length - 1]
    const agencyOf = (span: Span) => (/\p{L}[\p{L}-]{0,19}/u.exec(story.text.slice(span.start, span.end))?.[0] ?? '')
    if (last) {
      // Credits of different agencies in one story (`(ANI)` here, `(IANS)` there, `-- PTI` at the end).
      const credit = datelines[0] ?? last
      const mixed = tags.filter((tag) => agencyOf(tag) !== agencyOf(credit))
      const repeats = tags.length >= options.minRepeats ? tags.slice(0, -1) : []
      for (const tag of new Set([...repeats, ...mixed])) {
        const data = { tag: story.text.slice(tag.start, tag.end), other: story.text.slice(credit.start, credit.end) }
        if (agencyOf(tag) !== agencyOf(credit)) report('mixedAgency', tagRemoval(story, tag), { related: credit, data, fix: 'suggest' })
        else report('agencyTag', tagRemoval(story, tag), { expected: [''], related: last, data })
      }
    }
    // `, ANI reported.` in a story the agency already credits with a tag or a dateline: the same credit twice.
    for (const { tail } of found) {
      if (!tail.agency) continue
      const credit = [...datelines, ...tags].find((span) => agencyOf(span) === tail.agency)
      if (credit) reportRepeats([{ key: tail.key, span: credit, phrase: story.text.slice(credit.start, credit.end), safe: false }, tail])
    }

    function reportRepeats(hits: readonly Hit[]): void {
      const first = hits[0]
      if (!first) return
      const related = trimSpan(story.text, first.span)
      for (const hit of hits.slice(1)) {
        const at = trimSpan(story.text, hit.span).start
        if (done.has(at)) continue
        done.add(at)
        if (hit.safe) {
          report('tail', hit.span, { expected: [''], related, data: { phrase: hit.phrase } })
          continue
        }
        const span = trimSpan(story.text, hit.span)
        report('phrase', span, { related, data: { phrase: story.flat.slice(span.start, span.end) }, fix: 'suggest' })
      }
    }
  },
)

function wordsBySentence(story: Story): Word[][] {
  const out: Word[][] = story.sentences.map(() => [])
  for (const word of story.words) out[word.sentence]?.push(word)
  return out
}

function gap(flat: string, a: Span, b: Span): string {
  return flat.slice(a.end, b.start)
}

/** Whether a gap between two words is only white space (one to four characters). */
function isSpaceGap(text: string): boolean {
  return /^\s{1,4}$/u.test(text)
}

/** Whether only sentence-final punctuation and spaces follow `word` up to the end of its sentence. */
function closesSentence(flat: string, word: Word, sentenceEnd: number): boolean {
  return /^[.!?]?\s*$/u.test(flat.slice(word.end, Math.max(word.end, sentenceEnd)))
}

function sentenceEndOf(flat: string, words: readonly Word[]): number {
  const last = words[words.length - 1]
  if (!last) return 0
  // The sentence ends at its final punctuation: scan a short way past the last word.
  const after = /^[^\s]{0,3}/u.exec(flat.slice(last.end, last.end + 3))?.[0] ?? ''
  return last.end + after.length
}

/**
 * The span removing an attribution that starts at `start` (its first word) and ends at `end`: the
 * comma before it, or the spaces before it when there is no comma. `safe` is false when a quote mark
 * or other punctuation stands before it (a quotation's own attribution cannot simply go).
 */
function tailSpan(flat: string, previous: Word, start: number, end: number): { span: Span; safe: boolean } {
  const between = flat.slice(previous.end, start)
  if (/^\s*,\s{1,4}$/u.test(between)) return { span: { start: previous.end + between.indexOf(','), end }, safe: true }
  if (isSpaceGap(between)) return { span: { start: previous.end, end }, safe: true }
  return { span: { start, end }, safe: false }
}

/** `, reported Jane Roe.` closing a sentence (also `reports`, `writes`, and without the comma). */
function reportedTail(flat: string, words: readonly Word[]): Hit | undefined {
  const last = words[words.length - 1]
  if (!last || !closesSentence(flat, last, sentenceEndOf(flat, words))) return undefined
  let i = words.length - 1
  const name: Word[] = []
  while (i >= 0 && name.length < maxNameWords) {
    const word = words[i]
    if (!word || !isNameWord(word.text)) break
    const next = name[0]
    if (next && !isSpaceGap(gap(flat, word, next))) break
    name.unshift(word)
    i--
  }
  const verb = words[i]
  const previous = words[i - 1]
  const firstName = name[0]
  if (!verb || !previous || !firstName || !reportingVerbs.has(verb.text) || !isSpaceGap(gap(flat, verb, firstName))) return undefined
  const { span, safe } = tailSpan(flat, previous, verb.start, last.end)
  const phrase = flat.slice(span.start, span.end).trim()
  return { key: `reported ${name.map((w) => w.text.toLowerCase()).join(' ')}`, span, phrase, safe }
}

function isNameWord(text: string): boolean {
  return /^\p{Lu}/u.test(text) && !notNames.has(text.toLowerCase())
}

/** `according to X` or `as per X`: keyed by its source up to a conjunction; a pure tail closing a sentence is removable. */
function accordingTo(flat: string, words: readonly Word[]): Hit[] {
  const hits: Hit[] = []
  for (let i = 0; i + 2 < words.length; i++) {
    const according = words[i]
    const to = words[i + 1]
    // (`as per X`, the Indian-English form, is the same credit: it joins `according to X`.)
    const lead = `${according?.normal ?? ''} ${to?.normal ?? ''}`
    if (!according || !to || (lead !== 'according to' && lead !== 'as per')) continue
    if (!isSpaceGap(gap(flat, according, to))) continue
    const source: Word[] = []
    let previous = to
    for (let j = i + 2; j < words.length && source.length < maxSourceWords; j++) {
      const word = words[j]
      if (!word || !isSpaceGap(gap(flat, previous, word))) break
      source.push(word)
      previous = word
    }
    const keyWords: Word[] = []
    for (const word of source) {
      if (keyWords.length >= maxSourceKeyWords || conjunctions.has(word.text.toLowerCase())) break
      keyWords.push(word)
    }
    const head = keyWords.find((w) => !determiners.has(w.text.toLowerCase()))
    const lastKey = keyWords[keyWords.length - 1]
    if (!head || !lastKey || pronouns.has(head.text.toLowerCase()) || notSources.has(head.text.toLowerCase())) continue
    const key = `${accordingKey}${keyWords.map((w) => w.text.toLowerCase()).join(' ')}`
    const before = words[i - 1]
    const lastSource = source[source.length - 1]
    const isTail =
      before !== undefined &&
      lastSource === lastKey &&
      lastSource === words[words.length - 1] &&
      closesSentence(flat, lastSource, sentenceEndOf(flat, words))
    if (isTail) {
      const { span, safe } = tailSpan(flat, before, according.start, lastSource.end)
      hits.push({ key, span, phrase: flat.slice(span.start, span.end).trim(), safe })
    } else {
      const span = { start: according.start, end: lastKey.end }
      hits.push({ key, span, phrase: flat.slice(span.start, span.end), safe: false })
    }
    i += 1 + source.length
  }
  return hits
}

/** `Jane Roe told ANI`: keyed by the subject (a name run, or the two words before) and the agency. */
function toldAgency(flat: string, words: readonly Word[], agencies: ReadonlySet<string>): Hit[] {
  const hits: Hit[] = []
  for (let i = 1; i + 1 < words.length; i++) {
    const told = words[i]
    const agency = words[i + 1]
    if (!told || !agency || told.text !== 'told' || !agencies.has(agency.text) || !isSpaceGap(gap(flat, told, agency))) continue
    const subject = subjectBefore(flat, words, i)
    const first = subject[0]
    if (!first || subject.some((w) => pronouns.has(w.text.toLowerCase()))) continue
    const key = `${subject.map((w) => w.text.toLowerCase()).join(' ')} told ${agency.text}`
    const span = { start: first.start, end: agency.end }
    hits.push({ key, span, phrase: flat.slice(span.start, span.end), safe: false })
  }
  return hits
}

function subjectBefore(flat: string, words: readonly Word[], verbIndex: number): Word[] {
  const subject: Word[] = []
  let next = words[verbIndex]
  const capitalised = /^\p{Lu}/u.test(words[verbIndex - 1]?.text ?? '')
  for (let j = verbIndex - 1; j >= 0 && subject.length < (capitalised ? 3 : 2); j--) {
    const word = words[j]
    if (!word || !next || !isSpaceGap(gap(flat, word, next))) break
    if (capitalised && !/^\p{Lu}/u.test(word.text)) break
    subject.unshift(word)
    next = word
  }
  return subject
}

/** Reporting verbs of an attribution clause, by their family (said and added are one shape). */
const sayVerbs: ReadonlySet<string> = new Set(['said', 'says', 'read', 'reads', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'told', 'wrote', 'writes', 'reported', 'reports', 'claimed', 'claims', 'explained', 'asserted', 'alleged', 'observed', 'remarked', 'maintained', 'mentioned', 'stressed', 'emphasised', 'emphasized', 'insisted', 'continued', 'concluded', 'announced', 'informed', 'quoted', 'cited', 'argued', 'pointed'])
/** Verbs that credit an outlet or a document (`the newspaper wrote`, `Dawn reported`), not a speaker. */
const outletVerbs: ReadonlySet<string> = new Set(['reported', 'reports', 'wrote', 'writes'])
/** Verbs a speaker uses once per quotation (`he said`): repeated after pronouns they are ordinary reporting. */
const plainVerbs: ReadonlySet<string> = new Set(['said', 'says', 'told', 'asked'])
const pronounSubjects: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i'])
const subjectDeterminers: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their'])
/** Words that may follow the verb in a tail: `said in Beijing`, `said on Monday`, `reported, citing sources`, `told reporters`. */
const trailerHeads: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'from', 'late', 'earlier', 'later', 'today', 'yesterday', 'citing', 'quoting', 'while', 'after'])
/** Trailers by which a tail names its own source: the same formula twice is a feed's, not a reporter's. */
const sourcingHeads: ReadonlySet<string> = new Set(['citing', 'quoting'])
/** Nouns that name a publication or broadcaster in a subject (`the newspaper Dawn said`). */
const mediaNouns: ReadonlySet<string> = new Set(['newspaper', 'daily', 'weekly', 'paper', 'tabloid', 'magazine', 'broadcaster', 'channel', 'website', 'portal', 'outlet'])
const maxTrailerWords = 8
const maxAppositiveWords = 8
/** Prepositions that open a plural subject's short postmodifier (`sources in the ministry`). */
const postmodifiers: ReadonlySet<string> = new Set(['in', 'of', 'from', 'at', 'close', 'within'])
/** Adverbs a desk puts between a repeated subject and its verb: `the statement further added`. */
const tailAdverbs: ReadonlySet<string> = new Set(['also', 'further', 'additionally', 'again', 'then', 'later', 'finally'])
/** Documents a statement is made in (`said in a statement`), which later tails name as subject (`the statement added`). */
const documentNouns: ReadonlySet<string> = new Set(['statement', 'report', 'release', 'letter', 'notice', 'note', 'order', 'communique', 'circular', 'affidavit', 'complaint', 'petition', 'post', 'tweet', 'bulletin', 'advisory', 'filing', 'memo', 'memorandum'])
/** Last words of a publication's or broadcaster's name (`the Kelsa Times`, `Varno Daily`, `Dunmore TV`). */
const publicationHeads: ReadonlySet<string> = new Set(['times', 'post', 'daily', 'herald', 'news', 'tv', 'radio', 'express', 'gazette', 'tribune', 'chronicle', 'journal', 'telegraph', 'guardian', 'mail', 'standard', 'mirror', 'observer', 'today', 'online', 'television', 'dispatch', 'courier', 'bulletin', 'sun', 'star', 'inquirer', 'monitor', 'nation', 'hindu', 'dawn'])

/** Whether capitalised words name a publication (`Kelsa Times`, `Radio Tolv`) or are a news agency alone (`ANI`). */
function publication(named: readonly string[], agencies: ReadonlySet<string>): boolean {
  const first = named[0]
  const last = named[named.length - 1]
  if (!first || !last) return false
  return (named.length === 1 && agencies.has(first)) || (named.length > 1 && (publicationHeads.has(last.toLowerCase()) || publicationHeads.has(first.toLowerCase())))
}

/** `X quoted officials as saying`: the verb's object and `as saying` close the sentence. */
function quotedAsSaying(words: readonly Word[], v: number): boolean {
  const n = words.length
  return words[v]?.normal === 'quoted' && n - v <= 6 && words[n - 1]?.normal === 'saying' && words[n - 2]?.normal === 'as'
}

/**
 * A subject of up to three lower-case words whose head is a plural noun: `sources`, `official
 * sources`, `highly placed sources`, `police`. The plural marks a group credited as a whole.
 */
function plainSubject(flat: string, words: readonly Word[], end: number): { start: number; pronoun: boolean } | undefined {
  // `sources in the ministry`, `officials of the board`: the plural head before a short prepositional phrase.
  for (let k = end - 1; k >= Math.max(1, end - 3); k--) {
    if (!postmodifiers.has(words[k]?.normal ?? '') || !words.slice(k, end + 1).every((w, i) => i === 0 || isSpaceGap(gap(flat, words[k + i - 1] as Word, w)))) continue
    const found = plainSubject(flat, words, k - 1)
    if (found) return found
  }
  const head = words[end]
  if (!head || !/^\p{Ll}+$/u.test(head.text) || !(/[^su]s$/u.test(head.normal) || head.normal === 'police')) return undefined
  let start = end
  while (start > 0 && end - start < 2 && /^\p{Ll}+$/u.test(words[start - 1]?.text ?? '') && isSpaceGap(gap(flat, words[start - 1] as Word, words[start] as Word)) && !/^\s*,/u.test(gap(flat, words[start - 1] as Word, words[start] as Word))) {
    const previous = words[start - 1] as Word
    if (subjectDeterminers.has(previous.normal) || conjunctions.has(previous.normal) || previous.normal === 'to') break
    start--
  }
  // The subject must follow the comma itself: `, sources said` (not `the work of sources said`).
  const before = words[start - 1]
  return before && /^\s*,\s{1,4}$/u.test(gap(flat, before, words[start] as Word)) ? { start, pronoun: false } : undefined
}

/** An attribution clause closing a sentence, with its shape: who (a pronoun, or the subject's words) and the verb family. */
interface Tail extends Hit {
  readonly pronoun: boolean
  /** The verb, lower case (`said`, `added`). */
  readonly verb: string
  /** The clause follows a closing quote mark (a quotation's own attribution). */
  readonly quoted: boolean
  /** Index of the subject's or verb's first word in the sentence. */
  readonly at: number
  /** The verb names its own source (`reported, citing sources`, `said, quoting officials`): a formula. */
  readonly sourcing: boolean
  /** The subject is a publication (`the newspaper Dawn`, `the daily`): an outlet credit, whatever the verb. */
  readonly media: boolean
  /** The subject is a news agency alone (`ANI reported`): its name. */
  readonly agency?: string | undefined
  /** The subject is a bare lower-case plural (`police`, `sources`): a credit as ordinary as `he said`. */
  readonly plain?: boolean
  /** The document named in the trailer (`said in a statement`): later `the statement added` tails are the same credit. */
  readonly document?: string | undefined
}

/**
 * The attribution clause closing a sentence: `..., the spokesperson said.`, `...," he added.`,
 * `..., Wang Wenbin, spokesperson of the ministry, said in Beijing.`, `..., the newspaper reported,
 * citing sources.`, `..., said the statement.`. It must follow a comma or a closing quote mark.
 */
function attributionTail(flat: string, words: readonly Word[], agencies: ReadonlySet<string>): Tail | undefined {
  const last = words[words.length - 1]
  if (!last || !/^[.!?]?["\u201d\u2019']?\s*$/u.test(flat.slice(last.end, Math.max(last.end, sentenceEndOf(flat, words))))) return undefined
  for (let v = words.length - 1; v >= Math.max(1, words.length - 1 - maxTrailerWords); v--) {
    const verb = words[v]
    if (!verb || !sayVerbs.has(verb.normal)) continue
    // What follows the verb: nothing, a short place/time/source trailer, or (inverted) the subject.
    const after = words[v + 1]
    const trailer = after === undefined || trailerHeads.has(after.normal) || (verb.normal === 'told' && words.length - v <= 4) || quotedAsSaying(words, v)
    const comma = (i: number) => {
      const previous = words[i - 1]
      const word = words[i]
      return previous !== undefined && word !== undefined && /^\s*(?:,|[,.!?]?["\u201d])\s{1,4}$/u.test(flat.slice(previous.end, word.start))
    }
    const quotedAt = (i: number) => /["\u201d]/u.test(flat.slice(words[i - 1]?.end ?? 0, words[i]?.start ?? 0))
    // Inverted: `, said the spokesperson.`
    if (comma(v) && after && !trailer && words.length - v <= 5) {
      const subject = words.slice(v + 1)
      if (subject.every((w, k) => k === 0 || isSpaceGap(gap(flat, subject[k - 1] as Word, w)))) {
        return tailHit(flat, words, v, v, subject, verb, quotedAt(v), agencies)
      }
    }
    if (!trailer) continue
    // `the statement further added`, `he also claimed`: an adverb between subject and verb.
    const adverb = v > 1 && tailAdverbs.has(words[v - 1]?.normal ?? '') && isSpaceGap(gap(flat, words[v - 1] as Word, verb)) ? 1 : 0
    const head = words[v - adverb] as Word
    // The subject before the verb, perhaps with an appositive between: `Wang Wenbin, spokesperson of the ministry, said`.
    let end = v - adverb
    const between = gap(flat, words[v - adverb - 1] as Word, head)
    if (/^,\s{1,4}$/u.test(between)) {
      let k = v - 1
      while (k > 0 && v - k <= maxAppositiveWords && !/^,\s{1,4}$/u.test(gap(flat, words[k - 1] as Word, words[k] as Word))) k--
      if (k <= 0 || v - k > maxAppositiveWords) return undefined
      end = k - 1
      // end is the last word of the subject; the appositive runs from k to v - 1
      const subject = subjectEnding(flat, words, end)
      if (!subject || subject.pronoun) return undefined
      return tailHit(flat, words, subject.start, v, words.slice(subject.start, end + 1), verb, quotedAt(subject.start), agencies)
    }
    if (!isSpaceGap(between)) return undefined
    const subject = plainSubject(flat, words, end - 1) ?? subjectEnding(flat, words, end - 1)
    if (!subject || !comma(subject.start)) return undefined
    return tailHit(flat, words, subject.start, v, words.slice(subject.start, end), verb, quotedAt(subject.start), agencies)
  }
  return undefined
}

/** The subject ending at word `end`: a pronoun, a determiner and up to three words, or up to four capitalised words. */
function subjectEnding(flat: string, words: readonly Word[], end: number): { start: number; pronoun: boolean } | undefined {
  const word = words[end]
  if (!word) return undefined
  if (pronounSubjects.has(word.normal)) return { start: end, pronoun: true }
  const joined = (i: number) => i > 0 && isSpaceGap(gap(flat, words[i - 1] as Word, words[i] as Word))
  for (let i = end; i >= Math.max(1, end - 3); i--) {
    const w = words[i]
    if (w && subjectDeterminers.has(w.normal) && i < end) return { start: i, pronoun: false }
    if (!joined(i)) break
  }
  let start = end
  while (start > 0 && end - start < maxNameWords - 1 && /^\p{Lu}/u.test(words[start]?.text ?? '') && joined(start) && /^\p{Lu}/u.test(words[start - 1]?.text ?? '')) start--
  return /^\p{Lu}/u.test(words[start]?.text ?? '') && !notNames.has(words[start]?.normal ?? '') ? { start, pronoun: false } : undefined
}

function tailHit(flat: string, words: readonly Word[], first: number, verbIndex: number, subject: readonly Word[], verb: Word, quoted: boolean, agencies: ReadonlySet<string>): Tail | undefined {
  const start = Math.min(first, verbIndex)
  const from = words[start]
  const last = words[words.length - 1]
  const previous = words[start - 1]
  if (!from || !last || !previous) return undefined
  const pronoun = subject.length === 1 && pronounSubjects.has(subject[0]?.normal ?? '')
  const who = subject.filter((w) => !subjectDeterminers.has(w.normal)).map((w) => w.normal)
  if (who.length === 0) return undefined
  const trailer = words.slice(verbIndex + 1).map((w) => w.normal)
  // `said in a statement`: the document is the credit, as the later `the statement added` says.
  const document = trailer[0] === 'in' ? trailer.slice(1, 4).find((w) => documentNouns.has(w)) : undefined
  const sourcing = sourcingHeads.has(trailer[0] ?? '') || verb.normal === 'quoted' || document !== undefined
  const named = subject.filter((w) => /^\p{Lu}/u.test(w.text))
  const media = !pronoun && (who.some((w) => mediaNouns.has(w)) || publication(named.map((w) => w.text), agencies))
  // The outlet's name is the key, however it is framed (`the newspaper Orla Post`, `the Orla Post daily`);
  // a body's document is the key when the body is not named (`the ministry said in a statement`, `the statement added`).
  const doc = documentNouns.has(who[who.length - 1] ?? '') ? who[who.length - 1] : undefined
  // A lower-case plural subject is keyed by its head: `sources`, `official sources`, `sources in the ministry`.
  const modifier = subject.findIndex((w) => postmodifiers.has(w.normal))
  const plural = subject.every((w) => /^\p{Ll}/u.test(w.text)) ? subject[(modifier < 0 ? subject.length : modifier) - 1]?.normal : undefined
  const key = pronoun ? `pronoun ${verb.normal}` : media && named.length > 0 ? `subject ${named.map((w) => w.normal).join(' ')}` : `subject ${doc ?? plural ?? who.join(' ')}`
  // From the subject (or the verb) on: the comma or quote mark before it stays with the quotation.
  const span = { start: from.start, end: last.end }
  const agency = named.length === 1 && subject.length === 1 && agencies.has(named[0]?.text ?? '') ? named[0]?.text : undefined
  const plain = !pronoun && subject.every((w) => /^\p{Ll}/u.test(w.text) && !subjectDeterminers.has(w.normal))
  return { key, span, phrase: flat.slice(span.start, span.end), safe: false, pronoun, verb: verb.normal, quoted, at: start, sourcing, media, agency, plain, document }
}

/**
 * An `according to X` hit as an outlet credit when X is a publication or an agency (`according to the
 * Kelsa Times`, `according to ANI`), keyed like the outlet's own tails (`the Kelsa Times reported`).
 */
function accordingCredit(hit: Hit, agencies: ReadonlySet<string>): Tail | undefined {
  if (!hit.key.startsWith(accordingKey)) return undefined
  const at = hit.phrase.toLowerCase().indexOf(accordingKey)
  const source = at < 0 ? '' : hit.phrase.slice(at + accordingKey.length).trim()
  const named = source.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w))
  const who = source.split(/\s+/u).filter((w) => !subjectDeterminers.has(w.toLowerCase()))
  const lastName = named[named.length - 1] ?? ''
  const agency = named.length === 1 && who.length === 1 && agencies.has(lastName)
  if (named.length === 0 || named.length !== who.length || !publication(named, agencies)) return undefined
  return { ...hit, key: `subject ${named.map((w) => w.toLowerCase()).join(' ')}`, pronoun: false, verb: 'according', quoted: false, at: 0, sourcing: false, media: true, agency: agency ? lastName : undefined }
}

/** Verbs that open a reported statement: `Wang said China will ...`. */
const openingVerbs: ReadonlySet<string> = new Set(['said', 'says', 'stated', 'told', 'added', 'announced', 'claimed'])
const maxOpening = 10

/**
 * An attribution opening the sentence whose tail (from word `tailAt`) attributes it again: a name,
 * a pronoun or `the X` followed by a reporting verb and the statement itself (no comma, no quote
 * mark), within the sentence's first words.
 */
function openingAttribution(story: Story, words: readonly Word[], tailAt: number): Span | undefined {
  // `According to Ana Toma, the ferry ..., she said.`: a person named (not a document or an
  // organisation, which a speaker may cite) and the statement attributed again at its end.
  const [according, to] = words
  if (according?.normal === 'according' && to?.normal === 'to') {
    for (let j = 2; j < Math.min(6, tailAt - 3); j++) {
      const word = words[j] as Word
      if (!/^\p{Lu}\p{Ll}/u.test(word.text) && !(j === 2 && /^(?:him|her)$/u.test(word.normal))) break
      if (/^\s*,\s{1,4}$/u.test(gap(story.flat, word, words[j + 1] as Word))) return { start: according.start, end: word.end }
    }
    return undefined
  }
  for (let j = 1; j < Math.min(maxOpening, tailAt - 4); j++) {
    const verb = words[j]
    const subject = words[j - 1]
    const next = words[j + 1]
    if (!verb || !subject || !next || !openingVerbs.has(verb.normal)) continue
    if (!isSpaceGap(gap(story.flat, subject, verb)) || !isSpaceGap(gap(story.flat, verb, next))) continue
    if (!/^\p{Lu}/u.test(subject.text) && !pronounSubjects.has(subject.normal) && !/^(?:ministry|spokesperson|spokesman|spokeswoman|minister|official|statement|report|agency|newspaper)$/u.test(subject.normal)) continue
    if (verb.normal === 'told' || story.inQuotation(verb) || /["\u201c\u201d]/u.test(story.flat.slice(verb.end, words[tailAt]?.start ?? verb.end))) continue
    return { start: subject.start, end: verb.end }
  }
  return undefined
}

/**
 * The same source at both ends of one sentence (`According to the police, the fire began in the
 * kitchen, the police said.`, `Officials said that ..., officials added.`): an opening `according to
 * X,` / `as per X,` / `X said (that)` whose source words are the tail's subject, or `it` / `they`
 * after a body in lower case (`the board`, `officials`). An organisation may cite another at the
 * start; crediting itself twice is a slip.
 */
function sameSourceOpening(story: Story, words: readonly Word[], tail: Tail): Span | undefined {
  const clause = words.slice(tail.at)
  const verbAt = clause.findIndex((w) => sayVerbs.has(w.normal))
  const source = clause.slice(0, verbAt < 0 ? clause.length : verbAt).map((w) => w.normal).filter((w) => !subjectDeterminers.has(w)).join(' ')
  // (`it` and `they` stand for the body just named: `According to the board, ..., it said.`)
  const pronoun = source === 'it' || source === 'they'
  if (source === '' || (tail.pronoun && !pronoun)) return undefined
  const [one, two] = words
  const opened = (one?.normal === 'according' && two?.normal === 'to') || (one?.normal === 'as' && two?.normal === 'per') ? 2 : 0
  for (let j = opened; j < Math.min(opened + 5, tail.at - 3); j++) {
    const word = words[j] as Word
    const next = words[j + 1] as Word
    const named = words.slice(opened, j + 1).map((w) => w.normal).filter((w) => !subjectDeterminers.has(w)).join(' ')
    const closes = opened > 0 ? /^\s*,\s{1,4}$/u.test(gap(story.flat, word, next)) : openingVerbs.has(next.normal) && isSpaceGap(gap(story.flat, word, next))
    if (closes && (named === source || (pronoun && /^\p{Ll}/u.test(words[j]?.text ?? '') && j - opened < 3))) return { start: (words[0] as Word).start, end: opened > 0 ? word.end : next.end }
  }
  return undefined
}

/** Sentences closing with an attribution clause, in story order, with their paragraph. */
function attributionTails(story: Story, bySentence: readonly (readonly Word[])[], agencies: ReadonlySet<string>): { tail: Tail; paragraph: number; sentence: number }[] {
  const found: { tail: Tail; paragraph: number; sentence: number }[] = []
  for (const sentence of story.sentences) {
    const words = bySentence[sentence.index]
    if (!words || words.length < 4) continue
    const tail = attributionTail(story.flat, words, agencies)
    if (tail) found.push({ tail, paragraph: sentence.paragraph, sentence: sentence.index })
  }
  return found
}

/** Paragraphs of running prose (eight words or more). */
function proseParagraphs(story: Story): number {
  const counts = new Map<number, number>()
  for (const word of story.words) {
    const paragraph = story.sentences[word.sentence]?.paragraph
    if (paragraph !== undefined) counts.set(paragraph, (counts.get(paragraph) ?? 0) + 1)
  }
  return [...counts.values()].filter((n) => n >= 8).length
}

/**
 * Agency credits: `(ANI)` or `[ANI]` tags and `-- PTI` or `/PTI` closing a paragraph in the body, and the agency
 * of a dateline (`LONDON (Reuters) -`, `Delhi, May 4 (ANI):`) apart.
 */
function agencyTags(story: Story, agencies: ReadonlySet<string>): { tags: Span[]; datelines: Span[] } {
  const { flat } = story
  const tags: Span[] = []
  const datelines: Span[] = []
  for (const match of flat.matchAll(/[(\[]([\p{L}.-]{2,20})[)\]]/gu)) {
    if (!agencies.has(match[1] ?? '') || (match[0].startsWith('(') !== match[0].endsWith(')'))) continue
    const end = match.index + match[0].length
    const span = { start: match.index, end }
    if (/^[ \t]{0,2}[:\u2013\u2014-]/u.test(flat.slice(end, end + 3))) datelines.push(span)
    else tags.push(span)
  }
  for (const paragraph of story.paragraphs) {
    const tail = /(?<=\s)(?:--?|[\u2013\u2014/])[ \t]?([\p{L}.-]{2,20}?)\.?$/u.exec(flat.slice(Math.max(paragraph.start, paragraph.end - 24), paragraph.end))
    if (!tail || !agencies.has(tail[1] ?? '')) continue
    const start = Math.max(paragraph.start, paragraph.end - 24) + tail.index
    tags.push({ start, end: start + tail[0].length })
  }
  tags.sort((a, b) => a.start - b.start)
  return { tags, datelines }
}

/**
 * The span that removes a tag cleanly: with the spaces before it (or after it at a line start), or
 * the whole paragraph and its break when the tag stands alone.
 */
function tagRemoval(story: Story, tag: Span): Span {
  const found = story.paragraphAt(tag.start)
  const paragraph = found && tag.end <= found.end ? found : undefined
  const index = paragraph?.index ?? -1
  if (paragraph && paragraph.text.trim() === story.text.slice(tag.start, tag.end)) {
    const next = story.paragraphs[index + 1]
    const previous = story.paragraphs[index - 1]
    if (next) return { start: paragraph.start, end: next.start }
    if (previous) return { start: previous.end, end: paragraph.end }
    return paragraph
  }
  const before = /[ \t]{1,8}$/u.exec(story.text.slice(Math.max(0, tag.start - 8), tag.start))?.[0] ?? ''
  const lineStart = tag.start - before.length === 0 || /[\r\n]/u.test(story.text[tag.start - before.length - 1] ?? '')
  if (before && !lineStart) return { start: tag.start - before.length, end: tag.end }
  const after = /^[ \t]{1,8}/u.exec(story.text.slice(tag.end, tag.end + 8))?.[0] ?? ''
  return { start: tag.start - before.length, end: tag.end + after.length }
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && /[\s,]/u.test(text[start] ?? '')) start++
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--
  return { start, end }
}
