import { z } from 'zod'
import { defineRule } from '../../src/rule/define-rule.js'
import type { Rule } from '../../src/rule/types.js'
import { monthStyle } from './style-checks.js'

/**
 * A month-style rule: AP and the Reuters Handbook share the rule for months in text (abbreviate
 * Jan., Feb., Aug., Sept., Oct., Nov., Dec. with a specific date, spell out March to July and a
 * month standing alone), so both presets' rules come from here with their own id and wording.
 */
export function monthRule(id: string, description: string, rationale: string): Rule {
  return defineRule(
    {
      id,
      category: 'style',
      kind: 'style',
      severity: 'warning',
      description,
      rationale,
      fix: 'safe',
      messages: {
        abbreviate: 'Unexpected full month name `{actual}` with a date, expected `{expected}`',
        abbreviation: 'Unexpected month abbreviation `{actual}`, expected `{expected}`',
        spellOut: 'Unexpected abbreviated month `{actual}` without a day, expected `{expected}`',
      },
      options: z.strictObject({}),
      examples: {
        invalid: [
          {
            text: 'The talks open on January 11 in Velm.',
            diagnostics: ['1:19-1:26 abbreviate Unexpected full month name `January` with a date, expected `Jan.`'],
            output: 'The talks open on Jan. 11 in Velm.',
          },
          {
            text: 'The vote was set for September 5, 2023, and March 3.',
            diagnostics: ['1:22-1:31 abbreviate Unexpected full month name `September` with a date, expected `Sept.`'],
            output: 'The vote was set for Sept. 5, 2023, and March 3.',
          },
          {
            text: 'Filed on Sep. 5 and Mar 3, due Dec 12.',
            diagnostics: [
              '1:10-1:14 abbreviation Unexpected month abbreviation `Sep.`, expected `Sept.`',
              '1:21-1:24 abbreviation Unexpected month abbreviation `Mar`, expected `March`',
              '1:32-1:35 abbreviation Unexpected month abbreviation `Dec`, expected `Dec.`',
            ],
            output: 'Filed on Sept. 5 and March 3, due Dec. 12.',
          },
          {
            text: 'Output fell in Jan. 2023 and Sept. 2024.',
            diagnostics: [
              '1:16-1:20 spellOut Unexpected abbreviated month `Jan.` without a day, expected `January`',
              '1:30-1:35 spellOut Unexpected abbreviated month `Sept.` without a day, expected `September`',
            ],
            output: 'Output fell in January 2023 and September 2024.',
          },
        ],
        valid: [
          'The talks open on Jan. 11 and end on March 3, 2024.',
          'Prices rose in January and fell in January 2023.',
          'The riots of June 2-7 ended in May; the session of 11 January follows.',
          '"We meet on January 11," she said.',
          'In October 30 people were hurt.',
        ],
      },
    },
    ({ story, report }) => {
      for (const f of monthStyle(story.flat)) report(f.kind, f, { expected: [f.expected] })
    },
  )
}
