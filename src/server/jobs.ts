import type { ConfigInput } from '../config/schema.js'
import type { Diagnostic } from '../engine/diagnostic.js'
import type { InputFormat } from '../formats/input/types.js'

/** One finding, by rule and place: the safe fix the page's "Accept fix" asks for. */
export interface FindingTarget {
  readonly ruleId: string
  readonly offset: number
  readonly endOffset: number
}

/** Work sent to a lint worker: one story and its inline configuration. */
export interface Job {
  readonly op: 'lint' | 'fix'
  readonly text: string
  /** The request's inline configuration; the server's own when absent. */
  readonly config: ConfigInput | undefined
  /** How the story is stored (default `text`); `auto` tells NITF, NewsML-G2, ninjs and HTML by content. */
  readonly format?: InputFormat | 'auto' | undefined
  /** With `fix`: only this finding's safe fix (the page's "Accept fix"), once. */
  readonly only?: FindingTarget | undefined
  /** With `fix`: findings left alone, by {@link findingKey} (those the editor ignored). */
  readonly skip?: readonly string[] | undefined
}

/** A worker's answer to a {@link Job}. */
export type JobResult =
  | { readonly ok: true; readonly op: 'lint'; readonly diagnostics: Diagnostic[] }
  | { readonly ok: true; readonly op: 'fix'; readonly output: string; readonly applied: Diagnostic[]; readonly diagnostics: Diagnostic[] }
  | { readonly ok: false; readonly kind: 'config' | 'input' | 'crash'; readonly message: string }

/** What a worker is started with. */
export interface WorkerSettings {
  /** The server's configuration (from `--config`), used when a request has none. */
  readonly config: ConfigInput | undefined
}

/**
 * What an ignored finding is remembered by across checks: its rule and its text (not its place,
 * which moves as the story is edited). The same text flagged by the same rule is ignored everywhere.
 */
export function findingKey(d: Pick<Diagnostic, 'ruleId' | 'actual'>): string {
  return `${d.ruleId} ${d.actual}`
}
