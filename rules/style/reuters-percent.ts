import { percentRule } from '../lib/percent-rule.js'

export default percentRule({
  id: 'style/reuters-percent',
  description: 'Flag percentages not in Reuters style: `0.6%` with a figure, never `per cent`',
  rationale: 'Reuters copy writes percentages as figures with the % sign, without a space (`rose 0.6%`), and never `per cent`; the older Reuters Handbook form, `0.6 percent`, is available with `form: "word"`.',
  formDescription: '`sign`: figure and % sign (`0.6%`, current Reuters copy); `word`: figure and `percent` (`0.6 percent`, older Handbook style)',
  examples: {
    invalid: [
      {
        text: 'Brent rose 52 cents, or 0.6 per cent, to $81.10.',
        diagnostics: ['1:25-1:37 form Unexpected percentage `0.6 per cent`, expected `0.6%`'],
        output: 'Brent rose 52 cents, or 0.6%, to $81.10.',
      },
      {
        text: 'The index lost 1.2 % and the yield nine percent.',
        diagnostics: [
          '1:16-1:21 form Unexpected percentage `1.2 %`, expected `1.2%`',
          '1:36-1:48 spelled Unexpected spelled-out percentage `nine percent`, expected `9%`',
        ],
        output: 'The index lost 1.2% and the yield 9%.',
      },
      {
        text: 'No one knows what per cent of the crop was lost.',
        diagnostics: ['1:19-1:27 perCent Unexpected two-word `per cent`, expected `percent`'],
        output: 'No one knows what percent of the crop was lost.',
      },
      {
        text: 'Copper fell 0.4% and zinc 1.1 per cent.',
        options: { form: 'word' },
        diagnostics: [
          '1:13-1:17 form Unexpected percentage `0.4%`, expected `0.4 percent`',
          '1:27-1:39 form Unexpected percentage `1.1 per cent`, expected `1.1 percent`',
        ],
        output: 'Copper fell 0.4 percent and zinc 1.1 percent.',
      },
    ],
    valid: [
      'Brent rose 52 cents, or 0.6%, to $81.10, a 2 percentage point gain.',
      'Nine percent of the crop was lost, a small percentage.',
      '"It rose 5 per cent," he said.',
      { text: 'Copper fell 0.4 percent.', options: { form: 'word' } },
    ],
  },
})
