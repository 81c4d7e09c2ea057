import { readFileSync } from 'node:fs'

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
