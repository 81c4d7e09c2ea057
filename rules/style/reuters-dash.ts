import { z } from 'zod'
import { defineRule } from '../../src/rule/define-rule.js'
import { dashNames, dashes } from '../lib/style-checks.js'

export default defineRule(
  {
    id: 'style/reuters-dash',
    category: 'style',
    kind: 'style',
    severity: 'warning',
    description: 'Flag dashes not in Reuters style: a spaced hyphen ` - `, not an em or en dash or `--`',
    rationale:
      'Reuters copy sets off a dash as a hyphen with a space on both sides, as in its datelines (`LONDON (Reuters) - `); the Reuters Handbook warns that long dashes break some clients\' systems.',
    fix: 'safe',
    messages: {
      dash: 'Unexpected {mark} used as a dash, expected a spaced hyphen',
    },
    options: z.strictObject({}),
    examples: {
      invalid: [
        {
          text: 'The deal — signed in Velm — ends the strike.',
          diagnostics: [
            '1:9-1:12 dash Unexpected em dash `—` used as a dash, expected a spaced hyphen',
            '1:26-1:29 dash Unexpected em dash `—` used as a dash, expected a spaced hyphen',
          ],
          output: 'The deal - signed in Velm - ends the strike.',
        },
        {
          text: 'Two ministers--both new--resigned; the port—shut in May—reopened – late.',
          diagnostics: [
            '1:14-1:16 dash Unexpected double hyphen `--` used as a dash, expected a spaced hyphen',
            '1:24-1:26 dash Unexpected double hyphen `--` used as a dash, expected a spaced hyphen',
            '1:44-1:45 dash Unexpected em dash `—` used as a dash, expected a spaced hyphen',
            '1:56-1:57 dash Unexpected em dash `—` used as a dash, expected a spaced hyphen',
            '1:65-1:68 dash Unexpected en dash `–` used as a dash, expected a spaced hyphen',
          ],
          output: 'Two ministers - both new - resigned; the port - shut in May - reopened - late.',
        },
      ],
      valid: [
        'KERVA (Reuters) - The deal - signed in Velm - ends the strike.',
        'The 2010–2015 term of a Paris–Lyon panel and a well-known 10-12 range.',
        '"I just—" she began.',
      ],
    },
  },
  ({ story, report }) => {
    for (const d of dashes(story.text)) {
      if (d.mark === 'hyphen') continue
      report('dash', d, { expected: [' - '], data: { mark: dashNames[d.mark] } })
    }
  },
)
