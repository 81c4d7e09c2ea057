import { z } from 'zod'
import { readJsonData } from '../src/rule/data.js'
import { defineRule } from '../src/rule/define-rule.js'
import type { Line, Paragraph, Span, Story } from '../src/rule/types.js'
import { linesRemoval, type Removal } from './lib/removal.js'
import { endMarkAfterSentence, isEndMark } from './lib/end-marks.js'
import { type Features, headlineList, isCandidate, isPitchLike, labelledList, lineFeatures, lineTail, type ResidueContext, residueContext, parseResidueModel, residueLogit, type ResidueModel } from './lib/residue.js'

/** Where a pattern applies: a whole (trimmed) line, or anywhere in a line. */
type Scope = 'line' | 'inline'

/**
 * Why a regular expression is unsafe or invalid (`undefined` when it is fine): it must compile with
 * the `u` flag, stay short, use no backreferences, and put no quantified group that repeats without
 * bound around another quantifier or an alternation (`(a+)+`, `(a|ab)*`), which backtracks
 * catastrophically.
 */
export function patternProblem(source: string): string | undefined {
  if (source.length > 600) return 'Expected a pattern of at most 600 characters'
  try {
    new RegExp(source, 'u')
  } catch (error) {
    return `Expected a valid regular expression (${error instanceof Error ? error.message : String(error)})`
  }
  if (/\\[1-9]|\\k</u.test(source)) return 'Expected a pattern without backreferences'
  // Walk the pattern: for each group note whether it holds a quantifier or `|`, and reject an
  // unbounded quantifier on such a group.
  const stack: { quantified: boolean; alternation: boolean }[] = [{ quantified: false, alternation: false }]
  let lastGroup: { quantified: boolean; alternation: boolean } | undefined
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (char === '\\') {
      i++
      lastGroup = undefined
      continue
    }
    if (char === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++
      lastGroup = undefined
      continue
    }
    const top = stack[stack.length - 1]
    if (char === '(') {
      stack.push({ quantified: false, alternation: false })
      lastGroup = undefined
      continue
    }
    if (char === ')') {
      lastGroup = stack.length > 1 ? stack.pop() : undefined
      const parent = stack[stack.length - 1]
      if (parent && lastGroup?.quantified) parent.quantified = true
      continue
    }
    if (char === '|') {
      if (top) top.alternation = true
      lastGroup = undefined
      continue
    }
    const quantifier = /^(?:[*+?]|\{\d{1,4}(?:,\d{0,4})?\})/u.exec(source.slice(i, i + 12))?.[0]
    if (quantifier !== undefined) {
      const unbounded = quantifier === '*' || quantifier === '+' || /,\}$/u.test(quantifier)
      if (lastGroup && unbounded && (lastGroup.quantified || lastGroup.alternation)) {
        return 'Expected a pattern without nested unbounded quantifiers, which can backtrack catastrophically'
      }
      const repeats = quantifier !== '?' && quantifier !== '{0,1}' && quantifier !== '{1}'
      if (repeats && top) top.quantified = true
      i += quantifier.length - 1
      if (source[i + 1] === '?') i++
      lastGroup = undefined
      continue
    }
    lastGroup = undefined
  }
  return undefined
}

const entrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'Expected a kebab-case id'),
  what: z.string().min(3),
  scope: z.enum(['line', 'inline']),
  pattern: z.string().min(1).superRefine((value, context) => {
    const problem = patternProblem(value)
    if (problem) context.addIssue({ code: 'custom', message: problem })
  }),
  caseSensitive: z.boolean().optional(),
  follows: z.array(z.string()).optional(),
  example: z.string().min(1),
  nearMiss: z.string().min(1),
})

/** One residue pattern of `rules/data/feed-boilerplate.json`. */
export type BoilerplateEntry = z.output<typeof entrySchema>

const dataSchema = z.strictObject({ description: z.string(), entries: z.array(entrySchema).min(1) })

function loadEntries(): readonly BoilerplateEntry[] {
  const parsed = dataSchema.safeParse(readJsonData(import.meta.url, 'feed-boilerplate.json'))
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`rules/data/feed-boilerplate.json: ${issues.join('; ')}`)
  }
  const ids = new Set<string>()
  for (const entry of parsed.data.entries) {
    if (ids.has(entry.id)) throw new Error(`rules/data/feed-boilerplate.json: duplicate id \`${entry.id}\``)
    ids.add(entry.id)
  }
  for (const entry of parsed.data.entries) {
    for (const id of entry.follows ?? []) {
      if (!ids.has(id)) throw new Error(`rules/data/feed-boilerplate.json: ${entry.id}.follows: unknown id \`${id}\``)
    }
  }
  return Object.freeze(parsed.data.entries.map((entry) => Object.freeze(entry)))
}

