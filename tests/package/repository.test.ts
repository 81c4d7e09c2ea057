import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { ruleUrl } from '../../src/rule/define-rule.js'
import { normaliseRepository, repositoryUrl } from '../../src/version.js'

const root = path.resolve(import.meta.dirname, '../..')
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { repository: { url: string } }

describe('the repository address comes from package.json', () => {
  test.each([
    ['git+https://github.com/desk/wirelint.git', 'https://github.com/desk/wirelint'],
    ['https://gitlab.example.org/news/wirelint', 'https://gitlab.example.org/news/wirelint'],
    ['git://github.com/desk/wirelint.git', 'https://github.com/desk/wirelint'],
    ['github:desk/wirelint', 'https://github.com/desk/wirelint'],
    ['desk/wirelint', 'https://github.com/desk/wirelint'],
  ])('%s -> %s', (raw, url) => {
    expect(normaliseRepository(raw)).toBe(url)
  })

  test('rule links use the address package.json names', () => {
    expect(repositoryUrl()).toBe(normaliseRepository(manifest.repository.url))
    expect(ruleUrl('number-grouping')).toBe(`${normaliseRepository(manifest.repository.url)}/blob/main/rules/number-grouping.md`)
  })
})
