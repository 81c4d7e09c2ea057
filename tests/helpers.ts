import { parseRuleOptions } from '../src/config/resolve.js'
import type { Diagnostic } from '../src/engine/diagnostic.js'
import { fixUntilStable } from '../src/engine/fix.js'
import { type ActiveRule, runRules } from '../src/engine/run.js'
import type { Rule } from '../src/rule/types.js'

/** Runs one rule alone, at its default severity, with the given options. */
export function lintRule(rule: Rule, text: string, options?: Readonly<Record<string, unknown>>): Diagnostic[] {
  return runRules(text, [active(rule, options)])
}

/** Applies one rule's safe fixes until stable. */
export function fixRule(rule: Rule, text: string, options?: Readonly<Record<string, unknown>>): string {
  return fixUntilStable(text, (t) => runRules(t, [active(rule, options)])).output
}

function active(rule: Rule, options?: Readonly<Record<string, unknown>>): ActiveRule {
  return { rule, severity: rule.meta.severity, options: parseRuleOptions(rule, options ?? {}) }
}

/** `line:column-endLine:endColumn messageId message`, the docs examples' notation. */
export function describeDiagnostic(d: Diagnostic): string {
  return `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.messageId} ${d.message}`
}
