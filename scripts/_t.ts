import { lint } from '../src/index.js'
const texts = [
  'Port strike ends\n\nDockers in Varna Bay went back to work on Monday after the union accepted a new pay offer from the port authority.\n\nFacebookTwitterWhatsApp\nharbour desk 14 minutes ago',
  'Port strike ends\n\nBy Ana Petrov\n\nVARNA BAY, March 3 (WNA) - Dockers went back to work on Monday after the union accepted a new pay offer from the port authority.\n\nBackground\n\nThe strike began in January when talks on shift patterns broke down over the winter schedule.',
  'Port strike ends\n\nWNA, Tuesday 3 Mar 2020\n\nDockers went back to work on Monday after the union accepted a new pay offer from the port authority.\n\nKey facts\n- Pay rises by 4 percent\n- Night shifts are shorter',
  'Port strike ends\n\nUpdated 10:42 GMT | 3 Mar 2020\n\nDockers went back to work on Monday after the union accepted a new pay offer from the port authority.\n\n| | |\n\n#VarnaBay #Dockers',
]
for (const t of texts) console.log((await lint(t, { config: { preset: 'none', rules: { 'feed-boilerplate': 'error' } } })).diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.messageId} ${d.message}`))