// The line classifier (rules/data/residue-model.json, built by `npm run train:residue`), loaded on
// first use and checked by parseResidueModel: a lazily filled cache, never per-story state.
const loaded: { model?: ResidueModel } = {}

function residueModel(): ResidueModel {
  loaded.model ??= parseResidueModel(readJsonData(import.meta.url, 'residue-model.json'))
  return loaded.model
}

/** The built-in residue patterns, validated at load. */
export const boilerplateEntries: readonly BoilerplateEntry[] = loadEntries()
const builtInIds: ReadonlySet<string> = new Set(boilerplateEntries.map((entry) => entry.id))

/** A user `extra` item: a phrase, or a `/regex/` matched within a line. */
const extraItem = z
  .string()
  .min(1)
  .superRefine((value, context) => {
    const regex = asRegexSource(value)
    if (regex === undefined) return
    const problem = patternProblem(regex)
    if (problem) context.addIssue({ code: 'custom', message: problem })
  })

function asRegexSource(value: string): string | undefined {
  return value.length > 2 && value.startsWith('/') && value.endsWith('/') ? value.slice(1, -1) : undefined
}

/** A compiled pattern: a built-in entry's (shared by every story) or a user `extra` item's. */
interface Matcher {
  readonly id: string
  readonly what: string
  readonly scope: Scope
  readonly follows: readonly string[]
  readonly regex: RegExp
  /** The same pattern without the `u` flag, when that means the same on {@link plainText} (see {@link plainTwin}). */
  readonly plain?: RegExp | undefined
}

/**
 * The pattern compiled without the `u` flag, when that changes nothing on text that passes
 * {@link plainText}: its source is printable ASCII and caseless punctuation (no text character
 * matches one of these differently with and without `u`, checked over the Basic Multilingual
 * Plane), with no property, code point or hex escape. V8 runs a case-insensitive pattern an order
 * of magnitude faster without `u` (issue 14: the inline patterns were a tenth of a warm lint; 16 of
 * them over Brown press 590 ms -> 60 ms).
 */
function plainTwin(source: string, flags: string): RegExp | undefined {
  if (!/^[\x20-\x7e©®«»‹›…“”‘’–—•·£€₹°]*$/u.test(source) || /\\[pPux]/u.test(source)) return undefined
  return new RegExp(source, flags.replace('u', ''))
}

/**
 * Whether the `u` flag changes nothing on `text` for a pattern {@link plainTwin} accepts: no
 * surrogates (`u` reads a pair as one character), and neither the long s nor the Kelvin sign, the
 * only characters outside ASCII that `iu` folds to an ASCII letter (`s`, `k`), also in `\w` and
 * `\b` (checked against `i` over every other code unit of the Basic Multilingual Plane).
 */
function plainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 0xd800 && c <= 0xdfff) || c === 0x17f || c === 0x212a) return false
  }
  return true
}

/**
 * The built-in entries' matchers, compiled once rather than for every story (issue 14). Sharing a
 * global regex is safe: {@link inlineHits} sets its `lastIndex` before each scan and a rule runs
 * synchronously.
 */
const builtInMatchers = new WeakMap<BoilerplateEntry, Matcher>()

function matcherOf(entry: BoilerplateEntry): Matcher {
  const known = builtInMatchers.get(entry)
  if (known) return known
  const flags = `u${entry.caseSensitive ? '' : 'i'}`
  const regex =
    entry.scope === 'line' ? new RegExp(`^(?:${entry.pattern})(?:\\s{0,2}:)?$`, flags) : new RegExp(entry.pattern, `gm${flags}`)
  const plain = entry.scope === 'inline' ? plainTwin(entry.pattern, regex.flags) : undefined
  const matcher = { id: entry.id, what: entry.what, scope: entry.scope, follows: entry.follows ?? [], regex, plain }
  builtInMatchers.set(entry, matcher)
  return matcher
}

function compile(entries: readonly BoilerplateEntry[], extra: readonly string[]): Matcher[] {
  const matchers: Matcher[] = entries.map(matcherOf)
  extra.forEach((item, index) => {
    const regex = asRegexSource(item)
    const source = regex ?? `(?<![\\p{L}\\p{N}])${item.trim().split(/\s+/u).map(escapeLiteral).join('\\s{1,5}')}(?![\\p{L}\\p{N}])`
    matchers.push({ id: `extra-${index}`, what: 'feed residue', scope: 'inline', follows: [], regex: new RegExp(source, 'gimu'), plain: plainTwin(source, 'gimu') })
  })
  return matchers
}

