import type { Formatter } from './types.js'

/** `[{ "file": path, "diagnostics": [...] }]`, the public Diagnostic shape. */
export const json: Formatter = (results) =>
  `${JSON.stringify(results.map((r) => ({ file: r.file, diagnostics: r.diagnostics })), null, 2)}\n`
