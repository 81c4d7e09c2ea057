// npx tsx scripts/try-rule.ts RULE-ID "text" ["text" ...]: one rule's findings on a few texts, in the
// docs-example notation (`line:col-line:col messageId message`), to write examples by hand. Dev-time only.
import { rules } from '../rules/index.js'
import { describeDiagnostic, fixRule, lintRule } from '../tests/helpers.js'

const [id, ...texts] = process.argv.slice(2)
const rule = rules.find((r) => r.meta.id === id)
if (!rule) throw new Error(`Unknown rule ${id}`)
for (const text of texts) {
  console.log(JSON.stringify(text))
  for (const d of lintRule(rule, text)) console.log(`  ${describeDiagnostic(d)}`)
  const fixed = fixRule(rule, text)
  if (fixed !== text) console.log(`  output: ${JSON.stringify(fixed)}`)
}
