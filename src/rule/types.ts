import type { Root } from 'nlcst'
import type { Transformer } from 'unified'
import type { z } from 'zod'

/** Severity of a rule or a diagnostic; `off` only exists in configuration. */
export type Severity = 'off' | 'info' | 'warning' | 'error'

/** Severity of a reported diagnostic. */
export type DiagnosticSeverity = Exclude<Severity, 'off'>

/** Rule categories, metadata only (the `rules/` folder stays flat). */
export const categories = [
  'attribution',
  'numbers',
  'duplication',
  'residue',
  'quotation',
  'punctuation',
  'acronyms',
  'encoding',
  'consistency',
  'grammar',
  'dates',
  'style',
] as const

/** One of {@link categories}. */
export type Category = (typeof categories)[number]

/** How far a rule's `expected` may be trusted: `safe` edits may be applied unreviewed. */
export type FixKind = 'safe' | 'suggest' | 'none'

/** `mechanical` rules may fire inside direct quotations, `style` rules never do. */
export type RuleKind = 'mechanical' | 'style'

/** A half-open range `[start, end)` of UTF-16 code units in the story text. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** A line of the story, without its line ending. */
export interface Line extends Span {
  readonly text: string
  /** 0-based line index. */
  readonly index: number
}

/** A sentence as segmented by retext-english. */
export interface Sentence extends Span {
  readonly text: string
  /** Index of its paragraph in `story.paragraphs`. */
  readonly paragraph: number
  /** Index of the sentence in `story.sentences`. */
  readonly index: number
}

/** A block of text separated from its neighbours by blank lines. */
export interface Paragraph extends Span {
  readonly text: string
  readonly index: number
  /** Sentences of this paragraph. */
  readonly sentences: readonly Sentence[]
  /** Number of lines in the block (more than one for hard-wrapped copy or line lists). */
  readonly lineCount: number
}

/** A word token (nlcst `WordNode`). */
export interface Word extends Span {
  readonly text: string
  /** Index of its sentence in `story.sentences`. */
  readonly sentence: number
}

/**
 * The story model the engine builds once per lint and every rule shares.
 * All spans are offsets into `text`.
 */
export interface Story {
  /** The story text (a leading BOM removed). */
  readonly text: string
  /**
   * The same text with every line break inside a paragraph replaced by a space (same length, same
   * offsets), so phrases split by hard wrapping still match.
   */
  readonly flat: string
  /** The nlcst tree, parsed paragraph by paragraph with exact positions. */
  readonly tree: Root
  readonly lines: readonly Line[]
  readonly paragraphs: readonly Paragraph[]
  readonly sentences: readonly Sentence[]
  readonly words: readonly Word[]
  /** The first line, when it stands alone followed by a blank line. */
  readonly headline: Line | undefined
  /** Spans of direct quotations, quote marks included. */
  readonly quotations: readonly Span[]
  /** Whether `[start, end)` lies inside (or overlaps) a direct quotation. */
  inQuotation(span: Span): boolean
}

/** Extra data for one report. */
export interface ReportExtra {
  /** Replacements for the span; only safe ones (see {@link FixKind}). */
  readonly expected?: readonly string[]
  /** Values for `{placeholders}` in the message template (`actual` is filled in). */
  readonly data?: Readonly<Record<string, string | number>>
  /** The other place of a two-place defect ("first used here"). */
  readonly related?: Span
  /** Lower the rule's fix kind for this message (never raise it). */
  readonly fix?: FixKind
}

/** Reports a finding for one of the rule's message ids over a span of the story. */
export type Report<MessageId extends string> = (messageId: MessageId, span: Span, extra?: ReportExtra) => void

/** What a rule's `check` receives. */
export interface RuleContext<Options, MessageId extends string> {
  readonly story: Story
  readonly options: Options
  readonly report: Report<MessageId>
}

/** An example that must not fire: text, or text with options. */
export type ValidExample = string | { readonly text: string; readonly options?: Readonly<Record<string, unknown>> }

/** An example that fires, with its diagnostics written by hand as `l:c-l:c messageId message`. */
export interface InvalidExample {
  readonly text: string
  readonly options?: Readonly<Record<string, unknown>>
  readonly diagnostics: readonly string[]
  /** The text after applying safe fixes (required for rules with `fix: 'safe'`). */
  readonly output?: string
}

/** Metadata of a rule: drives docs, presets, `--list-rules` and SARIF. */
export interface RuleMeta<Schema extends z.ZodType = z.ZodType, MessageId extends string = string> {
  /** kebab-case id, equal to the module path under `rules/`. */
  readonly id: string
  readonly category: Category
  readonly kind: RuleKind
  /** Severity when the rule is on. */
  readonly severity: DiagnosticSeverity
  /** Whether the `recommended` preset turns it on (default true). */
  readonly recommended?: boolean
  /** One line, no trailing period. */
  readonly description: string
  /** Why an editor cares; becomes each message's `note`. */
  readonly rationale: string
  readonly fix: FixKind
  readonly messages: Readonly<Record<MessageId, string>>
  /** A zod `strictObject` with a default and a description on every property. */
  readonly options: Schema
  readonly examples: {
    readonly invalid: readonly InvalidExample[]
    readonly valid: readonly ValidExample[]
  }
  /** Deprecated rules name their successor. */
  readonly replacedBy?: readonly string[]
}

/** A rule's check function. */
export type Check<Options, MessageId extends string> = (context: RuleContext<Options, MessageId>) => void

/** Settings the engine passes to a rule's plugin. */
export interface RuleSettings {
  readonly severity: DiagnosticSeverity
  /** Already validated options (see {@link Rule.parseOptions}). */
  readonly options: Readonly<Record<string, unknown>>
}

/**
 * A wirelint rule: a unified attacher (use it on a retext processor whose file carries a story) that
 * also carries its metadata.
 */
export interface Rule {
  (settings: RuleSettings): Transformer<Root>
  readonly meta: RuleMeta
  /** The complete options schema (the rule's own options plus `allow`). */
  readonly schema: z.ZodObject
  /** Validates and defaults user options; throws a `ZodError` with issue paths. */
  parseOptions(input: unknown): Readonly<Record<string, unknown>>
}
