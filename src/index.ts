import path from 'node:path'
import { discoverConfig, loadConfigFile } from './config/load.js'
import { builtInRules, registryWith } from './config/presets.js'
import { inlineConfig, type LoadedConfig } from './config/resolve.js'
import type { ConfigInput, RuleEntry } from './config/schema.js'
import type { Diagnostic } from './engine/diagnostic.js'
import type { FixResult } from './engine/fix.js'
import { createLinter, type Linter } from './engine/linter.js'
import { createTemplateIndex, templateMinStories } from './engine/template.js'
import { type ReadOptions, readStory } from './io.js'
import { type InputFormat, inputLinter } from './formats/input/index.js'
import type { Rule } from './rule/types.js'

export type { Diagnostic, RelatedLocation } from './engine/diagnostic.js'
export type { FixResult } from './engine/fix.js'
export type { Config, ConfigInput, RuleEntry } from './config/schema.js'
export type { Linter, LinterOptions } from './engine/linter.js'
export type * from './rule/types.js'
export { createLinter } from './engine/linter.js'
export { createTemplateIndex, type TemplateIndex } from './engine/template.js'
export { defineRule, ruleUrl } from './rule/define-rule.js'
export { wrapPlugin } from './rule/wrap-plugin.js'
export { ConfigError } from './config/errors.js'
export { RuleCrashError } from './engine/run.js'
export { InputError } from './io.js'
export { FormatError, inputFormats, type InputFormat } from './formats/input/index.js'
export { presets } from './config/presets.js'
export { formatters, type Formatter, type FileResult } from './formatters/index.js'

/** Every built-in rule, sorted by id. */
export const rules: readonly Rule[] = builtInRules

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
  /** Rule settings applied last, like `--rule` flags; validated like a configuration's `rules`. */
  readonly rules?: Readonly<Record<string, RuleEntry>>
  /**
   * How the text is read: `text` (default for {@link lint} and {@link fix}), `markdown`, `html`,
   * `nitf`, `newsml`, `ninjs`, or `auto` (default for {@link lintFile}: by the extension of
   * `filePath`, then by content). Only the story text is linted; positions, `actual` and `expected`
   * are in the original markup. A file with several stories gives each diagnostic a `storyId`.
   * Malformed input throws a {@link FormatError} with its line and column.
   */
  readonly format?: InputFormat | 'auto'
}

/** The result of linting one story. */
export interface LintResult {
  /** Findings sorted by position. */
  diagnostics: Diagnostic[]
  /** The format the text was read as. */
  format: InputFormat
}

function checkText(fn: string, text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(`${fn}: Unexpected \`text\` of type ${text === null ? 'null' : typeof text}, expected a string`)
  }
}

function checkOptions(fn: string, options: unknown): asserts options is LintOptions {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError(`${fn}: Unexpected \`options\` of type ${options === null ? 'null' : Array.isArray(options) ? 'array' : typeof options}, expected an object`)
  }
}

async function linterFor(options: LintOptions, directory: string | undefined): Promise<Linter> {
  const registry = registryWith(options.plugins)
  let config: LoadedConfig
  if (options.configFile !== undefined) config = await loadConfigFile(options.configFile, registry)
  else if (options.config !== undefined || directory === undefined) config = inlineConfig(options.config, registry)
  else config = (await discoverConfig(directory, registry)) ?? inlineConfig({}, registry)
  return createLinter({ config, plugins: options.plugins, rules: options.rules })
}

/**
 * Lints a story. Uses `options.config` (or `configFile`) when given, else the default
 * `recommended` preset; never reads other files. To lint many stories with one configuration,
 * make a linter once with {@link createLinter}.
 */
export async function lint(text: string, options: LintOptions = {}): Promise<LintResult> {
  checkText('lint', text)
  checkOptions('lint', options)
  const linter = await linterFor(options, undefined)
  const input = await inputLinter(linter, text, { name: options.filePath, format: options.format ?? 'text' })
  return { diagnostics: input.lint(text), format: input.format }
}

/**
 * Reads a story file (UTF-8, or UTF-16 by BOM) and lints it with the configuration discovered from
 * its directory, unless `config` or `configFile` is given.
 */
export async function lintFile(filePath: string, options: LintOptions & ReadOptions = {}): Promise<LintResult & { file: string }> {
  if (typeof filePath !== 'string') throw new TypeError(`lintFile: Unexpected \`filePath\` of type ${typeof filePath}, expected a string`)
  checkOptions('lintFile', options)
  const text = await readStory(filePath, options)
  const linter = await linterFor(options, path.dirname(path.resolve(filePath)))
  const input = await inputLinter(linter, text, { name: filePath, format: options.format ?? 'auto' })
  return { file: filePath, diagnostics: input.lint(text), format: input.format }
}

/**
 * Applies every safe fix (`expected[0]`), never two overlapping edits in one pass, re-linting until
 * stable (at most 10 passes). Returns the fixed text and the applied diagnostics.
 */
export async function fix(text: string, options: LintOptions = {}): Promise<FixResult> {
  checkText('fix', text)
  checkOptions('fix', options)
  const linter = await linterFor(options, undefined)
  return (await inputLinter(linter, text, { name: options.filePath, format: options.format ?? 'text' })).fix(text)
}

/** One story of {@link lintMany}: its text, and its path for `overrides` and messages. */
export interface StoryInput {
  readonly text: string
  readonly filePath?: string
}

/**
 * Lints several stories together with one configuration. With three or more, a first pass finds
 * the lines recurring in at least three of them (page template: navigation, share widgets,
 * footers), which `feed-boilerplate` then takes for residue more readily. Stories are plain text;
 * results are in input order.
 */
export async function lintMany(stories: readonly (string | StoryInput)[], options: LintOptions = {}): Promise<LintResult[]> {
  if (!Array.isArray(stories)) throw new TypeError(`lintMany: Unexpected \`stories\` of type ${typeof stories}, expected an array`)
  checkOptions('lintMany', options)
  const inputs = stories.map((story) => (typeof story === 'string' ? { text: story } : story))
  inputs.forEach((input, i) => checkText(`lintMany: stories[${i}]`, input?.text))
  const linter = await linterFor(options, undefined)
  const template = inputs.length >= templateMinStories ? createTemplateIndex(inputs.map((input) => input.text)) : undefined
  if (options.format !== undefined && options.format !== 'text') {
    throw new TypeError(`lintMany: Unexpected \`format\` ${String(options.format)}, expected plain text stories (lint marked-up files one by one with lintFile)`)
  }
  return inputs.map((input) => ({ diagnostics: linter.lint(input.text, input.filePath ?? options.filePath, { template }), format: 'text' as const }))
}
