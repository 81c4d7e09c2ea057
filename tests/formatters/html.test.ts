import { createHash } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import type { Diagnostic } from '../../src/engine/diagnostic.js'
import { escapeHtml, html, renderStory, renderToolbar, segmentText } from '../../src/formatters/html.js'
import { pageScript } from '../../src/formatters/html-script.js'
import { rules } from '../../rules/index.js'
import { diagnosticAt, storyResults } from './fixtures.js'

const context = { rules, color: false, cwd: '/desk' }

/** Segments as `start-end:covering|related` for compact expectations. */
function describeSegments(length: number, spans: { start: number; end: number }[], related: ({ start: number; end: number } | undefined)[] = []): string[] {
  return segmentText(length, spans, related).map((s) => `${s.start}-${s.end}:${s.covering.join(',')}|${s.related.join(',')}`)
}

describe('segmentText', () => {
  test('plain text is one uncovered segment', () => {
    expect(describeSegments(10, [])).toEqual(['0-10:|'])
  })

  test('overlapping spans are split where either starts or ends', () => {
    expect(describeSegments(10, [{ start: 2, end: 6 }, { start: 4, end: 8 }])).toEqual(['0-2:|', '2-4:0|', '4-6:0,1|', '6-8:1|', '8-10:|'])
  })

  test('a nested span splits its parent into three', () => {
    expect(describeSegments(10, [{ start: 1, end: 9 }, { start: 3, end: 5 }])).toEqual(['0-1:|', '1-3:0|', '3-5:0,1|', '5-9:0|', '9-10:|'])
  })

  test('identical spans cover the same segment; a zero-length span gets an empty segment at its place', () => {
    expect(describeSegments(6, [{ start: 1, end: 3 }, { start: 1, end: 3 }, { start: 3, end: 3 }, { start: 6, end: 6 }])).toEqual(['0-1:|', '1-3:0,1|', '3-3:2|', '3-6:|', '6-6:3|'])
  })

  test('related spans are marked separately; out-of-range spans are clamped', () => {
    expect(describeSegments(8, [{ start: 5, end: 20 }], [{ start: 0, end: 2 }])).toEqual(['0-2:|0', '2-5:|', '5-8:0|'])
  })
})

