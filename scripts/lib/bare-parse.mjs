// The baseline of the throughput bench: a whole process that reads story files and parses each
// paragraph with bare retext-english (no rules), as the story model does. Plain JavaScript, so it
// starts as fast as node can. Usage: node scripts/lib/bare-parse.mjs FILE...
import { readFileSync } from 'node:fs'
import retextEnglish from 'retext-english'
import { unified } from 'unified'

const parser = unified().use(retextEnglish)
for (const file of process.argv.slice(2)) {
  for (const paragraph of readFileSync(file, 'utf8').split(/\n[ \t]*\n/u)) parser.parse(paragraph)
}
