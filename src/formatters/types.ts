import type { Diagnostic } from '../engine/diagnostic.js'
import type { Rule } from '../rule/types.js'

/** The diagnostics of one linted file (`-` or the `--stdin-filename` for standard input). */
export interface FileResult {
  file: string
  diagnostics: Diagnostic[]
  /** The linted text, for formats that show it (html). */
  text?: string
}

/** Context a formatter may use. */
export interface FormatContext {
  /** Rules that were available, for formats that describe them (SARIF). */
  readonly rules: readonly Rule[]
  /** Whether to use colours (stylish on a TTY). */
  readonly color: boolean
  readonly cwd: string
}

/** Turns results into the text printed on stdout. */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string