/** A found residue: a span and the entry that found it. */
interface Hit extends Span {
  readonly matcher: Matcher
}

/** Consecutive whole lines of residue, reported (and removed) together. */
interface LineGroup {
  first: number
  last: number
  readonly matcher: Matcher
}

const quoteEnds: ReadonlySet<string> = new Set(['"', '\u201d', '\u00bb'])
const maxLineLength = 400

export default defineRule(
  {
    id: 'feed-boilerplate',
    category: 'residue',
    kind: 'mechanical',
    severity: 'error',
    description: 'Flag scraper and CMS residue such as `Give Feedback`, `Image Credit: ...` or syndication disclaimers',
    rationale:
      'Buttons, caption labels, share widgets and feed disclaimers scraped into the copy are not part of the story and tell readers nobody edited it. Certain signatures come from a list and agency end marks and desk sign-offs from a grammar; other lines, and prose that talks to the reader, calls to act or states rights, are scored by their shape (length, function words, verbs, punctuation, case, digits, separators, time cues, web-interface words, headline blocks, words to the reader, where they stand, the label above them) with a small neural classifier trained on clean press copy and generated residue.',
    fix: 'safe',
    messages: {
      line: 'Unexpected {what} `{residue}`, remove the line',
      lines: 'Unexpected {what} `{residue}`, remove these lines',
      inline: 'Unexpected {what} `{actual}`, remove it',
      residueLine: 'Unexpected page residue `{residue}` (a label, time stamp, widget or credit line, not story text), remove the line',
      residueTail: 'Unexpected page residue `{residue}` after the story text (an end mark, desk code or credit), remove it',
    },
    options: z.strictObject({
      extra: z
        .array(extraItem)
        .default([])
        .describe(
          'More residue to flag: phrases (case-insensitive, any whitespace between words) or `/regex/` patterns matched within a line (flags `imu`; `^` and `$` anchor to the line; no nested unbounded quantifiers)',
        ),
      exclude: z
        .array(
          z.string().refine((id) => builtInIds.has(id), {
            message: 'Expected the id of a built-in entry of rules/data/feed-boilerplate.json',
          }),
        )
        .default([])
        .describe('Ids of built-in entries (rules/data/feed-boilerplate.json) to turn off'),
      classifier: z
        .boolean()
        .default(true)
        .describe('Also flag lines whose shape reads as page residue, scored by a trained line classifier (a suggestion, never fixed unreviewed)'),
    }),
    examples: {
      invalid: [
        {
          text: 'Storm shuts port\n\nThe port of Varna Bay closed on Monday.\n\nGive Feedback',
          diagnostics: ['5:1-5:14 line Unexpected feedback button text `Give Feedback`, remove the line'],
          output: 'Storm shuts port\n\nThe port of Varna Bay closed on Monday.\n\n',
        },
        {
          text: 'WNA | Port Elm | Updated: 03-02-2023 09:12 IST | Created: 03-02-2023 09:12 IST\nThe port of Varna Bay closed on Monday.',
          diagnostics: [
            '1:1-2:1 line Unexpected agency and timestamp line `WNA | Port Elm | Updated: 03-02-2023 09:12 IST | Created: 03-02-2023 09:12 IST`, remove the line',
          ],
          output: 'The port of Varna Bay closed on Monday.',
        },
        {
          text: 'Representative Image . Image Credit: WNA\n  • Country:\n  • Freedonia\n\nThe port closed on Monday.',
          diagnostics: [
            '1:1-2:1 line Unexpected image label `Representative Image . Image Credit: WNA`, remove the line',
            '2:1-5:1 lines Unexpected bullet metadata `• Country: • Freedonia`, remove these lines',
          ],
          output: 'The port closed on Monday.',
        },
        {
          text: 'The port closed on Monday.\n\n(This article has not been edited by Riverside Post staff and is published from a syndicated feed.)',
          diagnostics: [
            '3:1-3:100 line Unexpected syndication disclaimer `(This article has not been edited by Riverside Post staff and is published...`, remove the line',
          ],
          output: 'The port closed on Monday.\n\n',
        },
        {
          text: 'The mayor opened the pier (Photo/WNA). Image Credit: WNA\nThe port closed on Monday.',
          diagnostics: [
            '1:27-1:38 inline Unexpected photo credit tag `(Photo/WNA)`, remove it',
            '1:40-1:57 inline Unexpected image credit `Image Credit: WNA`, remove it',
          ],
          output: 'The mayor opened the pier (Photo/WNA). Image Credit: WNA\nThe port closed on Monday.',
        },
        {
          text: 'Port strike ends\n\nDockers in Varna Bay went back to work on Monday after the union accepted a new pay offer from the port authority.\n\nFacebookTwitterWhatsApp\nharbour desk 14 minutes ago',
          diagnostics: [
            '5:1-5:24 residueLine Unexpected page residue `FacebookTwitterWhatsApp` (a label, time stamp, widget or credit line, not story text), remove the line',
            '6:1-6:28 residueLine Unexpected page residue `harbour desk 14 minutes ago` (a label, time stamp, widget or credit line, not story text), remove the line',
          ],
        },
        {
          text: 'Port strike ends\n\nDockers in Varna Bay went back to work on Monday after the union accepted a new pay offer.\n\nThe strike had closed the port for nine days and left forty ships waiting offshore, the harbour master said. --WNA',
          diagnostics: ['5:110-5:115 residueTail Unexpected page residue `--WNA` after the story text (an end mark, desk code or credit), remove it'],
        },
        {
          // Glued to the last sentence with no space, or a desk code with lower-case initials, whatever the paragraph's length.
          text: 'Port strike ends\n\nDockers in Varna Bay went back to work on Monday after the union accepted a new pay offer.\n\nThe port reopened on Tuesday.WNA/kr/tl\n\nShips left the harbour at noon, officials said. kr.tl',
          diagnostics: [
            '5:30-5:39 residueTail Unexpected page residue `WNA/kr/tl` after the story text (an end mark, desk code or credit), remove it',
            '7:49-7:54 residueTail Unexpected page residue `kr.tl` after the story text (an end mark, desk code or credit), remove it',
          ],
        },
        {
          text: 'Port strike ends\n\nDockers in Varna Bay went back to work on Monday after the union accepted a new pay offer.\n\nThe strike had closed the port for nine days, the harbour master said.\n\nKorivan port workers vote on new shift plan\nFloods close the northern rail line for a week\nDalmo council delays its budget vote again\n\nxy-zw/ab',
          diagnostics: [
            '7:1-7:44 residueLine Unexpected page residue `Korivan port workers vote on new shift plan` (a label, time stamp, widget or credit line, not story text), remove the line',
            '8:1-8:47 residueLine Unexpected page residue `Floods close the northern rail line for a week` (a label, time stamp, widget or credit line, not story text), remove the line',
            '9:1-9:43 residueLine Unexpected page residue `Dalmo council delays its budget vote again` (a label, time stamp, widget or credit line, not story text), remove the line',
            '11:1-11:9 residueLine Unexpected page residue `xy-zw/ab` (a label, time stamp, widget or credit line, not story text), remove the line',
          ],
        },
        {
          text: 'Port strike ends\n\nDockers in Varna Bay went back to work on Monday after the union accepted a new pay offer.\n\nThe strike had closed the port for nine days, the harbour master said.\n\nEnjoyed this? Share it with a friend and follow us for more.\nComments (12)',
          diagnostics: [
            '7:1-7:61 residueLine Unexpected page residue `Enjoyed this? Share it with a friend and follow us for more.` (a label, time stamp, widget or credit line, not story text), remove the line',
            '8:1-8:14 residueLine Unexpected page residue `Comments (12)` (a label, time stamp, widget or credit line, not story text), remove the line',
          ],
        },
        {
          // A section label joined by `&`, a share widget between paragraphs, a caption with no verb
          // closed by its year and a picture credited to an organisation.
          text: 'Ferry fares rise\n\nTrade & Ports\n\nThe ferry company on the Kelm crossing raised its fares by six percent on Monday, blaming the cost of fuel.\n\nTell a friend\n\nPassengers who buy a season ticket before March will keep the old price, the company said in a statement.\n\nThe old ferry pier at Kelm, 1996\nPicture courtesy of the harbour museum',
          diagnostics: [
            '3:1-3:14 residueLine Unexpected page residue `Trade & Ports` (a label, time stamp, widget or credit line, not story text), remove the line',
            '7:1-7:14 residueLine Unexpected page residue `Tell a friend` (a label, time stamp, widget or credit line, not story text), remove the line',
            '11:1-11:33 residueLine Unexpected page residue `The old ferry pier at Kelm, 1996` (a label, time stamp, widget or credit line, not story text), remove the line',
            '12:1-12:39 residueLine Unexpected page residue `Picture courtesy of the harbour museum` (a label, time stamp, widget or credit line, not story text), remove the line',
          ],
        },
        {
          text: 'The port closed on Monday.\n\nSponsored by Harbor Bank\n\nShips waited offshore.',
          options: { extra: ['Sponsored by Harbor Bank', '/^Watch: .{1,80}$/'] },
          diagnostics: ['3:1-5:1 line Unexpected feed residue `Sponsored by Harbor Bank`, remove the line'],
          output: 'The port closed on Monday.\n\nShips waited offshore.',
        },
      ],
      valid: [
        // A story cut off mid-sentence: one page word (`related`) in a prose-shaped line is no widget.
        'Ferry fares rise\n\nThe ferry company on the Kelm crossing raised its fares by six percent on Monday, blaming the cost of fuel.\n\nPassengers who buy a season ticket before March will keep the old price, the company said in a statement.\n\nUnder the related',
        'Port strike ends\n\nDockers in Varna Bay went back to work on Monday after the union accepted a new pay offer.\n\nDetails are at norvale.com and the U.S.Army site. He said so.Mr Roe agreed, as did and/or.',
        'Port strike ends\n\nBy Ana Petrov\n\nVARNA BAY, March 3 (WNA) - Dockers went back to work on Monday after the union accepted a new pay offer from the port authority.\n\nBackground\n\nThe strike began in January when talks on shift patterns broke down over the winter schedule.',
        'Port strike ends\n\nReuters, Tuesday 3 Mar 2020\n\nDockers went back to work on Monday after the union accepted a new pay offer from the port authority.\n\nKey facts\n- Pay rises by 4 percent\n- Night shifts are shorter',
        {
          text: 'Port strike ends\n\nDockers in Varna Bay went back to work on Monday after the union accepted a new pay offer from the port authority.\n\nFacebookTwitterWhatsApp',
          options: { classifier: false },
        },
        'Port strike ends\n\nDockers in Varna Bay went back to work on Monday after the union accepted a new pay offer.\n\nThe strike had closed the port for nine days and left forty ships waiting offshore, the harbour master said. (Reuters)',
        'Port strike ends after nine days\n\nDockers accept a new pay offer from the port authority\n\nBy Ana Roe\n\nDockers in Varna Bay went back to work on Monday after the union accepted a new pay offer.\n\nWhat happens next\n\nReuters reported that the first ships would dock on Tuesday, and the harbour master said the queue would clear within a week.',
        'Port strike ends\n\n"Follow the money," the auditor told the committee on Tuesday, and the ministry said it would publish its accounts.\n\nDockers in Varna Bay went back to work on Monday after the union accepted a new pay offer.\n\nShips waited offshore.',
        'Port strike ends\n\nDockers went back to work.\n\nShips waited offshore.\n\nThe harbour reopened at noon.',
        'Residents can give feedback on the plan until Friday, the council said.',
        'Visitors who click on the map see the routes.',
        'A representative of the image consultancy spoke first.',
        'Updated figures will be posted on the council website.',
        { text: 'Give Feedback', options: { exclude: ['give-feedback'] } },
      ],
    },
  },
  ({ story, options, report, templateLines }) => {
    const excluded = new Set(options.exclude)
    const matchers = compile(
      boilerplateEntries.filter((entry) => !excluded.has(entry.id)),
      options.extra,
    )
    const lineMatchers = matchers.filter((m) => m.scope === 'line' && m.follows.length === 0)
    const followMatchers = matchers.filter((m) => m.scope === 'line' && m.follows.length > 0)
    const inlineMatchers = matchers.filter((m) => m.scope === 'inline')
    const quoted = story.quotations.filter((q) => quoteEnds.has(story.text[q.end - 1] ?? ''))
    const flaggedLines = new Set<number>()
    const plain = plainText(story.text)

    for (const paragraph of story.paragraphs) {
      const lines = linesOf(story, paragraph)
      const hits = inlineHits(story, paragraph, inlineMatchers, plain)
      const groups: LineGroup[] = []
      let previous: { group: LineGroup; id: string } | undefined

      lines.forEach((line, index) => {
        const trimmed = line.text.trim()
        let found: { matcher: Matcher; join: boolean } | undefined
        if (trimmed.length > 0 && trimmed.length <= maxLineLength) {
          const follower = previous && followMatchers.find((m) => m.follows.includes(previous?.id ?? '') && m.regex.test(trimmed))
          if (follower) found = { matcher: follower, join: true }
          else {
            const matcher = lineMatchers.find((m) => m.regex.test(trimmed)) ?? coveringHit(story.text, line, hits)
            if (matcher) found = { matcher, join: false }
          }
        }
        if (!found) {
          previous = undefined
          return
        }
        const spanning = hits.find((h) => h.start < line.start && h.end > line.start)
        if (previous && (found.join || (spanning && previous.group.last === index - 1 && spanning.matcher === previous.group.matcher))) {
          previous.group.last = index
          previous = { group: previous.group, id: found.matcher.id }
          return
        }
        const group: LineGroup = { first: index, last: index, matcher: found.matcher }
        groups.push(group)
        previous = { group, id: found.matcher.id }
      })

      for (const group of groups) {
        const first = lines[group.first]
        const last = lines[group.last]
        if (!first || !last) continue
        const residue = collapse(story.text.slice(first.start, last.end))
        for (let i = group.first; i <= group.last; i++) flaggedLines.add(lines[i]?.index ?? -1)
        const { span, replacement } = removal(story, paragraph, lines, group, groups)
        report(group.first === group.last ? 'line' : 'lines', span, { expected: [replacement], data: { what: group.matcher.what, residue } })
      }
      for (const hit of hits) {
        const inGroup = groups.some((g) => {
          const first = lines[g.first]
          const last = lines[g.last]
          return first !== undefined && last !== undefined && hit.start >= first.start && hit.end <= last.end
        })
        if (inGroup || quoted.some((q) => q.start < hit.start && hit.start < q.end)) continue
        for (const line of lines) if (line.start < hit.end && hit.start < line.end) flaggedLines.add(line.index)
        report('inline', hit, { fix: 'none', data: { what: hit.matcher.what } })
      }
    }
    if (options.classifier) {
      classifyLines(story, flaggedLines, templateLines, (span, residue, tail) => report(tail ? 'residueTail' : 'residueLine', span, { fix: 'none', data: { residue } }))
    }
  },
)

