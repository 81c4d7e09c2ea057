// createLinter: the one linter behind the API, the CLI, the service and the retext plugin.
import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { ConfigError, createLinter, defineRule, fix, lint, lintFile } from '../../src/index.js'
import { gnuRule, zebraRule } from '../fixtures/test-rules.js'

/** A rule whose options count how often they are parsed. */
function countingRule() {
  const counter = { parses: 0 }
  const rule = defineRule(
    {
      id: 'counted-word',
      category: 'style',
      kind: 'mechanical',
      severity: 'warning',
      description: 'Flag a word, counting option parses',
      rationale: 'Test rule.',
      fix: 'none',
      messages: { found: 'Unexpected `{actual}`' },
      options: z.strictObject({
        word: z
          .string()
          .default('gnu')
          .transform((value) => {
            counter.parses++
            return value
          })
          .describe('Word to flag'),
      }),
      examples: { invalid: [], valid: [] },
    },
    ({ story, options, report }) => {
      for (const w of story.words) if (w.text === options.word) report('found', w)
    },
  )
  return { rule, counter }
}

describe('createLinter', () => {
  test('parses each rule setting once per configuration and override, however many stories it lints', () => {
    const { rule, counter } = countingRule()
    const linter = createLinter({
      plugins: [rule],
      config: {
        preset: 'none',
        rules: { 'counted-word': { word: 'gnu' } },
        overrides: [{ files: 'desk/**', rules: { 'counted-word': { word: 'yak' } } }],
      },
    })
    const afterCreate = counter.parses
    expect(afterCreate).toBe(2)
    for (let i = 0; i < 5; i++) {
      expect(linter.lint('A gnu and a yak.', 'other/story.txt').map((d) => d.actual)).toEqual(['gnu'])
      expect(linter.lint('A gnu and a yak.', 'desk/story.txt').map((d) => d.actual)).toEqual(['yak'])
    }
    expect(counter.parses).toBe(afterCreate)
    expect(linter.rulesFor('desk/a.txt')).toBe(linter.rulesFor('desk/b.txt'))
  })

  test('a rule no layer configures gets its default options, parsed once per override set', () => {
    const { rule, counter } = countingRule()
    const linter = createLinter({ plugins: [rule], config: { preset: 'none', rules: { 'counted-word': 'warn' } } })
    for (let i = 0; i < 4; i++) linter.lint('A gnu.')
    expect(counter.parses).toBe(1)
  })

  test('lints, lints to vfile messages and fixes with the same findings', () => {
    const linter = createLinter({ plugins: [zebraRule, gnuRule], config: { preset: 'none', rules: { 'zebra-word': 'warning', 'gnu-word': 'error' } } })
    const text = 'A gnu met a zebra.'
    const diagnostics = linter.lint(text)
    const messages = linter.lintMessages(text)
    expect(messages.map((m) => [m.ruleId, m.actual, m.fatal])).toEqual(diagnostics.map((d) => [d.ruleId, d.actual, d.severity === 'error']))
    expect(linter.fix(text).output).toBe('A gnu met a horse.')
  })

  test('a plugin may not take a built-in rule id', () => {
    const impostor = { ...zebraRule, meta: { ...zebraRule.meta, id: 'repeated-words' } }
    expect(() => createLinter({ plugins: [impostor] })).toThrow('Unexpected plugin `repeated-words`, a rule with that id exists')
  })
})

describe('API input checks', () => {
  test('an unknown rule id in `rules` is the located error a config file gets', async () => {
    await expect(lint('Text.', { rules: { 'no-such-rule': 'error' } })).rejects.toThrow(ConfigError)
    await expect(lint('Text.', { rules: { 'no-such-rule': 'error' } })).rejects.toThrow(
      '<options>: rules.no-such-rule: Unknown rule `no-such-rule`, see `wirelint --list-rules`',
    )
    await expect(fix('Text.', { rules: { repeatedwords: 'error' } })).rejects.toThrow('did you mean `repeated-words`?')
  })

  test('a bad severity in `rules` is rejected, never read as info', async () => {
    const bad = { rules: { 'repeated-words': 'loud' } } as unknown as Parameters<typeof lint>[1]
    await expect(lint('The the port.', bad)).rejects.toThrow(/^<options>: rules\.repeated-words: Unexpected value `"loud"`/u)
  })

  test('bad options in `rules` are located like a config file', async () => {
    const bad = { rules: { 'number-grouping': ['error', { allowIndian: 'yes' }] } } as unknown as Parameters<typeof lint>[1]
    await expect(lint('Text.', bad)).rejects.toThrow('<options>: rules.number-grouping.1.allowIndian: Unexpected value `"yes"`, expected `boolean`')
  })

  test('`warn` is an alias of `warning` in options, configs and overrides', async () => {
    const viaRules = await lint('They saw the the port.', { config: { preset: 'none' }, rules: { 'repeated-words': 'warn' } })
    expect(viaRules.diagnostics.map((d) => d.severity)).toEqual(['warning'])
    const viaConfig = await lint('They saw the the port.', { config: { preset: 'none', rules: { 'repeated-words': ['warn', {}] } } })
    expect(viaConfig.diagnostics.map((d) => d.severity)).toEqual(['warning'])
    const viaOverride = await lint('They saw the the port.', {
      filePath: 'desk/a.txt',
      config: { preset: 'none', overrides: [{ files: 'desk/**', rules: { 'repeated-words': 'warn' } }] },
    })
    expect(viaOverride.diagnostics.map((d) => d.severity)).toEqual(['warning'])
  })

  test('a missing or wrong text is a TypeError naming the argument', async () => {
    const untyped = lint as (text: unknown, options?: unknown) => Promise<unknown>
    await expect(untyped(undefined)).rejects.toThrow(TypeError)
    await expect(untyped(undefined)).rejects.toThrow('lint: Unexpected `text` of type undefined, expected a string')
    await expect(untyped(42)).rejects.toThrow('lint: Unexpected `text` of type number, expected a string')
    await expect(untyped('Text.', null)).rejects.toThrow('lint: Unexpected `options` of type null, expected an object')
    await expect((fix as (text: unknown) => Promise<unknown>)(null)).rejects.toThrow('fix: Unexpected `text` of type null, expected a string')
    await expect((lintFile as (file: unknown) => Promise<unknown>)(undefined)).rejects.toThrow('lintFile: Unexpected `filePath` of type undefined')
    expect(() => createLinter().lint(undefined as unknown as string)).toThrow('Unexpected `text` of type undefined, expected a string')
  })
})
