import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { applyFixes } from '../../src/engine/fix.js'
import { fix, lint } from '../../src/index.js'

// Every rule on, the AP style rules too; the Reuters ones run in the second pass below.
const config = { preset: 'all' as const, style: 'ap' as const }
const reuters = { preset: 'all' as const, style: 'reuters' as const }

// Fragments that trigger the rules, mixed with hostile Unicode, so the properties exercise
// every rule's reporting path and not only clean text.
const fragments = [
  'the the ', '4,70,000 ', 'Rs 500 crore ', '"', '“', '”', "''", ' .', ', reported Ann Lee.', 'said.The ',
  'Give Feedback\n', 'Representative Image . Image Credit: ANI\n', '  • Country:\n', '(OTG) ', 'Organization of Turkic States ',
  '\n\n', '\n', '\r\n', '\r', '\t', '  ', '\u200f', '\u0301', '😀', '\ud800', '\udfff', '\u0000', '\u001b', '\ufeff', 'ÃƒÂ©',
  '&amp; ', '<br>', 'Mr. ', 'U.S. ', '3.5 ', '1,0000 ', '12,34 ', 'is it not in vain ', 'state of affairs ', 'imaginative and prescient ',
]
// Very long words and lines: a run of one unit repeated hundreds or thousands of times.
const longRun = fc
  .tuple(fc.constantFrom('a', 'Ab', '1,', '"', 'the ', '\u0301', '😀', '.', ' '), fc.integer({ min: 200, max: 3000 }))
  .map(([unit, times]) => unit.repeat(times))
const story = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...fragments), weight: 6 },
      { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 3 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 2 },
      { arbitrary: longRun, weight: 1 },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''))

function lineColumn(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset)
  const lines = before.split(/\r\n|\r|\n/u)
  return [lines.length, (lines[lines.length - 1]?.length ?? 0) + 1]
}

describe('engine invariants over hostile text', () => {
  test('never throws; spans are in range, slice to `actual`, agree with line/column; sorted; deterministic', async () => {
    await fc.assert(
      fc.asyncProperty(story, async (text) => {
        const { diagnostics } = await lint(text, { config })
        const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
        let previous = -1
        for (const d of diagnostics) {
          expect(0 <= d.offset && d.offset <= d.endOffset && d.endOffset <= body.length).toBe(true)
          expect(body.slice(d.offset, d.endOffset)).toBe(d.actual)
          expect([d.line, d.column]).toEqual(lineColumn(body, d.offset))
          expect([d.endLine, d.endColumn]).toEqual(lineColumn(body, d.endOffset))
          expect(d.offset).toBeGreaterThanOrEqual(previous)
          previous = d.offset
        }
        expect((await lint(text, { config })).diagnostics).toEqual(diagnostics)
        for (const d of (await lint(text, { config: reuters })).diagnostics) expect(body.slice(d.offset, d.endOffset)).toBe(d.actual)
      }),
      { numRuns: 150, seed: 20261125 },
    )
  })

  test('one fix pass changes only the flagged spans, each to its expected[0]', async () => {
    await fc.assert(
      fc.asyncProperty(story, async (raw) => {
        const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
        const { diagnostics } = await lint(text, { config })
        const { output, applied } = applyFixes(text, diagnostics)
        // Rebuild the output from the untouched text between edits and the edits themselves.
        let rebuilt = ''
        let cursor = 0
        for (const d of applied) {
          expect(d.offset).toBeGreaterThanOrEqual(cursor)
          rebuilt += text.slice(cursor, d.offset) + (d.expected[0] ?? '')
          cursor = d.endOffset
        }
        expect(output).toBe(rebuilt + text.slice(cursor))
        for (const d of applied) expect(text.slice(d.offset, d.endOffset)).toBe(d.actual)
      }),
      { numRuns: 100, seed: 20261125 },
    )
  })

  test('fixing is idempotent and only changes flagged spans', async () => {
    await fc.assert(
      fc.asyncProperty(story, async (text) => {
        const once = await fix(text, { config })
        const twice = await fix(once.output, { config })
        expect(twice.output).toBe(once.output)
        const reutersOnce = await fix(text, { config: reuters })
        expect((await fix(reutersOnce.output, { config: reuters })).output).toBe(reutersOnce.output)
        if (once.applied.length === 0) expect(once.output).toBe(text)
      }),
      { numRuns: 100, seed: 20261125 },
    )
  })
})
