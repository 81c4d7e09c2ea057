// Which linter lints a story at a given path: one linter per configuration (the explicit --config,
// or the nearest discovered one per directory), with the --rule flags on top. Shared by the file
// loop (run.ts), --ndjson (ndjson.ts) and the CLI's worker threads (worker.ts), so they all resolve
// configuration exactly alike.
import path from 'node:path'
import { discoverConfig, loadConfigFile } from '../config/load.js'
import { inlineConfig, type LoadedConfig } from '../config/resolve.js'
import type { RuleEntry } from '../config/schema.js'
import { createLinter, type Linter } from '../engine/linter.js'
import type { Rule } from '../rule/types.js'

/** What decides the linters: plain data, so it can be sent to a worker thread. */
export interface LinterSettings {
  /** The working directory paths are resolved from. */
  readonly cwd: string
  /** `--config`, relative to cwd; otherwise configuration is discovered per directory. */
  readonly config: string | undefined
  /** `--rule` flags, applied last. */
  readonly rules: Readonly<Record<string, RuleEntry>> | undefined
}

/** Resolves the linter for a story path (relative to cwd or absolute), created once per configuration. */
export type LinterFor = (filePath: string) => Promise<Linter>

/** A {@link LinterFor} over the given settings; loading the explicit --config may throw a ConfigError. */
export async function linterResolver(settings: LinterSettings, registry: readonly Rule[]): Promise<LinterFor> {
  const explicit = settings.config === undefined ? undefined : await loadConfigFile(path.resolve(settings.cwd, settings.config), registry)
  const linters = new Map<string, Promise<Linter>>()
  // The configuration is loaded (or searched for) only the first time its key is seen.
  const linterOf = (config: () => Promise<LoadedConfig>, key: string): Promise<Linter> => {
    let found = linters.get(key)
    if (!found) {
      found = config().then((loaded) => createLinter({ config: loaded, rules: settings.rules, rulesSource: '--rule', cwd: settings.cwd }))
      linters.set(key, found)
    }
    return found
  }
  return (file) => {
    if (explicit) return linterOf(() => Promise.resolve(explicit), '')
    const directory = path.dirname(path.resolve(settings.cwd, file))
    return linterOf(async () => (await discoverConfig(directory, registry)) ?? inlineConfig({}, registry, settings.cwd), directory)
  }
}