/** How much surer the classifier must be of the first line (normally the headline), in logits. */
const firstLineMargin = 3

/**
 * How far below the threshold a line may score and still be taken when a line next to it is
 * residue (jusText's context pass: a list of links or labels is residue as a block).
 */
const neighbourMargin = 1

/**
 * An end mark glued to a line's last sentence, spaced or not (`... said.--WNA`, `... said.END/AB/CD`),
 * where the line ends its paragraph: found by the end-mark grammar whatever the line's shape.
 */
function gluedEndMark(story: Story, line: Line): { start: number; end: number; text: string } | undefined {
  const paragraph = line.paragraph === undefined ? undefined : story.paragraphs[line.paragraph]
  if (!paragraph || line.end < paragraph.end) return undefined
  const at = endMarkAfterSentence(line.text)
  if (at < 0) return undefined
  const text = line.text.slice(at).trimEnd()
  return { start: line.start + at, end: line.start + at + text.length, text }
}

/** Reports each line (or a body line's tail) the classifier scores as residue that no pattern flagged already. */
function classifyLines(
  story: Story,
  flagged: ReadonlySet<number>,
  template: ReadonlyMap<number, number>,
  found: (span: Span, residue: string, tail: boolean) => void,
): void {
  const context = residueContext(story)
  const taken = new Set<number>(flagged)
  // Agency end marks and desk sign-offs have a grammar (rules/lib/end-marks.ts): certain, whatever
  // the story around them.
  for (const line of story.lines) {
    if (line.blank || taken.has(line.index)) continue
    const whole = trimmedSpan(story, line)
    if (isEndMark(whole.text)) {
      taken.add(line.index)
      found(whole, collapse(whole.text), false)
      continue
    }
    const tail = isCandidate(story, context, line) ? undefined : lineTail(story, line)
    const mark = tail && isEndMark(tail.text) ? tail : gluedEndMark(story, line)
    if (mark && !story.inQuotation(mark)) {
      taken.add(line.index)
      found(mark, collapse(mark.text), true)
    }
  }
  // Residue is told from the story around it: a text of one or two lines has nothing to compare.
  if (story.units.length < 3) return
  const model = residueModel()
  const scores = new Map<number, number>()
  for (const line of story.lines) {
    if (line.blank || taken.has(line.index)) continue
    if (!isCandidate(story, context, line)) {
      const tail = lineTail(story, line)
      if (tail && !story.inQuotation(tail) && residueLogit(model.tail, lineFeatures(story, context, line, tail)) > model.tail.threshold) {
        found(tail, collapse(tail.text), true)
      }
      continue
    }
    // A line wholly in brackets is a credit or photo tag, which the patterns and caption-residue own,
    // unless it reads as a page's note (`(The writer is a ... Views are personal.)`).
    if (/^\s*\([^()]*\)\s*$/u.test(line.text) && !isPitchLike(story, line)) continue
    // The first line is normally the headline: only a line that is plainly residue is taken there,
    // unless it is a bare time stamp or mostly in another script, which no headline of English copy is.
    const features = lineFeatures(story, context, line)
    const headline = line.index === context.firstLine && features.stampOnly === 0 && features.foreignScript < 0.3
    const margin = headline ? firstLineMargin : 0
    const score = residueLogit(model, features) - model.threshold - margin + (isTemplate(template, line, features) ? templateBonus : 0)
    scores.set(line.index, score)
    if (score > 0) taken.add(line.index)
  }
  // Lines just below the threshold next to residue are residue too, spreading along a block.
  for (let changed = true; changed; ) {
    changed = false
    for (const [index, score] of scores) {
      if (taken.has(index) || score <= -neighbourMargin) continue
      const { previous, next } = nearestLines(story, index)
      if ((previous !== undefined && taken.has(previous)) || (next !== undefined && taken.has(next))) {
        taken.add(index)
        changed = true
      }
    }
  }
  // A list of story links is residue as a block: under a page's label whatever its lines score
  // alone, and with no label when most of its lines read as residue alone.
  for (const index of [...taken].sort((a, b) => a - b)) {
    for (const item of labelledList(story, context, index)) if (scores.has(item)) taken.add(item)
    const block = headlineList(story, context, index)
    if (block.filter((i) => taken.has(i)).length * 2 >= block.length) for (const item of block) if (scores.has(item)) taken.add(item)
  }
  for (const index of insetBoxLines(story, context, scores, flagged)) taken.delete(index)
  for (const index of [...scores.keys()].filter((i) => taken.has(i)).sort((a, b) => a - b)) {
    const line = story.lines[index]
    if (!line) continue
    const span = trimmedSpan(story, line)
    found(span, collapse(span.text), false)
  }
}