describe('--format html', () => {
  test('is one self-contained page: inline CSS, one inline script allowed by its hash and no other, no external URL but rule docs links', () => {
    const page = html(storyResults(), context)
    expect(page.startsWith('<!doctype html>')).toBe(true)
    const hash = createHash('sha256').update(pageScript).digest('base64')
    expect(page).toContain(`default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}';`)
    expect([...page.matchAll(/<script>([\s\S]*?)<\/script>/gu)].map((m) => m[1])).toEqual([pageScript])
    expect(page).not.toMatch(/<link|<img|@import|src=/iu)
    const hrefs = [...page.matchAll(/href="([^"]*)"/gu)].map((m) => m[1] ?? '')
    expect(hrefs.filter((h) => !h.startsWith('#')).every((h) => h.startsWith('https://github.com/wirelint/wirelint/blob/main/rules/'))).toBe(true)
  })

  test('highlights each flagged span in place with its severity, number and message', () => {
    const page = html(storyResults(), context)
    expect(page).toContain('<mark class="hl sev-warning" data-d="1" title="1. warning: Unexpected repeated `the the`, remove one occurrence (repeated-words)">the the</mark>')
    expect(page).toContain('<mark class="hl sev-error" data-d="2" title="2. error: Unexpected Indian digit grouping `4,70,000`, expected `470,000` (number-grouping)">4,70,000</mark>')
    expect(page).toContain('<span class="rel" data-r="3">, reported Lena Ostrova</span>')
    expect(page).toContain('<div class="fix">Safe fix: replace with <code>470,000</code></div>')
  })

  test('a fix that deletes text, keeping a line break, is described as a removal', () => {
    const text = 'Port reopens\n\nGive Feedback\n\nShips sailed.\n'
    const start = text.indexOf('Give')
    const removal = diagnosticAt(text, start, text.indexOf('Ships'), { ruleId: 'feed-boilerplate', expected: ['\n'] })
    const page = html([{ file: 'a.txt', text, diagnostics: [removal] }], context)
    expect(page).toContain('<div class="fix">Safe fix: remove it</div>')
  })

  test('summarises per rule, worst first', () => {
    const page = html(storyResults(), context)
    const summary = page.slice(page.indexOf('<table class="summary">'), page.indexOf('</table>'))
    const order = [...summary.matchAll(/<th scope="row"><a href="[^"]*"><code>([^<]*)<\/code>/gu)].map((m) => m[1])
    expect(order).toEqual(['number-grouping', 'repeated-attribution', 'repeated-words'])
    expect(summary).toContain('<td class="num sev-error">1</td>')
  })

  test('escapes everything that comes from the story, file names, messages and URLs', () => {
    const text = 'Editors wrote <script>alert(1)</script> & "more" here.\n'
    const start = text.indexOf('<script>')
    const d = diagnosticAt(text, start, start + 8, { message: 'Unexpected `<script>`', url: 'javascript:alert(1)', ruleId: 'x"><b>' })
    const page = html([{ file: '<img src=x onerror=alert(1)>.txt', text, diagnostics: [d] }], context)
    expect(page).not.toContain('<script>alert')
    expect(page).not.toContain('<img')
    expect(page).not.toContain('javascript:')
    expect(page).not.toContain('"><b>')
    expect(page).toContain('">&lt;script&gt;</mark>alert(1)&lt;/script&gt; &amp; &quot;more&quot;')
    expect(escapeHtml(`<a href='x'>&"</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;')
  })

  test('ignores a leading BOM, as diagnostic offsets do not count it', () => {
    const text = '\ufeffThey said the the talks.'
    const d = diagnosticAt(text.slice(1), 10, 17)
    expect(renderStory({ id: 's1', file: 'a.txt', text, diagnostics: [d] })).toContain('<div class="text" lang="en">They said <a class="marker sev-warning" id="s1-d1" href="#s1-n1" data-n="1" aria-label="Finding 1"></a><mark')
  })

  test('a marker in the text links to its message, and the message back to the marker', () => {
    const page = html(storyResults(), context)
    expect(page).toContain('<a class="marker sev-error" id="s1-d2" href="#s1-n2" data-n="2" aria-label="Finding 2"></a><mark class="hl sev-error" data-d="2"')
    expect(page).toMatch(/<li class="note sev-error" id="s1-n2" value="2" tabindex="-1" data-n="2" data-rule="number-grouping" data-severity="error"><a class="where" href="#s1-d2"/u)
  })

  test('sorts stories by errors, then warnings, then info, and folds the clean ones together at the end', () => {
    const text = 'Officials said the the talks.\n'
    const at = (extra: Partial<Diagnostic>) => diagnosticAt(text, 15, 22, extra)
    const results = [
      { file: 'a-clean.txt', text, diagnostics: [] },
      { file: 'b-warnings.txt', text, diagnostics: [at({}), at({ ruleId: 'x' })] },
      { file: 'c-one-error.txt', text, diagnostics: [at({ severity: 'error' })] },
      { file: 'd-clean.txt', text, diagnostics: [] },
      { file: 'e-error-and-info.txt', text, diagnostics: [at({ severity: 'error' }), at({ severity: 'info', ruleId: 'x' })] },
    ]
    const page = html(results, context)
    const order = [...page.matchAll(/<section class="story" id="(s\d)"/gu)].map((m) => m[1])
    expect(order).toEqual(['s5', 's3', 's2', 's1', 's4'])
    const folded = page.slice(page.indexOf('<details class="clean-stories"'))
    expect(folded).toMatch(/^<details class="clean-stories" id="clean-stories"><summary>2 stories without problems<\/summary>\s*<section class="story" id="s1">/u)
    expect([...folded.matchAll(/<section class="story" id="(s\d)"/gu)].map((m) => m[1])).toEqual(['s1', 's4'])
    const toc = page.slice(page.indexOf('<ul class="toc">'), page.indexOf('</ul>'))
    expect([...toc.matchAll(/href="#([^"]+)"/gu)].map((m) => m[1])).toEqual(['s5', 's3', 's2', 'clean-stories'])
  })

  test('a toolbar filters by rule and severity with real form controls, hidden until the script shows it', () => {
    const [result] = storyResults()
    const bar = renderToolbar(result?.diagnostics ?? [])
    expect(bar.startsWith('<div class="toolbar" hidden>')).toBe(true)
    const options = [...bar.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)<\/option>/gu)].map((m) => `${m[1]}=${m[2]}`)
    expect(options).toEqual(['=all rules (3)', 'number-grouping=number-grouping (1)', 'repeated-attribution=repeated-attribution (1)', 'repeated-words=repeated-words (1)'])
    expect([...bar.matchAll(/<input type="checkbox" name="severity" value="(\w+)" checked>/gu)].map((m) => m[1])).toEqual(['error', 'warning', 'info'])
    expect(bar).toContain('data-go="-1"')
    expect(bar).toContain('data-go="1"')
    const kept = renderToolbar(result?.diagnostics ?? [], { rule: 'repeated-words', severities: new Set(['error'] as const) })
    expect(kept).toContain('<option value="repeated-words" selected>')
    expect([...kept.matchAll(/value="(\w+)" checked>/gu)].map((m) => m[1])).toEqual(['error'])
  })

  test('leaves out a finding inside text another finding\'s fix deletes, and says how many', () => {
    const text = 'Give Feedback | 14-03-2023\nPort talks resume.\n'
    const line = diagnosticAt(text, 0, 27, { ruleId: 'feed-boilerplate', severity: 'error', message: 'Unexpected feed line', expected: [''] })
    const date = diagnosticAt(text, 16, 26, { ruleId: 'date-format', message: 'Unexpected numeric date `14-03-2023`', subsumedBy: { ruleId: 'feed-boilerplate', line: 1, column: 1, offset: 0, endOffset: 27 } })
    const page = html([{ file: 'a.txt', text, diagnostics: [line, date] }], context)
    expect([...page.matchAll(/data-rule="([^"]+)"/gu)].map((m) => m[1])).toEqual(['feed-boilerplate'])
    expect(page).toContain('1 story: 1 error, 0 warnings; 1 more finding lies inside text that a fix deletes (listed by <code>--format json</code>)')
  })

  test('a report without problems has no toolbar and no script', () => {
    const page = html([{ file: 'desk/clean.txt', text: 'All quiet.\n', diagnostics: [] }], context)
    expect(page).not.toMatch(/<script|class="toolbar"|script-src/u)
  })
})
