import { z } from 'zod'

/** A rule's severity in configuration; `warn` is accepted as an alias of `warning` (as ESLint users type it). */
export const severitySchema = z
  .enum(['off', 'info', 'warning', 'warn', 'error'])
  .transform((value): 'off' | 'info' | 'warning' | 'error' => (value === 'warn' ? 'warning' : value))

/** A rule setting: a severity, `[severity, options]`, or an options object (default severity). */
export const ruleEntrySchema = z.union([
  severitySchema,
  z.tuple([severitySchema, z.record(z.string(), z.unknown())]),
  z.record(z.string(), z.unknown()),
])

/** Per-rule settings keyed by rule id. */
export const rulesSchema = z.record(z.string(), ruleEntrySchema)

/** The configuration file's shape (`.wirelintrc.json`, `.wirelintrc.yaml`, package.json `wirelint`). */
export const configSchema = z.strictObject({
  $schema: z.string().optional().describe('JSON schema URL, ignored'),
  preset: z
    .enum(['recommended', 'all', 'none'])
    .default('recommended')
    .describe('Starting rule set: `recommended` (default), `all` rules, or `none`'),
  style: z
    .enum(['none', 'ap', 'reuters'])
    .default('none')
    .describe('House style preset: turns on the `style/<style>-*` rules'),
  rules: rulesSchema.default({}).describe('Per-rule severity and options'),
  overrides: z
    .array(
      z.strictObject({
        files: z.union([z.string(), z.array(z.string()).min(1)]).describe('Globs relative to the config file'),
        rules: rulesSchema.default({}),
      }),
    )
    .default([])
    .describe('Rule settings for the files matching a glob, applied in order'),
  ignorePatterns: z.array(z.string()).default([]).describe('Globs of files never to lint (like .wirelintignore)'),
})

/** A configuration as written by a user. */
export type ConfigInput = z.input<typeof configSchema>
/** A validated configuration with defaults filled in. */
export type Config = z.output<typeof configSchema>
/** One rule entry as written (`warn` allowed). */
export type RuleEntry = z.input<typeof ruleEntrySchema>
/** One rule entry once validated (`warn` read as `warning`). */
export type ParsedRuleEntry = z.output<typeof ruleEntrySchema>
