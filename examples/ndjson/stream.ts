// wirelint as a map step of a stream pipeline (a Kafka consumer, Spark's `rdd.pipe`, Beam, a shell
// pipe): one long-lived `wirelint --ndjson` process takes one story per line on standard input and
// answers one JSON result line per story, in the same order, as soon as each is linted.
//
// Run: npx tsx examples/ndjson/stream.ts [examples/ndjson/stories.ndjson]
// The same from a shell: npx wirelint --ndjson < examples/ndjson/stories.ndjson
import { spawn } from 'node:child_process'
import { createReadStream } from 'node:fs'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const input = process.argv[2] ?? fileURLToPath(new URL('./stories.ndjson', import.meta.url))
const bin = fileURLToPath(new URL('../../bin/wirelint.js', import.meta.url)) // `npx wirelint` when installed

/** One result line: a linted story, or a line that could not be linted. */
type Result =
  | { id: string | number; line: number; publishable: boolean; errors: number; warnings: number; diagnostics: { ruleId: string; message: string }[] }
  | { id: string | number; line: number; publishable: false; error: string }

const wirelint = spawn(process.execPath, [bin, '--ndjson'], { stdio: ['pipe', 'pipe', 'inherit'] })

// Feed the stories as a consumer would hand them over, waiting whenever wirelint's input is full.
const feed = (async () => {
  for await (const chunk of createReadStream(input)) {
    if (!wirelint.stdin.write(chunk)) await once(wirelint.stdin, 'drain')
  }
  wirelint.stdin.end()
})()

// Results arrive one line per story, in input order, while later stories are still being read.
for await (const line of createInterface({ input: wirelint.stdout })) {
  const result = JSON.parse(line) as Result
  if ('error' in result) {
    console.log(`${result.id}: not linted (line ${result.line}): ${result.error}`)
    continue
  }
  const verdict = result.publishable ? 'publish' : 'hold'
  console.log(`${result.id}: ${verdict} (${result.errors} errors, ${result.warnings} warnings)`)
  for (const d of result.diagnostics) console.log(`  ${d.ruleId}: ${d.message}`)
}
await feed
const [code] = (await once(wirelint, 'close')) as [number]
// 0 every story is clean, 1 some story has errors, 2 some line could not be linted.
console.log(`wirelint exited with ${code}`)
