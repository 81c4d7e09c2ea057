import type { z } from 'zod'

/** Invalid or unreadable configuration: names the file and the key; the CLI exits 2. */
export class ConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ConfigError'
  }
}

/** Formats a zod issue as `<where>: <path>: Unexpected ..., expected ...`. */
export function formatIssue(where: string, prefix: readonly (string | number)[], issue: z.core.$ZodIssue, input: unknown): string {
  const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))]
  const key = path.join('.')
  const value = valueAt(input, issue.path)
  let detail: string
  switch (issue.code) {
    case 'invalid_type':
      detail = `Unexpected value \`${show(value)}\`, expected \`${issue.expected}\``
      break
    case 'unrecognized_keys':
      detail = `Unexpected key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}, expected one of the documented options`
      break
    case 'invalid_value':
      detail = `Unexpected value \`${show(value)}\`, expected ${issue.values.map((v) => `\`${show(v)}\``).join(' or ')}`
      break
    case 'invalid_union':
      detail = `Unexpected value \`${show(value)}\`, expected a severity (\`off\`, \`info\`, \`warning\` or \`warn\`, \`error\`), \`[severity, options]\` or an options object`
      break
    default:
      detail = `Unexpected value \`${show(value)}\`, ${issue.message.toLowerCase()}`
  }
  return `${where}: ${key ? `${key}: ` : ''}${detail}`
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

function show(value: unknown): string {
  if (value === undefined) return 'undefined'
  const json = JSON.stringify(value)
  return json.length > 60 ? `${json.slice(0, 57)}...` : json
}
