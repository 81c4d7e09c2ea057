import { shown } from '../engine/diagnostic.js'
import type { Formatter } from './types.js'

/** Characters XML 1.0 cannot carry at all, not even as references: replaced by U+FFFD. */
function xmlCharacters(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    const allowed =
      code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000
    out += allowed ? char : '\ufffd'
  }
  return out
}

/**
 * Escapes text for an XML attribute value: markup characters, quotes, and the whitespace that
 * attribute normalization would otherwise turn into spaces.
 */
export function escapeXmlAttribute(text: string): string {
  return xmlCharacters(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .replaceAll('\t', '&#9;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;')
}

/**
 * Checkstyle XML (as ESLint writes it) for Jenkins' warnings plugin and reviewdog
 * (`reviewdog -f=checkstyle`): a `<file>` per story, an `<error>` per diagnostic with line,
 * column, severity (error, warning, info), message and `source="wirelint.<rule-id>"`.
 */
export const checkstyle: Formatter = (results) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">']
  for (const result of results) {
    out.push(`  <file name="${escapeXmlAttribute(result.file)}">`)
    for (const d of shown(result.diagnostics)) {
      const attributes = [
        `line="${d.line}"`,
        `column="${d.column}"`,
        `severity="${d.severity}"`,
        `message="${escapeXmlAttribute(`${d.message} (${d.ruleId})`)}"`,
        `source="${escapeXmlAttribute(`wirelint.${d.ruleId}`)}"`,
      ]
      out.push(`    <error ${attributes.join(' ')} />`)
    }
    out.push('  </file>')
  }
  out.push('</checkstyle>')
  return `${out.join('\n')}\n`
}
