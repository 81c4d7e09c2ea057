// Which format a file is in: `--input-format`, else its extension, else its content. A `.txt` file
// is always plain text (a scraped story that opens with `<p>` is residue to report, not HTML).
import path from 'node:path'
import { type InputFormat, inputFormats } from './types.js'

const byExtension: Readonly<Record<string, InputFormat | 'xml'>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'ninjs',
  '.nitf': 'nitf',
  '.xml': 'xml',
}

/** The first element name of markup (after the XML declaration, comments and doctype), lower case, without prefix. */
export function rootElement(text: string): string | undefined {
  let at = 0
  for (let guard = 0; guard < 1000; guard++) {
    at = text.indexOf('<', at)
    if (at < 0) return undefined
    const next = text[at + 1] ?? ''
    if (next === '?' || next === '!') {
      if (text.startsWith('<!doctype html', at) || text.startsWith('<!DOCTYPE html', at)) return 'html'
      const close = text.startsWith('<!--', at) ? text.indexOf('-->', at) : text.indexOf('>', at)
      if (close < 0) return undefined
      at = close + 1
      continue
    }
    let end = at + 1
    while (end < text.length && end - at < 200 && /[\w.:-]/u.test(text[end] ?? '')) end++
    const name = text.slice(at + 1, end).toLowerCase()
    return name.slice(name.indexOf(':') + 1) || undefined
  }
  return undefined
}

const xmlRoots: Readonly<Record<string, InputFormat>> = { nitf: 'nitf', newsitem: 'newsml', newsmessage: 'newsml', packageitem: 'newsml' }

/** What the content looks like: NITF, NewsML-G2, HTML, ninjs, else plain text. */
export function sniffFormat(text: string): InputFormat {
  const start = text.trimStart()
  if (start.startsWith('{') || start.startsWith('[')) return /[}\]]\s*$/u.test(start.slice(-64)) ? 'ninjs' : 'text'
  if (!start.startsWith('<')) return 'text'
  const root = rootElement(start)
  if (root === undefined) return 'text'
  return xmlRoots[root] ?? 'html'
}

/**
 * The format of a file: `explicit` unless `auto`, else by extension (`.xml` by its root element),
 * else by content. Returns `undefined` for an XML file that is neither NITF nor NewsML-G2.
 */
export function detectFormat(text: string, filePath: string | undefined, explicit: InputFormat | 'auto' = 'auto'): InputFormat | undefined {
  if (explicit !== 'auto') return explicit
  const known = filePath === undefined ? undefined : byExtension[path.extname(filePath).toLowerCase()]
  if (known === 'xml') {
    const root = rootElement(text)
    return root === undefined ? undefined : xmlRoots[root]
  }
  return known ?? sniffFormat(text)
}

/** Whether a string names an input format (or `auto`). */
export function isInputFormat(value: string): value is InputFormat | 'auto' {
  return value === 'auto' || (inputFormats as readonly string[]).includes(value)
}
