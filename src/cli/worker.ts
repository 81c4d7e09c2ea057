// A worker thread of the CLI (--threads): lints or fixes one story per task. Configuration is
// resolved here exactly as in the main thread (./linters.ts), one resolver per settings, so a
// story gets the same diagnostics whichever thread lints it. Exported by the CLI bundle (./bundle-entry.ts),
// which dist/rules/wirelint-worker.js loads through V8's code cache.
import { builtInRules } from '../config/presets.js'
import { type LintJob, type LintOutcome, lintJob } from './engine.js'
import { type LinterFor, linterResolver } from './linters.js'

const resolvers = new Map<string, Promise<LinterFor>>()

/** The tinypool task handler. */
export default async function lintTask(job: LintJob): Promise<LintOutcome> {
  const key = JSON.stringify(job.settings)
  let resolver = resolvers.get(key)
  if (!resolver) {
    resolver = linterResolver(job.settings, builtInRules)
    resolvers.set(key, resolver)
  }
  return lintJob(await (await resolver)(job.filePath), job)
}
