import type { Root } from 'nlcst'
import { VFile } from 'vfile'
import type { Diagnostic } from '../diagnostic.js'
import { sortDiagnostics, toDiagnostic } from '../diagnostic.js'
import type { DiagnosticSeverity, Rule } from '../rule/types.js'
import { buildStory } from './story.js'

/** A rule switched on with its severity and validated options. */
export interface ActiveRule {
  readonly rule: Rule
  readonly severity: DiagnosticSeverity
  readonly options: Readonly<Record<string, unknown>>
}

/** A rule threw: names the rule and the file; the CLI exits 2. */
export class RuleCrashError extends Error {
  readonly ruleId: string
  readonly filePath: string | undefined
  constructor(ruleId: string, filePath: string | undefined, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause)
    super(`Rule \`${ruleId}\` crashed${filePath ? ` on ${filePath}` : ''}: ${why}`, { cause })
    this.name = 'RuleCrashError'
    this.ruleId = ruleId
    this.filePath = filePath
  }
}

/** Removes a leading byte order mark: positions never count it. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/**
 * Lints one story with the given rules: parses once, runs every rule's transformer on the shared
 * tree (a crash is rethrown as {@link RuleCrashError}), drops `style` findings inside direct
 * quotations, and returns sorted, de-duplicated diagnostics.
 */
export function runRules(text: string, active: readonly ActiveRule[], filePath?: string): Diagnostic[] {
  const value = stripBom(text)
  const story = buildStory(value)
  const file = new VFile(filePath === undefined ? { value } : { value, path: filePath })
  file.data.wirelint = { story }
  const kinds = new Map<string, string>()
  for (const { rule, severity, options } of active) {
    kinds.set(rule.meta.id, rule.meta.kind)
    const transformer = rule({ severity, options })
    try {
      transformer(story.tree as Root, file, () => undefined)
    } catch (error) {
      throw new RuleCrashError(rule.meta.id, filePath, error)
    }
  }
  const diagnostics: Diagnostic[] = []
  for (const message of file.messages) {
    const diagnostic = toDiagnostic(message)
    if (kinds.get(diagnostic.ruleId) === 'style' && story.inQuotation({ start: diagnostic.offset, end: diagnostic.endOffset })) continue
    diagnostics.push(diagnostic)
  }
  return sortDiagnostics(diagnostics)
}
