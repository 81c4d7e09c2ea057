import type { Root } from 'nlcst'
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
  'spelling',
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
  /** Only white space (a paragraph break). */
  readonly blank: boolean
  /**
   * Whether it ends with a character that may end a line legitimately: a sentence end, a quote
   * mark, a closing bracket, a label colon or a dash (hard-wrapped prose runs on without one).
   */
  readonly closed: boolean
  /** Index of its paragraph in `story.paragraphs`; `undefined` for a blank line. */
  readonly paragraph: number | undefined
}

/** A sentence as segmented by retext-english. */
export interface Sentence extends Span {
  readonly text: string
  /** Index of its paragraph in `story.paragraphs`. */
  readonly paragraph: number
  /** Index of the sentence in `story.sentences`. */
  readonly index: number
}

/**
 * How the lines of a paragraph are laid out: `single` (one line), `wrapped` (hard-wrapped prose,
 * one paragraph), `lines` (one paragraph or item per line, with no blank lines between).
 */
export type BlockShape = 'single' | 'wrapped' | 'lines'

/** A block of text separated from its neighbours by blank lines. */
export interface Paragraph extends Span {
  readonly text: string
  readonly index: number
  /** Sentences of this paragraph. */
  readonly sentences: readonly Sentence[]
  /** Number of lines in the block (more than one for hard-wrapped copy or line lists). */
  readonly lineCount: number
  /** How its lines are laid out. */
  readonly shape: BlockShape
}

/**
 * A paragraph-like stretch of the story, trimmed: a whole paragraph, or one line of a `lines`
 * paragraph (copy with one paragraph per line and no blank lines between).
 */
export interface Unit extends Span {
  readonly text: string
  /** Index of its block in `story.paragraphs`. */
  readonly paragraph: number
  /**
   * Whether it ends with a character that may end a paragraph legitimately: a sentence end, a quote
   * mark, a closing bracket, a label colon or a dash.
   */
  readonly closed: boolean
}

/** A word token (nlcst `WordNode`). */
export interface Word extends Span {
  readonly text: string
  /**
   * The normalised form: lower case, curly apostrophes and prime marks as `'`, soft hyphens and
   * zero-width characters removed. Compare words by this.
   */
  readonly normal: string
  /** Index of the word in `story.words`. */
  readonly index: number
  /** Index of its sentence in `story.sentences`. */
  readonly sentence: number
}

/** A word, or one part of a hyphenated word. */
export interface WordPart extends Span {
  readonly text: string
}

/** A token tagged by the story's part-of-speech tagger; offsets are into the story text. */
export interface Token extends Span {
  readonly text: string
  readonly lower: string
  /** Universal POS tag (`NOUN`, `VERB`, `AUX`, `ADP`, `PUNCT`...). */
  readonly pos: string
}

/** How a double quote mark is drawn: `straight` (`"` or `''`) or a curly/guillemet glyph with a direction (`“`, `”`, or a doubled `‘‘`, `’’`). */
export type QuoteGlyph = 'straight' | 'open' | 'close'

/**
 * Where the spaces are around a mark: `opener` (space before, a letter or digit after), `weakOpener`
 * (space before, other character after), `closer` (punctuation before, or punctuation after),
 * `weakCloser` (a letter before, space after), `floating` (space on both sides) or `glued` (none).
 */
export type QuoteShape = 'opener' | 'weakOpener' | 'closer' | 'weakCloser' | 'floating' | 'glued'

/** A double quote mark in the story, with the role the pairing gave it. */
export interface QuoteMark extends Span {
  readonly glyph: QuoteGlyph
  readonly shape: QuoteShape
  /** Whether it is mis-decoded UTF-8 (`â€œ`). */
  readonly mojibake: boolean
  /** Opening, closing, or `skip` (an inch or second mark such as `12"`). */
  readonly role: 'open' | 'close' | 'skip'
  /** The mark opens a quotation never closed, or closes one never opened. */
  readonly unmatched: boolean
  /** Its role contradicts its shape or glyph. */
  readonly conflict: boolean
}

/** A quote mark used for an apostrophe (`haven”t`, `India"s`), with the right glyph. */
export interface ApostropheMark extends Span {
  readonly expected: string
}

