// wirelint inside your own unified pipeline: plain text through retext-english, and Markdown
// through remark-parse and remark-retext (positions point into the Markdown source, markup and
// code are never read as prose). The plugin takes the same options as `createLinter`.
// Run: npx tsx examples/retext-pipeline.ts
import { ParseEnglish } from 'parse-english'
import { reporter } from 'vfile-reporter'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { retextWirelint } from '../src/retext.js'

const options = { config: { preset: 'recommended' as const }, rules: { 'lakh-crore': 'warn' as const } }

const plain = new VFile({ path: 'desk/port.txt', value: 'Some 4,70,000 dockers voted on Monday.\n' })
const text = unified().use(retextEnglish).use(retextWirelint, options)
await text.run(text.parse(plain), plain)

const markdown = new VFile({ path: 'desk/port.md', value: '# Port vote\n\nSome **4,70,000** dockers voted, the the union said.\n' })
const md = unified().use(remarkParse).use(remarkRetext, ParseEnglish).use(retextWirelint, options)
await md.run(md.parse(markdown), markdown)

console.log(reporter([plain, markdown]))
