// The command on stories stored as newsroom formats (issue 16): formats by extension, content and
// --input-format; several stories in one file; a malformed file is a located error with exit 2
// while the other files are still linted; --fix writes back in the file's own syntax.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const bin = path.join(root, 'bin', 'wirelint.js')

function run(args: string[], cwd: string, input = '') {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function desk(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelint-formats-'))
  writeFileSync(path.join(dir, '.wirelintrc.json'), JSON.stringify({ preset: 'none', rules: { 'number-grouping': 'error', 'html-residue': 'warning' } }))
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content)
  return dir
}

type Result = { file: string; diagnostics: { line: number; column: number; actual: string; storyId?: string }[] }[]

test('each file is read in its format; positions are in the file; a bad file exits 2 and the others are reported', () => {
  const dir = desk({
    'a.html': '<html><body><nav><a href="/">Some 4,70,000 links</a></nav><article><p>Some 4,70,000 of them.</p></article></body></html>',
    'b.json': '[{"uri": "urn:x", "body_text": "Some 4,70,000."}, {"uri": "urn:y", "body_text": "Tom &amp; Jerry."}]',
    'c.xml': '<nitf>\n<body><body.content><p>Some 4,70,000.</p>\n</body></nitf>',
    'd.txt': '<p>Some 4,70,000.</p>',
  })
  const { code, stdout, stderr } = run(['-f', 'json', '.'], dir)
  expect(code).toBe(2)
  expect(stderr).toBe('wirelint: c.xml:3:1: Unexpected malformed XML: Missing end tag for element body.content\n')
  const results = JSON.parse(stdout) as Result
  const brief = results.map((r) => [r.file, r.diagnostics.map((d) => `${d.line}:${d.column} ${d.actual}${d.storyId ? ` @${d.storyId}` : ''}`)])
  expect(brief).toEqual([
    ['a.html', ['1:76 4,70,000']],
    ['b.json', ['1:38 4,70,000 @urn:x', '1:86 &amp; @urn:y']],
    // A .txt file is text: markup in it is residue, never parsed away.
    ['d.txt', ['1:1 <p>', '1:18 </p>']],
  ])
})

test('standard input is sniffed; --input-format overrides; stylish names each story', () => {
  const dir = desk({})
  const newsml = '<newsMessage><itemSet><newsItem guid="g1"><contentSet><inlineXML><p>Some 4,70,000.</p></inlineXML></contentSet></newsItem><newsItem guid="g2"><contentSet><inlineXML><p>Also 3,25,000.</p></inlineXML></contentSet></newsItem></itemSet></newsMessage>'
  const { code, stdout } = run([], dir, newsml)
  expect(code).toBe(1)
  expect(stdout).toMatch(/^-\n {2}story g1\n {2}1:74 +error +Unexpected Indian digit grouping `4,70,000`.*\n {2}story g2\n {2}1:174 /u)
  const asText = run(['--input-format', 'text', '-f', 'json'], dir, '<p>Tom &amp; Jerry.</p>')
  expect((JSON.parse(asText.stdout) as Result)[0]?.diagnostics.map((d) => d.actual)).toEqual(['<p>', '&amp;', '</p>'])
  const asHtml = run(['--stdin-filename', 'page.html', '-f', 'json'], dir, '<p>Tom &amp; Jerry.</p>')
  expect((JSON.parse(asHtml.stdout) as Result)[0]?.diagnostics).toEqual([])
})

test('--fix rewrites the markup file with escaped fixes and leaves the markup alone', () => {
  const dir = desk({ 'a.html': '<article>\n<p>Tom &amp;amp; Jerry paid 4,70,000.</p>\n</article>\n' })
  const { code, stderr } = run(['--fix', 'a.html'], dir)
  expect(stderr).toBe('')
  expect(code).toBe(0)
  expect(readFileSync(path.join(dir, 'a.html'), 'utf8')).toBe('<article>\n<p>Tom &amp; Jerry paid 470,000.</p>\n</article>\n')
})
