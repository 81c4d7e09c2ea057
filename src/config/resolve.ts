import path from 'node:path'
import picomatch from 'picomatch'
import { ZodError } from 'zod'
import type { ActiveRule } from '../engine/run.js'
import type { Rule, Severity } from '../rule/types.js'
import { ConfigError, formatIssue } from './errors.js'
import type { Config, ConfigInput, RuleEntry } from './schema.js'
import { configSchema } from './schema.js'

/** A validated configuration and where it came from. */
export interface LoadedConfig {
  readonly config: Config
  /** File it was read from, or a label such as `<options>`. */
  readonly source: string
  /** Directory that override globs are relative to. */
  readonly base: string
}

/**
 * Validates a configuration object against the schema and the rule registry: unknown rule ids and
 * bad option values are {@link ConfigError}s naming the source and key.
 */
export function validateConfig(input: unknown, source: string, base: string, registry: readonly Rule[]): LoadedConfig {
  const parsed = configSchema.safeParse(input ?? {})
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => formatIssue(source, [], i, input)).join('\n'))
  const config = parsed.data
  const byId = new Map(registry.map((r) => [r.meta.id, r]))
  checkRules(config.rules, ['rules'], source, byId)
  config.overrides.forEach((o, i) => checkRules(o.rules, ['overrides', i, 'rules'], source, byId))
  return { config, source, base }
}

function checkRules(rules: Readonly<Record<string, RuleEntry>>, at: readonly (string | number)[], source: string, byId: ReadonlyMap<string, Rule>): void {
  for (const [id, entry] of Object.entries(rules)) {
    const rule = byId.get(id)
    if (!rule) {
      const near = [...byId.keys()].find((known) => known.replace(/-/gu, '') === id.replace(/[-_]/gu, '').toLowerCase())
      throw new ConfigError(`${source}: ${[...at, id].join('.')}: Unknown rule \`${id}\`${near ? `, did you mean \`${near}\`?` : ', see `wirelint --list-rules`'}`)
    }
    optionsFor(rule, entry, [...at, id], source)
  }
}

function optionsFor(rule: Rule, entry: RuleEntry, at: readonly (string | number)[], source: string): Readonly<Record<string, unknown>> | undefined {
  const raw = typeof entry === 'string' ? undefined : Array.isArray(entry) ? entry[1] : entry
  if (raw === undefined) return undefined
  try {
    return rule.parseOptions(raw)
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

/**
 * The rules on for one file: the preset, then `rules`, then each matching `overrides` entry, then
 * `extra` layers (such as `--rule` flags), in that order.
 */
export function resolveRules(
  loaded: LoadedConfig,
  registry: readonly Rule[],
  filePath?: string,
  extra: readonly Readonly<Record<string, RuleEntry>>[] = [],
): ActiveRule[] {
  const { config, source, base } = loaded
  const layers: { rules: Readonly<Record<string, RuleEntry>>; at: (string | number)[] }[] = [{ rules: config.rules, at: ['rules'] }]
  if (filePath !== undefined) {
    const relative = path.relative(base, path.resolve(filePath)).split(path.sep).join('/')
    config.overrides.forEach((o, i) => {
      const globs = Array.isArray(o.files) ? o.files : [o.files]
      if (picomatch(globs, { dot: true, basename: !globs.some((g) => g.includes('/')) })(relative)) {
        layers.push({ rules: o.rules, at: ['overrides', i, 'rules'] })
      }
    })
  }
  for (const rules of extra) layers.push({ rules, at: ['rules'] })

  const active: ActiveRule[] = []
  for (const rule of registry) {
    let severity: Severity = inPreset(rule, config) ? rule.meta.severity : 'off'
    let options: Readonly<Record<string, unknown>> | undefined
    for (const layer of layers) {
      const entry = layer.rules[rule.meta.id]
      if (entry === undefined) continue
      const explicit = severityOf(entry)
      severity = explicit ?? (severity === 'off' ? rule.meta.severity : severity)
      options = optionsFor(rule, entry, [...layer.at, rule.meta.id], source) ?? options
    }
    if (severity === 'off') continue
    active.push({ rule, severity, options: options ?? rule.parseOptions({}) })
  }
  return active
}

/** Validates an inline configuration given to the API. */
export function inlineConfig(input: ConfigInput | undefined, registry: readonly Rule[], base = process.cwd()): LoadedConfig {
  return validateConfig(input ?? {}, '<options>', base, registry)
}
