import { existsSync, readFileSync } from 'node:fs'

/**
 * Reads `data/<name>` beside the calling rule module (pass `import.meta.url`), parsed as JSON.
 * Data rules call it once at module load and validate the result with their own schema.
 */
export function readJsonData(moduleUrl: string, name: string): unknown {
  const url = new URL(`./data/${name}`, moduleUrl)
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as unknown
  } catch (error) {
    throw new Error(`Cannot load rule data \`${url.pathname}\`: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
}

/**
 * Reads `rules/data/<name>` of the wirelint package that holds `moduleUrl` (found by walking up to
 * its package.json), parsed as JSON. For helper modules below rules/ (rules/lib/...), whose own
 * folder differs between the source, dist/ and the bundled CLI (dist/rules/wirelint-cli.cjs).
 */
export function readPackageData(moduleUrl: string, name: string): unknown {
  let url = new URL('./', moduleUrl)
  for (let depth = 0; depth < 6; depth++) {
    const candidate = new URL('package.json', url)
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }
      if (pkg.name === 'wirelint') return readJsonData(new URL('rules/index.js', url).href, name)
    }
    url = new URL('../', url)
  }
  throw new Error(`Cannot load rule data \`${name}\`: no wirelint package.json above ${moduleUrl}`)
}
