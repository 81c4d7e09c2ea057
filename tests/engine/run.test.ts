import { describe, expect, test } from 'vitest'
import { fix, lint, RuleCrashError } from '../../src/index.js'
import { crashingRule, gnuRule, tieredRule, zebraRule } from '../fixtures/test-rules.js'

const plugins = [zebraRule, gnuRule]
const only = (extra: Record<string, unknown> = {}) => ({ config: { preset: 'none' as const, rules: { 'zebra-word': 'warning' as const, 'gnu-word': 'error' as const, ...extra } }, plugins })

describe('lint', () => {
  test('returns plain, sorted diagnostics in the public shape', async () => {
    const text = 'A gnu met a zebra.'
    const { diagnostics } = await lint(text, only())
    expect(diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'gnu-word', severity: 'error', message: 'Unexpected `gnu`', line: 1, column: 3, endLine: 1, endColumn: 6, offset: 2, endOffset: 5, actual: 'gnu', expected: [] }),
      expect.objectContaining({ ruleId: 'zebra-word', severity: 'warning', offset: 12, endOffset: 17, actual: 'zebra', expected: ['horse'] }),
    ])
    expect(JSON.parse(JSON.stringify(diagnostics))).toEqual(diagnostics)
    for (const key of ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset', 'actual', 'expected', 'url']) {
      expect(diagnostics[0]).toHaveProperty(key)
    }
  })

  test('style findings inside direct quotations are dropped; mechanical ones are kept', async () => {
    const { diagnostics } = await lint('"The zebra and the gnu," he said of the zebra.', only())
    expect(diagnostics.map((d) => `${d.ruleId}@${d.offset}`)).toEqual(['gnu-word@19', 'zebra-word@40'])
  })

  test('a finding may lower its severity (a tentative tier), never raise it', async () => {
    const lintAt = async (severity: 'warning' | 'error' | 'info') =>
      (await lint('Maybe, surely.', { config: { preset: 'none', rules: { 'tiered-word': severity } }, plugins: [tieredRule] })).diagnostics.map((d) => `${d.actual}:${d.severity}`)
    expect(await lintAt('warning')).toEqual(['Maybe:info', 'surely:warning'])
    expect(await lintAt('error')).toEqual(['Maybe:info', 'surely:error'])
    expect(await lintAt('info')).toEqual(['Maybe:info', 'surely:info'])
  })

  test('a leading BOM is not counted in positions', async () => {
    const { diagnostics } = await lint('\ufeffA zebra.', only())
    expect(diagnostics[0]).toMatchObject({ offset: 2, column: 3, actual: 'zebra' })
  })

  test('phrases split by a hard wrap still match, with positions on both lines', async () => {
    const { diagnostics } = await lint('Near the zebra\ncrossing today.', only({ 'zebra-word': 'warning' }))
    const crossing = diagnostics.find((d) => d.actual.includes('crossing'))
    expect(crossing).toMatchObject({ line: 1, column: 10, endLine: 2, endColumn: 9, actual: 'zebra\ncrossing' })
  })

  test('the allow option drops findings overlapping an allowed phrase, case-insensitively', async () => {
    const text = 'The Zebra Crossing Inn stands near a zebra.'
    const { diagnostics } = await lint(text, only({ 'zebra-word': ['warning', { allow: ['zebra crossing inn'] }] }))
    expect(diagnostics.map((d) => d.offset)).toEqual([37])
  })

  test('rule options reach the rule, validated and defaulted', async () => {
    const { diagnostics } = await lint('A zebra.', only({ 'zebra-word': { replacement: 'pony' } }))
    expect(diagnostics[0]?.expected).toEqual(['pony'])
  })

  test('a crashing rule raises RuleCrashError naming the rule and file', async () => {
    const options = { config: { preset: 'none' as const, rules: { 'crashing-rule': 'error' as const } }, plugins: [crashingRule], filePath: 'desk/a.txt' }
    await expect(lint('Text.', options)).rejects.toThrow(RuleCrashError)
    await expect(lint('Text.', options)).rejects.toThrow('Rule `crashing-rule` crashed on desk/a.txt: boom')
  })

  test('rule order does not change the result, and nothing leaks between stories', async () => {
    const text = 'A gnu, a zebra, a gnu.'
    const forward = await lint(text, only())
    const backward = await lint(text, { ...only(), plugins: [gnuRule, zebraRule].reverse() })
    expect(backward).toEqual(forward)
    await lint('zebra zebra zebra', only())
    expect(await lint(text, only())).toEqual(forward)
  })

  test('severity overrides from `rules` (like --rule) apply last', async () => {
    const { diagnostics } = await lint('A zebra.', { ...only(), rules: { 'zebra-word': 'error' } })
    expect(diagnostics[0]?.severity).toBe('error')
    expect((await lint('A zebra.', { ...only(), rules: { 'zebra-word': 'off' } })).diagnostics).toEqual([])
  })
})

describe('fix', () => {
  test('applies safe fixes until stable and reports them; keeps a BOM', async () => {
    const result = await fix('\ufeffA zebra and a gnu.', only())
    expect(result.output).toBe('\ufeffA horse and a gnu.')
    expect(result.applied.map((d) => d.actual)).toEqual(['zebra'])
  })

  test('never applies overlapping edits in one pass', async () => {
    const result = await fix('The zebra crossing.', only())
    expect(result.output).toBe('The horse crossing.')
  })
})

test('allow phrases with regex metacharacters and hyphens are matched literally', async () => {
  const { allowedSpans } = await import('../../src/engine/run.js')
  expect(allowedSpans({ flat: 'A well-known (zebra) crossing, a.k.a. Z+.' }, ['well-known', '(zebra)', 'a.k.a.', 'Z+'])).toEqual([
    { start: 2, end: 12 },
    { start: 13, end: 20 },
    { start: 31, end: 37 },
    { start: 38, end: 40 },
  ])
})
