import { type Diagnostic, shown } from '../engine/diagnostic.js'
import { escapeHtml, type FilterState, renderPage, renderStory, renderSummary, renderToolbar } from '../formatters/html.js'
import type { DiagnosticSeverity, Rule } from '../rule/types.js'
import { type FindingTarget, findingKey } from './jobs.js'

/** What the page's form asks for, read from its fields. */
export interface PageForm {
  /** The story, line breaks as `\n` (browsers send `\r\n`). */
  readonly text: string
  /** `check` (the default), `fix` (apply safe fixes), `undo` (back to `previous`), or `accept` (one finding's fix). */
  readonly action: 'check' | 'fix' | 'undo' | 'accept'
  /** With `accept`: the finding. */
  readonly target: FindingTarget | undefined
  /** Findings the editor ignores, by {@link findingKey}, after this request's toggle. */
  readonly ignored: ReadonlySet<string>
  /** The text before the last fix, for Undo. */
  readonly previous: string | undefined
  /** The toolbar's filters, when the form had them. */
  readonly filters: FilterState | undefined
}

const severities: readonly DiagnosticSeverity[] = ['error', 'warning', 'info']

/** Reads the page's form (`application/x-www-form-urlencoded`). */
export function parsePageForm(body: string): PageForm {
  const form = new URLSearchParams(body)
  const lines = (value: string | null) => (value ?? '').replaceAll('\r\n', '\n')
  const ignored = new Set(form.getAll('ignored'))
  const toggle = form.get('ignore')
  if (toggle !== null && !ignored.delete(toggle)) ignored.add(toggle)
  const accept = /^(\d+) (\d+) (\S+)$/u.exec(form.get('accept') ?? '')
  const op = form.get('op')
  const action = accept ? 'accept' : op === 'fix' || op === 'undo' ? op : 'check'
  const previous = form.get('previous')
  const ticked = new Set(form.getAll('severity'))
  return {
    text: lines(action === 'undo' && previous !== null ? previous : form.get('text')),
    action,
    target: accept ? { offset: Number(accept[1]), endOffset: Number(accept[2]), ruleId: accept[3] ?? '' } : undefined,
    ignored,
    previous: previous === null ? undefined : lines(previous),
    filters: form.has('filters') ? { rule: form.get('rule') ?? '', severities: new Set(severities.filter((s) => ticked.has(s))) } : undefined,
  }
}

/** The result shown on the page after a story is checked, fixed or restored. */
export interface PageResult {
  readonly text: string
  readonly diagnostics: readonly Diagnostic[]
  /** Findings the editor ignores, by {@link findingKey}. */
  readonly ignored?: ReadonlySet<string>
  readonly filters?: FilterState | undefined
  /** What the request did to the text: fixes applied (with the text before them, for Undo), or an undo. */
  readonly change?: { readonly action: 'fix' | 'accept'; readonly applied: readonly Diagnostic[]; readonly previous: string } | { readonly action: 'undo' } | undefined
}

/** Copy in `<code>`, or what it is when it is only white space (a line break, a space). */
function visible(text: string): string {
  if (text.trim() !== '') return `<code>${escapeHtml(text)}</code>`
  return text.includes('\n') ? 'a line break' : 'a space'
}

/** `4,70,000` → `470,000`, or removed `Give Feedback`, for the list of applied fixes. */
function describeFix(d: Diagnostic): string {
  const replacement = d.expected[0] ?? ''
  const what = replacement === '' ? `removed ${visible(d.actual)}` : `${visible(d.actual)} → ${visible(replacement)}`
  return `<li>${what} <span class="rule">${escapeHtml(d.ruleId)}</span></li>`
}

function changeNotice(change: PageResult['change']): string {
  if (!change) return ''
  if (change.action === 'undo') return '<p class="notice" id="notice" role="status">Undone: the story is as it was before the fixes.</p>'
  const undo = '<button type="submit" name="op" value="undo">Undo</button>'
  const n = change.applied.length
  if (n === 0) {
    const why = change.action === 'accept' ? 'That finding is no longer in the story (it was edited), so nothing was changed.' : 'There was no safe fix to apply.'
    return `<p class="notice" id="notice" role="status">${why}</p>`
  }
  const what = change.action === 'accept' ? 'Accepted the fix' : `Applied ${n} safe fix${n === 1 ? '' : 'es'}`
  return `<div class="notice" id="notice" role="status"><p>${what}; the story was checked again. ${undo}</p><ul>${change.applied.map(describeFix).join('')}</ul></div>`
}

function verdict(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  return errors === 0
    ? '<p class="clean" id="verdict"><strong>Publishable:</strong> no error-severity problems.</p>'
    : `<p class="error-box" id="verdict"><strong>Not publishable:</strong> ${errors} error${errors === 1 ? '' : 's'} to fix first.</p>`
}

