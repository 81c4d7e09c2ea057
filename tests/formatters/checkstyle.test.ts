import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, test } from 'vitest'
import { checkstyle, escapeXmlAttribute } from '../../src/formatters/checkstyle.js'
import { rules } from '../../rules/index.js'
import { diagnosticAt, storyResults } from './fixtures.js'

const root = path.resolve(import.meta.dirname, '../..')
const context = { rules, color: false, cwd: '/desk' }

interface ParsedError {
  line: string
  column: string
  severity: string
  message: string
  source: string
}
interface ParsedFile {
  name: string
  error?: ParsedError[]
}

/** Parses checkstyle XML back, after checking it is well-formed. */
function parse(xml: string): ParsedFile[] {
  expect(XMLValidator.validate(xml)).toBe(true)
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (name) => name === 'file' || name === 'error' })
  const document = parser.parse(xml) as { checkstyle: { version: string; file?: ParsedFile[] } }
  expect(document.checkstyle.version).toBe('4.3')
  return document.checkstyle.file ?? []
}

describe('--format checkstyle', () => {
  test('is well-formed XML with a <file> per story and an <error> per diagnostic', () => {
    const files = parse(checkstyle(storyResults(), context))
    expect(files.map((f) => f.name)).toEqual(['desk/valmora story.txt', 'desk/clean.txt'])
    expect(files[0]?.error).toEqual([
      { line: '3', column: '16', severity: 'warning', message: 'Unexpected repeated `the the`, remove one occurrence (repeated-words)', source: 'wirelint.repeated-words' },
      { line: '4', column: '14', severity: 'error', message: 'Unexpected Indian digit grouping `4,70,000`, expected `470,000` (number-grouping)', source: 'wirelint.number-grouping' },
      { line: '4', column: '29', severity: 'info', message: 'Unexpected repeated attribution `, reported Lena Ostrova`, remove it (repeated-attribution)', source: 'wirelint.repeated-attribution' },
    ])
    expect(files[1]?.error).toBeUndefined()
  })

  test('escapes markup, quotes and line breaks, and replaces characters XML cannot hold', () => {
    const text = 'A <b>"bold" & \'odd\'</b>\u0007 story\n'
    const d = diagnosticAt(text, 0, text.length - 1, { message: `Unexpected \`${text.slice(0, -1)}\`\non two lines` })
    const xml = checkstyle([{ file: 'a&b<"c">.txt', diagnostics: [d] }], context)
    expect(xml).not.toContain('<b>')
    expect(xml).not.toContain('\u0007')
    const [file] = parse(xml)
    expect(file?.name).toBe('a&b<"c">.txt')
    expect(file?.error?.[0]?.message).toBe('Unexpected `A <b>"bold" & \'odd\'</b>\ufffd story`\non two lines (repeated-words)')
  })

  test('escapeXmlAttribute', () => {
    expect(escapeXmlAttribute('a&<>"\'\t\n\r\ud800z')).toBe('a&amp;&lt;&gt;&quot;&apos;&#9;&#10;&#13;\ufffdz')
  })

  test('the command writes checkstyle XML that parses back', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wirelint-checkstyle-'))
    writeFileSync(path.join(dir, '.wirelintrc.json'), JSON.stringify({ preset: 'none', rules: { 'repeated-words': 'warning' } }))
    writeFileSync(path.join(dir, 'story.txt'), 'Dockers said the the strike was over.\n')
    const result = spawnSync(process.execPath, [path.join(root, 'bin/wirelint.js'), '--format', 'checkstyle', 'story.txt'], { cwd: dir, encoding: 'utf8' })
    expect(result.status).toBe(0)
    expect(parse(result.stdout)).toEqual([
      { name: 'story.txt', error: [{ line: '1', column: '14', severity: 'warning', message: 'Unexpected repeated `the`, remove one occurrence (repeated-words)', source: 'wirelint.repeated-words' }] },
    ])
  })
})
