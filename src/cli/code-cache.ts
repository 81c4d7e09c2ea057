// Runs the CLI bundle (dist/rules/wirelint-cli.cjs, scripts/bundle-cli.mjs) from V8's code cache
// (issue 14: cold start). Node 20 has no module compile cache, so every start parsed and compiled
// the 1.4 MB bundle, then compiled each function it ran on first call. `npm run build` runs the CLI
// once on an example story and saves V8's code for everything that ran beside the bundle
// (wirelint-cli.cache); later starts take it instead of compiling. V8 rejects a cache made by
// another version or with other flags, but checks the source only by its length: the cache file
// therefore starts with a SHA-256 of the source, and one made for other source is not used. A
// rejected cache costs only a normal compile: the cache changes how fast the CLI starts, never
// what it does.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import vm from 'node:vm'

/** The bundle's module function: CommonJS's five arguments, then `import()` relative to the bundle. */
type BundleFunction = (
  exports: Record<string, unknown>,
  require: NodeJS.Require,
  module: { exports: Record<string, unknown> },
  filename: string,
  dirname: string,
  importHook: (specifier: string) => Promise<unknown>,
) => void

/** SHA-256 of the compiled source, the first 32 bytes of its cache file. */
const digestOf = (source: string): Buffer => createHash('sha256').update(source).digest()

// The digest of each loaded script's source, for writing its cache: a lazily filled cache.
const cacheDigests = new WeakMap<vm.Script, Buffer>()

/** Where the cache of a bundle lives: beside it, `.cjs` replaced by `.cache`. */
export const cacheFileOf = (bundle: string): string => bundle.replace(/\.cjs$/u, '.cache')

/**
 * Loads the CommonJS bundle at `bundle` (a path) through V8's code cache beside it when there is one
 * made for this very source, and returns its exports (`script.cachedDataRejected` is `undefined`
 * when no cache was offered). `import()` inside the bundle goes through the `__wirelintImportHook` it
 * is given (a script compiled from a cache loses Node's own dynamic-import callback on Node 20).
 */
export function loadBundle(bundle: string): { exports: Record<string, unknown>; script: vm.Script } {
  const cacheFile = cacheFileOf(bundle)
  const source = readFileSync(bundle, 'utf8')
  const wrapped = `(function (exports, require, module, __filename, __dirname, __wirelintImportHook) {${source}\n})`
  const digest = digestOf(wrapped)
  const saved = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined
  const cachedData = saved && saved.subarray(0, digest.length).equals(digest) ? saved.subarray(digest.length) : undefined
  const script = new vm.Script(wrapped, { filename: bundle, ...(cachedData ? { cachedData } : {}) })
  cacheDigests.set(script, digest)
  const module = { exports: {} as Record<string, unknown> }
  const bundleUrl = pathToFileURL(bundle)
  const importHook = (specifier: string) => import(specifier.startsWith('.') ? new URL(specifier, bundleUrl).href : specifier)
  const run = script.runInThisContext() as BundleFunction
  run(module.exports, createRequire(bundle), module, bundle, fileURLToPath(new URL('.', bundleUrl)), importHook)
  return { exports: module.exports, script }
}

/**
 * Runs the CLI from the bundle at `bundle`. With `writeCache` (the build does this once), saves
 * V8's code for everything the run compiled as the bundle's cache, for the next starts.
 */
export async function runBundledCli(bundle: string, writeCache = false): Promise<void> {
  const { exports, script } = loadBundle(bundle)
  const main = exports.main
  if (typeof main !== 'function') throw new Error(`${bundle} exports no main()`)
  await (main as () => Promise<void>)()
  const digest = cacheDigests.get(script)
  if (writeCache && digest) writeFileSync(cacheFileOf(bundle), Buffer.concat([digest, script.createCachedData()]))
}
