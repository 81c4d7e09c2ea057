import { z } from 'zod'
import { defineRule } from '../src/rule/define-rule.js'
import type { Report, Sentence, Span, Story, Token, Unit } from '../src/rule/types.js'

/**
 * Photo credit tags that end a caption. feed-boilerplate flags the tags themselves (`(Photo/WNA)`,
 * `(AP Photo/Jo Lind)`, `(Source: Facebook)`): this rule flags the caption before them.
 */
const flaggedTag =
  /(?:\((?:AP|AFP|Reuters|PTI|ANI|IANS|UNI|EPA|Xinhua|Getty Images|Bloomberg)\s(?:photo|image|pic|picture)s?(?:\s?\/\s?[^()\n]{1,60})?\)|\((?:photo|image|pic|picture|file photo|file image)\s?[/:]\s?[^()\n]{1,40}\)|\((?:photo|image|picture|pic|source|credit)s?\s?:\s?(?:facebook|twitter|instagram|x|youtube|linkedin|file|internet|social media|screengrab|screenshot)\))$/iu

/** Tags feed-boilerplate leaves alone (`(File)`, `(File photo)`, `REUTERS/Jo Lind`): flagged with their caption. */
const fileTag = /\(file(?:\s(?:photo|image|pic|picture))?\)$/iu
const reutersTag = /^REUTERS\s?\/\s?\p{Lu}[\p{L}\p{M}.'-]{1,30}(?:\s\p{Lu}[\p{L}\p{M}.'-]{1,30}){0,3}$/u

/**
 * Credit tags of any source, by shape rather than by agency name: a source in parentheses before
 * `photo` (`(Pool photo)`, `(Handout photo)`), a `Photo:` label with a capitalised source
 * (`Photo: WNA`, `Photo: Lena Hart/Vellen Post`, `Photo by Jo Lind`), or an agency in capitals with
 * a photographer's full name on either side (`AFP/Jo Lind`, `EPA-EFE/Jo Lind`, `Jo Lind/WNA`). All
 * but the parenthesised shape must stand after a finished sentence or at a line start, not inside
 * one (`welcomed by the Ferry Workers Union/FWU.` is no credit). feed-boilerplate has no entry for
 * these: flagged with their caption.
 */