/**
 * The lines of the story's own boxes set in its body (`Key facts` over `Cost: 40 million`, `What
 * the plan offers` over a list of items): a paragraph of three lines or more standing between body
 * text, headed by a short line (five words at most; a related story's headline is longer) that is
 * no page label, with no line a pattern or end mark took. Its lines are short and verbless like a
 * list of links, but it stands inside the story, not around it. Only lines the classifier alone
 * would take (in `scores`) are given back.
 */
function insetBoxLines(story: Story, context: ResidueContext, scores: ReadonlyMap<number, number>, flagged: ReadonlySet<number>): number[] {
  if (scores.size < 3) return []
  // The non-blank lines of each paragraph inside the body, in one pass over the lines.
  const byParagraph = new Map<number, Line[]>()
  for (const line of story.lines) {
    const paragraph = line.paragraph === undefined ? undefined : story.paragraphs[line.paragraph]
    if (line.blank || !paragraph || paragraph.start <= context.bodyStart || paragraph.end >= context.bodyEnd) continue
    const lines = byParagraph.get(paragraph.index) ?? []
    lines.push(line)
    byParagraph.set(paragraph.index, lines)
  }
  const out: number[] = []
  for (const lines of byParagraph.values()) {
    const head = lines[0]
    if (lines.length < 3 || !head || lines.some((line) => flagged.has(line.index) || !scores.has(line.index))) continue
    if (story.wordsIn(head).length > 5 || labelledList(story, context, head.index).length > 0) continue
    for (const line of lines) out.push(line.index)
  }
  return out
}

