// npx tsx scripts/debug-residue.ts FILE... : the residue classifier's view of each line of the given
// files (tune-split corpus files or your own): candidate or not, the line model's logit minus its
// threshold, and the features that pushed it most. For working on the classifier; not a test.
import { readFileSync } from 'node:fs'
import { createStory } from '../src/engine/story/index.js'
import { featureNames, isCandidate, lineFeatures, lineTail, residueContext, residueLogit, type ResidueModel } from '../rules/lib/residue.js'

const model = JSON.parse(readFileSync(new URL('../rules/data/residue-model.json', import.meta.url), 'utf8')) as ResidueModel
for (const file of process.argv.slice(2)) {
  const story = createStory(readFileSync(file, 'utf8'))
  const context = residueContext(story)
  console.log(`== ${file} (body ${context.bodyStart}-${context.bodyEnd})`)
  for (const line of story.lines) {
    if (line.blank) continue
    const candidate = isCandidate(story, context, line)
    const tail = candidate ? undefined : lineTail(story, line)
    if (!candidate && !tail) {
      console.log(`   body  ${line.text.slice(0, 70)}`)
      continue
    }
    const part = candidate ? model : model.tail
    const features = lineFeatures(story, context, line, tail)
    const score = residueLogit(part, features) - part.threshold
    // Per-feature pushes mean something for a logistic model only (the tail model).
    const top = (part.hidden ? [] : featureNames)
      .map((n) => [n, (part.weights[n] ?? 0) * features[n]] as const)
      .filter(([, v]) => Math.abs(v) > 0.4)
      .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
      .slice(0, 6)
      .map(([n, v]) => `${n}${v > 0 ? '+' : ''}${v.toFixed(1)}`)
    console.log(`${score > 0 ? '*' : ' '}${score.toFixed(1).padStart(5)} ${candidate ? 'line' : 'tail'} ${(tail?.text ?? line.text).trim().slice(0, 60).padEnd(60)} ${top.join(' ')}`)
  }
}