/** A finding's buttons: accept its safe fix (when it has one) and ignore or restore it. */
function noteActions(ignored: ReadonlySet<string>): (d: Diagnostic) => string {
  return (d) => {
    const buttons: string[] = []
    const replacement = d.expected[0]
    if (replacement !== undefined) {
      const title = replacement === '' ? `Remove \`${d.actual}\`` : `Replace \`${d.actual}\` with \`${replacement}\``
      buttons.push(`<button type="submit" class="accept" name="accept" value="${d.offset} ${d.endOffset} ${escapeHtml(d.ruleId)}" title="${escapeHtml(title)}">Accept fix</button>`)
    }
    const key = findingKey(d)
    const off = ignored.has(key)
    buttons.push(`<button type="submit" class="ignore" name="ignore" value="${escapeHtml(key)}" aria-pressed="${off}" title="Ignore this finding (and the same text flagged by the same rule) until you restore it">${off ? 'Restore' : 'Ignore'}</button>`)
    return buttons.join(' ')
  }
}

const header = '<header><h1>wirelint</h1><p class="totals">Paste a story and check it before it is published.</p></header>'
const footer =
  '<footer><p class="totals">For programs: <code>POST /lint</code> with a <code>text/plain</code> story or JSON <code>{"text": ..., "config": ...}</code> returns <code>{"publishable", "diagnostics"}</code>; <code>POST /fix</code> returns <code>{"output", "applied", "publishable", "diagnostics"}</code>, the last two for the fixed text.</p></footer>'

/**
 * The editor's page (`GET /`, and `POST /` from its form). First a text box to paste copy into;
 * after a check, the story once, highlighted in place with the messages beside it (rendered by the
 * html formatter), the text box folded under "Edit the story". "Apply safe fixes" and each
 * finding's "Accept fix" post the form back, which fixes the story in a worker as `POST /fix`
 * does, and offer Undo; "Ignore" sets a finding aside, and ignored findings are kept in the form
 * (and left unfixed) across checks. The page works without JavaScript; its script adds the filter
 * by rule and severity, moving between findings with keys, and ignoring without a round trip.
 */
export function editorPage(rules: readonly Rule[], result?: PageResult): string {
  if (!result) {
    const form = [
      '<form id="editor" method="post" action="./" accept-charset="utf-8">',
      '<label for="text"><strong>Story</strong></label>',
      '<textarea id="text" name="text" required spellcheck="false"></textarea>',
      '<div class="edit-actions"><button type="submit" name="op" value="check">Check</button></div>',
      '</form>',
    ]
    return renderPage('wirelint', [header, ...form, footer].join('\n'), { formAction: true })
  }
  // One defect, one finding: one inside text another's fix deletes is not shown.
  const diagnostics = shown(result.diagnostics)
  const ignored = result.ignored ?? new Set<string>()
  const fixable = diagnostics.filter((d) => d.expected.length > 0 && !ignored.has(findingKey(d))).length
  const keep = [...ignored].map((key) => `<input type="hidden" name="ignored" value="${escapeHtml(key)}">`)
  if (result.change?.action === 'fix' || result.change?.action === 'accept') {
    if (result.change.applied.length > 0) keep.push(`<input type="hidden" name="previous" value="${escapeHtml(result.change.previous)}">`)
  }
  const parts = [
    header,
    '<form id="editor" method="post" action="./" accept-charset="utf-8">',
    '<details class="edit"><summary>Edit the story</summary>',
    `<textarea id="text" name="text" spellcheck="false" aria-label="Story">${escapeHtml(result.text)}</textarea>`,
    '<div class="edit-actions"><button type="submit" name="op" value="check">Check</button></div>',
    '</details>',
    '<p class="stale">The findings are hidden while you edit: press <strong>Check</strong> to see them for the new text.</p>',
    changeNotice(result.change),
    verdict(diagnostics),
    `<div class="fix-bar"><button type="submit" name="op" value="fix"${fixable === 0 ? ' disabled' : ''}>Apply safe fixes (${fixable})</button> <span class="counts">Only edits that keep the meaning; the rest needs your judgement below.</span></div>`,
    diagnostics.length > 0 ? renderToolbar(diagnostics, result.filters) : '',
    renderStory({ id: 's1', file: 'Pasted story', text: result.text, diagnostics, ignored: (d) => ignored.has(findingKey(d)), actions: noteActions(ignored) }),
    // In the form, so it hides with the findings while the story is edited.
    diagnostics.length > 0 ? `<section class="by-rule"><h2>By rule</h2>${renderSummary([{ file: 'Pasted story', diagnostics }], rules)}</section>` : '',
    ...keep,
    '</form>',
    footer,
  ]
  return renderPage('wirelint: checked story', parts.join('\n'), { formAction: true, script: diagnostics.length > 0 })
}
