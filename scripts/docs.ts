// npm run docs: writes rules/<id>.md and the README rule table from rule metadata.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { rules } from '../rules/index.js'
import { renderRuleDoc, spliceRuleTable } from '../src/catalogue.js'

for (const rule of rules) {
  const file = `rules/${rule.meta.id}.md` // `style/ap-month` -> rules/style/ap-month.md
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, renderRuleDoc(rule))
}
writeFileSync('README.md', spliceRuleTable(readFileSync('README.md', 'utf8'), rules))
console.log(`wrote ${rules.length} rule docs and the README table`)