/** The pairing of one paragraph's double quote marks. */
export interface ParagraphQuotes {
  readonly paragraph: Paragraph
  readonly marks: readonly QuoteMark[]
  /** Quote marks standing for apostrophes inside words (not in `marks`). */
  readonly apostrophes: readonly ApostropheMark[]
  /** The paragraph carries on a quotation from the previous one without opening it again. */
  readonly continuation: boolean
  /** The last quotation stays open, the next paragraph opening with a quote mark (news style). */
  readonly runsOn: boolean
  /** No unmatched mark and no continuation: every mark's role can be trusted. */
  readonly balanced: boolean
  /** For a continuation: the opening mark of the quotation carried on. */
  readonly opener: QuoteMark | undefined
}

/**
 * The story model: the one analysis layer every rule shares. The engine builds it once per lint;
 * each part is computed on first use and at most once. All spans are offsets into `text`.
 * Rules read tokens, tags and quotations from here and never tokenise or tag on their own.
 */
export interface Story {
  /** The story text (a leading BOM removed). */
  readonly text: string
  /**
   * The same text with every line break inside a paragraph replaced by a space (same length, same
   * offsets), so phrases split by hard wrapping still match.
   */
  readonly flat: string
  /** The nlcst tree, parsed paragraph by paragraph with exact positions (for wrapped retext plugins). */
  readonly tree: Root
  readonly lines: readonly Line[]
  readonly paragraphs: readonly Paragraph[]
  readonly sentences: readonly Sentence[]
  readonly words: readonly Word[]
  /** Paragraph-like units: whole paragraphs, or the lines of `lines`-shaped paragraphs. */
  readonly units: readonly Unit[]
  /** The first line, when it stands alone followed by a blank line. */
  readonly headline: Line | undefined
  /**
   * The quotation model: each paragraph's double quote marks paired at the lowest cost (inch marks,
   * apostrophes and AP's multi-paragraph quotations understood).
   */
  readonly quotes: readonly ParagraphQuotes[]
  /** Spans of direct quotations, quote marks included, from {@link Story.quotes}. */
  readonly quotations: readonly Span[]
  /** Whether `[start, end)` lies inside (or overlaps) a direct quotation. */
  inQuotation(span: Span): boolean
  /** The line whose span holds `offset`, if any (binary search). */
  lineAt(offset: number): Line | undefined
  /** The sentence whose span holds `offset`, if any (binary search). */
  sentenceAt(offset: number): Sentence | undefined
  /** The paragraph whose span holds `offset`, if any (binary search). */
  paragraphAt(offset: number): Paragraph | undefined
  /** The words lying wholly inside `span`, in order. */
  wordsIn(span: Span): readonly Word[]
  /**
   * The word before (`step` -1) or after (+1) `story.words[index]`, when it is in the same sentence
   * with only one or two spaces between (hard-wrapped lines count as spaces).
   */
  adjacentWord(index: number, step: -1 | 1): Word | undefined
  /** The parts of a word split at hyphens, each without a trailing possessive (`'s`, `’s`, `'`). */
  parts(word: WordPart): readonly WordPart[]
  /**
   * Part-of-speech tags of a span (normally a sentence), from the story's one tagger, loaded on
   * first use; tagged at most once per span.
   */
  tags(span: Span): readonly Token[]
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
  /**
   * Lower the configured severity for this finding (never raise it): a tier the rule is less sure
   * of (`info`) shows in reports without failing a build set to fail on warnings.
   */
  readonly severity?: DiagnosticSeverity
  /**
   * This finding sums up the rule's other findings in the story as one defect (mojibake in 36 places
   * is one mis-decoded file): they are marked `subsumedBy` it, so readers see it once.
   */
  readonly summary?: boolean
}

/** Reports a finding for one of the rule's message ids over a span of the story. */
export type Report<MessageId extends string> = (messageId: MessageId, span: Span, extra?: ReportExtra) => void

/** What a rule's `check` receives. */
export interface RuleContext<Options, MessageId extends string> {
  readonly story: Story
  readonly options: Options
  readonly report: Report<MessageId>
  /**
   * Lines of this story that recur in at least three stories linted with it (page template), by
   * line index, with the number of stories; empty when a story is linted alone.
   */
  readonly templateLines: ReadonlyMap<number, number>
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

/**
 * A wirelint rule: metadata, the complete options schema (its own options plus `allow`) and the
 * check. The engine's linter runs it; a rule knows nothing of unified or VFile.
 */
export interface Rule {
  readonly meta: RuleMeta
  /** The complete options schema (the rule's own options plus `allow`). */
  readonly schema: z.ZodObject
  readonly check: Check<Readonly<Record<string, unknown>>, string>
}
