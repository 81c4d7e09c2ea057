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
    description: 'Flag the same attribution, such as `, reported Jane Roe` or `(ANI)`, repeated mechanically through a story',
    rationale:
      'Feeds and rewrite desks paste the same source tag onto paragraph after paragraph; once the source is named, the repeats read as machine residue and bury the news.',
    fix: 'safe',
    messages: {
      tail: 'Unexpected repeated attribution `{phrase}`, remove it',
      phrase: 'Unexpected repeated attribution `{phrase}`, vary or drop it',
      agencyTag: 'Unexpected repeated agency tag `{tag}`, keep only the closing one',
    },
    options: z.strictObject({
      minRepeats: z
        .number()
        .int()
        .min(2)
        .default(2)
        .describe(
          'Occurrences of the same `reported X` or `X told <agency>` phrase, or of body agency tags, before every one after the first is flagged (`according to X` needs one more)',
        ),
      saidMinRepeats: z
        .number()
        .int()
        .min(2)
        .default(4)
        .describe('Paragraphs that must close with the same `, X said.` tail (and at least half of the paragraphs) before the later ones are flagged'),
      agencies: z.array(z.string().regex(/^[\p{L}.-]{2,20}$/u)).default([]).describe('More news agency names for `X told <agency>` and `(<agency>)` tags'),
    }),
    examples: {
      invalid: [
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
          text: 'The dock reopened. (Harbourwire)\n\nTrade resumed. (Harbourwire)',
          options: { agencies: ['Harbourwire'] },
          diagnostics: ['1:19-1:33 agencyTag Unexpected repeated agency tag `(Harbourwire)`, keep only the closing one'],
          output: 'The dock reopened.\n\nTrade resumed. (Harbourwire)',
        },
      ],
      valid: [
        'Prices rose in Varno, reported Ines Duval. The mill closed, said Ines Duval.',
        'The strike began Monday, police reported Tuesday. The strike ended Friday, police reported Tuesday.',
        '"We will rebuild," Mayor Pell said. "The bridge comes first," Pell said. "Then the school," Pell said. "Then the road," Pell said.',
        'Fares rose, he said.\n\nBuses were cut, he said.\n\nDepots closed, he said.\n\nStaff left, he said.',
        'Fares rose, the board said.\n\nBuses were cut, the board said.\n\nDepots closed.\n\nStaff left.\n\nThe depot is shut.\n\nTalks resume soon.\n\nUnions agreed.\n\nRiders complained.',
        'The mill reopened, according to plan. The bridge opened, according to plan. The road opened, according to plan.',
        'Two shops were robbed, according to police. A car was stolen, according to police.',
        'According to him, the vote was fair. According to him, it was also quick.',
        'Mira Lund told ANI the dam was safe. Tomas Vik told ANI it would hold.',
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
    for (const [key, hits] of groups) {
      // `according to police` is ordinary sourcing too: it takes one more occurrence to be mechanical.
      const threshold = key.startsWith(accordingKey) ? options.minRepeats + 1 : options.minRepeats
      if (hits.length >= threshold) reportRepeats(hits)
    }
    const saidGroups = saidTails(story, bySentence).filter((hits) => hits.length >= options.saidMinRepeats)
    const prose = saidGroups.length > 0 ? proseParagraphs(story) : 0
    for (const hits of saidGroups) {
      if (hits.length * 2 >= prose) reportRepeats(hits)
    }
    const tags = agencyTags(story.flat, agencies)
    const last = tags[tags.length - 1]
    if (last && tags.length >= options.minRepeats) {
      for (const tag of tags.slice(0, -1)) {
        report('agencyTag', tagRemoval(story, tag), { expected: [''], related: last, data: { tag: story.text.slice(tag.start, tag.end) } })
      }
    }

    function reportRepeats(hits: readonly Hit[]): void {
      const first = hits[0]
      if (!first) return
      const related = trimSpan(story.text, first.span)
      for (const hit of hits.slice(1)) {
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

/** `according to X`: keyed by its source up to a conjunction; a pure tail closing a sentence is removable. */
function accordingTo(flat: string, words: readonly Word[]): Hit[] {
  const hits: Hit[] = []
  for (let i = 0; i + 2 < words.length; i++) {
    const according = words[i]
    const to = words[i + 1]
    if (!according || !to || according.text.toLowerCase() !== 'according' || to.text.toLowerCase() !== 'to') continue
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

/** `, the board said.` closing a paragraph (not after a quotation, not a pronoun), grouped by speaker. */
function saidTails(story: Story, bySentence: readonly (readonly Word[])[]): Hit[][] {
  const groups = new Map<string, Hit[]>()
  for (const paragraph of story.paragraphs) {
    const sentence = [...paragraph.sentences].reverse().find((s) => (bySentence[s.index]?.length ?? 0) >= 3)
    const words = sentence ? bySentence[sentence.index] : undefined
    if (!words) continue
    const hit = saidTail(story.flat, words)
    if (!hit) continue
    const list = groups.get(hit.key)
    if (list) list.push(hit)
    else groups.set(hit.key, [hit])
  }
  return [...groups.values()]
}

function saidTail(flat: string, words: readonly Word[]): Hit | undefined {
  const said = words[words.length - 1]
  if (!said || (said.text !== 'said' && said.text !== 'says')) return undefined
  if (!/^[.]\s*$/u.test(flat.slice(said.end, sentenceEndOf(flat, words)))) return undefined
  const speaker: Word[] = []
  let next = said
  for (let j = words.length - 2; j >= 1 && speaker.length < maxNameWords; j--) {
    const word = words[j]
    if (!word || !isSpaceGap(gap(flat, word, next))) break
    speaker.unshift(word)
    next = word
  }
  const first = speaker[0]
  const previous = words[words.length - 2 - speaker.length]
  if (!first || !previous || pronouns.has(first.text.toLowerCase())) return undefined
  const between = gap(flat, previous, first)
  if (!/^,\s{1,4}$/u.test(between)) return undefined
  const span = { start: previous.end, end: said.end }
  return { key: speaker.map((w) => w.text.toLowerCase()).join(' '), span, phrase: flat.slice(span.start, span.end), safe: false }
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

/** `(ANI)`-style tags that are not a dateline (`LONDON (Reuters) -`, `Delhi, May 4 (ANI):`). */
function agencyTags(flat: string, agencies: ReadonlySet<string>): Span[] {
  const tags: Span[] = []
  for (const match of flat.matchAll(/\(([\p{L}.-]{2,20})\)/gu)) {
    if (!agencies.has(match[1] ?? '')) continue
    const end = match.index + match[0].length
    if (/^[ \t]{0,2}[:\u2013\u2014-]/u.test(flat.slice(end, end + 3))) continue
    tags.push({ start: match.index, end })
  }
  return tags
}

/**
 * The span that removes a tag cleanly: with the spaces before it (or after it at a line start), or
 * the whole paragraph and its break when the tag stands alone.
 */
function tagRemoval(story: Story, tag: Span): Span {
  const index = story.paragraphs.findIndex((p) => p.start <= tag.start && tag.end <= p.end)
  const paragraph = story.paragraphs[index]
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
