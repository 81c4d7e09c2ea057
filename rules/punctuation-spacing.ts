import { z } from 'zod'
import { defineRule } from '../src/rule/define-rule.js'

// STUB: to be replaced by the real rule.
export default defineRule(
  {
    id: 'punctuation-spacing',
    category: 'style',
    kind: 'style',
    severity: 'warning',
    recommended: false,
    description: 'Stub',
    rationale: 'Stub.',
    fix: 'none',
    messages: { stub: 'Unexpected stub `{actual}`' },
    options: z.strictObject({}),
    examples: { invalid: [], valid: [] },
  },
  () => undefined,
)
