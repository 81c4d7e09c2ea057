// Cold start (issue 14: a pre-publish hook that answers at once). Whole-process wall time of
// `node bin/wirelint.js` on one ~5 KB story (examples/cold-start-story.txt), median of
// COLD_RUNS fresh processes, next to `node -e ""` (node start-up alone) measured in the same run;
// then the import cost of each runtime dependency and of the CLI's own modules, each in a fresh
// process (in-process time of `await import()`, so node start-up is not counted). The target is
// at most 300 ms whole process. Runs the compiled CLI: `npm run build` first.
// `COLD_BASELINE=/path/to/other/bin/wirelint.js` also times another build in the same run.
// Run alone with `npx tsx scripts/bench-cold.ts`; `npm run bench` runs it at the end.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { median, ms, quick, root, targets, textlintArgs, wall, wirelintArgs } from './lib/bench.js'

const story = fileURLToPath(new URL('../examples/cold-start-story.txt', import.meta.url))
const runs = Number(process.env.COLD_RUNS ?? (quick ? 3 : 7))

/** Median in-process time (ms) of `await import(specifier)` in a fresh node process. */
function importCost(specifier: string): number {
  const samples: number[] = []
  for (let i = 0; i < 3; i++) {
    const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t)`
    samples.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root }).toString()))
  }
  return median(samples)
}

const size = readFileSync(story, 'utf8').length
console.log(`\ncold start: whole process, median of ${runs} runs, one ${(size / 1024).toFixed(1)} KB story (target <= 300 ms):`)
const bare = wall(process.execPath, ['-e', ''], runs)
const cli = wall(process.execPath, wirelintArgs(story), runs)
const peer = wall(process.execPath, textlintArgs(story), runs)
console.log(`  ${'node -e "" (node start-up)'.padEnd(42)}${bare.toFixed(0).padStart(6)} ms   1.00x`)
console.log(`  ${'node bin/wirelint.js story'.padEnd(42)}${cli.toFixed(0).padStart(6)} ms  ${(cli / bare).toFixed(2).padStart(5)}x  ${cli <= 300 ? '(within 300 ms)' : '(OVER 300 ms)'}`)
console.log(`  ${'textlint + write-good story'.padEnd(42)}${peer.toFixed(0).padStart(6)} ms  ${(peer / bare).toFixed(2).padStart(5)}x`)
if (process.env.COLD_BASELINE) {
  const other = wall(process.execPath, [process.env.COLD_BASELINE, story], runs)
  console.log(`  ${'COLD_BASELINE story'.padEnd(42)}${other.toFixed(0).padStart(6)} ms  ${(other / bare).toFixed(2).padStart(5)}x`)
}
targets.push(
  { work: `cold start, one ${(size / 1024).toFixed(1)} KB story, whole process`, figure: ms(cli), baseline: `node start-up ${ms(bare)}`, ratio: cli / bare, target: '<= 300 ms', holds: cli <= 300 },
  { work: 'cold start against the peer', figure: ms(cli), baseline: `textlint + write-good ${ms(peer)}`, ratio: cli / peer, target: '< 1x (faster)', holds: cli < peer },
)

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> }
const dependencies = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@types/'))
const own = ['./dist/rules/wirelint-cli.cjs', './dist/src/cli/main.js', './dist/src/cli/run.js', './dist/src/engine/linter.js', './dist/rules/index.js', './dist/src/formatters/stylish.js']
const costs = quick ? [] : [...dependencies, ...own].map((name) => [name, importCost(name)] as const)
if (quick) console.log('\n(import cost per dependency: skipped with --quick)')
else {
  console.log('\nimport cost, fresh process each, median of 3 (ms; the CLI runs the bundle dist/rules/wirelint-cli.cjs from its V8 code cache, which holds most of the rest; yaml, diff, write-file-atomic, tinyglobby and serve load only on their paths, wink on the first tag):')
  for (const [name, cost] of costs.sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(42)}${cost.toFixed(1).padStart(6)} ms`)
}
