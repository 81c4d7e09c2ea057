// The editor page's form, read and rendered without a server (the HTTP round trips are in
// serve.test.ts, the page in a browser in tests/browser).
import { describe, expect, test } from 'vitest'
import { editorPage, parsePageForm } from '../../src/server/page.js'
import { rules } from '../../rules/index.js'
import { diagnosticAt } from '../formatters/fixtures.js'

const form = (fields: [string, string][]) => parsePageForm(new URLSearchParams(fields).toString())

describe('parsePageForm', () => {
  test.each([
    ['a plain check', [['text', 'a\r\nb']], { action: 'check', text: 'a\nb' }],
    ['Apply safe fixes', [['text', 'a'], ['op', 'fix']], { action: 'fix', text: 'a' }],
    ['an unknown op is a check', [['text', 'a'], ['op', 'delete']], { action: 'check' }],
    ['Undo takes the text before the fixes', [['text', 'fixed'], ['previous', 'before\r\nfix'], ['op', 'undo']], { action: 'undo', text: 'before\nfix' }],
    ['Accept fix names the finding', [['text', 'a'], ['accept', '15 22 repeated-words']], { action: 'accept', target: { offset: 15, endOffset: 22, ruleId: 'repeated-words' } }],
    ['a malformed Accept is a check', [['text', 'a'], ['accept', '15 x repeated-words']], { action: 'check', target: undefined }],
  ] as const)('%s', (_name, fields, expected) => {
    expect(form(fields.map(([k, v]) => [k, v]))).toMatchObject(expected)
  })

  test('Ignore toggles one key among those the form keeps', () => {
    const kept: [string, string][] = [['ignored', 'repeated-words the the'], ['ignored', 'lakh-crore Rs 5 crore']]
    expect([...form([...kept, ['ignore', 'number-grouping 4,70,000']]).ignored]).toEqual(['repeated-words the the', 'lakh-crore Rs 5 crore', 'number-grouping 4,70,000'])
    expect([...form([...kept, ['ignore', 'repeated-words the the']]).ignored]).toEqual(['lakh-crore Rs 5 crore'])
  })

  test('the filters are read only when the form had the toolbar, and unticked severities stay off', () => {
    expect(form([['text', 'a']]).filters).toBeUndefined()
    const filters = form([['text', 'a'], ['filters', '1'], ['rule', 'number-grouping'], ['severity', 'error'], ['severity', 'bogus']]).filters
    expect([filters?.rule, [...(filters?.severities ?? [])]]).toEqual(['number-grouping', ['error']])
  })
})

describe('editorPage', () => {
  const text = 'They said the the talks, which cost 4,70,000, would go on.'
  const doubled = text.indexOf('the the')
  const number = text.indexOf('4,70,000')
  const diagnostics = [
    diagnosticAt(text, doubled, doubled + 7, { severity: 'error', expected: ['the'] }),
    diagnosticAt(text, number, number + 8, { ruleId: 'number-grouping', expected: ['470,000'] }),
  ]

  test('shows the story once: in the folded text box and, highlighted, outside it', () => {
    const page = editorPage(rules, { text, diagnostics })
    expect(page).toContain(`<details class="edit"><summary>Edit the story</summary>\n<textarea id="text" name="text" spellcheck="false" aria-label="Story">${text}</textarea>`)
    expect(page.split('They said').length - 1).toBe(2)
  })

  test('each finding with a safe fix has Accept fix; each has Ignore; ignored ones are marked and not counted as fixable', () => {
    const page = editorPage(rules, { text, diagnostics, ignored: new Set(['number-grouping 4,70,000']) })
    expect([...page.matchAll(/name="accept" value="([^"]+)"/gu)].map((m) => m[1])).toEqual([`${doubled} ${doubled + 7} repeated-words`, `${number} ${number + 8} number-grouping`])
    expect([...page.matchAll(/name="ignore" value="([^"]+)" aria-pressed="(\w+)"/gu)].map((m) => `${m[1]}=${m[2]}`)).toEqual(['repeated-words the the=false', 'number-grouping 4,70,000=true'])
    expect(page).toContain('<input type="hidden" name="ignored" value="number-grouping 4,70,000">')
    expect(page).toMatch(/<li class="note sev-warning ignored" id="s1-n2"/u)
    expect(page).toContain('Apply safe fixes (1)</button>')
  })

  test('leaves out a finding inside text another finding\'s fix deletes, also from the verdict', () => {
    const inside = diagnosticAt(text, number, number + 8, { ruleId: 'number-grouping', severity: 'error', subsumedBy: { ruleId: 'repeated-words', line: 1, column: 1, offset: 0, endOffset: text.length } })
    const page = editorPage(rules, { text, diagnostics: [diagnostics[0] ?? inside, inside] })
    expect([...page.matchAll(/data-rule="([^"]+)"/gu)].map((m) => m[1])).toEqual(['repeated-words'])
    expect(page).toContain('<strong>Not publishable:</strong> 1 error to fix first.')
  })

  test('keeps the filters chosen, and the text before a fix for Undo', () => {
    const page = editorPage(rules, { text, diagnostics, filters: { rule: 'number-grouping', severities: new Set(['warning']) }, change: { action: 'fix', applied: diagnostics.slice(0, 1), previous: 'They said the the the talks' } })
    expect(page).toContain('<option value="number-grouping" selected>')
    expect([...page.matchAll(/name="severity" value="(\w+)"( checked)?/gu)].map((m) => `${m[1]}${m[2] ?? ''}`)).toEqual(['error', 'warning checked', 'info'])
    expect(page).toContain('<input type="hidden" name="previous" value="They said the the the talks">')
    expect(page).toContain('Applied 1 safe fix;')
  })
})
