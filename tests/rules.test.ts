import { describe, expect, test } from 'vitest'
import { rules } from '../rules/index.js'
import { describeDiagnostic, fixRule, lintRule } from './helpers.js'

// Every rule's docs examples are its tests: valid gives exactly [], invalid exactly its
// hand-written diagnostics in order, and safe fixes give `output` and are idempotent.
describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (_id, rule) => {
  const { valid, invalid } = rule.meta.examples

  test.each(valid.map((example) => [typeof example === 'string' ? example : example.text, example] as const))(
    'does not fire: %s',
    (text, example) => {
      const options = typeof example === 'string' ? undefined : example.options
      expect(lintRule(rule, text, options).map(describeDiagnostic)).toEqual([])
    },
  )

  test.each(invalid.map((example) => [example.text, example] as const))('fires: %s', (text, example) => {
    expect(lintRule(rule, text, example.options).map(describeDiagnostic)).toEqual(example.diagnostics)
    if (example.output !== undefined) {
      expect(fixRule(rule, text, example.options)).toBe(example.output)
      expect(fixRule(rule, example.output, example.options)).toBe(example.output)
    }
  })
})
