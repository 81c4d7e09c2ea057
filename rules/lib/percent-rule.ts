import { z } from 'zod'
import { defineRule } from '../../src/rule/define-rule.js'
import type { Rule, RuleMeta } from '../../src/rule/types.js'
import { percentStyle } from './style-checks.js'

/** What differs between the presets' percent rules: id, wording and examples. */
export interface PercentRuleText {
  readonly id: string
  readonly description: string
  readonly rationale: string
  /** Description of the `form` option in this handbook's terms. */
  readonly formDescription: string
  readonly examples: RuleMeta['examples']
}

/**
 * A percent-style rule: AP and Reuters copy both pair the % sign with a figure and never write
 * `per cent`, so both presets' rules share messages, options and check, with their own wording.
 */
export function percentRule(text: PercentRuleText): Rule {
  return defineRule(
    {
      id: text.id,
      category: 'style',
      kind: 'style',
      severity: 'warning',
      description: text.description,
      rationale: text.rationale,
      fix: 'safe',
      messages: {
        form: 'Unexpected percentage `{actual}`, expected `{expected}`',
        spelled: 'Unexpected spelled-out percentage `{actual}`, expected `{expected}`',
        perCent: 'Unexpected two-word `{actual}`, expected `percent`',
      },
      options: z.strictObject({
        form: z.enum(['sign', 'word']).default('sign').describe(text.formDescription),
      }),
      examples: text.examples,
    },
    ({ story, options, report }) => {
      for (const f of percentStyle(story.flat, options.form)) report(f.kind, f, { expected: [f.expected] })
    },
  )
}
