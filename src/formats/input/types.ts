import type { Mapped } from './mapped.js'

/** The formats stories are read from (`--input-format`). */
export const inputFormats = ['text', 'markdown', 'html', 'nitf', 'newsml', 'ninjs'] as const

/** A format stories are read from. */
export type InputFormat = (typeof inputFormats)[number]

/** One story as a format holds it: its own fields where it has them, and the body's blocks. */
export interface StoryParts {
  /** guid, uri or document id, when the format gives one. */
  readonly id?: string | undefined
  readonly headline?: Mapped | undefined
  readonly byline?: Mapped | undefined
  readonly dateline?: Mapped | undefined
  /** The body's paragraphs (and headings, list items, captions...) in order. */
  readonly body: readonly Mapped[]
  /**
   * Without a `headline`, whether the first block may still be one, judged from the layout as in
   * plain text (Markdown written like a plain story); otherwise the story has none.
   */
  readonly guessHeadline?: boolean
}

/** Reads the stories of a file (the text without its BOM); throws {@link MalformedError}. */
export type Reader = (source: string) => StoryParts[]

/** The file is not well-formed in its format: what is wrong and where (an offset into the file). */
export class MalformedError extends Error {
  readonly offset: number
  constructor(message: string, offset: number) {
    super(message)
    this.name = 'MalformedError'
    this.offset = offset
  }
}

/** Whether an error is the call stack running out (hostile nesting), not a malformed file. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/iu.test(error.message)
}