/** A line's span without the white space around it, with its text. */
function trimmedSpan(story: Story, line: Line): { start: number; end: number; text: string } {
  let start = line.start
  let end = line.end
  while (start < end && /\s/u.test(story.text[start] ?? '')) start++
  while (end > start && /\s/u.test(story.text[end - 1] ?? '')) end--
  return { start, end, text: story.text.slice(start, end) }
}

/**
 * How much likelier residue a line is, in logits, when it recurs in three or more of the stories
 * linted together (page template). The perceptron's logits spread wider than a logistic model's:
 * a site's slogan alone scores some 3 to 4 below the threshold, and recurring is what gives it away.
 */
const templateBonus = 5

/**
 * Whether a line counts as template: it recurs across the stories linted together, and is neither
 * an agency credit or dateline nor a short subhead over body text (`Key facts`), which recur in a
 * house's copy by design.
 */
function isTemplate(template: ReadonlyMap<number, number>, line: Line, features: Features): boolean {
  if (!template.has(line.index) || features.creditLine === 1) return false
  const subhead = features.nextBody === 1 && features.words1 + features.words2 + features.words3to4 === 1 && features.digitRatio === 0
  return !subhead
}

/** The indices of the nearest non-blank lines before and after line `index`. */
function nearestLines(story: Story, index: number): { previous: number | undefined; next: number | undefined } {
  let p = index - 1
  while (p >= 0 && story.lines[p]?.blank) p--
  let n = index + 1
  while (n < story.lines.length && story.lines[n]?.blank) n++
  return { previous: p >= 0 ? p : undefined, next: n < story.lines.length ? n : undefined }
}

