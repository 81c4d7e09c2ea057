import type { Diagnostic } from '../engine/diagnostic.js'
import type { DiagnosticSeverity, Rule } from '../rule/types.js'
import { reportCss } from './html-style.js'
import type { FileResult, Formatter } from './types.js'

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;')
}

const rank: Readonly<Record<DiagnosticSeverity, number>> = { info: 0, warning: 1, error: 2 }

/** A piece of the story text between two consecutive span boundaries. */
export interface Segment {
  readonly start: number
  readonly end: number
  /** Indices of the diagnostics covering the whole segment (empty for plain text). */
  readonly covering: readonly number[]
  /** Indices of the diagnostics whose related location ("first used here") covers the segment. */
  readonly related: readonly number[]
}

interface Interval {
  readonly start: number
  readonly end: number
  readonly index: number
}

/**
 * Cuts `[0, length)` at every start and end of `spans` and of `related`, so overlapping and nested
 * spans become a flat list of segments, each with the spans that cover it. Zero-length spans give
 * a zero-length segment at their place. Spans are clamped to the text. Sweeps in O(n log n + k).
 */
export function segmentText(length: number, spans: readonly { start: number; end: number }[], related: readonly ({ start: number; end: number } | undefined)[] = []): Segment[] {
  const clamp = (n: number) => Math.max(0, Math.min(length, n))
  const toIntervals = (list: readonly ({ start: number; end: number } | undefined)[]): Interval[] =>
    list.flatMap((s, index) => (s ? [{ start: clamp(s.start), end: clamp(Math.max(s.start, s.end)), index }] : []))
  const main = toIntervals(spans)
  const rel = toIntervals(related)
  const points = [...new Set([0, length, ...main.flatMap((s) => [s.start, s.end]), ...rel.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b)
  const byStart = (list: Interval[]) => [...list].sort((a, b) => a.start - b.start || a.index - b.index)
  const mainSorted = byStart(main)
  const relSorted = byStart(rel)
  let nextMain = 0
  let nextRel = 0
  let activeMain: Interval[] = []
  let activeRel: Interval[] = []
  const segments: Segment[] = []
  for (let i = 0; i < points.length; i++) {
    const at = points[i] ?? 0
    const next = points[i + 1]
    activeMain = activeMain.filter((s) => s.end > at)
    activeRel = activeRel.filter((s) => s.end > at)
    const empty: number[] = []
    while (nextMain < mainSorted.length && (mainSorted[nextMain]?.start ?? Infinity) <= at) {
      const s = mainSorted[nextMain++] as Interval
      if (s.start === s.end) empty.push(s.index)
      else activeMain.push(s)
    }
    while (nextRel < relSorted.length && (relSorted[nextRel]?.start ?? Infinity) <= at) {
      const s = relSorted[nextRel++] as Interval
      if (s.start < s.end) activeRel.push(s)
    }
    for (const index of empty) segments.push({ start: at, end: at, covering: [index], related: [] })
    if (next === undefined || next <= at) continue
    segments.push({
      start: at,
      end: next,
      covering: activeMain.map((s) => s.index).sort((a, b) => a - b),
      related: activeRel.map((s) => s.index).sort((a, b) => a - b),
    })
  }
  return segments
}

/** Only http(s) links are rendered: a plugin's `url` must not become `javascript:`. */
function safeUrl(url: string): string | undefined {
  return /^https?:\/\//iu.test(url) ? url : undefined
}

/** Message text with its backtick-quoted copy in `<code>`. */
function richMessage(message: string): string {
  const parts = message.split('`')
  if (parts.length % 2 === 0) return escapeHtml(message)
  return parts.map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part))).join('')
}

