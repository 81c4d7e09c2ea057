import path from 'node:path'
import picomatch from 'picomatch'
import { ZodError } from 'zod'
import type { DiagnosticSeverity, Rule, Severity } from '../rule/types.js'
import { ConfigError, formatIssue } from './errors.js'
import type { Config, ParsedRuleEntry as RuleEntry } from './schema.js'
import { configSchema, rulesSchema } from './schema.js'
import { didYouMean } from '../suggest.js'

/** One rule's setting in a layer, its options already validated, defaulted and frozen. */
export interface ParsedEntry {
  readonly severity: Severity | undefined
  readonly options: Readonly<Record<string, unknown>> | undefined
}

/** The `rules` of a configuration or of one of its `overrides`, parsed once. */
export interface RuleLayer {
  /** For an override: whether a path relative to the config's base matches its globs. */
  readonly matches?: (relative: string) => boolean
  readonly entries: ReadonlyMap<string, ParsedEntry>
}

/** A validated configuration, where it came from, and its rule settings parsed once. */
export interface LoadedConfig {
  readonly config: Config
  /** File it was read from, or a label such as `<options>`. */
  readonly source: string
  /** Directory that override globs are relative to. */
  readonly base: string
  /** `rules` first, then each entry of `overrides`, in order. */
  readonly layers: readonly RuleLayer[]
}

/** A rule switched on with its severity and validated options. */
export interface ResolvedRule {
  readonly rule: Rule
  readonly severity: DiagnosticSeverity
  readonly options: Readonly<Record<string, unknown>>
}

/**
 * Validates a configuration object against the schema and the rule registry, parsing every rule's
 * options once: unknown rule ids and bad option values are {@link ConfigError}s naming the source
 * and key.
 */
export function validateConfig(input: unknown, source: string, base: string, registry: readonly Rule[]): LoadedConfig {
  const parsed = configSchema.safeParse(input ?? {})
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => formatIssue(source, [], i, input)).join('\n'))
  const config = parsed.data
  const byId = new Map(registry.map((r) => [r.meta.id, r]))
  const layers: RuleLayer[] = [{ entries: parseLayer(config.rules, ['rules'], source, byId) }]
  config.overrides.forEach((o, i) => {
    const globs = Array.isArray(o.files) ? o.files : [o.files]
    const isMatch = picomatch(globs, { dot: true, basename: !globs.some((g) => g.includes('/')) })
    layers.push({ matches: (relative) => isMatch(relative), entries: parseLayer(o.rules, ['overrides', i, 'rules'], source, byId) })
  })
  return { config, source, base, layers }
}

/**
 * Validates rule settings given outside a configuration file (the API's `rules`, `--rule` flags)
 * exactly as a configuration's `rules`, with errors located at `<source>: rules.<id>`.
 */
export function validateRuleSettings(input: unknown, source: string, registry: readonly Rule[]): RuleLayer {
  const parsed = rulesSchema.safeParse(input ?? {})
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => formatIssue(source, ['rules'], i, input)).join('\n'))
  return { entries: parseLayer(parsed.data, ['rules'], source, new Map(registry.map((r) => [r.meta.id, r]))) }
}

function parseLayer(
  rules: Readonly<Record<string, RuleEntry>>,
  at: readonly (string | number)[],
  source: string,
  byId: ReadonlyMap<string, Rule>,
): Map<string, ParsedEntry> {
  const entries = new Map<string, ParsedEntry>()
  for (const [id, entry] of Object.entries(rules)) {
    const rule = byId.get(id)
    if (!rule) {
      const near = didYouMean(id, byId.keys())
      throw new ConfigError(`${source}: ${[...at, id].join('.')}: Unknown rule \`${id}\`${near ? `, did you mean \`${near}\`?` : ', see `wirelint --list-rules`'}`)
    }
    entries.set(id, { severity: severityOf(entry), options: optionsFor(rule, entry, [...at, id], source) })
  }
  return entries
}

/** Validates, defaults and freezes a rule's options; throws a `ZodError` with issue paths. */
export function parseRuleOptions(rule: Rule, input: unknown): Readonly<Record<string, unknown>> {
  return Object.freeze(rule.schema.parse(input ?? {}) as Record<string, unknown>)
}

function optionsFor(rule: Rule, entry: RuleEntry, at: readonly (string | number)[], source: string): Readonly<Record<string, unknown>> | undefined {
  const raw = typeof entry === 'string' ? undefined : Array.isArray(entry) ? entry[1] : entry
  if (raw === undefined) return undefined
  try {
    return parseRuleOptions(rule, raw)
  } catch (error) {
    if (error instanceof ZodError) {
      const prefix = Array.isArray(entry) ? [...at, 1] : at
      throw new ConfigError(error.issues.map((i) => formatIssue(source, prefix, i, raw)).join('\n'))
    }
    throw error
  }
}

function severityOf(entry: RuleEntry): Severity | undefined {
  return typeof entry === 'string' ? entry : Array.isArray(entry) ? entry[0] : undefined
}

/** Whether the preset turns a rule on. */
export function inPreset(rule: Rule, config: Config): boolean {
  const id = rule.meta.id
  if (id.startsWith('style/')) return config.style !== 'none' && id.startsWith(`style/${config.style}-`)
  if (config.preset === 'none') return false
  if (config.preset === 'all') return true
  return rule.meta.recommended !== false
}

/** The layers that apply to a file: `rules`, then each matching override (by index). */
export function layersFor(loaded: LoadedConfig, filePath: string | undefined, cwd = process.cwd()): number[] {
  const indices: number[] = []
  const relative = filePath === undefined ? undefined : path.relative(loaded.base, path.resolve(cwd, filePath)).split(path.sep).join('/')
  loaded.layers.forEach((layer, i) => {
    if (!layer.matches || (relative !== undefined && layer.matches(relative))) indices.push(i)
  })
  return indices
}

/**
 * The rules on for a set of layers: the preset, then each layer in order (the config's `rules`,
 * matching `overrides`, then `extra` such as `--rule` flags). Options come parsed from the layers;
 * a rule no layer configures gets its defaults, parsed here.
 */
export function resolveRules(registry: readonly Rule[], config: Config, layers: readonly RuleLayer[]): ResolvedRule[] {
  const active: ResolvedRule[] = []
  for (const rule of registry) {
    let severity: Severity = inPreset(rule, config) ? rule.meta.severity : 'off'
    let options: Readonly<Record<string, unknown>> | undefined
    for (const layer of layers) {
      const entry = layer.entries.get(rule.meta.id)
      if (entry === undefined) continue
      severity = entry.severity ?? (severity === 'off' ? rule.meta.severity : severity)
      options = entry.options ?? options
    }
    if (severity === 'off') continue
    active.push({ rule, severity, options: options ?? parseRuleOptions(rule, {}) })
  }
  return active
}

/** Validates an inline configuration given to the API. */
export function inlineConfig(input: unknown, registry: readonly Rule[], base = process.cwd()): LoadedConfig {
  return validateConfig(input ?? {}, '<options>', base, registry)
}
