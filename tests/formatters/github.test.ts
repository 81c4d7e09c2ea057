import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { escapeData, escapeProperty, github } from '../../src/formatters/github.js'
import { rules } from '../../rules/index.js'
import { diagnosticAt, storyResults } from './fixtures.js'

const root = path.resolve(import.meta.dirname, '../..')
const context = { rules, color: false, cwd: '/desk' }

describe('--format github', () => {
  test('writes one workflow command per diagnostic, info as notice', () => {
    expect(github(storyResults(), context).split('\n')).toEqual([
      '::warning file=desk/valmora story.txt,line=3,col=16,endLine=3,endColumn=23,title=repeated-words::Unexpected repeated `the the`, remove one occurrence',
      '::error file=desk/valmora story.txt,line=4,col=14,endLine=4,endColumn=22,title=number-grouping::Unexpected Indian digit grouping `4,70,000`, expected `470,000`',
      '::notice file=desk/valmora story.txt,line=4,col=29,endLine=4,endColumn=52,title=repeated-attribution::Unexpected repeated attribution `, reported Lena Ostrova`, remove it',
      '',
    ])
  })

  test('escapes %, CR and LF in messages, and also : and , in properties, as the runner decodes them', () => {
    expect(escapeData('50% off\r\nnext: a, b')).toBe('50%25 off%0D%0Anext: a, b')
    expect(escapeProperty('desk/a:b,c%.txt')).toBe('desk/a%3Ab%2Cc%25.txt')
    const text = 'Line one.\nsaid the the\n'
    const d = diagnosticAt(text, 15, 22, { message: 'Unexpected `a\nb`, 100% sure' })
    expect(github([{ file: 'a,b:c.txt', diagnostics: [d] }], context)).toBe(
      '::warning file=a%2Cb%3Ac.txt,line=2,col=6,endLine=2,endColumn=13,title=repeated-words::Unexpected `a%0Ab`, 100%25 sure\n',
    )
  })

  test('prints nothing when there are no diagnostics', () => {
    expect(github([{ file: 'a.txt', diagnostics: [] }], context)).toBe('')
  })

  test('the command prints annotations for a real story', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wirelint-github-'))
    writeFileSync(path.join(dir, '.wirelintrc.json'), JSON.stringify({ preset: 'none', rules: { 'repeated-words': 'warning' } }))
    writeFileSync(path.join(dir, 'story.txt'), 'Dockers said the the strike was over.\n')
    const result = spawnSync(process.execPath, [path.join(root, 'bin/wirelint.js'), '--format', 'github', 'story.txt'], { cwd: dir, encoding: 'utf8' })
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('::warning file=story.txt,line=1,col=14,endLine=1,endColumn=21,title=repeated-words::Unexpected repeated `the`, remove one occurrence\n')
  })
})
