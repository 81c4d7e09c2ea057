// Per-rule cost (issue 14): each rule of `all` alone on the Brown press stories (A-C), the story
// model built and tagged beforehand so only the rule is timed; CPU time of the process (steadier
// than wall time on a shared machine), summed over RULES_ROUNDS rounds. With
// `RULES_BASELINE=/path/to/another/checkout` (built with `npm run build`), each rule runs in both
// builds, A (the baseline) and B (this one) alternated round by round, and the ratio B/A is
// printed with the median of the per-round ratios and both builds' finding counts.
// Runs the compiled code: `npm run build` first. `npx tsx scripts/bench-rules.ts [id,id...]`.
// The noise floor: `RULES_BASELINE=.` (the same build as both A and B) gave 1.03-1.21 on a loaded
// machine (B, the build loaded first, comes out slower), so read ratios against that, not 1.
import { brownPress } from './lib/brown.js'
import { root } from './lib/bench.js'

type Runner = (ids: ReadonlySet<string>) => () => number

const rounds = Number(process.env.RULES_ROUNDS ?? 6)
const texts = brownPress().map((s) => s.text)

/** Loads a build's linter and story model, and builds and tags every story once. */
async function runnerOf(checkout: string): Promise<{ ids: string[]; run: Runner }> {
  const base = `file://${checkout.replace(/\/?$/u, '/')}dist/src/`
  const { createLinter } = await import(`${base}index.js`)
  const { createStory } = await import(`${base}engine/story/index.js`)
  const { runOnStory } = await import(`${base}engine/run.js`)
  const active: { rule: { meta: { id: string } } }[] = createLinter({ config: { preset: 'all' } }).rulesFor()
  const stories = texts.map((text) => {
    const story = createStory(text)
    for (const sentence of story.sentences) story.tags(sentence)
    void story.words
    return story
  })
  const run: Runner = (ids) => {
    const chosen = active.filter((a) => ids.has(a.rule.meta.id))
    return () => stories.reduce((n, story) => n + runOnStory(story, chosen).length, 0)
  }
  return { ids: active.map((a) => a.rule.meta.id), run }
}

/** CPU milliseconds of one call and its result. */
function cpu(run: () => number): [number, number] {
  const start = process.cpuUsage()
  const found = run()
  const used = process.cpuUsage(start)
  return [(used.user + used.system) / 1000, found]
}

const b = await runnerOf(root)
const a = process.env.RULES_BASELINE ? await runnerOf(process.env.RULES_BASELINE) : undefined
const wanted = process.argv[2]?.split(',') ?? b.ids
console.log(`\nrules alone on ${texts.length} Brown press stories, CPU ms over ${rounds} rounds${a ? ' (A = RULES_BASELINE, B = this build, alternated)' : ''}:`)
const rows: { id: string; line: string; time: number }[] = []
for (const id of wanted) {
  const runB = b.run(new Set([id]))
  const runA = a?.run(new Set([id]))
  runB()
  runA?.()
  let [timeA, timeB, foundA, foundB] = [0, 0, 0, 0]
  const ratios: number[] = []
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? ['b', 'a'] : ['a', 'b']
    let [roundA, roundB] = [0, 0]
    for (const which of order) {
      if (which === 'a' && runA) [roundA, foundA] = cpu(runA)
      if (which === 'b') [roundB, foundB] = cpu(runB)
    }
    timeA += roundA
    timeB += roundB
    if (runA) ratios.push(roundB / roundA)
  }
  ratios.sort((x, y) => x - y)
  const ab = runA ? `  A ${timeA.toFixed(0).padStart(6)}  B/A ${(timeB / timeA).toFixed(3)}  median round ${(ratios[ratios.length >> 1] ?? 0).toFixed(3)}  findings A ${foundA} B ${foundB}` : ''
  rows.push({ id, time: timeB, line: `  ${id.padEnd(24)} B ${timeB.toFixed(0).padStart(6)}${ab}` })
}
for (const row of rows.sort((x, y) => y.time - x.time)) console.log(row.line)
