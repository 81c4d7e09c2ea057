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
