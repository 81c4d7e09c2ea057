// Bundles the compiled CLI (dist/src/cli/main.js) into one module, dist/rules/wirelint-cli.js,
// which bin/wirelint.js runs (cold start, issue 14: node resolves, reads and compiles a few hundred
// modules otherwise, a third of the start-up). It sits in dist/rules/ so the rule modules' data
// (`./data/<name>` beside import.meta.url) resolve exactly as unbundled. What only some paths
// need stays outside and is loaded on demand: `serve` (its worker is a file of its own), yaml,
// diff, write-file-atomic, tinyglobby and the tagger (wink), loaded on first use by a rule.
import { readdir, readFile } from 'node:fs/promises'
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
  external,
  logLevel: 'warning',
  // CommonJS dependencies call require(): give the ES module bundle one.
  banner: { js: "import { createRequire as wirelintCreateRequire } from 'node:module'\nconst require = wirelintCreateRequire(import.meta.url)" },
}

await build({
  ...shared,
  entryPoints: ['dist/src/cli/main.js'],
  outfile: 'dist/rules/wirelint-cli.js',
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

// The CLI's worker thread (--threads, src/cli/engine.ts finds it beside the CLI bundle): one file
// too, so each worker starts as fast as the CLI does.
await build({ ...shared, entryPoints: ['dist/src/cli/worker.js'], outfile: 'dist/rules/wirelint-worker.js', plugins: [zodUnused] })
