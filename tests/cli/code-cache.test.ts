// The CLI bundle runs through V8's code cache (src/cli/code-cache.ts): a cache must never answer for
// changed source, and import() inside the bundle must resolve beside the bundle.
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { cacheFileOf, loadBundle, runBundledCli } from '../../src/cli/code-cache.js'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function bundleIn(source: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelint-code-cache-'))
  dirs.push(dir)
  const file = path.join(dir, 'bundle.cjs')
  writeFileSync(file, source)
  return file
}

const answering = (value: string) => `globalThis.wirelintCodeCacheTest = ''\nexports.main = async () => { globalThis.wirelintCodeCacheTest = ${JSON.stringify(value)} }\nexports.value = () => ${JSON.stringify(value)}`

test('a written cache is taken by the next load, and the bundle behaves the same', async () => {
  const file = bundleIn(answering('first'))
  await runBundledCli(file, true)
  expect(Reflect.get(globalThis, 'wirelintCodeCacheTest')).toBe('first')
  const { exports, script } = loadBundle(file)
  expect(script.cachedDataRejected).toBe(false)
  expect((exports.value as () => string)()).toBe('first')
})

// V8 itself checks only the source length: the same length is the case its check would miss.
test.each([
  ['a longer', 'old', 'new, and longer'],
  ['the same length of', 'one', 'two'],
])('a cache written for other source (%s text) is not used and the new source runs', async (_, before, after) => {
  const file = bundleIn(answering(before))
  await runBundledCli(file, true)
  writeFileSync(file, answering(after))
  const { exports, script } = loadBundle(file)
  expect(script.cachedDataRejected).toBeUndefined()
  expect((exports.value as () => string)()).toBe(after)
})

test('a corrupt cache is rejected, not trusted', () => {
  const file = bundleIn(answering('kept'))
  const digest = createHash('sha256').update(`(function (exports, require, module, __filename, __dirname, __wirelintImportHook) {${answering('kept')}\n})`).digest()
  writeFileSync(cacheFileOf(file), Buffer.concat([digest, Buffer.from('not a code cache')]))
  const { exports, script } = loadBundle(file)
  expect(script.cachedDataRejected).toBe(true)
  expect((exports.value as () => string)()).toBe('kept')
})

test('import() in the bundle resolves relative specifiers beside the bundle, from a cache too', async () => {
  const file = bundleIn('exports.main = async () => {}\nexports.load = () => __wirelintImportHook("./beside.mjs")')
  writeFileSync(path.join(path.dirname(file), 'beside.mjs'), 'export const where = "beside the bundle"')
  await runBundledCli(file, true)
  const { exports, script } = loadBundle(file)
  expect(script.cachedDataRejected).toBe(false)
  const loaded = (await (exports.load as () => Promise<{ where: string }>)()).where
  expect(loaded).toBe('beside the bundle')
})
