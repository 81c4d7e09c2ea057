// Scale with size (issue 14: no quadratic step). One large file of Brown prose linted in process
// with the default rules at two sizes, 1 MB and 10 MB (0.1 and 1 MB with --quick): the cost per MB
// may grow at most 1.3x, and the default rules may cost at most 3x a bare per-paragraph
// retext-english parse of the same text. Run alone: `npx tsx scripts/bench-scale.ts`.
import { performance } from 'node:perf_hooks'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { createLinter } from '../src/index.js'
import { brownStories } from './lib/brown.js'
import { ms, quick, targets } from './lib/bench.js'

const [small, large] = quick ? [0.1, 1] : [1, 10]
const prose = brownStories()
  .map((s) => s.text.trim())
  .join('\n\n')
/** About `mb` MB (UTF-16 characters / 2^20) of whole paragraphs. */
function text(mb: number): string {
  const want = mb * 2 ** 20
  let out = ''
  while (out.length < want) out += `${out === '' ? '' : '\n\n'}${prose}`
  const cut = out.lastIndexOf('\n\n', want)
  return `${out.slice(0, cut > 0 ? cut : want)}\n`
}

const linter = createLinter()
linter.lint(text(0.02)) // loads the tagger, the model and the dictionaries
const seconds = (run: () => unknown): number => {
  const start = performance.now()
  run()
  return (performance.now() - start) / 1000
}
const parser = unified().use(retextEnglish)
const smallText = text(small)
const parse = () => smallText.split(/\n[ \t]*\n/u).map((p) => parser.parse(p))
parse() // warm up, as the linter was
const bare = seconds(parse) / small
const costSmall = seconds(() => linter.lint(smallText)) / small
const largeText = text(large)
const costLarge = seconds(() => linter.lint(largeText)) / large

console.log(`\nscale with size: one file, default rules, in process (seconds per MB):`)
console.log(`  ${`bare per-paragraph parse, ${small} MB`.padEnd(42)}${bare.toFixed(2).padStart(8)} s/MB`)
console.log(`  ${`wirelint, ${small} MB`.padEnd(42)}${costSmall.toFixed(2).padStart(8)} s/MB  ${(costSmall / bare).toFixed(2)}x the bare parse`)
console.log(`  ${`wirelint, ${large} MB`.padEnd(42)}${costLarge.toFixed(2).padStart(8)} s/MB  ${(costLarge / costSmall).toFixed(2)}x the cost per MB at ${small} MB`)
targets.push(
  { work: `cost per MB, ${large} MB against ${small} MB`, figure: `${ms(costLarge * 1000)}/MB`, baseline: `${ms(costSmall * 1000)}/MB at ${small} MB`, ratio: costLarge / costSmall, target: '<= 1.3x', holds: costLarge / costSmall <= 1.3 },
  { work: `default rules against the bare parse, ${small} MB`, figure: `${ms(costSmall * 1000)}/MB`, baseline: `bare parse ${ms(bare * 1000)}/MB`, ratio: costSmall / bare, target: '<= 3x', holds: costSmall / bare <= 3 },
)
