import { existsSync, readFileSync } from 'node:fs'

/** The package version, read from the nearest wirelint package.json above this module. */
export function packageVersion(): string {
  let url = new URL('./', import.meta.url)
  for (let depth = 0; depth < 5; depth++) {
    const candidate = new URL('package.json', url)
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string }
      if (pkg.name === 'wirelint' && pkg.version) return pkg.version
    }
    url = new URL('../', url)
  }
  return '0.0.0'
}

/** The folder of the nearest wirelint package.json above this module (the package root), if found. */
export function packageRoot(): URL | undefined {
  let url = new URL('./', import.meta.url)
  for (let depth = 0; depth < 5; depth++) {
    const candidate = new URL('package.json', url)
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }
      if (pkg.name === 'wirelint') return url
    }
    url = new URL('../', url)
  }
  return undefined
}

const fallbackRepository = 'https://github.com/wirelint/wirelint'
let repository: string | undefined

/**
 * The repository's web address, from package.json's `repository` (`git+https://….git` and
 * `github:owner/name` forms normalised), so a fork that changes it gets its own rule links.
 */
export function repositoryUrl(): string {
  if (repository !== undefined) return repository
  repository = fallbackRepository
  const root = packageRoot()
  if (root) {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { repository?: string | { url?: string } }
    const raw = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url
    if (raw) repository = normaliseRepository(raw)
  }
  return repository
}

/** `git+https://github.com/a/b.git` -> `https://github.com/a/b`; `github:a/b` and `a/b` likewise. */
export function normaliseRepository(raw: string): string {
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/u.exec(raw)
  if (shorthand) return `https://github.com/${shorthand[1]?.replace(/\.git$/u, '')}`
  let url = raw.replace(/^git\+/u, '').replace(/^git:\/\//u, 'https://')
  while (url.endsWith('/')) url = url.slice(0, -1)
  return url.replace(/\.git$/u, '')
}