/** The lines of a paragraph (lines are sorted: binary search for the first). */
function linesOf(story: Story, paragraph: Paragraph): Line[] {
  let low = 0
  let high = story.lines.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((story.lines[mid]?.start ?? 0) < paragraph.start) low = mid + 1
    else high = mid
  }
  const lines: Line[] = []
  for (let i = low; i < story.lines.length; i++) {
    const line = story.lines[i]
    if (!line || line.start >= paragraph.end) break
    lines.push(line)
  }
  return lines
}

/**
 * Inline matches in a paragraph, trailing space trimmed, overlapping ones merged (first wins);
 * `plain`: the story passes {@link plainText}, so the patterns' `u`-less twins may run.
 */
function inlineHits(story: Story, paragraph: Paragraph, matchers: readonly Matcher[], plain: boolean): Hit[] {
  const text = story.text.slice(paragraph.start, paragraph.end)
  const found: Hit[] = []
  for (const matcher of matchers) {
    // `exec` on the story's own global regex, as `matchAll` would but without copying the regex
    // twice per paragraph (issue 14); an empty match steps on by one code point, as in `matchAll`.
    const regex = (plain && matcher.plain) || matcher.regex
    regex.lastIndex = 0
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      if (match[0] === '') regex.lastIndex += (text.codePointAt(regex.lastIndex) ?? 0) > 0xffff ? 2 : 1
      const trimmed = match[0].trimEnd()
      if (trimmed.length === 0) continue
      found.push({ start: paragraph.start + match.index, end: paragraph.start + match.index + trimmed.length, matcher })
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Hit[] = []
  for (const hit of found) {
    const last = merged[merged.length - 1]
    if (last && hit.start < last.end) {
      if (hit.end > last.end) merged[merged.length - 1] = { ...last, end: hit.end }
      continue
    }
    merged.push(hit)
  }
  return merged
}

/** The matcher of the hits covering every letter and digit of `line`, if they do. */
function coveringHit(text: string, line: Line, hits: readonly Hit[]): Matcher | undefined {
  const inside = hits.filter((h) => h.start < line.end && h.end > line.start)
  const first = inside[0]
  if (!first) return undefined
  for (let i = line.start; i < line.end; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i] ?? '')) continue
    if (!inside.some((h) => h.start <= i && i < h.end)) return undefined
  }
  return first.matcher
}

/** The edit that removes a group of lines cleanly (see {@link linesRemoval}); the span starts at the first line's text. */
function removal(story: Story, paragraph: Paragraph, lines: readonly Line[], group: LineGroup, groups: readonly LineGroup[]): Removal {
  const first = lines[group.first]
  const last = lines[group.last]
  if (!first || !last) return { span: paragraph, replacement: '' }
  // The lines before go too when other groups cover them all: then the gap goes with this one.
  let covered = 0
  for (const g of groups) if (g.first <= covered && g.last >= covered && g.last < group.first) covered = g.last + 1
  const start = group.first === 0 ? paragraph.start : first.start
  return linesRemoval(story, paragraph, first, last, lines[group.last + 1], covered >= group.first, start)
}

/** Escapes a phrase for a `u` regular expression (where `\-` is not allowed outside a class). */
function escapeLiteral(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&')
}

/** Whitespace collapsed, shortened for a message. */
function collapse(value: string): string {
  const flat = value.replace(/\s+/gu, ' ').trim()
  if (flat.length <= 80) return flat
  const cut = flat.slice(0, 77)
  const space = cut.lastIndexOf(' ')
  return `${space > 40 ? cut.slice(0, space) : cut}...`
}
