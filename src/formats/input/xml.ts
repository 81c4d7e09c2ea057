// XML for NITF and NewsML-G2: parsed by xast-util-from-xml (exact positions, entities decoded);
// a file that is not well-formed is a located error. Helpers to find elements by local name
// (namespace prefixes ignored) and read their text.
import { fileLayer, type Layer, type Mapped, unescapeReference } from './mapped.js'
import { findElement, inlineText, localName, type MarkupNode, type TextSource } from './tree.js'
import { isStackOverflow, MalformedError } from './types.js'

/** Escapes text for XML text content. */
export function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')
}

/** A parsed XML file: its root element and how to read its text. */
export interface XmlDocument {
  readonly root: MarkupNode
  readonly source: TextSource
  readonly layer: Layer
}

/** Parses an XML file; throws {@link MalformedError} at the first error. */
export type XmlParser = (text: string) => XmlDocument

/** The XML parser (xast-util-from-xml, imported on first use: the CLI bundle leaves it out). */
export async function xmlParser(): Promise<XmlParser> {
  const { fromXml } = await import('xast-util-from-xml')
  return (text) => parseXml(text, fromXml)
}

function parseXml(text: string, fromXml: (text: string) => unknown): XmlDocument {
  let tree: MarkupNode
  try {
    tree = fromXml(text) as MarkupNode
  } catch (error) {
    const place = (error as { place?: { offset?: number; start?: { offset?: number } } }).place
    const cause = (error as { cause?: unknown }).cause
    if (isStackOverflow(error)) throw error
    if (isStackOverflow(cause)) throw cause
    const reason = (cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error)).split('\n')[0]?.replace(/ \(line \d+, column \d+\)$/u, '')
    throw new MalformedError(`Unexpected malformed XML: ${reason}`, place?.offset ?? place?.start?.offset ?? 0)
  }
  const root = tree.children?.find((n) => n.type === 'element')
  if (!root) throw new MalformedError('Unexpected XML without a root element', 0)
  const layer = { ...fileLayer(text), escape: escapeXml }
  return { root, layer, source: { layer, unescape: unescapeReference } }
}

/** The first element named `name` (local name) under `node`. */
export function child(node: MarkupNode | undefined, name: string): MarkupNode | undefined {
  return node && findElement(node, (n) => n !== node && localName(n) === name)
}

/** The text of the first element named `name` under `node`, when it has any. */
export function textOf(node: MarkupNode | undefined, name: string, source: TextSource): Mapped | undefined {
  const found = child(node, name)
  const mapped = found && inlineText(found, source)
  return mapped && mapped.text.length > 0 ? mapped : undefined
}
