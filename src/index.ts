import path from 'node:path'
import { rules as builtInRules } from '../rules/index.js'
import { discoverConfig, loadConfigFile } from './config/load.js'
import { inlineConfig, type LoadedConfig, resolveRules } from './config/resolve.js'
import type { ConfigInput, RuleEntry } from './config/schema.js'
import type { Diagnostic } from './diagnostic.js'
import { fixText, type FixResult } from './engine/fix.js'
import { runRules } from './engine/run.js'
import { type ReadOptions, readStory } from './io.js'
import type { Rule, Severity } from './rule/types.js'

export type { Diagnostic, RelatedLocation } from './diagnostic.js'
export type { FixResult } from './engine/fix.js'
export type { Config, ConfigInput, RuleEntry } from './config/schema.js'
export type * from './rule/types.js'
export { defineRule, ruleUrl } from './rule/define-rule.js'
export { wrapPlugin } from './rule/wrap-plugin.js'
export { ConfigError } from './config/errors.js'
export { RuleCrashError } from './engine/run.js'
export { InputError } from './io.js'
export { formatters, type Formatter, type FileResult } from './formatters/index.js'

/** Every built-in rule, sorted by id. */
export const rules: readonly Rule[] = builtInRules

/** Rule severities of the presets, derived from rule metadata. */
export const presets: Readonly<Record<'recommended' | 'all', Readonly<Record<string, Severity>>>> = {
  recommended: Object.fromEntries(
    builtInRules.filter((r) => !r.meta.id.startsWith('style/')).map((r) => [r.meta.id, r.meta.recommended === false ? 'off' : r.meta.severity]),
  ),
  all: Object.fromEntries(builtInRules.filter((r) => !r.meta.id.startsWith('style/')).map((r) => [r.meta.id, r.meta.severity])),
}

/** Options of {@link lint}, {@link lintFile} and {@link fix}. */
export interface LintOptions {
  /** An inline configuration (no file is searched for). */
  readonly config?: ConfigInput
  /** A configuration file to read (a `.js` file is executed only when named here). */
  readonly configFile?: string
  /** The story's path, for `overrides` globs and messages. */
  readonly filePath?: string
  /** Third-party rules, used exactly like built-in ones. */
  readonly plugins?: readonly Rule[]
  /** Rule settings applied last, like `--rule` flags. */
  readonly rules?: Readonly<Record<string, RuleEntry>>
}

/** The result of linting one story. */
export interface LintResult {
  /** Findings sorted by position. */
  diagnostics: Diagnostic[]
}

function registryOf(options: LintOptions): readonly Rule[] {
  if (!options.plugins?.length) return builtInRules
  return [...builtInRules, ...options.plugins].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))
}

async function configFor(options: LintOptions, registry: readonly Rule[], directory: string | undefined): Promise<LoadedConfig> {
  if (options.configFile !== undefined) return loadConfigFile(options.configFile, registry)
  if (options.config !== undefined || directory === undefined) return inlineConfig(options.config, registry)
  return (await discoverConfig(directory, registry)) ?? inlineConfig({}, registry)
}

/**
 * Lints a story. Uses `options.config` (or `configFile`) when given, else the default
 * `recommended` preset; never reads other files.
 */
export async function lint(text: string, options: LintOptions = {}): Promise<LintResult> {
  const registry = registryOf(options)
  const loaded = await configFor(options, registry, undefined)
  return { diagnostics: lintWith(text, loaded, registry, options) }
}

function lintWith(text: string, loaded: LoadedConfig, registry: readonly Rule[], options: LintOptions): Diagnostic[] {
  const active = resolveRules(loaded, registry, options.filePath, options.rules ? [options.rules] : [])
  return runRules(text, active, options.filePath)
}

/**
 * Reads a story file (UTF-8, or UTF-16 by BOM) and lints it with the configuration discovered from
 * its directory, unless `config` or `configFile` is given.
 */
export async function lintFile(filePath: string, options: LintOptions & ReadOptions = {}): Promise<LintResult & { file: string }> {
  const text = await readStory(filePath, options)
  const registry = registryOf(options)
  const loaded = await configFor(options, registry, path.dirname(path.resolve(filePath)))
  return { file: filePath, diagnostics: lintWith(text, loaded, registry, { ...options, filePath }) }
}

/**
 * Applies every safe fix (`expected[0]`), never two overlapping edits in one pass, re-linting until
 * stable (at most 10 passes). Returns the fixed text and the applied diagnostics.
 */
export async function fix(text: string, options: LintOptions = {}): Promise<FixResult> {
  const registry = registryOf(options)
  const loaded = await configFor(options, registry, undefined)
  return fixText(text, (current) => lintWith(current, loaded, registry, options))
}
