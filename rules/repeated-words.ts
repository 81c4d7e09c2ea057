import retextRepeatedWords from 'retext-repeated-words'
import { z } from 'zod'
import { wrapPlugin } from '../src/rule/wrap-plugin.js'

export default wrapPlugin(
  {
    id: 'repeated-words',
    category: 'grammar',
    kind: 'mechanical',
    severity: 'warning',
    description: 'Flag a word repeated by mistake, such as `the the` (wraps retext-repeated-words)',
    rationale: 'A doubled word is a typing slip that survives feeds and spell checkers; readers see it at once.',
    fix: 'safe',
    messages: { repeated: 'Unexpected repeated `{word}`, remove one occurrence' },
    options: z.strictObject({}),
    examples: {
      invalid: [
        {
          text: 'Officials said the the talks would resume.',
          diagnostics: ['1:16-1:23 repeated Unexpected repeated `the`, remove one occurrence'],
          output: 'Officials said the talks would resume.',
        },
        {
          text: 'It was very very very late.',
          diagnostics: ['1:8-1:22 repeated Unexpected repeated `very`, remove one occurrence'],
          output: 'It was very late.',
        },
        {
          text: 'The ministry will\nwill review the plan.',
          diagnostics: ['1:14-2:5 repeated Unexpected repeated `will`, remove one occurrence'],
          output: 'The ministry will review the plan.',
        },
      ],
      valid: [
        'The best result they had had in years.',
        'She said that that plan was final.',
        'Duran Duran played in Mumbai.',
        'Officials said the talks would resume.',
      ],
    },
  },
  retextRepeatedWords,
  (message, span) => {
    const actual = message.actual ?? ''
    const first = /^\S+/u.exec(actual)?.[0] ?? actual
    return { messageId: 'repeated', span, extra: { expected: [first], data: { word: first } } }
  },
  // retext-repeated-words reports each overlapping pair of a run (`the the the`): one finding
  // for the whole run, so one fix leaves one word.
  (found) => {
    const merged: typeof found = []
    for (const item of found) {
      const last = merged[merged.length - 1]
      if (last && item.span.start < last.span.end) {
        merged[merged.length - 1] = { ...last, span: { start: last.span.start, end: item.span.end } }
      } else merged.push(item)
    }
    return merged
  },
)
