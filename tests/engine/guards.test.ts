// Guards that nothing else exercises: each test here fails when its guard is deleted.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { ConcurrentChangeError, writeFixed } from '../../src/cli/write.js'
import type { Diagnostic } from '../../src/index.js'
import { applyFixes, fixUntilStable } from '../../src/engine/fix.js'
import { defineRule, lint } from '../../src/index.js'

describe('de-duplication (sortDiagnostics): a finding reported twice is one diagnostic', () => {
  /** A third-party rule that reports each `Ltd` twice with the same message, and once with another. */
  const twice = defineRule(
    {
      id: 'ltd-twice',
      category: 'style',
      kind: 'mechanical',
      severity: 'warning',
      description: 'Flag `Ltd`, twice over',
      rationale: 'A rule pack may reach the same finding by two paths.',
      fix: 'none',
      messages: { doubled: 'Unexpected `{actual}`, reported twice', other: 'Unexpected `{actual}`, another finding' },
      options: z.strictObject({}),
      examples: {
        invalid: [{ text: 'Acme Ltd said so.', diagnostics: ['1:6-1:9 other Unexpected `Ltd`, another finding', '1:6-1:9 doubled Unexpected `Ltd`, reported twice'] }],
        valid: ['Acme said so.'],
      },
    },
    ({ story, report }) => {
      for (const word of story.words) {
        if (word.text !== 'Ltd') continue
        report('doubled', word)
        report('doubled', word)
        report('other', word)
      }
    },
  )

  test('same rule, span and message: one diagnostic; a different message on the same span is kept', async () => {
    const { diagnostics } = await lint('Acme Ltd said so, and Beta Ltd agreed.', { plugins: [twice], config: { rules: { 'ltd-twice': 'warning' } } })
    expect(diagnostics.map((d) => `${d.offset}-${d.endOffset} ${d.ruleId} ${d.message}`)).toEqual([
      '5-8 ltd-twice Unexpected `Ltd`, another finding',
      '5-8 ltd-twice Unexpected `Ltd`, reported twice',
      '27-30 ltd-twice Unexpected `Ltd`, another finding',
      '27-30 ltd-twice Unexpected `Ltd`, reported twice',
    ])
  })
})

/** A diagnostic proposing `expected` for `[offset, endOffset)`, which held `actual` when it was found. */
function edit(offset: number, actual: string, expected: string): Diagnostic {
  const endOffset = offset + actual.length
  return {
    ruleId: 'repeated-words',
    severity: 'warning',
    message: `Unexpected repeated word \`${actual}\``,
    line: 1,
    column: offset + 1,
    endLine: 1,
    endColumn: endOffset + 1,
    offset,
    endOffset,
    actual,
    expected: [expected],
    url: '',
    source: 'wirelint',
    messageId: 'repeated',
    note: '',
  }
}

describe('stale-edit guard (applyFixes): an edit whose `actual` is no longer in the text is skipped', () => {
  test('a finding from an earlier version of the text is not applied; a current one is', () => {
    const before = 'They said the the talks, and and more.'
    const stale = edit(before.indexOf('the the'), 'the the', 'the')
    // Since it was linted, someone wrote `that` for the first `the`: the same place now holds other text.
    const text = 'They said that the talks, and and more.'
    const current = edit(text.indexOf('and and'), 'and and', 'and')
    expect(applyFixes(text, [stale, current])).toEqual({ output: 'They said that the talks, and more.', applied: [current] })
  })

  test('fixing until stable with a linter that returns stale findings stops instead of editing twice', () => {
    const text = 'Officials said the the talks would resume.'
    const found = [edit(text.indexOf('the the'), 'the the', 'the')]
    // The second pass gets the first pass's finding again, at offsets that now hold `the tal`.
    const { output, applied } = fixUntilStable(text, () => found)
    expect(output).toBe('Officials said the talks would resume.')
    expect(applied).toEqual(found)
  })
})

describe('concurrent-change guard (writeFixed): a file changed since it was read is left alone', () => {
  function story(content: string): { file: string; read: Buffer } {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'wirelint-guard-')), 'story.txt')
    writeFileSync(file, content)
    return { file, read: readFileSync(file) }
  }

  test('unchanged since read: the fix is written', async () => {
    const { file, read } = story('They said the the talks.\n')
    await writeFixed(file, read, 'They said the talks.\n')
    expect(readFileSync(file, 'utf8')).toBe('They said the talks.\n')
  })

  test('changed since read, even to the same length: refused with ConcurrentChangeError, the edit kept', async () => {
    const { file, read } = story('They said the the talks.\n')
    writeFileSync(file, 'They said THE the talks.\n')
    await expect(writeFixed(file, read, 'They said the talks.\n')).rejects.toThrow(ConcurrentChangeError)
    expect(readFileSync(file, 'utf8')).toBe('They said THE the talks.\n')
  })
})
