import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { ConfigError, lint, lintFile } from '../../src/index.js'
import { gnuRule, zebraRule } from '../fixtures/test-rules.js'

const plugins = [zebraRule, gnuRule]

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelint-config-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content)
  return dir
}

describe('config validation', () => {
  test.each([
    [{ rules: { 'no-such-rule': 'error' } }, '<options>: rules.no-such-rule: Unknown rule `no-such-rule`, see `wirelint --list-rules`'],
    [{ rules: { zebraword: 'error' } }, '<options>: rules.zebraword: Unknown rule `zebraword`, did you mean `zebra-word`?'],
    [{ rules: { 'zebra-word': 'loud' } }, '<options>: rules.zebra-word: Unexpected value `"loud"`, expected a severity'],
    [{ rules: { 'zebra-word': ['error', { replacement: 3 }] } }, '<options>: rules.zebra-word.1.replacement: Unexpected value `3`, expected `string`'],
    [{ rules: { 'zebra-word': { colour: 'red' } } }, '<options>: rules.zebra-word: Unexpected key `colour`'],
    [{ preset: 'most' }, '<options>: preset: Unexpected value `"most"`, expected `"recommended"` or `"all"` or `"none"`'],
    [{ rulez: {} }, '<options>: Unexpected key `rulez`'],
  ])('%j is refused with a located message', async (config, message) => {
    const error = await lint('Text.', { config: config as never, plugins }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toContain(message)
  })
})

describe('config files', () => {
  test('.wirelintrc.json is discovered from the story folder, with overrides by glob', async () => {
    const dir = tempDir({
      '.wirelintrc.json': JSON.stringify({ preset: 'none', rules: { 'zebra-word': 'warning' }, overrides: [{ files: 'india/**', rules: { 'zebra-word': 'off' } }] }),
      'a.txt': 'A zebra.',
    })
    const { diagnostics } = await lintFile(path.join(dir, 'a.txt'), { plugins })
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['zebra-word'])
    const { mkdirSync } = await import('node:fs')
    mkdirSync(path.join(dir, 'india'))
    writeFileSync(path.join(dir, 'india', 'b.txt'), 'A zebra.')
    expect((await lintFile(path.join(dir, 'india', 'b.txt'), { plugins })).diagnostics).toEqual([])
  })

  test('.wirelintrc.yaml and a package.json "wirelint" key are read', async () => {
    const yamlDir = tempDir({ '.wirelintrc.yaml': 'preset: none\nrules:\n  gnu-word: warning\n', 'a.txt': 'A gnu.' })
    expect((await lintFile(path.join(yamlDir, 'a.txt'), { plugins })).diagnostics.map((d) => d.severity)).toEqual(['warning'])
    const pkgDir = tempDir({ 'package.json': JSON.stringify({ name: 'desk', wirelint: { preset: 'none', rules: { 'gnu-word': 'info' } } }), 'a.txt': 'A gnu.' })
    expect((await lintFile(path.join(pkgDir, 'a.txt'), { plugins })).diagnostics.map((d) => d.severity)).toEqual(['info'])
  })

  test('a malformed config file names the file', async () => {
    const dir = tempDir({ '.wirelintrc.json': '{ "rules": ', 'a.txt': 'A gnu.' })
    await expect(lintFile(path.join(dir, 'a.txt'), { plugins })).rejects.toThrow(/\.wirelintrc\.json: Unexpected JSON syntax/u)
  })

  test('a .js config is never discovered (no code runs unless named explicitly)', async () => {
    const dir = tempDir({ 'wirelint.config.js': 'throw new Error("ran")', '.wirelintrc.cjs': 'throw new Error("ran")', 'a.txt': 'A gnu.' })
    await expect(lintFile(path.join(dir, 'a.txt'), { plugins })).resolves.toBeDefined()
  })

  test('an explicit .mjs config runs', async () => {
    const dir = tempDir({ 'cfg.mjs': 'export default { preset: "none", rules: { "gnu-word": "error" } }', 'a.txt': 'A gnu.' })
    const { diagnostics } = await lintFile(path.join(dir, 'a.txt'), { plugins, configFile: path.join(dir, 'cfg.mjs') })
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['gnu-word'])
  })
})

test('malformed YAML names the file', async () => {
  const dir = tempDir({ '.wirelintrc.yaml': 'rules: [unclosed\n', 'a.txt': 'A gnu.' })
  await expect(lintFile(path.join(dir, 'a.txt'), { plugins })).rejects.toThrow(/\.wirelintrc\.yaml: Unexpected YAML syntax/u)
})
