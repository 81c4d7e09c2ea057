// Bundles the compiled CLI (dist/src/cli/bundle-entry.js: the command and its worker threads' task) into one file, dist/rules/wirelint-cli.cjs,
// which bin/wirelint.js runs from V8's code cache (written last, below) (cold start, issue 14: node resolves, reads and compiles a few hundred
// modules otherwise, a third of the start-up). It sits in dist/rules/ so the rule modules' data
// (`./data/<name>` beside import.meta.url) resolve exactly as unbundled. What only some paths
// need stays outside and is loaded on demand: `serve` (its worker is a file of its own), yaml,
// diff, write-file-atomic, tinyglobby and the tagger (wink), loaded on first use by a rule.
import { spawnSync } from 'node:child_process'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { build } from 'esbuild'

// write-good (CommonJS) assigns undeclared variables, which the bundle's strict mode refuses: it stays a
// module of its own. The input formats' parsers (issue 16) are imported only when a file of that
// format is read: outside the bundle, a plain-text lint never reads or compiles them. tinypool starts
// its workers from a file of its own package: it stays outside too.
const external = [
  'yaml', 'diff', 'write-file-atomic', 'tinyglobby', 'wink-nlp', 'wink-eng-lite-web-model', 'write-good', 'tinypool',
  'remark-parse', 'rehype-parse', 'xast-util-from-xml', '@humanwhocodes/momoa',
]

// zod's namespace (`import { z } from 'zod'`) re-exports every locale's messages (400 KB, a fifth
// of the bundle, parsed and compiled on every start) and fromJSONSchema; wirelint uses neither
// (zod's English messages come from locales/en.js, imported by zod itself). The bundle gets
// stand-ins, and the build fails if wirelint's own code ever names them.
const zodUnused = {
  name: 'zod-unused',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`) ? { path: 'locales', namespace: 'zod-unused' } : undefined,
    )
    b.onResolve({ filter: /^\.\/from-json-schema\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`) ? { path: 'from-json-schema', namespace: 'zod-unused' } : undefined,
    )
    b.onLoad({ filter: /.*/, namespace: 'zod-unused' }, (args) => ({
      contents:
        args.path === 'locales'
          ? 'export {}'
          : "export function fromJSONSchema() { throw new Error('zod fromJSONSchema is not in the wirelint bundle') }",
      loader: 'js',
    }))
  },
}
for (const file of await readdir('dist', { recursive: true })) {
  if (!file.endsWith('.js') || file.includes('wirelint-')) continue
  const text = await readFile(path.join('dist', file), 'utf8')
  if (/\bz\.locales\b|\bfromJSONSchema\b/u.test(text)) throw new Error(`dist/${file} uses zod's locales or fromJSONSchema, which scripts/bundle-cli.mjs leaves out`)
}

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // esbuild 0.28's table says node 20 lacks some Unicode property escapes (`/^\p{Lu}\p{Ll}/u`) and
  // rewrites each such literal as `new RegExp(...)`, a new object on every call, 4 to 5 times
  // slower than the literal (issue 14: 284 of them in the CLI bundle, many inside per-word loops).
  // Node 20 has them all.
  supported: { 'regexp-unicode-property-escapes': true },
  external,
  logLevel: 'warning',
  // CommonJS dependencies call require(): give the ES module bundle one.
  banner: { js: "import { createRequire as wirelintCreateRequire } from 'node:module'\nconst require = wirelintCreateRequire(import.meta.url)" },
}

// The CLI itself is CommonJS, run by bin/wirelint.js through V8's code cache (src/cli/code-cache.ts):
// node 20 caches compiled code only for scripts it is handed, not for ES modules. Its `import()`s
// go through the hook that loader gives (relative to the bundle), and import.meta.url is the
// bundle's own URL, so rule data and the worker file resolve as from dist/rules/.
const cli = 'dist/rules/wirelint-cli.cjs'
const built = await build({
  ...shared,
  format: 'cjs',
  write: false,
  entryPoints: ['dist/src/cli/bundle-entry.js'],
  outfile: cli,
  define: { 'import.meta.url': '__wirelintUrl' },
  banner: {},
  plugins: [
    zodUnused,
    {
      name: 'serve-outside',
      // (esbuild filters are Go regular expressions: no u flag.)
      setup(b) {
        b.onResolve({ filter: /^\.\/serve\.js$/ }, () => ({ path: '../src/cli/serve.js', external: true }))
      },
    },
  ],
})
const code = (built.outputFiles[0]?.text ?? '').replace(/(?<=[\s([,=])import\(/gu, '__wirelintImport(')
const stray = code.split('\n').find((line) => /(?<![\w$.{])import\(/u.test(line) && !/^\s*(?:\/\/|\*)/u.test(line))
if (stray) throw new Error(`scripts/bundle-cli.mjs: an import() the loader cannot hook: ${stray.trim()}`)
const banner = [
  "const __wirelintUrl = require('node:url').pathToFileURL(__filename).href",
  // Under src/cli/code-cache.ts the hook is given; required plainly, import() itself is right.
  "const __wirelintImport = typeof __wirelintImportHook === 'function' ? __wirelintImportHook : (specifier) => import(specifier)",
].join('\n')
await writeFile(cli, `${banner}\n${code}`)

// The CLI's worker thread (--threads, src/cli/engine.ts finds it beside the CLI bundle): the task
// exported by the CLI bundle itself, loaded through the same V8 code cache, so each worker starts
// as fast as the CLI does and compiles nothing the CLI's cache holds.
await writeFile(
  'dist/rules/wirelint-worker.js',
  [
    '// Generated by scripts/bundle-cli.mjs: a worker thread of the CLI runs the bundle\'s lintTask (src/cli/worker.ts).',
    "import { fileURLToPath } from 'node:url'",
    "import { loadBundle } from '../src/cli/code-cache.js'",
    '',
    "export default loadBundle(fileURLToPath(new URL('./wirelint-cli.cjs', import.meta.url))).exports.lintTask",
    '',
  ].join('\n'),
)

// V8's code cache for the CLI (src/cli/code-cache.ts): the code compiled while linting an example
// story, so later starts skip compiling it. A stale or foreign cache is rejected by V8 and costs a
// normal compile; a failed run leaves no cache.
await rm('dist/rules/wirelint-cli.cache', { force: true })
const trained = spawnSync(process.execPath, ['scripts/write-code-cache.mjs', 'examples/wire-story.txt'], { stdio: ['ignore', 'ignore', 'inherit'] })
if (trained.status !== 0 && trained.status !== 1) throw new Error(`scripts/write-code-cache.mjs exited with ${trained.status}`)
