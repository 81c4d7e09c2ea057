import { describe, expect, test } from 'vitest'
import { type Diagnostic, markSubsumed, shown, sortDiagnostics } from '../../src/engine/diagnostic.js'
import { stylish } from '../../src/formatters/stylish.js'
import { fix, lint } from '../../src/index.js'
import { diagnosticAt } from '../formatters/fixtures.js'

// An invented story: a residue line whose own date and spacing are also findings.
const story = [
  'Ferry service resumes on the lake',
  '',
  'PTI | Updated : 14-03-2024 09:40 IST',
  '',
  'Ferries on Lake Varna ran again on Monday after the operator replaced two engines, officials said on 14-03-2024.',
  '',
].join('\n')

describe('one defect, one finding', () => {
  test('findings inside a line a fix deletes point at that finding; the rest do not', async () => {
    const { diagnostics } = await lint(story, { rules: { 'date-format': 'error', 'feed-boilerplate': 'warning', 'punctuation-spacing': 'warning' } })
    const residue = diagnostics.find((d) => d.ruleId === 'feed-boilerplate')
    expect(residue?.expected).toEqual([''])
    expect(residue?.subsumedBy).toBeUndefined()
    const inside = diagnostics.filter((d) => d.line === 3 && d !== residue)
    expect(inside.map((d) => d.ruleId).sort()).toEqual(['date-format', 'punctuation-spacing'])
    for (const d of inside) expect(d.subsumedBy).toEqual({ ruleId: 'feed-boilerplate', line: 3, column: 1, offset: residue?.offset, endOffset: residue?.endOffset })
    // The same date format in the body is its own defect.
    const body = diagnostics.find((d) => d.ruleId === 'date-format' && d.line === 5)
    expect(body?.subsumedBy).toBeUndefined()
    expect(shown(diagnostics).filter((d) => d.line === 3)).toEqual([residue])
  })

  const text = 'Alpha beta gamma delta epsilon zeta eta theta.'
  const del = (start: number, end: number, ruleId = 'feed-boilerplate'): Diagnostic => diagnosticAt(text, start, end, { ruleId, expected: [''] })
  const plain = (start: number, end: number, ruleId = 'date-format'): Diagnostic => diagnosticAt(text, start, end, { ruleId })

  test('nested deletions, twins and neighbours', () => {
    const outer = del(0, 30)
    const nested = del(6, 10, 'wire-code')
    const twinA = del(36, 45, 'duplicate-text')
    const twinB = del(36, 45, 'feed-boilerplate')
    const inside = plain(11, 16)
    const touching = plain(30, 35) // starts where the deletion ends: its own text
    const empty = plain(30, 30) // a missing space right after the deleted text
    const overlapping = plain(25, 35) // reaches past the deletion: not inside it
    const sameSpan = plain(36, 45, 'caption-residue')
    const marked = markSubsumed(sortDiagnostics([outer, nested, twinA, twinB, inside, touching, empty, overlapping, sameSpan]))
    const by = (d: Diagnostic) => marked.find((m) => m.ruleId === d.ruleId && m.offset === d.offset && m.endOffset === d.endOffset)?.subsumedBy?.ruleId
    expect(by(outer)).toBeUndefined()
    expect(by(nested)).toBe('feed-boilerplate')
    expect(by(inside)).toBe('feed-boilerplate')
    expect(by(touching)).toBeUndefined()
    expect(by(empty)).toBeUndefined()
    expect(by(overlapping)).toBeUndefined()
    // Of two deletions of one span the first in sort order (rule id) stays; other findings there go under it.
    expect(by(twinA)).toBeUndefined()
    expect(by(twinB)).toBe('duplicate-text')
    expect(by(sameSpan)).toBe('duplicate-text')
  })

  test('many deletions and findings are marked in one sweep, each against the deletion that covers it', () => {
    const base = diagnosticAt('xxxxx', 0, 5)
    const diagnostics: Diagnostic[] = []
    for (let i = 0; i < 20_000; i += 2) diagnostics.push({ ...base, ruleId: 'feed-boilerplate', expected: [''], offset: i * 10, endOffset: i * 10 + 5 })
    for (let i = 0; i < 20_000; i++) diagnostics.push({ ...base, offset: i * 10 + 1, endOffset: i * 10 + 3, actual: 'xx' })
    const marked = markSubsumed(sortDiagnostics(diagnostics))
    expect(marked.filter((d) => d.subsumedBy).length).toBe(10_000)
    expect(marked.filter((d) => d.subsumedBy).every((d) => Math.floor(d.offset / 20) * 20 === d.subsumedBy?.offset)).toBe(true)
  })

  test('stylish lists only what a reader must act on and counts the rest', () => {
    const outer = del(0, 30)
    const inside = { ...plain(11, 16), severity: 'error' as const, subsumedBy: { ruleId: 'feed-boilerplate', line: 1, column: 1, offset: 0, endOffset: 30 } }
    const out = stylish([{ file: 'a.txt', diagnostics: [outer, inside] }], { rules: [], color: false, cwd: '/' })
    expect(out).not.toContain('date-format')
    expect(out).toContain('1 problem (0 errors, 1 warning)')
    expect(out).toContain('1 more finding lies inside text that a fix above deletes')
  })

  test('a summary finding of a rule stands for its other findings: one mis-decoded file is said once, each place still fixed', async () => {
    const misread = 'Itâ€™s the mayorâ€™s plan, sheâ€™s sure.\n\nThe cityâ€™s budget wonâ€™t change, and the clubâ€™s chief agrees.\n'
    const { diagnostics } = await lint(misread, { config: { preset: 'none', rules: { mojibake: 'error' } } })
    const [summary, ...rest] = shown(diagnostics)
    expect(rest).toEqual([])
    expect(summary).toMatchObject({ messageId: 'encoding', line: 1, column: 3, expected: [] })
    expect(summary?.message).toContain('6 places')
    expect(summary?.message).toContain('windows-1252')
    const places = diagnostics.filter((d) => d !== summary)
    expect(places).toHaveLength(6)
    for (const d of places) expect(d.subsumedBy).toMatchObject({ ruleId: 'mojibake', line: 1, column: 3 })
    const repaired = await fix(misread, { config: { preset: 'none', rules: { mojibake: 'error' } } })
    expect(repaired.output).not.toContain('â€')
  })
})