const sourceTag =
  /(?:\((?:\p{Lu}[\p{L}\p{M}.&'-]{0,24} ){1,3}(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Pp]hotograph)s?\)|(?<=(?:^|\n|[.!?]["\u201d\u2019)]? ))(?:\(?(?:Photo|Image|Picture|PHOTO|IMAGE)s?(?:: ?| by )\p{Lu}[\p{L}\p{M}.&'\/-]{0,30}(?: \p{Lu}[\p{L}\p{M}.&'\/-]{0,30}){0,3}\)?|\p{Lu}{2,10}(?:-\p{Lu}{2,10})? ?\/ ?\p{Lu}[\p{L}\p{M}.'-]{1,30}(?: \p{Lu}[\p{L}\p{M}.'-]{1,30}){0,3}|\p{Lu}\p{Ll}[\p{L}\p{M}.'-]{0,29}(?: \p{Lu}[\p{L}\p{M}.'-]{1,30}){1,2} ?\/ ?\p{Lu}{2,10}))$/u

/** A photo label starting a line (`FILE PHOTO: `, `Photo | `). */
const photoLabel = /^(?:photo|image|picture|pic|photograph|file photo|video|graphic)s?\s?[:|]\s?/iu

/** What may follow a credit tag in the same paragraph: a period, an `Image Credit: ...` label. */
const afterTag = /^[.\s]{0,3}(?:(?:image|photo|picture)\s?credits?\s?:\s?[^\n]{1,60})?$/iu

/** Past participles that mark a caption on their own (`The mayor, pictured, ...`). */
const captionVerbs: ReadonlySet<string> = new Set(['pictured', 'photographed', 'seen', 'shown', 'depicted', 'filmed'])

/** Irregular past participles (regular ones end in `-ed`). */
const irregularParticiples: ReadonlySet<string> = new Set([
  'hit', 'held', 'led', 'left', 'kept', 'caught', 'taken', 'given', 'driven', 'beaten', 'broken', 'stolen',
  'thrown', 'torn', 'worn', 'hurt', 'shot', 'struck', 'swept', 'built', 'sent', 'spent', 'won', 'lost', 'met',
  'brought', 'bought', 'fought', 'sought', 'made', 'found', 'set', 'cut', 'hidden', 'written', 'chosen', 'sold',
  'told', 'bound', 'ground', 'flown', 'blown', 'drawn', 'known', 'grown', 'overrun', 'undone',
])

/** Words after `by` that make it a measure (`rose by 5`), not an agent (`defeated by riots`). */
const measureWords: ReadonlySet<string> = new Set([
  'a', 'an', 'about', 'nearly', 'almost', 'more', 'less', 'some', 'over', 'up', 'just', 'far', 'as', 'much', 'only',
  'around', 'roughly', 'at', 'then', 'now', 'default', 'hand', 'mail', 'phone', 'law', 'contrast', 'comparison',
])

/** Prepositions that place a caption's scene (`... outside city hall in Dorvik`). */
const placeWords: ReadonlySet<string> = new Set(['in', 'at', 'outside', 'inside', 'near', 'during', 'after', 'amid'])

/** Determiners that follow a verb, never a plural noun (`launches its`, `rebuilds the`). */
const determiners: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those'])

/** Subject pronouns: a sentence with one is a clause, not a caption. */
const subjectPronouns: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'there'])

/** Cheap cue before tagging (with ` by `): a caption verb or a place preposition. */
const cue = /\b(?:pictured|photographed|seen|shown|depicted|filmed|in|at|outside|inside|near|during|after|amid)\b/u

export default defineRule(
  {
    id: 'caption-residue',
    category: 'residue',
    kind: 'mechanical',
    severity: 'warning',
    description: 'Flag photo captions pasted into the body: a verbless or present-tense scene description, or a line ending in a photo credit',
    rationale:
      'A caption scraped along with its photo reads as a broken sentence in the body (`Supporters outside city hall defeated by rain.`) and repeats or contradicts the story.',
    fix: 'none',
    messages: {
      caption: 'Unexpected photo caption `{caption}` in the body, remove it or move it under its photo',
      credited: 'Unexpected photo caption `{caption}` marked by a photo credit, remove it or move it under its photo',
      photoTag: 'Unexpected photo tag `{actual}`, remove it',
    },
    options: z.strictObject({
      maxWords: z
        .number()
        .int()
        .min(3)
        .max(40)
        .default(16)
        .describe('Longest sentence (in words) read as a caption when no photo credit marks it'),
    }),
    examples: {
      invalid: [
        {
          text: 'Council backs harbour plan\n\nSupporters of the mayor outside city hall in Dorvik after the vote. The council met again on Monday and approved the harbour plan by nine votes to four.',
          diagnostics: [
            '3:1-3:68 caption Unexpected photo caption `Supporters of the mayor outside city hall in Dorvik after the vote.` in the body, remove it or move it under its photo',
          ],
        },
        {
          text: 'Council backs harbour plan\n\nThe old ferry terminal in Dorvik damaged by the storm. Repairs will cost at least 2 million crowns, the port authority said on Tuesday.',
          diagnostics: [
            '3:1-3:55 caption Unexpected photo caption `The old ferry terminal in Dorvik damaged by the storm.` in the body, remove it or move it under its photo',
          ],
        },
        {
          text: 'Ferry strike ends\n\nDock workers unload crates at the quay in Dorvik on Friday.\n\nThe strike ended after the port authority raised wages by four per cent, the union said.',
          diagnostics: [
            '3:1-3:60 caption Unexpected photo caption `Dock workers unload crates at the quay in Dorvik on Friday.` in the body, remove it or move it under its photo',
          ],
        },
        {
          text: 'Mayor Ana Petrov with harbour workers in Dorvik. (Photo/WNA)\nThe council approved the harbour plan on Monday by nine votes to four.',
          diagnostics: [
            '1:1-1:49 credited Unexpected photo caption `Mayor Ana Petrov with harbour workers in Dorvik.` marked by a photo credit, remove it or move it under its photo',
          ],
        },
        {
          text: 'Mayor Ana Petrov said the harbour plan would create 400 jobs (File)\n\nThe council approved the plan on Monday by nine votes to four.',
          diagnostics: [
            '1:1-1:68 credited Unexpected photo caption `Mayor Ana Petrov said the harbour plan would create 400 jobs (File)` marked by a photo credit, remove it or move it under its photo',
          ],
        },
        {
          text: 'Ferry strike ends\n\nDock workers cheer outside the port office in Dorvik on Friday. (Pool photo)\n\nThe strike ended after the port authority raised wages by four per cent.',
          diagnostics: [
            '3:1-3:77 credited Unexpected photo caption `Dock workers cheer outside the port office in Dorvik on Friday. (Pool photo)` marked by a photo credit, remove it or move it under its photo',
          ],
        },
        {
          text: 'Ferry strike ends\n\nUnion leader Mira Holm speaks to reporters in Dorvik on Friday. Photo: WNA\n\nThe strike ended after the port authority raised wages by four per cent.',
          diagnostics: [
            '3:1-3:75 credited Unexpected photo caption `Union leader Mira Holm speaks to reporters in Dorvik on Friday. Photo: WNA` marked by a photo credit, remove it or move it under its photo',
          ],
        },
        {
          text: 'Ferry strike ends\n\nDock workers march through Dorvik on Friday. Jo Lind/WNA\n\nThe strike ended after the port authority raised wages by four per cent.',
          diagnostics: [
            '3:1-3:57 credited Unexpected photo caption `Dock workers march through Dorvik on Friday. Jo Lind/WNA` marked by a photo credit, remove it or move it under its photo',
          ],
        },
        {
          text: 'The council approved the plan on Monday by nine votes to four.\n\n(File photo)\n\nWork on the pier starts in May.',
          diagnostics: ['3:1-3:13 photoTag Unexpected photo tag `(File photo)`, remove it'],
        },
      ],
      valid: [
        'Council backs harbour plan\n\nSupporters of the mayor gathered outside city hall in Dorvik after the vote. The council met again on Monday.',
        'Council backs harbour plan\n\nThe bill passed by a wide margin in Dorvik. The council met again on Monday and approved the plan.',
        'Ferry strike ends\n\nDock workers unloaded crates at the quay in Dorvik on Friday.\n\nThe strike ended after the port authority raised wages by four per cent, the union said.',
        'Ferry strike ends\n\nThe port authority operates three ferries in Dorvik.\n\nThe strike ended after the port authority raised wages by four per cent, the union said.',
        'Ferry strike ends\n\nThe strike ended after the port authority raised wages by four per cent. Photos taken by the union showed empty quays.\n\nFerries sail again on Monday.',
        'Ferry strike ends\n\nThe deal was welcomed by the Dorvik Ferry Workers Union/DFWU.\n\nFerries sail again on Monday, the union said.',
        'Council backs harbour plan\n\nOf course. The council met again on Monday and approved the harbour plan by nine votes to four.',
        'Council backs harbour plan\n\nHarbour plan approved\n\nThe council met again on Monday and approved the harbour plan by nine votes to four.',
        {
          text: 'Council backs harbour plan\n\nSupporters of the mayor outside city hall in Dorvik after the vote. The council met again on Monday and approved the harbour plan by nine votes to four.',
          options: { maxWords: 8 },
        },
      ],
    },
  },
  ({ story, options, report }) => {
    const units = story.units
    units.forEach((unit, index) => {
      if (labelledCaption(unit, report) || creditedCaption(story, unit, report)) return
      // A caption line run together with the line under it (a byline, the body's first line).
      if (unit.text.includes('\n') && story.lines.some((line) => line.start >= unit.start && line.end < unit.end && !line.blank && creditedCaption(story, { ...unit, start: line.start, end: line.end, text: line.text }, report))) return
      if (index === 0) return
      if (sceneCaption(story, units, index)) {
        report('caption', unit, { data: { caption: collapse(unit.text) } })
        return
      }
      const sentence = firstSentence(story, unit)
      if (!sentence || story.inQuotation(sentence)) return
      const rest = story.text.slice(sentence.end, unit.end)
      // A sentence cut at an abbreviation (`... races Nov.` / `5.`) goes on in lower case or a digit.
      if (/^\s*[\p{Ll}\p{N}]/u.test(rest)) return
      const next = units[index + 1]
      const followed =
        rest.trim().length > 0
          ? story.wordsIn({ start: sentence.end, end: unit.end }).length >= 10
          : next !== undefined && isBody(story, next) && (units[index - 1]?.closed ?? false)
      if (!followed) return
      if (isCaptionSentence(story, sentence, options.maxWords)) {
        report('caption', sentence, { data: { caption: collapse(sentence.text) } })
      }
    })
  },
)

/**
 * Reports a one-line caption behind a photo label (`FILE PHOTO: ...`); whether the unit has such a
 * label. feed-boilerplate removes the line when at most 61 characters follow the label (its
 * `photo-label` entry), so this rule only takes longer ones.
 */
function labelledCaption(unit: Unit, report: Report<'credited'>): boolean {
  const label = photoLabel.exec(unit.text)
  if (!label) return false
  const caption = unit.text.slice(label[0].length)
  if (caption.length > 61 && !unit.text.includes('\n')) report('credited', unit, { data: { caption: collapse(unit.text) } })
  return true
}

/** Reports a unit that ends in a photo credit tag; whether it did. */
function creditedCaption(story: Story, unit: Unit, report: Report<'credited' | 'photoTag'>): boolean {
  // Strip a trailing `Image Credit: ...` or period, then look for the tag at the end.
  const text = unit.text
  const label = [...text.matchAll(/[.\s]{1,3}(?:image|photo|picture)\s?credits?\s?:/giu)].pop()
  let end = label && /^\s?[^\n.]{1,60}\.?$/u.test(text.slice(label.index + label[0].length)) ? label.index : text.length
  while (end > 0 && /[.\s]/u.test(text[end - 1] ?? '')) end--
  const head = text.slice(0, end)
  const own = fileTag.exec(head) ?? reutersCredit(head) ?? sourceCredit(head)
  const flagged = own ? undefined : flaggedTag.exec(head)
  const found = own ?? flagged
  if (!found || !afterTag.test(text.slice(found.index + found[0].length))) return false
  const captionEnd = own ? found.index + found[0].length : found.index
  let captionStart = captionStartIn(story, unit, found.index)
  const before = story.wordsIn({ start: unit.start + captionStart, end: unit.start + found.index }).length
  if (before === 0) {
    if (own) report('photoTag', { start: unit.start + found.index, end: unit.start + captionEnd })
    return true
  }
  // A long paragraph before the tag: only its last sentence is the caption.
  if (before > 70) {
    const sentences = story.sentences.filter((s) => s.start >= unit.start + captionStart && s.start < unit.start + found.index)
    captionStart = (sentences[sentences.length - 1]?.start ?? unit.start) - unit.start
  }
  let stop = captionEnd
  while (stop > captionStart && /\s/u.test(text[stop - 1] ?? '')) stop--
  const span = { start: unit.start + captionStart, end: unit.start + stop }
  if (span.end > span.start) report('credited', span, { data: { caption: collapse(story.text.slice(span.start, span.end)) } })
  return true
}

/**
 * Where the caption before a tag at `tagAt` (relative to the unit) starts, relative to the unit:
 * the start of the tag's line, taking along earlier lines of a hard-wrapped caption (lines that run
 * on, with no `|` or bullet of a metadata line).
 */
function captionStartIn(story: Story, unit: Unit, tagAt: number): number {
  const at = unit.start + tagAt
  const lines = story.lines
  let index = lines.findIndex((l) => l.start <= at && at <= l.end)
  while (index > 0) {
    const previous = lines[index - 1]
    if (!previous || previous.end <= unit.start || previous.blank || previous.closed || /[|\u2022]/u.test(previous.text)) break
    index--
  }
  return Math.max(0, (lines[index]?.start ?? unit.start) - unit.start)
}

/** A credit tag of `sourceTag`'s shapes at the end of a text, as a match (only the last 120 characters are read). */
function sourceCredit(text: string): { index: number; 0: string } | null {
  const from = Math.max(0, text.length - 120)
  const tail = text.slice(from)
  // Every shape holds a slash, a closing bracket or a photo word: most paragraphs skip the pattern.
  if (!/[/)]|hoto|HOTO|mage|MAGE|icture/u.test(tail)) return null
  const found = sourceTag.exec(tail)
  return found ? { index: from + found.index, 0: found[0] } : null
}

/** `REUTERS/Jo Lind` at the end of a text, as a match. */
function reutersCredit(text: string): { index: number; 0: string } | null {
  const at = text.lastIndexOf('REUTERS')
  if (at < 0 || (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? ''))) return null
  return reutersTag.test(text.slice(at)) ? { index: at, 0: text.slice(at) } : null
}

/** The sentence a unit starts with, cut at the unit's end. */
function firstSentence(story: Story, unit: Unit): Sentence | undefined {
  const found = story.sentenceAt(unit.start)
  if (!found || found.start !== unit.start) return undefined
  const end = Math.min(found.end, unit.end)
  let stop = end
  while (stop > found.start && /\s/u.test(story.text[stop - 1] ?? '')) stop--
  return { ...found, end: stop, text: story.text.slice(found.start, stop) }
}

/** A body paragraph: eight words or more, ending a sentence. */
function isBody(story: Story, unit: Unit): boolean {
  return story.wordsIn(unit).length >= 8 && /[.!?]["\u201d\u2019')]{0,2}$/u.test(unit.text)
}

/**
 * Whether a sentence has the shape of a caption: a noun phrase with no finite verb, either built
 * on a participle (`... defeated by riots`, `... pictured ...`) or placing a scene (`... outside
 * city hall in Dorvik`).
 */
export function isCaptionSentence(story: Story, span: Span, maxWords: number): boolean {
  const text = story.text.slice(span.start, span.end)
  const words = story.wordsIn(span)
  if (words.length < 4 || words.length > maxWords) return false
  if (!/^\p{Lu}/u.test(text) || !/[\p{L}\p{N}]\.$/u.test(text)) return false
  if (/["\u201c\u201d:;?!]/u.test(text) || !(cue.test(text) || text.includes(' by '))) return false
  const tokens = story.tags(span).filter((t) => t.pos !== 'PUNCT')
  const first = tokens[0]
  if (!first || !['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(first.pos) || first.lower === 'no') return false
  let participle = false
  let verbs = 0
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (!token) continue
    if (token.pos === 'AUX' || token.pos === 'SCONJ' || subjectPronouns.has(token.lower)) return false
    if (i > 0 && looksFinite(tokens[i - 1], token, tokens[i + 1])) return false
    if (token.pos !== 'VERB') continue
    verbs++
    if (captionVerbs.has(token.lower)) participle = true
    else if (token.lower.endsWith('ing')) continue
    else if (isAgentParticiple(token, tokens[i + 1], tokens[i + 2])) participle = true
    else return false
  }
  if (participle) return true
  return verbs === 0 && placesScene(tokens)
}

/**
 * Verbs the tagger takes for nouns: `Experts point to ...` (a plural subject, then a bare word and
 * a preposition or determiner) and `The club launches its ...` (a word in -s before a determiner).
 */
function looksFinite(previous: Token | undefined, token: Token, next: Token | undefined): boolean {
  if (token.pos !== 'NOUN' || token.text !== token.lower || !next) return false
  if (/s$/u.test(token.lower) && determiners.has(next.lower)) return true
  return (
    previous !== undefined &&
    (previous.pos === 'NOUN' || previous.pos === 'PROPN') &&
    /[^s]s$/u.test(previous.lower) &&
    !/s$/u.test(token.lower) &&
    (next.pos === 'ADP' || next.pos === 'DET')
  )
}

/** `defeated by riots`: a participle-like verb followed by `by` and an agent, not a measure. */
function isAgentParticiple(verb: Token, by: Token | undefined, agent: Token | undefined): boolean {
  if (by?.lower !== 'by' || !agent) return false
  if (!/ed$/u.test(verb.lower) && !irregularParticiples.has(verb.lower) && !/(?:en|wn)$/u.test(verb.lower)) return false
  return agent.pos !== 'NUM' && !measureWords.has(agent.lower) && !/^\d/u.test(agent.text)
}

/**
 * Verbs of what a photograph shows, in the present simple a caption is written in (`speaks`,
 * `gather`): people doing something visible at a moment. News copy tells the same acts in the past
 * (`spoke`, `gathered`); its present tense is of states (`operates`, `includes`, `has`) or of
 * scheduled events (`visits`, `meets`, `votes`, `plays`, `returns` on Monday), never here.
 */
const sceneVerbs: ReadonlySet<string> = new Set([
  'speak', 'gesture', 'arrive', 'walk', 'wait', 'pose', 'look', 'stand', 'sit', 'wave', 'attend', 'address', 'react',
  'celebrate', 'gather', 'march', 'queue', 'cheer', 'carry', 'ride', 'pray', 'shout', 'protest', 'watch', 'inspect', 'greet',
  'listen', 'wear', 'clear', 'search', 'battle', 'rescue', 'display', 'chant', 'shake', 'hug', 'embrace', 'salute', 'kneel',
  'sing', 'dance', 'smile', 'laugh', 'cry', 'mourn', 'bow', 'light', 'lay', 'paint', 'repair', 'unload', 'load', 'sort',
  'cross', 'row', 'swim', 'jump', 'kick', 'throw', 'catch', 'bowl', 'bat', 'shoot', 'burn', 'sweep', 'dig', 'pull', 'push',
  'lift', 'examine', 'block', 'flee', 'shelter', 'sleep', 'eat', 'drink', 'cook', 'harvest', 'plant', 'patrol', 'guard',
  'chat', 'photograph',
])

/**
 * The base form of a present-simple verb (`speaks` speak, `carries` carry, `gather` gather), or
 * undefined for a past or participle form.
 */
function presentBase(word: string, plural: boolean): string | undefined {
  if (plural) return /(?:ed|ing)$/u.test(word) ? undefined : word
  if (/ies$/u.test(word)) return `${word.slice(0, -3)}y`
  if (/(?:ch|sh|ss|x|o)es$/u.test(word)) return word.slice(0, -2)
  return /[^s]s$/u.test(word) ? word.slice(0, -1) : undefined
}

/** A time cue of a caption (`on Monday`, `on Jan. 18`, `in this file photo`). */
const sceneTime = /\bon\s(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d{1,2})\b|\bin this (?:file|undated|handout)\b/u

/**
 * Whether a sentence standing as a paragraph of its own is a photo caption written as a scene:
 * a noun phrase, then a verb of {@link sceneVerbs} in the present simple agreeing with it, and a
 * place (`in Dorvik`) or a day (`on Monday`): `Dock workers cheer outside the port office in Dorvik
 * on Friday.` (`bare`: the full stop may be missing). No pronoun, auxiliary, quotation or subordinate clause: news prose in the present
 * (`The company operates three plants in Ohio.`) tells states, not a moment.
 */
export function isSceneCaption(story: Story, span: Span, bare = false): boolean {
  const text = story.text.slice(span.start, span.end)
  const words = story.wordsIn(span)
  if (words.length < 5 || words.length > 30) return false
  // Without its full stop only between body paragraphs, where no headline or deck stands.
  if (!/^\p{Lu}/u.test(text) || !(bare ? /[\p{L}\p{N}]\.?$/u : /[\p{L}\p{N}]\.$/u).test(text) || /["\u201c\u201d:;?!]/u.test(text)) return false
  if (story.inQuotation(span)) return false
  const tokens = story.tags(span).filter((t) => t.pos !== 'PUNCT')
  const first = tokens[0]
  if (!first || !['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(first.pos)) return false
  if (tokens.some((t) => t.pos === 'AUX' || t.pos === 'SCONJ' || subjectPronouns.has(t.lower) || t.lower === 'said' || t.lower === 'says')) return false
  // The verb: the first word after the subject's noun phrase (the tagger takes some for nouns:
  // `crews battle`).
  let at = 1
  for (; at < tokens.length; at++) {
    const t = tokens[at] as Token
    const previous = tokens[at - 1] as Token
    const verbLike = t.text === t.lower && ['NOUN', 'PROPN'].includes(previous.pos) && [true, false].some((p) => sceneVerbs.has(presentBase(t.lower, p) ?? ''))
    if (verbLike || !['NOUN', 'PROPN', 'ADJ', 'NUM', 'CCONJ', 'DET'].includes(t.pos)) break
  }
  const verb = tokens[at]
  const subject = tokens[at - 1]
  if (!verb || !subject || verb.text !== verb.lower) return false
  const plural = /[^s]s$/u.test(subject.lower) || tokens.slice(0, at).some((t) => t.lower === 'and')
  const base = presentBase(verb.lower, plural)
  if (!base || !sceneVerbs.has(base)) return false
  return placesScene(tokens.slice(at + 1)) || sceneTime.test(text)
}

/**
 * Whether unit `index` is a scene caption ({@link isSceneCaption}) standing alone by its photo:
 * between body paragraphs, under the headline before one, or last after one.
 */
function sceneCaption(story: Story, units: readonly Unit[], index: number): boolean {
  const unit = units[index]
  if (!unit || unit.text.includes('\n')) return false
  const next = units[index + 1]
  const previous = units[index - 1]
  // Last, under the body (with its full stop only: a story may end on a line of its own).
  if (!next) return previous !== undefined && index > 1 && isBody(story, previous) && isSceneCaption(story, unit)
  if (!isBody(story, next)) return false
  if (!(index === 1 && story.headline !== undefined) && !(previous?.closed ?? false)) return false
  return isSceneCaption(story, unit, index > 1)
}

/** A place preposition followed within three tokens by a proper noun (`in Dorvik`, `at the Dorvik pier`). */
function placesScene(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => placeWords.has(token.lower) && tokens.slice(i + 1, i + 4).some((t) => t.pos === 'PROPN'))
}

/** Whitespace collapsed, shortened for a message. */
function collapse(value: string): string {
  const flat = value.replace(/\s+/gu, ' ').trim()
  if (flat.length <= 80) return flat
  // Cut at the last space within 77 characters (a word ending at 77 is kept whole).
  const cut = flat.slice(0, 78)
  const space = cut.lastIndexOf(' ')
  return `${space > 40 ? cut.slice(0, space) : cut.slice(0, 77)}...`
}
