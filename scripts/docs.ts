// npm run docs: writes rules/<id>.md and the README rule table from rule metadata.
import { readFileSync, writeFileSync } from 'node:fs'
import { rules } from '../rules/index.js'
import { renderRuleDoc, spliceRuleTable } from '../src/catalogue.js'

for (const rule of rules) writeFileSync(`rules/${rule.meta.id}.md`, renderRuleDoc(rule))
writeFileSync('README.md', spliceRuleTable(readFileSync('README.md', 'utf8'), rules))
console.log(`wrote ${rules.length} rule docs and the README table`)
