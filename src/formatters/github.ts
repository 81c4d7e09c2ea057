import path from 'node:path'
import { shown } from '../engine/diagnostic.js'
import type { DiagnosticSeverity } from '../rule/types.js'
import type { Formatter } from './types.js'

const commands: Readonly<Record<DiagnosticSeverity, 'error' | 'warning' | 'notice'>> = { error: 'error', warning: 'warning', info: 'notice' }

/** Escapes a workflow command's message as the GitHub Actions runner expects (`%`, CR, LF). */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** Escapes a workflow command property value: as {@link escapeData}, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}

/**
 * GitHub Actions workflow commands, one per diagnostic:
 * `::error file=a.txt,line=1,col=16,endLine=1,endColumn=23,title=repeated-words::message`, which
 * the runner turns into annotations on the pull request; `info` becomes `notice`. A finding inside
 * text another finding's fix deletes is not annotated (one defect, one annotation).
 */
export const github: Formatter = (results) => {
  const lines: string[] = []
  for (const result of results) {
    const file = result.file.split(path.sep).join('/')
    for (const d of shown(result.diagnostics)) {
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(d.ruleId)}`,
      ]
      lines.push(`::${commands[d.severity]} ${properties.join(',')}::${escapeData(d.message)}`)
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}
