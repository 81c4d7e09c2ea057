import { z } from 'zod'
import type { Check, Rule, RuleMeta } from './types.js'
import { repositoryUrl } from '../version.js'

/** Base URL of the rule docs; `ruleUrl(id)` appends `<id>.md`. */
/** The documentation URL of a rule, in the repository package.json names (offline: `wirelint --explain <rule>`). */
export function ruleUrl(id: string): string {
  return `${repositoryUrl()}/blob/main/rules/${id}.md`
}

/** The option every rule takes: phrases it never flags. */
export const allowOption = z
  .array(z.string().min(1))
  .default([])
  .describe('Phrases this rule never flags (a finding overlapping one is dropped; case-insensitive)')

type Options<Schema extends z.ZodObject> = z.output<Schema> & { readonly allow: readonly string[] }

/** A rule's metadata and its check in one object (the shape STYLE.md shows). */
export type RuleDefinition<Schema extends z.ZodObject, MessageId extends string> = RuleMeta<Schema, MessageId> & {
  readonly check: Check<Options<Schema>, MessageId>
}

/**
 * Defines a rule: `{ meta, schema, check }`, where `schema` is the rule's options plus `allow`.
 * The engine's linter validates options once per configuration, builds the story model and fills
 * `ruleId`, `source`, `url`, `note`, severity, positions and `actual` on every report, so no rule
 * forgets them. Takes the metadata and the check, or one object holding both.
 */
export function defineRule<Schema extends z.ZodObject, MessageId extends string>(
  meta: RuleMeta<Schema, MessageId>,
  check: Check<Options<Schema>, MessageId>,
): Rule
export function defineRule<Schema extends z.ZodObject, MessageId extends string>(definition: RuleDefinition<Schema, MessageId>): Rule
export function defineRule<Schema extends z.ZodObject, MessageId extends string>(
  metaOrDefinition: RuleMeta<Schema, MessageId> | RuleDefinition<Schema, MessageId>,
  check?: Check<Options<Schema>, MessageId>,
): Rule {
  let meta: RuleMeta<Schema, MessageId> = metaOrDefinition
  let run = check
  if (run === undefined && 'check' in metaOrDefinition) {
    const { check: own, ...rest } = metaOrDefinition
    meta = rest
    run = own
  }
  if (typeof run !== 'function') throw new TypeError(`Rule \`${meta.id}\`: Unexpected missing \`check\`, expected a function`)
  const schema = meta.options.extend({ allow: allowOption })
  return Object.freeze({
    meta: meta as unknown as RuleMeta,
    schema,
    check: run as unknown as Rule['check'],
  })
}

/** Escapes a string for literal use in a regular expression. */
export function escapeRegExp(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&')
}
