import type { Formatter } from './types.js'

// The CLI loads only the formatter it was asked for (cold start, issue 14); the API's
// `formatters` (./index.js) keeps all of them eagerly. Same names as there.
const loaders: Readonly<Record<string, () => Promise<Formatter>>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  checkstyle: async () => (await import('./checkstyle.js')).checkstyle,
  html: async () => (await import('./html.js')).html,
}

/** The `--format` names. */
export const formatterNames: readonly string[] = Object.keys(loaders)

/** Loads the named formatter, or resolves to undefined for an unknown name. */
export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  return Object.hasOwn(loaders, name) ? loaders[name]?.() : undefined
}
