import { type Options as MessageOptions, VFileMessage } from 'vfile-message'
import type { ResolvedRule } from '../config/resolve.js'
import { escapeRegExp, ruleUrl } from '../rule/define-rule.js'
import type { DiagnosticSeverity, FixKind, ReportExtra, RuleMeta, Span } from '../rule/types.js'
import { type Diagnostic, markSubsumed, sortDiagnostics, toDiagnostic } from './diagnostic.js'
import { createStory, type PointOf, type StoryModel } from './story/index.js'
import { type TemplateIndex, templateLinesOf } from './template.js'

declare module 'vfile-message' {
  interface VFileMessage {
    /** The rule's message id (a key of its `messages`). */
    messageId?: string | undefined
  }
}

/** A rule switched on with its severity and validated options. */
export type ActiveRule = ResolvedRule

/** A rule threw: names the rule and the file; the CLI exits 2. */
export class RuleCrashError extends Error {
  readonly ruleId: string
  readonly filePath: string | undefined
  constructor(ruleId: string, filePath: string | undefined, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause)
    super(`Rule \`${ruleId}\` crashed${filePath ? ` on ${filePath}` : ''}: ${why}`, { cause })
    this.name = 'RuleCrashError'
    this.ruleId = ruleId
    this.filePath = filePath
  }
}

/** Removes a leading byte order mark: positions never count it. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** A finding as a vfile message and as its plain projection. */
export interface Finding {
  readonly message: VFileMessage
  readonly diagnostic: Diagnostic
}

/**
 * Runs the active rules on one story model: each rule's check gets the story, its options and a
 * `report` that builds the vfile message (a crash is rethrown as {@link RuleCrashError}). Drops
 * `style` findings inside direct quotations and findings overlapping a rule's `allow` phrases,
 * and returns the findings sorted by position, duplicates removed and findings inside a deleted span
 * marked `subsumedBy`.
 */
export function runOnStory(story: StoryModel, active: readonly ActiveRule[], filePath?: string, template?: TemplateIndex): Finding[] {
  const findings: Finding[] = []
  const summaries: Diagnostic[] = []
  const templateLines = templateLinesOf(story, template)
  for (const { rule, severity, options } of active) {
    const { meta } = rule
    const allowed = allowedSpans(story, options.allow)
    const report = (messageId: string, span: Span, extra?: ReportExtra): void => {
      if (allowed.some((a) => a.start < span.end && span.start < a.end)) return
      if (meta.kind === 'style' && story.inQuotation(span)) return
      if (meta.category === 'residue' && isField(story, span)) return
      const message = createMessage(meta, severity, messageId, span, story.text, story.point, extra)
      const diagnostic = toDiagnostic(message)
      findings.push({ message, diagnostic })
      if (extra?.summary) summaries.push(diagnostic)
    }
    try {
      rule.check({ story, options, report, templateLines })
    } catch (error) {
      throw new RuleCrashError(meta.id, filePath, error)
    }
  }
  const sorted = markSubsumed(sortDiagnostics(findings.map((f) => f.diagnostic)))
  for (const summary of summaries) {
    const { ruleId, line, column, offset, endOffset } = summary
    for (const d of sorted) if (d.ruleId === ruleId && d !== summary && !d.subsumedBy) d.subsumedBy = { ruleId, line, column, offset, endOffset }
  }
  const byDiagnostic = new Map(findings.map((f) => [f.diagnostic, f.message]))
  return sorted.map((diagnostic) => ({ diagnostic, message: byDiagnostic.get(diagnostic) as VFileMessage }))
}

/** Whether a span is exactly one of the parts a format names (byline, dateline), white space aside. */
function isField(story: StoryModel, span: Span): boolean {
  const text = story.text.slice(span.start, span.end).trim()
  return story.fields.some((f) => span.start <= f.start && f.end <= span.end && text === story.text.slice(f.start, f.end))
}

