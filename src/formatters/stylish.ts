import { styleText } from 'node:util'
import type { DiagnosticSeverity } from '../rule/types.js'
import type { Formatter } from './types.js'

const paint = (color: boolean, format: Parameters<typeof styleText>[0], text: string): string =>
  color ? styleText(format, text) : text

const severityColor: Readonly<Record<DiagnosticSeverity, 'red' | 'yellow' | 'blue'>> = { error: 'red', warning: 'yellow', info: 'blue' }

/** Human output grouped by file: `line:column  severity  message  rule-id`, then a summary. */
export const stylish: Formatter = (results, { color }) => {
  const out: string[] = []
  const totals: Record<DiagnosticSeverity, number> = { error: 0, warning: 0, info: 0 }
  for (const result of results) {
    if (result.diagnostics.length === 0) continue
    out.push(paint(color, 'underline', result.file))
    const rows = result.diagnostics.map((d) => {
      totals[d.severity]++
      return [`${d.line}:${d.column}`, d.severity, d.message.replace(/\s+/gu, ' '), d.ruleId] as const
    })
    const width = [0, 1].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)))
    for (const [place, severity, message, ruleId] of rows) {
      const paddedSeverity = severity.padEnd(width[1] ?? 0)
      out.push(`  ${place.padEnd(width[0] ?? 0)}  ${paint(color, severityColor[severity], paddedSeverity)}  ${message}  ${paint(color, 'dim', ruleId)}`)
    }
    out.push('')
  }
  const total = totals.error + totals.warning + totals.info
  if (total === 0) return ''
  const parts = [`${totals.error} error${totals.error === 1 ? '' : 's'}`, `${totals.warning} warning${totals.warning === 1 ? '' : 's'}`]
  if (totals.info > 0) parts.push(`${totals.info} info`)
  const summary = `${totals.error > 0 ? '✖' : '⚠'} ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')})`
  out.push(paint(color, totals.error > 0 ? 'red' : 'yellow', summary))
  return `${out.join('\n')}\n`
}
