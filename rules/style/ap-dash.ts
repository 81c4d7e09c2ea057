import { z } from 'zod'
import { defineRule } from '../../src/rule/define-rule.js'
import { dashNames, dashes } from '../lib/style-checks.js'

export default defineRule(
  {
    id: 'style/ap-dash',
    category: 'style',
    kind: 'style',
    severity: 'warning',
    description: 'Flag dashes not in AP style: a spaced em dash ` — `, not ` - `, `--` or `—` without spaces',
    rationale:
      'AP style sets off an abrupt change or a series within a phrase with an em dash and a space on both sides; a hyphen or double hyphen typed for a dash reads as a compound or a typo.',
    fix: 'safe',
    messages: {
      dash: 'Unexpected {mark} used as a dash, expected a spaced em dash',
      spacing: 'Unexpected unspaced em dash `{actual}`, expected a space on both sides',
    },
    options: z.strictObject({}),
    examples: {
      invalid: [
        {
          text: 'The deal - signed in Velm - ends the strike.',
          diagnostics: [
            '1:9-1:12 dash Unexpected hyphen `-` used as a dash, expected a spaced em dash',
            '1:26-1:29 dash Unexpected hyphen `-` used as a dash, expected a spaced em dash',
          ],
          output: 'The deal — signed in Velm — ends the strike.',
        },
        {
          text: 'Two ministers--both new--resigned, and aid arrived – late – on Friday.',
          diagnostics: [
            '1:14-1:16 dash Unexpected double hyphen `--` used as a dash, expected a spaced em dash',
            '1:24-1:26 dash Unexpected double hyphen `--` used as a dash, expected a spaced em dash',
            '1:51-1:54 dash Unexpected en dash `–` used as a dash, expected a spaced em dash',
            '1:58-1:61 dash Unexpected en dash `–` used as a dash, expected a spaced em dash',
          ],
          output: 'Two ministers — both new — resigned, and aid arrived — late — on Friday.',
        },
        {
          text: 'The port—closed since May —reopened.',
          diagnostics: [
            '1:9-1:10 spacing Unexpected unspaced em dash `—`, expected a space on both sides',
            '1:26-1:28 spacing Unexpected unspaced em dash ` —`, expected a space on both sides',
          ],
          output: 'The port — closed since May — reopened.',
        },
      ],
      valid: [
        'The deal — signed in Velm — ends the strike.',
        'A well-known range of 10 - 12 and the 2010–2015 term of a Paris–Lyon panel.',
        '- first item\n- second item',
        '"I just—" she began.',
      ],
    },
  },
  ({ story, report }) => {
    for (const d of dashes(story.text)) {
      if (d.mark === 'em') {
        if (!d.spaced) report('spacing', d, { expected: [' — '] })
        continue
      }
      report('dash', d, { expected: [' — '], data: { mark: dashNames[d.mark] } })
    }
  },
)
