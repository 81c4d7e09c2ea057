// The registry (rules/index.ts) and the rule modules on disk name the same rules: a module left out
// of the registry, or a registered rule whose id is not its path, fails here.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, test } from 'vitest'
import { rules } from '../rules/index.js'
import type { Rule } from '../src/rule/types.js'

const rulesDir = path.resolve(import.meta.dirname, '../rules')

/** Rule module ids on disk: rules/*.ts and rules/style/*.ts by path (not index.ts, not lib/). */
const moduleIds = ['', 'style/']
  .flatMap((sub) =>
    readdirSync(path.join(rulesDir, sub), { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
      .map((e) => `${sub}${e.name.slice(0, -'.ts'.length)}`),
  )
  .filter((id) => id !== 'index')
  .sort()

test('the scan finds the rule modules', () => {
  expect(moduleIds).toContain('number-grouping')
  expect(moduleIds).toContain('style/ap-dash')
})

test('every rule module on disk is registered, and every registered rule has its module', () => {
  expect(rules.map((r) => r.meta.id).sort()).toEqual(moduleIds)
})

test.each(moduleIds)('rules/%s.ts default-exports the registered rule whose id is its path', async (id) => {
  const module = (await import(pathToFileURL(path.join(rulesDir, `${id}.ts`)).href)) as { default?: Rule }
  expect(module.default?.meta.id).toBe(id)
  expect(rules.find((r) => r.meta.id === id)).toBe(module.default)
})
