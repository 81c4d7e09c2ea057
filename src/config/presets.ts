// The built-in rule registry reaches the engine through here: src/config is its only importer.
import { rules } from '../../rules/index.js'
import type { Rule, Severity } from '../rule/types.js'

/** Every built-in rule, sorted by id. */
export const builtInRules: readonly Rule[] = rules

/** Rule severities of the presets, derived from rule metadata (house-style rules come with `style`). */
export const presets: Readonly<Record<'recommended' | 'all', Readonly<Record<string, Severity>>>> = {
  recommended: Object.fromEntries(
    rules.filter((r) => !r.meta.id.startsWith('style/')).map((r) => [r.meta.id, r.meta.recommended === false ? 'off' : r.meta.severity]),
  ),
  all: Object.fromEntries(rules.filter((r) => !r.meta.id.startsWith('style/')).map((r) => [r.meta.id, r.meta.severity])),
}

/** The built-in rules plus third-party ones, sorted by id; a plugin may not reuse a built-in id. */
export function registryWith(plugins: readonly Rule[] | undefined): readonly Rule[] {
  if (!plugins?.length) return rules
  const ids = new Set(rules.map((r) => r.meta.id))
  for (const plugin of plugins) {
    if (typeof plugin?.check !== 'function' || typeof plugin.meta?.id !== 'string') {
      throw new TypeError('Unexpected plugin, expected a rule made with `defineRule` (`{ meta, schema, check }`)')
    }
    if (ids.has(plugin.meta.id)) throw new TypeError(`Unexpected plugin \`${plugin.meta.id}\`, a rule with that id exists`)
    ids.add(plugin.meta.id)
  }
  return [...rules, ...plugins].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0))
}
