import { describe, expect, test } from 'vitest'
import { escapeHtml, html, renderStory, segmentText } from '../../src/formatters/html.js'
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
  test('is one self-contained page: inline CSS, a CSP forbidding requests, no script, no external URL but rule docs links', () => {
    const page = html(storyResults(), context)
    expect(page.startsWith('<!doctype html>')).toBe(true)
    expect(page).toContain("default-src 'none'")
    expect(page).not.toMatch(/<script|<link|<img|@import|src=/iu)
    const hrefs = [...page.matchAll(/href="([^"]*)"/gu)].map((m) => m[1] ?? '')
    expect(hrefs.filter((h) => !h.startsWith('#')).every((h) => h.startsWith('https://github.com/wirelint/wirelint/blob/main/rules/'))).toBe(true)
  })

  test('highlights each flagged span in place with its severity, number and message', () => {
    const page = html(storyResults(), context)
    expect(page).toContain('<mark class="hl sev-warning" data-d="1" data-label="1" title="1. warning: Unexpected repeated `the the`, remove one occurrence (repeated-words)">the the</mark>')
    expect(page).toContain('<mark class="hl sev-error" data-d="2" data-label="2" title="2. error: Unexpected Indian digit grouping `4,70,000`, expected `470,000` (number-grouping)">4,70,000</mark>')
    expect(page).toContain('<span class="rel" data-r="3">, reported Lena Ostrova</span>')
    expect(page).toContain('<div class="fix">Safe fix: replace with <code>470,000</code></div>')
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
    expect(page).not.toContain('<script>')
    expect(page).not.toContain('<img')
    expect(page).not.toContain('javascript:')
    expect(page).not.toContain('"><b>')
    expect(page).toContain('">&lt;script&gt;</mark>alert(1)&lt;/script&gt; &amp; &quot;more&quot;')
    expect(escapeHtml(`<a href='x'>&"</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;')
  })

  test('ignores a leading BOM, as diagnostic offsets do not count it', () => {
    const text = '\ufeffThey said the the talks.'
    const d = diagnosticAt(text.slice(1), 10, 17)
    expect(renderStory({ id: 's1', file: 'a.txt', text, diagnostics: [d] })).toContain('<div class="text" lang="en">They said <span class="anchor" id="s1-d1"></span><mark')
  })

  test('folds away stories without problems', () => {
    expect(html(storyResults(), context)).toContain('<details class="clean-story" id="s2-details"><summary>desk/clean.txt: no problems</summary>')
  })
})
