import type { ConfigInput } from '../config/schema.js'
import type { Diagnostic } from '../engine/diagnostic.js'

/** Work sent to a lint worker: one story and its inline configuration. */
export interface Job {
  readonly op: 'lint' | 'fix'
  readonly text: string
  /** The request's inline configuration; the server's own when absent. */
  readonly config: ConfigInput | undefined
}

/** A worker's answer to a {@link Job}. */
export type JobResult =
  | { readonly ok: true; readonly op: 'lint'; readonly diagnostics: Diagnostic[] }
  | { readonly ok: true; readonly op: 'fix'; readonly output: string; readonly applied: Diagnostic[] }
  | { readonly ok: false; readonly kind: 'config' | 'crash'; readonly message: string }

/** What a worker is started with. */
export interface WorkerSettings {
  /** The server's configuration (from `--config`), used when a request has none. */
  readonly config: ConfigInput | undefined
}
