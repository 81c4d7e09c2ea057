// Reading stories from the formats newsrooms store them in (issue 16): plain text, Markdown, HTML,
// NITF, NewsML-G2 and ninjs. A format's parser is imported only when a file of that format is
// read, so linting plain text loads none of them.
import type { Diagnostic } from '../../engine/diagnostic.js'
import { fixText, type FixResult } from '../../engine/fix.js'
import type { Linter } from '../../engine/linter.js'
import type { TemplateIndex } from '../../engine/template.js'
import { stripBom } from '../../engine/run.js'
import { pointsOf } from '../../engine/story/parse.js'
import { InputError } from '../../io.js'
import { type DocumentStory, layOut, lintStories } from './document.js'
import { detectFormat, rootElement } from './sniff.js'
import { type InputFormat, isStackOverflow, MalformedError, type Reader } from './types.js'

export { detectFormat, isInputFormat, sniffFormat } from './sniff.js'
export { inputFormats, type InputFormat, type StoryParts } from './types.js'
export type { DocumentStory } from './document.js'

/** A file that is not well-formed in its format, located: `file:line:column: reason`. */
export class FormatError extends InputError {
  readonly line: number
  readonly column: number
  readonly offset: number
  constructor(filePath: string, reason: string, offset: number, line: number, column: number) {
    super(filePath, `${line}:${column}: ${reason}`)
    this.message = `${filePath}:${line}:${column}: ${reason}`
    this.name = 'FormatError'
    this.offset = offset
    this.line = line
    this.column = column
  }
}

/** The reader of a format, its parser imported on first use; `undefined` for plain text. */
export async function loadReader(format: InputFormat): Promise<Reader | undefined> {
  switch (format) {
    case 'text':
      return undefined
    case 'markdown':
      return (await import('./markdown.js')).loadMarkdown()
    case 'html':
      return (await import('./html.js')).loadHtml()
    case 'nitf':
      return (await import('./nitf.js')).loadNitf()
    case 'newsml':
      return (await import('./newsml.js')).loadNewsml()
    case 'ninjs':
      return (await import('./ninjs.js')).loadNinjs()
  }
}

/** Reads a file's stories with a loaded reader; a malformed file is a {@link FormatError}. */
export function readStories(reader: Reader, text: string, filePath = '<input>'): DocumentStory[] {
  const file = stripBom(text)
  try {
    return reader(file).map((parts, index) => layOut(parts, index))
  } catch (error) {
    // Hostile nesting (tens of thousands of open elements or arrays) exhausts a parser's stack.
    if (isStackOverflow(error)) throw new FormatError(filePath, 'Unexpected nesting too deep to read, expected a story', 0, 1, 1)
    if (!(error instanceof MalformedError)) throw error
    const at = pointsOf(file)(Math.min(error.offset, file.length))
    throw new FormatError(filePath, error.message, error.offset, at.line, at.column)
  }
}

/** Lints and fixes files of one format with one linter (the reader loaded once). */
export interface InputLinter {
  readonly format: InputFormat
  /** Diagnostics in the file's positions. */
  lint(text: string): Diagnostic[]
  /** Applies safe fixes to the file until stable (a BOM kept). */
  fix(text: string): FixResult
}

/** How {@link inputLinter} reads a file. */
export interface InputOptions {
  /** The file's path: its extension picks the format; `undefined` (standard input): the content does. */
  readonly name?: string | undefined
  /** The path for the configuration's `overrides` (default: `name`). */
  readonly filePath?: string | undefined
  /** `auto` (default): by extension, then by content. */
  readonly format?: InputFormat | 'auto' | undefined
  /** Lines recurring across the plain stories linted together (see `createTemplateIndex`). */
  readonly template?: TemplateIndex | undefined
}

/**
 * An {@link InputLinter} for a file (its first text picks the format). Throws a
 * {@link FormatError} for an XML file of another vocabulary.
 */
export async function inputLinter(linter: Linter, text: string, options: InputOptions = {}): Promise<InputLinter> {
  const { name } = options
  const filePath = options.filePath ?? name
  const detected = detectFormat(stripBom(text), name, options.format ?? 'auto')
  if (detected === undefined) {
    const root = rootElement(stripBom(text))
    const found = root === undefined ? 'XML without a root element' : `XML vocabulary \`<${root}>\``
    throw new FormatError(name ?? '-', `Unexpected ${found}, expected NITF (\`<nitf>\`) or NewsML-G2 (\`<newsItem>\`, \`<newsMessage>\`); use --input-format text to lint it as text`, 0, 1, 1)
  }
  const reader = await loadReader(detected)
  // Template lines are lines of plain stories; a marked-up file's stories are laid out anew.
  const context = { template: options.template }
  if (!reader) return { format: detected, lint: (t) => linter.lint(t, filePath, context), fix: (t) => linter.fix(t, filePath, context) }
  const lint = (t: string): Diagnostic[] => lintStories(linter, stripBom(t), readStories(reader, t, name ?? '-'), filePath)
  return { format: detected, lint, fix: (t) => fixText(t, lint) }
}
