import { readFileSync } from 'node:fs'
import path from 'node:path'
import semver from 'semver'
import { describe, expect, test } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } }
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { dev?: boolean; engines?: { node?: string } | string }>
}

describe('supported Node versions', () => {
  test('every package a user installs supports every Node version wirelint declares', () => {
    const ours = manifest.engines.node
    const narrower = Object.entries(lock.packages)
      .filter(([name, entry]) => name !== '' && entry.dev !== true)
      .map(([name, entry]) => [name, typeof entry.engines === 'string' ? entry.engines : entry.engines?.node] as const)
      .filter(([, range]) => range !== undefined && !semver.subset(ours, range))
    expect(narrower).toEqual([])
  })

  test('the tests run on a Node version wirelint declares', () => {
    expect(semver.satisfies(process.versions.node, manifest.engines.node)).toBe(true)
  })
})
