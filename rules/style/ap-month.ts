import { monthRule } from '../lib/month-rule.js'

export default monthRule(
  'style/ap-month',
  'Flag month names not in AP style: `Jan. 11` with a date, `January 2023` without one',
  'AP style abbreviates Jan., Feb., Aug., Sept., Oct., Nov. and Dec. with a specific date, never abbreviates March to July, and spells out a month standing alone or with a year only.',
)
