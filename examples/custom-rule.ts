// A house rule of your own, plugged in exactly like a built-in one.
// Run: npx tsx examples/custom-rule.ts
import { z } from 'zod'
import { defineRule, lint } from '../src/index.js'

/** Flags "Ltd" without a period, the house style of an imaginary desk. */
const ltdPeriod = defineRule(
  {
    id: 'ltd-period',
    category: 'style',
    kind: 'style',
    severity: 'warning',
    description: 'Flag `Ltd` without a period',
    rationale: 'House style writes `Ltd.` in company names.',
    fix: 'safe',
    messages: { missing: 'Unexpected `{actual}`, expected `{expected}`' },
    options: z.strictObject({}),
    examples: {
      invalid: [{ text: 'Acme Ltd said so.', diagnostics: ['1:6-1:9 missing Unexpected `Ltd`, expected `Ltd.`'], output: 'Acme Ltd. said so.' }],
      valid: ['Acme Ltd. said so.'],
    },
  },
  ({ story, report }) => {
    for (const word of story.words) {
      if (word.text === 'Ltd' && story.text[word.end] !== '.') report('missing', word, { expected: ['Ltd.'] })
    }
  },
)

const { diagnostics } = await lint('Acme Ltd reported a profit.', {
  plugins: [ltdPeriod],
  config: { rules: { 'ltd-period': 'warning' } },
})
console.log(diagnostics.map((d) => `${d.ruleId} ${d.message}`))
