import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import ajvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import type { Log } from 'sarif'
import { describe, expect, test } from 'vitest'
import { sarif } from '../../src/formatters/sarif.js'
import { rules } from '../../rules/index.js'
import { storyResults } from './fixtures.js'

const root = path.resolve(import.meta.dirname, '../..')
const require = createRequire(import.meta.url)

/** The SARIF 2.1.0 schema (OASIS, as shipped by @microsoft/jest-sarif), compiled with a draft-04 validator. */
function sarifValidator() {
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object
  // The schema's `language` pattern has a stray `]` that only non-unicode RegExp syntax accepts.
  const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false })
  ajvFormats.default(ajv)
  return ajv.compile(schema)
}

const validate = sarifValidator()

function expectValid(log: unknown): void {
  const ok = validate(log)
  expect(validate.errors ?? [], 'SARIF schema errors').toEqual([])
  expect(ok).toBe(true)
}

describe('--format sarif', () => {
  const cwd = '/newsroom/desk'
  const log = JSON.parse(sarif(storyResults(), { rules, color: false, cwd })) as Log
  const run = log.runs[0]

  test('is valid against the SARIF 2.1.0 schema', () => {
    expectValid(log)
    expect(log.version).toBe('2.1.0')
  })

  test('describes the tool and every rule with its help URI and descriptions', () => {
    const driver = run?.tool.driver
    expect(driver?.name).toBe('wirelint')
    expect(driver?.version).toMatch(/^\d+\.\d+\.\d+/u)
    const repeated = driver?.rules?.find((r) => r.id === 'repeated-words')
    expect(repeated).toMatchObject({
      id: 'repeated-words',
      helpUri: 'https://github.com/wirelint/wirelint/blob/main/rules/repeated-words.md',
      shortDescription: { text: 'Flag a word or phrase repeated by mistake, such as `the the`, `Secretary General Secretary General` or `short-term term` (wraps retext-repeated-words)' },
      fullDescription: { text: 'A doubled word is a typing slip that survives feeds and spell checkers; readers see it at once.' },
      defaultConfiguration: { level: 'warning' },
    })
    expect(driver?.rules?.map((r) => r.id)).toEqual(rules.map((r) => r.meta.id))
  })

  test('gives each result its rule, level, message, region in UTF-16 columns, snippet and artifact', () => {
    expect(run?.columnKind).toBe('utf16CodeUnits')
    expect(run?.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///newsroom/desk/' } })
    const [doubled, grouping, attribution] = run?.results ?? []
    expect(doubled).toMatchObject({
      ruleId: 'repeated-words',
      ruleIndex: rules.findIndex((r) => r.meta.id === 'repeated-words'),
      level: 'warning',
      message: { text: 'Unexpected repeated `the the`, remove one occurrence' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'desk/valmora%20story.txt', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 16, endLine: 3, endColumn: 23, charOffset: 40, charLength: 7, snippet: { text: 'the the' } },
          },
        },
      ],
    })
    expect(grouping?.level).toBe('error')
    expect(attribution?.level).toBe('note')
  })

  test('has fixes only for a safe expected[0], replacing exactly the flagged characters', () => {
    const [doubled, grouping, attribution] = run?.results ?? []
    expect(doubled?.fixes).toEqual([
      {
        description: { text: 'Replace `the the` with `the`' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'desk/valmora%20story.txt', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { startLine: 3, startColumn: 16, endLine: 3, endColumn: 23, charOffset: 40, charLength: 7 }, insertedContent: { text: 'the' } }],
          },
        ],
      },
    ])
    expect(grouping?.fixes?.[0]?.artifactChanges[0]?.replacements[0]?.insertedContent).toEqual({ text: '470,000' })
    expect(attribution?.fixes).toBeUndefined()
  })

  test('turns related into relatedLocations (the first place of a two-place defect)', () => {
    const attribution = run?.results?.[2]
    expect(attribution?.relatedLocations).toEqual([
      {
        id: 0,
        message: { text: 'First used here' },
        physicalLocation: {
          artifactLocation: { uri: 'desk/valmora%20story.txt', uriBaseId: '%SRCROOT%' },
          region: { startLine: 3, startColumn: 28, endLine: 3, endColumn: 51, charOffset: 52, charLength: 23, snippet: { text: ', reported Lena Ostrova' } },
        },
      },
    ])
  })

  test('files outside the working directory get absolute file URIs', () => {
    const outside = JSON.parse(sarif([{ file: '/elsewhere/b c.txt', diagnostics: storyResults()[0]?.diagnostics ?? [] }], { rules, color: false, cwd })) as Log
    expectValid(outside)
    expect(outside.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: pathToFileURL('/elsewhere/b c.txt').href })
  })

  test('the schema check is not vacuous: a wirelint severity is not a SARIF level', () => {
    const wrong = { version: '2.1.0', runs: [{ tool: { driver: { name: 'wirelint' } }, results: [{ message: { text: 'm' }, level: 'info' }] }] }
    expect(validate(wrong)).toBe(false)
  })

  test('an empty run is valid', () => {
    expectValid(JSON.parse(sarif([], { rules, color: false, cwd })))
  })

  test('the command writes valid SARIF for a real story', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wirelint-sarif-'))
    writeFileSync(path.join(dir, '.wirelintrc.json'), JSON.stringify({ preset: 'none', rules: { 'repeated-words': 'error' } }))
    writeFileSync(path.join(dir, 'story.txt'), 'Dockers said the the strike was over.\n')
    const result = spawnSync(process.execPath, [path.join(root, 'bin/wirelint.js'), '--format', 'sarif', 'story.txt'], { cwd: dir, encoding: 'utf8' })
    expect(result.status).toBe(1)
    const output = JSON.parse(result.stdout) as Log
    expectValid(output)
    expect(output.runs[0]?.results?.map((r) => [r.ruleId, r.level, r.locations?.[0]?.physicalLocation?.region?.snippet?.text])).toEqual([['repeated-words', 'error', 'the the']])
    expect(output.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: 'story.txt', uriBaseId: '%SRCROOT%' })
  })
})