/** Lints one story text with the given rules (a leading BOM is skipped) and returns its diagnostics. */
export function runRules(text: string, active: readonly ActiveRule[], filePath?: string): Diagnostic[] {
  return runOnStory(createStory(stripBom(text)), active, filePath).map((f) => f.diagnostic)
}

const fixRank: Readonly<Record<FixKind, number>> = { none: 0, suggest: 1, safe: 2 }

/**
 * A vfile message without the stack trace `Error` captures: VFileMessage extends Error, and then
 * sets `stack` to '' anyway, so the capture was pure cost (a large share of a warm lint's time when a
 * story has many findings; issue 14).
 */
function vfileMessage(reason: string, options: MessageOptions): VFileMessage {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return new VFileMessage(reason, options)
  } finally {
    Error.stackTraceLimit = limit
  }
}

function createMessage(
  meta: RuleMeta,
  severity: DiagnosticSeverity,
  messageId: string,
  span: Span,
  text: string,
  point: PointOf,
  extra: ReportExtra | undefined,
): VFileMessage {
  const template = meta.messages[messageId]
  if (template === undefined) throw new Error(`Rule \`${meta.id}\` reported undeclared message id \`${messageId}\``)
  if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
    throw new Error(`Rule \`${meta.id}\` reported span ${span.start}-${span.end} outside the text`)
  }
  const actual = text.slice(span.start, span.end)
  const fixKind = lowerFix(meta.fix, extra?.fix)
  const expected = fixKind === 'safe' && extra?.expected?.length ? [...extra.expected] : undefined
  const reason = fill(template, { actual, expected: extra?.expected?.[0] ?? '', ...extra?.data })
  const message = vfileMessage(reason, {
    place: { start: point(span.start), end: point(span.end) },
    ruleId: meta.id,
    source: 'wirelint',
  })
  const level = lowerSeverity(severity, extra?.severity)
  message.fatal = level === 'error' ? true : level === 'warning' ? false : undefined
  message.actual = actual
  message.expected = expected
  message.url = ruleUrl(meta.id)
  message.note = meta.rationale
  message.messageId = messageId
  if (extra?.related) {
    const cause = vfileMessage('First used here', {
      place: { start: point(extra.related.start), end: point(extra.related.end) },
      ruleId: meta.id,
      source: 'wirelint',
    })
    cause.actual = text.slice(extra.related.start, extra.related.end)
    message.cause = cause
  }
  return message
}

const severityRank: Readonly<Record<DiagnosticSeverity, number>> = { info: 0, warning: 1, error: 2 }

function lowerSeverity(ruleSeverity: DiagnosticSeverity, messageSeverity: DiagnosticSeverity | undefined): DiagnosticSeverity {
  if (messageSeverity === undefined) return ruleSeverity
  return severityRank[messageSeverity] < severityRank[ruleSeverity] ? messageSeverity : ruleSeverity
}

function lowerFix(ruleFix: FixKind, messageFix: FixKind | undefined): FixKind {
  if (messageFix === undefined) return ruleFix
  return fixRank[messageFix] < fixRank[ruleFix] ? messageFix : ruleFix
}

/** Replaces `{name}` placeholders with values; unknown names stay as written. */
export function fill(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/gu, (whole, name: string) => {
    const value = data[name]
    return value === undefined ? whole : String(value)
  })
}

/** Occurrences of the allowed phrases in the story (case-insensitive, any run of spaces matches one, across hard wraps). */
export function allowedSpans(story: Pick<StoryModel, 'flat'>, phrases: unknown): Span[] {
  if (!Array.isArray(phrases) || phrases.length === 0) return []
  const spans: Span[] = []
  for (const phrase of phrases) {
    if (typeof phrase !== 'string') continue
    const words = phrase.split(/\s+/u).filter(Boolean)
    if (words.length === 0) continue
    const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'giu')
    for (const match of story.flat.matchAll(pattern)) spans.push({ start: match.index, end: match.index + match[0].length })
  }
  return spans
}
