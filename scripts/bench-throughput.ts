// Throughput (issue 14: an archive linted on every core). Whole-process wall time of the CLI on the
// 500 Brown stories (about 1.8 MB, one .txt file each, `--format json`) on one thread and on one
// worker per core, next to textlint + write-good and a bare per-paragraph retext-english parse of
// the same files, all medians of the same run. Run alone: `npx tsx scripts/bench-throughput.ts`.
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { brownFolder, ms, quick, root, targets, textlintArgs, wall, wirelintArgs } from './lib/bench.js'

const runs = Number(process.env.THROUGHPUT_RUNS ?? (quick ? 1 : 3))
const { dir, files, bytes } = brownFolder(quick ? 100 : 500)
const cores = Math.max(2, availableParallelism())
const node = process.execPath

console.log(`\nthroughput: ${files.length} Brown story files, ${(bytes / 2 ** 20).toFixed(2)} MB, whole process, median of ${runs} (${availableParallelism()} cores):`)
const bare = wall(node, [path.join(root, 'scripts/lib/bare-parse.mjs'), ...files], runs)
const one = wall(node, wirelintArgs('--threads', '1', '--format', 'json', dir), runs)
const many = wall(node, wirelintArgs('--threads', String(cores), '--format', 'json', dir), runs)
const peer = wall(node, textlintArgs(...files), runs)
const line = (label: string, value: number) => console.log(`  ${label.padEnd(42)}${ms(value).padStart(9)}  ${(value / bare).toFixed(2).padStart(6)}x the bare parse`)
line('bare per-paragraph parse', bare)
line('wirelint --threads 1', one)
line(`wirelint --threads ${cores}`, many)
line('textlint + write-good', peer)

const scaled = files.length === 500 ? '' : ` (${files.length} files: x${(500 / files.length).toFixed(0)} for 500)`
targets.push(
  { work: `${files.length} files, ${cores} workers, whole process${scaled}`, figure: ms(many), baseline: `bare parse ${ms(bare)}`, ratio: many / bare, target: '<= 1.2 s for 500', holds: many * (500 / files.length) <= 1200 },
  { work: `${files.length} files against the peer`, figure: ms(many), baseline: `textlint + write-good ${ms(peer)}`, ratio: peer / many, target: '>= 3x faster', holds: peer / many >= 3 },
  { work: `${files.length} files, ${cores} workers against 1`, figure: ms(many), baseline: `1 worker ${ms(one)}`, ratio: one / many, target: '>= 1.7x gain', holds: one / many >= 1.7 },
)
