import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { z } from 'zod'
import { storyOf } from './story-data.js'
import type { Check, FixKind, Report, ReportExtra, Rule, RuleMeta, RuleSettings, Span } from './types.js'

declare module 'vfile-message' {
  interface VFileMessage {
    /** The rule's message id (a key of its `messages`). */
    messageId?: string | undefined
  }
}

/** Base URL of the rule docs; `ruleUrl(id)` appends `<id>.md`. */
export const docsBase = 'https://github.com/wirelint/wirelint/blob/main/rules/'

/** The documentation URL of a rule. */
export function ruleUrl(id: string): string {
  return `${docsBase}${id}.md`
}

/** The option every rule takes: phrases it never flags. */
export const allowOption = z
  .array(z.string().min(1))
  .default([])
  .describe('Phrases this rule never flags (a finding overlapping one is dropped; case-insensitive)')

const fixRank: Readonly<Record<FixKind, number>> = { none: 0, suggest: 1, safe: 2 }

/**
 * Defines a rule: wraps `check` as a unified attacher for the shared retext pipeline and attaches
 * its metadata. The wrapper stamps `ruleId`, `source`, `url`, `note`, severity, positions and
 * `actual`, so no rule forgets them.
 */
export function defineRule<Schema extends z.ZodObject, MessageId extends string>(
  meta: RuleMeta<Schema, MessageId>,
  check: Check<z.output<Schema> & { readonly allow: readonly string[] }, MessageId>,
): Rule {
  const schema = meta.options.extend({ allow: allowOption })
  type Options = z.output<Schema> & { readonly allow: readonly string[] }

  function parseOptions(input: unknown): Readonly<Record<string, unknown>> {
    return Object.freeze(schema.parse(input ?? {}) as Record<string, unknown>)
  }

  function attacher(settings: RuleSettings) {
    const options = settings.options as Options
    return function transformer(_tree: Root, file: VFile): undefined {
      const story = storyOf(file)
      const allowed = allowedSpans(story.flat, options.allow)
      const report: Report<MessageId> = (messageId, span, extra) => {
        if (allowed.some((a) => a.start < span.end && span.start < a.end)) return
        file.messages.push(createMessage(meta, settings, messageId, span, story.text, story.point, extra))
      }
      check({ story, options, report })
    }
  }

  return Object.assign(attacher, { meta: meta as unknown as RuleMeta, schema, parseOptions }) as Rule
}

type PointOf = (offset: number) => { line: number; column: number; offset: number }

function createMessage(
  meta: RuleMeta,
  settings: RuleSettings,
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
  const message = new VFileMessage(reason, {
    place: { start: point(span.start), end: point(span.end) },
    ruleId: meta.id,
    source: 'wirelint',
  })
  message.fatal = settings.severity === 'error' ? true : settings.severity === 'warning' ? false : undefined
  message.actual = actual
  message.expected = expected
  message.url = ruleUrl(meta.id)
  message.note = meta.rationale
  message.messageId = messageId
  if (extra?.related) {
    const cause = new VFileMessage('First used here', {
      place: { start: point(extra.related.start), end: point(extra.related.end) },
      ruleId: meta.id,
      source: 'wirelint',
    })
    cause.actual = text.slice(extra.related.start, extra.related.end)
    message.cause = cause
  }
  return message
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

/** Occurrences of the allowed phrases in `flat` (case-insensitive, any run of spaces matches one). */
export function allowedSpans(flat: string, phrases: readonly string[]): Span[] {
  if (phrases.length === 0) return []
  const spans: Span[] = []
  for (const phrase of phrases) {
    const words = phrase.split(/\s+/u).filter(Boolean)
    if (words.length === 0) continue
    const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'giu')
    for (const match of flat.matchAll(pattern)) spans.push({ start: match.index, end: match.index + match[0].length })
  }
  return spans
}

/** Escapes a string for literal use in a regular expression. */
export function escapeRegExp(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&')
}
