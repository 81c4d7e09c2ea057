import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { checkSync, type Parameters } from 'recheck'
import ts from 'typescript'
import { expect, test } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

interface Found {
  where: string
  source: string
  flags: string
}

function walk(dir: string, ending: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ending))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
}

/** Regex literals and `new RegExp('literal', 'flags')` calls in a TypeScript file. */
function regexesIn(file: string): Found[] {
  const text = readFileSync(path.join(root, file), 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: Found[] = []
  const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText()
      const end = literal.lastIndexOf('/')
      found.push({ where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) })
    } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') {
      const [pattern, flags] = node.arguments ?? []
      if (pattern && ts.isStringLiteralLike(pattern)) {
        found.push({ where: where(node), source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/**
 * Strings under a `pattern` or `patterns` key in rule data files (compiled to regexes at load).
 * An entry with `scope: "line"` is compiled anchored to a whole line, as feed-boilerplate does.
 */
function dataPatterns(file: string): Found[] {
  const found: Found[] = []
  const visit = (value: unknown, key: string, scope?: unknown): void => {
    if (typeof value === 'string' && /^patterns?$/u.test(key)) {
      const source = scope === 'line' ? `^(?:${value})(?:\\s{0,2}:)?$` : value
      found.push({ where: `${file} (${value.slice(0, 40)})`, source, flags: 'iu' })
    } else if (Array.isArray(value)) for (const item of value) visit(item, key)
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k, (value as { scope?: unknown }).scope)
  }
  visit(JSON.parse(readFileSync(path.join(root, file), 'utf8')), '')
  return found
}

/**
 * recheck made deterministic: a fixed seed for its fuzzer and no time limits (its step limits, counts
 * of characters read, bound the work instead), so a slow or busy machine gets the verdict a fast one
 * gets, never a `timeout`. `auto` uses the automaton checker where it applies and the seeded fuzzer
 * for the rest (lookarounds, back-references, large patterns).
 */
const recheck: Parameters = {
  checker: 'auto',
  randomSeed: 20261125,
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  seeder: 'static',
  recallTimeout: -1, // negative: no recall validation, the one step measured only in time
}

const regexes = [
  ...[...walk('src', '.ts'), ...walk('rules', '.ts')].flatMap(regexesIn),
  ...walk('rules/data', '.json').flatMap(dataPatterns),
]

test('the scan finds the regular expressions of src/ and rules/', () => {
  expect(regexes.length).toBeGreaterThan(20)
})

test('every regular expression in src/, rules/ and rules/data/ is safe from catastrophic backtracking (recheck)', () => {
  const unsafe: string[] = []
  for (const { where, source, flags } of regexes) {
    const result = checkSync(source, flags.replace(/[gy]/gu, ''), recheck)
    if (result.status === 'vulnerable') unsafe.push(`${where} /${source}/${flags}: ${result.complexity.type}, attack ${JSON.stringify(result.attack.pattern)}`)
    // Not analysed is not safe (with no time limits, `unknown` means recheck cannot parse it).
    if (result.status === 'unknown') unsafe.push(`${where} /${source}/${flags}: not analysed, ${result.error.kind}`)
  }
  expect(unsafe).toEqual([])
}, 180_000)

test('the checker itself flags a known catastrophic pattern, by automaton and by the seeded fuzzer', () => {
  expect(checkSync('^(\\w+\\s?)*$', '', recheck)).toMatchObject({ status: 'vulnerable', complexity: { type: 'exponential' } })
  expect(checkSync('^(\\w+\\s?)*$', '', { ...recheck, checker: 'fuzz' })).toMatchObject({ status: 'vulnerable', checker: 'fuzz' })
})

test('regexes carry the u flag (v also accepted)', () => {
  const missing = regexes.filter((r) => !r.where.includes('rules/data') && !/[uv]/u.test(r.flags)).map((r) => `${r.where} /${r.source}/${r.flags}`)
  expect(missing).toEqual([])
})
