import { styleText } from 'node:util'
import { shown } from '../engine/diagnostic.js'
import type { DiagnosticSeverity } from '../rule/types.js'
import type { Formatter } from './types.js'

const paint = (color: boolean, format: Parameters<typeof styleText>[0], text: string): string =>
  color ? styleText(format, text) : text

const severityColor: Readonly<Record<DiagnosticSeverity, 'red' | 'yellow' | 'blue'>> = { error: 'red', warning: 'yellow', info: 'blue' }

/**
 * Human output grouped by file: `line:column  severity  message  rule-id`, a `(first at 12:1)`
 * after a two-place finding, and `fixable` after a finding `--fix` would change; then a summary,
 * with how many `--fix` would change (as ESLint words it). A finding inside text that another
 * finding's fix deletes is not listed, only counted after the summary: one defect, one finding.
 */
export const stylish: Formatter = (results, { color }) => {
  const out: string[] = []
  const totals: Record<DiagnosticSeverity, number> = { error: 0, warning: 0, info: 0 }
  const fixable: Record<DiagnosticSeverity, number> = { error: 0, warning: 0, info: 0 }
  let folded = 0
  for (const result of results) {
    const diagnostics = shown(result.diagnostics)
    folded += result.diagnostics.length - diagnostics.length
    if (diagnostics.length === 0) continue
    out.push(paint(color, 'underline', result.file))
    const rows = diagnostics.map((d) => {
      totals[d.severity]++
      if (d.expected.length > 0) fixable[d.severity]++
      const first = d.related ? ` (first at ${d.related.line}:${d.related.column})` : ''
      return [`${d.line}:${d.column}`, d.severity, `${d.message.replace(/\s+/gu, ' ')}${first}`, d.ruleId, d.expected.length > 0] as const
    })
    const width = [0, 1].map((i) => Math.max(...rows.map((r) => String(r[i]).length)))
    for (const [place, severity, message, ruleId, canFix] of rows) {
      const paddedSeverity = severity.padEnd(width[1] ?? 0)
      const mark = canFix ? `  ${paint(color, 'green', 'fixable')}` : ''
      out.push(`  ${place.padEnd(width[0] ?? 0)}  ${paint(color, severityColor[severity], paddedSeverity)}  ${message}  ${paint(color, 'dim', ruleId)}${mark}`)
    }
    out.push('')
  }
  const total = totals.error + totals.warning + totals.info
  if (total === 0) return ''
  const parts = [`${totals.error} error${totals.error === 1 ? '' : 's'}`, `${totals.warning} warning${totals.warning === 1 ? '' : 's'}`]
  if (totals.info > 0) parts.push(`${totals.info} info`)
  const summary = `${totals.error > 0 ? '✖' : '⚠'} ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')})`
  out.push(paint(color, totals.error > 0 ? 'red' : 'yellow', summary))
  if (fixable.error + fixable.warning + fixable.info > 0) {
    const counts = [`${fixable.error} error${fixable.error === 1 ? '' : 's'}`, `${fixable.warning} warning${fixable.warning === 1 ? '' : 's'}`]
    if (fixable.info > 0) counts.push(`${fixable.info} info`)
    const joined = counts.length === 3 ? `${counts[0]}, ${counts[1]} and ${counts[2]}` : counts.join(' and ')
    out.push(paint(color, totals.error > 0 ? 'red' : 'yellow', `  ${joined} potentially fixable with the \`--fix\` option.`))
  }
  if (folded > 0) {
    const what = folded === 1 ? '1 more finding lies' : `${folded} more findings lie`
    out.push(paint(color, 'dim', `  ${what} inside text that a fix above deletes (listed by \`--format json\`).`))
  }
  return `${out.join('\n')}\n`
}
