// Lint a story from a feed pipeline and decide whether it may be published.
// Run: npx tsx examples/api.ts examples/wire-story.txt
import { readFile } from 'node:fs/promises'
import { fix, lint } from '../src/index.js'

const file = process.argv[2] ?? new URL('./wire-story.txt', import.meta.url).pathname
const text = await readFile(file, 'utf8')

const { diagnostics } = await lint(text, { filePath: file })
for (const d of diagnostics) {
  const suggestion = d.expected.length > 0 ? ` -> ${JSON.stringify(d.expected[0])}` : ''
  console.log(`${d.line}:${d.column} ${d.severity} ${d.ruleId}: ${d.message}${suggestion}`)
}

const publishable = !diagnostics.some((d) => d.severity === 'error')
console.log(publishable ? 'publishable' : 'blocked: errors remain')

// Safe fixes only (regrouping digits, spacing, removing verbatim duplicates, ...).
const { output, applied } = await fix(text)
console.log(`${applied.length} safe fixes applied; ${output.length} characters after fixing`)
