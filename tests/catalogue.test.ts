import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { rules } from '../rules/index.js'
import { renderRuleDoc, spliceRuleTable } from '../src/catalogue.js'
import * as api from '../src/index.js'
import { ruleUrl } from '../src/rule/define-rule.js'
import { categories } from '../src/rule/types.js'
import { describeDiagnostic, lintRule } from './helpers.js'

const ids = rules.map((r) => r.meta.id)

test('the registry is sorted by id, without duplicates', () => {
  expect(ids).toEqual([...new Set(ids)].sort())
})

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s metadata', (id, rule) => {
  const { meta } = rule

  test('id is kebab-case and equals its module path', () => {
    expect(id).toMatch(/^(style\/)?[a-z0-9]+(-[a-z0-9]+)*$/u)
    expect(readFileSync(new URL(`../rules/${id}.ts`, import.meta.url), 'utf8')).toContain(`'${id}'`)
  })

  test('description is one line without a trailing period; category is known', () => {
    expect(meta.description).not.toMatch(/\n|\.$/u)
    expect(meta.description.length).toBeGreaterThan(10)
    expect(categories).toContain(meta.category)
  })

  test('has at least one valid and one invalid example; safe rules show their output', () => {
    expect(meta.examples.valid.length).toBeGreaterThan(0)
    expect(meta.examples.invalid.length).toBeGreaterThan(0)
    if (meta.fix === 'safe') expect(meta.examples.invalid.some((e) => e.output !== undefined)).toBe(true)
  })

  test('messages follow the grammar: one sentence, no trailing period, starting `Unexpected`', () => {
    for (const template of Object.values<string>(meta.messages)) {
      expect(template).toMatch(/^Unexpected /u)
      expect(template).not.toMatch(/\.$/u)
    }
  })

  test('every message id is exercised by an example', () => {
    const used = new Set(meta.examples.invalid.flatMap((e) => e.diagnostics.map((d) => d.split(' ')[1])))
    expect([...used].sort()).toEqual(Object.keys(meta.messages).sort())
  })

  test('diagnostics carry the url, source and note', () => {
    const example = meta.examples.invalid[0]
    if (!example) throw new Error('no invalid example')
    const diagnostics = lintRule(rule, example.text, example.options)
    expect(diagnostics.length).toBeGreaterThan(0)
    for (const d of diagnostics) {
      expect(d.url).toBe(ruleUrl(id))
      expect(d.source).toBe('wirelint')
      expect(d.note).toBe(meta.rationale)
      expect(d.ruleId).toBe(id)
      expect(d.severity).toBe(meta.severity)
      if (meta.fix !== 'safe') expect(d.expected).toEqual([])
    }
    expect(diagnostics.map(describeDiagnostic)).toEqual(example.diagnostics)
  })

  test('every option has a default and a description', () => {
    const shape = rule.schema.shape as Record<string, { description?: string; _zod: { def: { type: string } } }>
    for (const [name, option] of Object.entries(shape)) {
      expect(option._zod.def.type, `${id}.${name} needs .default()`).toBe('default')
      expect(option.description, `${id}.${name} needs .describe()`).toBeTruthy()
    }
  })

  test('its generated doc is current (run `npm run docs`)', () => {
    expect(readFileSync(new URL(`../rules/${id}.md`, import.meta.url), 'utf8')).toBe(renderRuleDoc(rule))
  })
})

test('the README rule table is current (run `npm run docs`)', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  expect(spliceRuleTable(readme, rules)).toBe(readme)
})

test('public export names are pinned', () => {
  expect(Object.keys(api).sort()).toEqual(
    ['ConfigError', 'FormatError', 'InputError', 'RuleCrashError', 'createLinter', 'createTemplateIndex', 'defineRule', 'fix', 'formatters', 'inputFormats', 'lint', 'lintFile', 'lintMany', 'presets', 'ruleUrl', 'rules', 'wrapPlugin'].sort(),
  )
})

test('presets derive from metadata: recommended leaves out rules marked recommended: false', () => {
  for (const rule of rules) {
    if (rule.meta.id.startsWith('style/')) continue
    expect(api.presets.all[rule.meta.id]).toBe(rule.meta.severity)
    expect(api.presets.recommended[rule.meta.id]).toBe(rule.meta.recommended === false ? 'off' : rule.meta.severity)
  }
})
