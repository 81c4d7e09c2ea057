import { type Diagnostic, shown } from '../engine/diagnostic.js'
import type { DiagnosticSeverity, Rule } from '../rule/types.js'
import { pageScript, pageScriptHash } from './html-script.js'
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
  /** Findings shown as ignored: listed but not highlighted (the service's page). */
  readonly ignored?: (d: Diagnostic) => boolean
  /** Buttons under a finding's message (the service's page: accept, ignore). */
  readonly actions?: (d: Diagnostic, n: number) => string
}

function renderText(view: StoryView, text: string): string {
  const { diagnostics, id } = view
  const off = (index: number) => view.ignored?.(diagnostics[index] as Diagnostic) === true
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
    for (const { index, d } of covering) {
      if (started.has(index)) continue
      started.add(index)
      // The marker links to the finding's message, whose position links back here.
      out += `<a class="marker sev-${d.severity}${off(index) ? ' off' : ''}" id="${id}-d${index + 1}" href="#${id}-n${index + 1}" data-n="${index + 1}" aria-label="Finding ${index + 1}"></a>`
    }
    const top = covering.reduce((worst, c) => (rank[c.d.severity] > rank[worst] ? c.d.severity : worst), 'info' as DiagnosticSeverity)
    const classes = ['hl', `sev-${top}`]
    if (covering.length > 1) classes.push('overlap')
    if (segment.related.length > 0) classes.push('rel')
    if (segment.start === segment.end) classes.push('empty')
    if (covering.every(({ index }) => off(index))) classes.push('off')
    const title = covering.map(({ index, d }) => `${index + 1}. ${d.severity}: ${d.message} (${d.ruleId})`).join('\n')
    const attributes = [
      `class="${classes.join(' ')}"`,
      `data-d="${covering.map((c) => c.index + 1).join(' ')}"`,
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
    `<a class="where" href="#${view.id}-d${n}" title="Show it in the text">${d.line}:${d.column}</a>`,
    `<span class="badge sev-${d.severity}">${d.severity}</span>`,
    `<span class="message">${richMessage(d.message)}</span>`,
    rule,
  ]
  const replacement = d.expected[0]
  if (replacement !== undefined) {
    parts.push(`<div class="fix">Safe fix: ${replacement.trim() === '' ? 'remove it' : `replace with <code>${escapeHtml(replacement)}</code>`}</div>`)
  }
  if (d.related) {
    parts.push(`<div class="related">${escapeHtml(d.related.message)}: <a href="#${view.id}-r${n}">${d.related.line}:${d.related.column}</a> <q>${escapeHtml(d.related.actual)}</q></div>`)
  }
  if (d.note) parts.push(`<div class="why">${escapeHtml(d.note)}</div>`)
  const actions = view.actions?.(d, n)
  if (actions) parts.push(`<div class="actions">${actions}</div>`)
  const classes = `note sev-${d.severity}${view.ignored?.(d) === true ? ' ignored' : ''}`
  return `<li class="${classes}" id="${view.id}-n${n}" value="${n}" tabindex="-1" data-n="${n}" data-rule="${escapeHtml(d.ruleId)}" data-severity="${d.severity}">${parts.join(' ')}</li>`
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

/** What the toolbar's filters show: a rule (empty for all) and the severities ticked. */
export interface FilterState {
  readonly rule: string
  readonly severities: ReadonlySet<DiagnosticSeverity>
}

const severities: readonly DiagnosticSeverity[] = ['error', 'warning', 'info']

/**
 * The toolbar over the findings: a filter by rule and by severity (real form controls), buttons to
 * the previous and next finding (also the keys k/p and j/n) and how many findings are shown. It is
 * hidden until the page's script shows it, since without the script it could do nothing.
 */
export function renderToolbar(diagnostics: readonly Diagnostic[], state: FilterState = { rule: '', severities: new Set(severities) }): string {
  const count = (keep: (d: Diagnostic) => boolean) => diagnostics.filter(keep).length
  const ruleIds = [...new Set(diagnostics.map((d) => d.ruleId))].sort()
  const options = ruleIds.map((id) => `<option value="${escapeHtml(id)}"${id === state.rule ? ' selected' : ''}>${escapeHtml(id)} (${count((d) => d.ruleId === id)})</option>`)
  const boxes = severities.map((s) => `<label><input type="checkbox" name="severity" value="${s}"${state.severities.has(s) ? ' checked' : ''}> <span class="badge sev-${s}">${s}</span> ${count((d) => d.severity === s)}</label>`)
  return [
    '<div class="toolbar" hidden>',
    '<input type="hidden" name="filters" value="1">',
    `<label>Rule <select name="rule"><option value="">all rules (${diagnostics.length})</option>${options.join('')}</select></label>`,
    `<fieldset><legend>Severity</legend>${boxes.join(' ')}</fieldset>`,
    '<span class="nav"><button type="button" data-go="-1" title="Previous finding (k or p)">&#8249; Previous</button> <button type="button" data-go="1" title="Next finding (j or n)">Next &#8250;</button></span>',
    '<span class="shown" aria-live="polite"></span>',
    '<span class="keys"><kbd>j</kbd>/<kbd>n</kbd> next, <kbd>k</kbd>/<kbd>p</kbd> previous</span>',
    '</div>',
  ].join('')
}

/**
 * Wraps a body in a complete, self-contained page: inline CSS and, when asked, the page's one
 * script, allowed by its hash; a CSP forbids every other script and any request.
 */
export function renderPage(title: string, body: string, options: { formAction?: boolean; script?: boolean } = {}): string {
  const scripts = options.script ? `; script-src ${pageScriptHash}` : ''
  const csp = `default-src 'none'; style-src 'unsafe-inline'${scripts}; base-uri 'none'; form-action ${options.formAction ? "'self'" : "'none'"}`
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
${options.script ? `<script>${pageScript}</script>\n` : ''}</body>
</html>
`
}

/** Worst first: more errors, then more warnings, then more info; ties keep their order. */
function byErrors(a: { diagnostics: readonly Diagnostic[] }, b: { diagnostics: readonly Diagnostic[] }): number {
  for (const s of severities) {
    const delta = b.diagnostics.filter((d) => d.severity === s).length - a.diagnostics.filter((d) => d.severity === s).length
    if (delta !== 0) return delta
  }
  return 0
}

/**
 * A self-contained HTML report: a summary per rule, the stories with problems (most errors first)
 * under a toolbar that filters by rule and severity and moves between findings, each story with
 * its flagged spans highlighted in place and the numbered messages beside them, markers and
 * messages linked both ways; the stories without problems folded together at the end. A finding
 * inside text that another finding's fix deletes is left out, only counted: one defect, one finding.
 */
export const html: Formatter = (input, { rules }) => {
  const results = input.map((r) => ({ ...r, diagnostics: shown(r.diagnostics) }))
  const all = results.flatMap((r) => r.diagnostics)
  const inside = input.reduce((n, r) => n + r.diagnostics.length, 0) - all.length
  const insideLine = inside === 0 ? '' : `; ${inside === 1 ? '1 more finding lies' : `${inside} more findings lie`} inside text that a fix deletes (listed by <code>--format json</code>)`
  const problems = all.length
  const title = `wirelint report: ${problems} problem${problems === 1 ? '' : 's'} in ${results.length} stor${results.length === 1 ? 'y' : 'ies'}`
  // Ids follow the input order, so a story keeps its id whatever the sorting.
  const views = results.map((r, i) => ({ id: `s${i + 1}`, file: r.file, text: r.text, diagnostics: r.diagnostics }))
  const flagged = views.filter((v) => v.diagnostics.length > 0).sort(byErrors)
  const clean = views.filter((v) => v.diagnostics.length === 0)
  const toc = flagged.map((v) => `<li><a href="#${v.id}">${escapeHtml(v.file)}</a><span class="counts">${countLine(v.diagnostics)}</span></li>`)
  if (clean.length > 0) toc.push(`<li><a href="#clean-stories">${clean.length} stor${clean.length === 1 ? 'y' : 'ies'} without problems</a> <span class="counts">folded at the end</span></li>`)
  const folded =
    clean.length === 0
      ? []
      : [`<details class="clean-stories" id="clean-stories"><summary>${clean.length} stor${clean.length === 1 ? 'y' : 'ies'} without problems</summary>`, ...clean.map((v) => renderStory(v)), '</details>']
  const body = [
    `<header><h1>wirelint report</h1><p class="totals">${results.length} stor${results.length === 1 ? 'y' : 'ies'}: ${countLine(all)}${insideLine}</p></header>`,
    '<h2>By rule</h2>',
    renderSummary(results, rules),
    '<h2>Stories</h2>',
    `<ul class="toc">${toc.join('')}</ul>`,
    problems > 0 ? renderToolbar(all) : '',
    '<main>',
    ...flagged.map((v) => renderStory(v)),
    ...folded,
    '</main>',
  ].join('\n')
  return renderPage(title, body, { script: problems > 0 })
}