function strip(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** One story: its text with highlights in place, numbered markers, and the notes beside it. */
export interface StoryView {
  /** Prefix of the element ids of this story (unique in the page). */
  readonly id: string
  readonly file: string
  /** The linted text (a leading BOM is ignored, as diagnostics do not count it). */
  readonly text: string | undefined
  readonly diagnostics: readonly Diagnostic[]
}

function renderText(view: StoryView, text: string): string {
  const { diagnostics, id } = view
  const segments = segmentText(text.length, diagnostics.map((d) => ({ start: d.offset, end: d.endOffset })), diagnostics.map((d) => (d.related ? { start: d.related.offset, end: d.related.endOffset } : undefined)))
  const started = new Set<number>()
  const relatedStarted = new Set<number>()
  let out = ''
  for (const segment of segments) {
    for (const index of segment.related) {
      if (relatedStarted.has(index)) continue
      relatedStarted.add(index)
      out += `<span class="anchor" id="${id}-r${index + 1}"></span>`
    }
    const content = escapeHtml(text.slice(segment.start, segment.end))
    if (segment.covering.length === 0) {
      out += segment.related.length === 0 ? content : `<span class="rel" data-r="${segment.related.map((i) => i + 1).join(' ')}">${content}</span>`
      continue
    }
    const covering = segment.covering.map((i) => ({ index: i, d: diagnostics[i] as Diagnostic }))
    const labels: number[] = []
    for (const { index } of covering) {
      if (started.has(index)) continue
      started.add(index)
      labels.push(index + 1)
      out += `<span class="anchor" id="${id}-d${index + 1}"></span>`
    }
    const top = covering.reduce((worst, c) => (rank[c.d.severity] > rank[worst] ? c.d.severity : worst), 'info' as DiagnosticSeverity)
    const classes = ['hl', `sev-${top}`]
    if (covering.length > 1) classes.push('overlap')
    if (segment.related.length > 0) classes.push('rel')
    if (segment.start === segment.end) classes.push('empty')
    const title = covering.map(({ index, d }) => `${index + 1}. ${d.severity}: ${d.message} (${d.ruleId})`).join('\n')
    const attributes = [
      `class="${classes.join(' ')}"`,
      `data-d="${covering.map((c) => c.index + 1).join(' ')}"`,
      labels.length > 0 ? `data-label="${labels.join(',')}"` : '',
      segment.related.length > 0 ? `data-r="${segment.related.map((i) => i + 1).join(' ')}"` : '',
      `title="${escapeHtml(title)}"`,
    ].filter(Boolean)
    out += `<mark ${attributes.join(' ')}>${content}</mark>`
  }
  return out
}

function renderNote(view: StoryView, d: Diagnostic, index: number): string {
  const n = index + 1
  const url = safeUrl(d.url)
  const rule = url ? `<a class="rule" href="${escapeHtml(url)}">${escapeHtml(d.ruleId)}</a>` : `<span class="rule">${escapeHtml(d.ruleId)}</span>`
  const parts = [
    `<a class="where" href="#${view.id}-d${n}">${d.line}:${d.column}</a>`,
    `<span class="badge sev-${d.severity}">${d.severity}</span>`,
    `<span class="message">${richMessage(d.message)}</span>`,
    rule,
  ]
  const replacement = d.expected[0]
  if (replacement !== undefined) {
    parts.push(`<div class="fix">Safe fix: ${replacement === '' ? 'remove it' : `replace with <code>${escapeHtml(replacement)}</code>`}</div>`)
  }
  if (d.related) {
    parts.push(`<div class="related">${escapeHtml(d.related.message)}: <a href="#${view.id}-r${n}">${d.related.line}:${d.related.column}</a> <q>${escapeHtml(d.related.actual)}</q></div>`)
  }
  if (d.note) parts.push(`<div class="why">${escapeHtml(d.note)}</div>`)
  return `<li class="note sev-${d.severity}" id="${view.id}-n${n}" value="${n}">${parts.join(' ')}</li>`
}

function countLine(diagnostics: readonly Diagnostic[]): string {
  const count = (s: DiagnosticSeverity) => diagnostics.filter((d) => d.severity === s).length
  const errors = count('error')
  const warnings = count('warning')
  const info = count('info')
  if (errors + warnings + info === 0) return 'no problems'
  const parts = [`${errors} error${errors === 1 ? '' : 's'}`, `${warnings} warning${warnings === 1 ? '' : 's'}`]
  if (info > 0) parts.push(`${info} info`)
  return parts.join(', ')
}

/**
 * Renders one story as an HTML fragment: the text with every flagged span highlighted in place by
 * severity (overlapping spans are split into segments; each `<mark>` lists in `data-d` the numbers
 * of the diagnostics covering it), a numbered marker where each diagnostic starts, and the
 * numbered notes beside the text. Everything from the story is escaped.
 */
export function renderStory(view: StoryView): string {
  const heading = `<h2><span class="file">${escapeHtml(view.file)}</span> <span class="counts">${countLine(view.diagnostics)}</span></h2>`
  const text = view.text === undefined ? undefined : strip(view.text)
  const body = text === undefined ? '<p class="missing">The text was not given to the formatter.</p>' : `<div class="text" lang="en">${renderText(view, text)}</div>`
  const notes = view.diagnostics.length === 0 ? '<p class="clean">No problems found.</p>' : `<ol class="notes">${view.diagnostics.map((d, i) => renderNote(view, d, i)).join('')}</ol>`
  return `<section class="story" id="${view.id}">${heading}<div class="story-body">${body}<aside>${notes}</aside></div></section>`
}

interface RuleCount {
  id: string
  url: string
  description: string
  counts: Record<DiagnosticSeverity, number>
  stories: Set<string>
}

/** The per-rule summary table: rule, description, errors, warnings, info, stories. */
export function renderSummary(results: readonly FileResult[], rules: readonly Rule[]): string {
  const byRule = new Map<string, RuleCount>()
  for (const result of results) {
    for (const d of result.diagnostics) {
      let entry = byRule.get(d.ruleId)
      if (!entry) {
        const meta = rules.find((r) => r.meta.id === d.ruleId)?.meta
        entry = { id: d.ruleId, url: d.url, description: meta?.description ?? '', counts: { error: 0, warning: 0, info: 0 }, stories: new Set() }
        byRule.set(d.ruleId, entry)
      }
      entry.counts[d.severity]++
      entry.stories.add(result.file)
    }
  }
  if (byRule.size === 0) return '<p class="clean">No problems found.</p>'
  const total = (e: RuleCount) => e.counts.error + e.counts.warning + e.counts.info
  const rows = [...byRule.values()]
    .sort((a, b) => total(b) - total(a) || (a.id < b.id ? -1 : 1))
    .map((e) => {
      const url = safeUrl(e.url)
      const name = url ? `<a href="${escapeHtml(url)}"><code>${escapeHtml(e.id)}</code></a>` : `<code>${escapeHtml(e.id)}</code>`
      const cell = (s: DiagnosticSeverity) => `<td class="num${e.counts[s] > 0 ? ` sev-${s}` : ''}">${e.counts[s]}</td>`
      return `<tr><th scope="row">${name}</th><td>${richMessage(e.description)}</td>${cell('error')}${cell('warning')}${cell('info')}<td class="num">${e.stories.size}</td></tr>`
    })
  return `<table class="summary"><thead><tr><th scope="col">rule</th><th scope="col">description</th><th scope="col">errors</th><th scope="col">warnings</th><th scope="col">info</th><th scope="col">stories</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

/** Wraps a body in a complete, self-contained page (inline CSS; a CSP forbids any request). */
export function renderPage(title: string, body: string, options: { formAction?: boolean } = {}): string {
  const csp = `default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action ${options.formAction ? "'self'" : "'none'"}`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="wirelint">
<title>${escapeHtml(title)}</title>
<style>${reportCss}</style>
</head>
<body>
${body}
</body>
</html>
`
}

/**
 * A self-contained HTML report: a summary per rule, a list of the stories, then each story with
 * its flagged spans highlighted in place by severity and the numbered messages beside them.
 * Stories without problems are folded away.
 */
export const html: Formatter = (results, { rules }) => {
  const all = results.flatMap((r) => r.diagnostics)
  const problems = all.length
  const title = `wirelint report: ${problems} problem${problems === 1 ? '' : 's'} in ${results.length} stor${results.length === 1 ? 'y' : 'ies'}`
  const views = results.map((r, i) => ({ id: `s${i + 1}`, file: r.file, text: r.text, diagnostics: r.diagnostics }))
  const toc = views.map((v) => `<li><a href="#${v.id}">${escapeHtml(v.file)}</a><span class="counts">${countLine(v.diagnostics)}</span></li>`).join('')
  const stories = views.map((v) => {
    const rendered = renderStory(v)
    return v.diagnostics.length > 0 ? rendered : `<details class="clean-story" id="${v.id}-details"><summary>${escapeHtml(v.file)}: no problems</summary>${rendered}</details>`
  })
  const body = [
    `<header><h1>wirelint report</h1><p class="totals">${results.length} stor${results.length === 1 ? 'y' : 'ies'}: ${countLine(all)}</p></header>`,
    '<h2>By rule</h2>',
    renderSummary(results, rules),
    '<h2>Stories</h2>',
    `<ul class="toc">${toc}</ul>`,
    '<main>',
    ...stories,
    '</main>',
  ].join('\n')
  return renderPage(title, body)
}
