import { monthRule } from '../lib/month-rule.js'

export default monthRule(
  'style/reuters-month',
  'Flag month names not in Reuters style: `Jan. 11` with a date, `January 2023` without one',
  'The Reuters Handbook abbreviates months in text when used with a specific date, as AP does (Jan., Feb., Aug., Sept., Oct., Nov., Dec.; March to July in full), and spells out a month standing alone or with a year only.',
)
