import { percentRule } from '../lib/percent-rule.js'

export default percentRule({
  id: 'style/ap-percent',
  description: 'Flag percentages not in AP style: `5%` with a figure, never `per cent`',
  rationale: 'Since 2019 AP style pairs the % sign with a figure, without a space (`5%`, `0.6%`), uses figures for every percentage (`7%`, not `seven percent`) and keeps the word `percent` for casual uses without a figure; `per cent` is British style.',
  formDescription: '`sign`: figure and % sign (`5%`, AP since 2019); `word`: figure and `percent` (`5 percent`, AP before 2019)',
  examples: {
    invalid: [
      {
        text: 'Turnout rose 5 percent to 61.5 per cent.',
        diagnostics: [
          '1:14-1:23 form Unexpected percentage `5 percent`, expected `5%`',
          '1:27-1:40 form Unexpected percentage `61.5 per cent`, expected `61.5%`',
        ],
        output: 'Turnout rose 5% to 61.5%.',
      },
      {
        text: 'Prices fell 2 % and wages seven percent.',
        diagnostics: [
          '1:13-1:16 form Unexpected percentage `2 %`, expected `2%`',
          '1:27-1:40 spelled Unexpected spelled-out percentage `seven percent`, expected `7%`',
        ],
        output: 'Prices fell 2% and wages 7%.',
      },
      {
        text: 'What per cent of voters stayed home is unclear.',
        diagnostics: ['1:6-1:14 perCent Unexpected two-word `per cent`, expected `percent`'],
        output: 'What percent of voters stayed home is unclear.',
      },
      {
        text: 'Sales rose 4% in May.',
        options: { form: 'word' },
        diagnostics: ['1:12-1:14 form Unexpected percentage `4%`, expected `4 percent`'],
        output: 'Sales rose 4 percent in May.',
      },
    ],
    valid: [
      'Turnout rose 5% to 61.5%, and rates rose 4 percentage points.',
      'She said he has a zero percent chance.',
      'Five percent of voters stayed home.',
      '"Turnout rose 5 percent," he said.',
      { text: 'Sales rose 4 percent.', options: { form: 'word' } },
    ],
  },
})
