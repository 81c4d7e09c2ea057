import { readFileSync } from 'node:fs'
import path from 'node:path'
import { lilconfig, type Loader } from 'lilconfig'
import type { Rule } from '../rule/types.js'
import { ConfigError } from './errors.js'
import { type LoadedConfig, validateConfig } from './resolve.js'

/** Files searched, nearest directory first; none of them executes code. */
export const searchPlaces = ['package.json', '.wirelintrc.json', '.wirelintrc.yaml', '.wirelintrc.yml'] as const

// yaml is imported only when a YAML config is found (cold start, issue 14).
const yamlLoader: Loader = async (filepath, content) => {
  const { parse: parseYaml } = await import('yaml')
  try {
    return parseYaml(content) as unknown
  } catch (error) {
    throw new ConfigError(`${filepath}: Unexpected YAML syntax, ${firstLine(error)}`)
  }
}

const jsonLoader: Loader = (filepath, content) => {
  try {
    return JSON.parse(content) as unknown
  } catch (error) {
    throw new ConfigError(`${filepath}: Unexpected JSON syntax, ${firstLine(error)}`)
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''
}

function explorer(allowCode: boolean) {
  return lilconfig('wirelint', {
    searchPlaces: [...searchPlaces],
    loaders: {
      '.json': jsonLoader,
      '.yaml': yamlLoader,
      '.yml': yamlLoader,
      noExt: yamlLoader,
      ...(allowCode ? {} : { '.js': refuseCode, '.mjs': refuseCode, '.cjs': refuseCode }),
    },
  })
}

const refuseCode: Loader = (filepath) => {
  throw new ConfigError(`${filepath}: Unexpected code configuration, pass it explicitly with --config`)
}

/**
 * Reads and validates a configuration file given explicitly (a `.js`/`.mjs` file is executed only
 * when named here).
 */
export async function loadConfigFile(file: string, registry: readonly Rule[]): Promise<LoadedConfig> {
  const resolved = path.resolve(file)
  try {
    readFileSync(resolved)
  } catch (error) {
    throw new ConfigError(`${file}: Cannot read config file, ${firstLine(error)}`)
  }
  const result = await explorer(true).load(resolved)
  const content = path.basename(resolved) === 'package.json' ? result?.config : (result?.config ?? {})
  return validateConfig(content, file, path.dirname(resolved), registry)
}

/**
 * Finds the nearest configuration for a directory (searching up to the root), validated; `undefined`
 * when none exists. Results are cached per directory by the caller.
 */
export async function discoverConfig(directory: string, registry: readonly Rule[]): Promise<LoadedConfig | undefined> {
  const result = await explorer(false).search(directory)
  if (!result || result.isEmpty === true) return undefined
  return validateConfig(result.config, path.relative(process.cwd(), result.filepath) || result.filepath, path.dirname(result.filepath), registry)
}
