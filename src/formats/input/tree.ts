// The text blocks of a markup tree (hast from HTML, xast from XML): every element that is not
// inline starts a block, inline elements' text joins the block around it, and each block's white
// space is collapsed as a browser shows it. Text positions come from the parser; `align` maps
// decoded characters back to the file.
import { align, collapseSpace, type Layer, type Mapped, MappedBuilder, type Unescape } from './mapped.js'

/** A node of a hast or xast tree (the fields this module reads). */
export interface MarkupNode {
  readonly type: string
  readonly tagName?: string
  readonly name?: string
  readonly value?: string
  readonly children?: readonly MarkupNode[]
  readonly properties?: Readonly<Record<string, unknown>>
  readonly attributes?: Readonly<Record<string, unknown>>
  readonly position?: { readonly start: { readonly offset?: number | undefined }; readonly end: { readonly offset?: number | undefined } } | undefined
}

/** Inline elements of HTML and NITF: their text is part of the surrounding block. */
const inline: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'label',
  // NITF inline elements
  'chron', 'city', 'classifier', 'copyrite', 'copyrite.holder', 'copyrite.year', 'country', 'event', 'function', 'lang',
  'location', 'money', 'num', 'object.title', 'org', 'person', 'postaddr', 'pronounce', 'region', 'state', 'story.date',
  'sublocation', 'virtloc', 'alt-code', 'frac', 'frac-num', 'frac-den', 'sub', 'sup', 'byttl', 'distributor',
])

/** Elements that hold no prose. */
const skipped: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'head', 'select', 'textarea', 'object', 'embed', 'canvas'])

/** An element's name without namespace prefix, lower case. */
export function localName(node: MarkupNode): string {
  const name = node.tagName ?? node.name ?? ''
  return name.slice(name.indexOf(':') + 1).toLowerCase()
}

/** An attribute (xast) or property (hast) as a string. */
export function attribute(node: MarkupNode, name: string): string | undefined {
  const value = node.attributes?.[name] ?? node.properties?.[name]
  if (Array.isArray(value)) return value.join(' ')
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

/** The first element (pre-order) that passes `test`. */
export function findElement(node: MarkupNode, test: (node: MarkupNode) => boolean): MarkupNode | undefined {
  const stack: MarkupNode[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()
    if (!current) break
    if (current.type === 'element' && test(current)) return current
    if (current.children) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as MarkupNode)
  }
  return undefined
}

/** Every element that passes `test`, in document order (not looking inside a match). */
export function findElements(node: MarkupNode, test: (node: MarkupNode) => boolean): MarkupNode[] {
  const found: MarkupNode[] = []
  const visit = (current: MarkupNode): void => {
    if (current.type === 'element' && test(current)) {
      found.push(current)
      return
    }
    for (const child of current.children ?? []) visit(child)
  }
  visit(node)
  return found
}

/** How text nodes are read: the layer the parser read and its escapes. */
export interface TextSource {
  readonly layer: Layer
  readonly unescape: Unescape
}

/** The text of a text or CDATA node, mapped to the file. */
function appendText(out: MappedBuilder, node: MarkupNode, source: TextSource): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  const value = node.value ?? ''
  if (start === undefined || end === undefined) {
    out.synthetic(value)
    return
  }
  // CDATA: the value is the source between `<![CDATA[` and `]]>`, with no escapes.
  if (node.type === 'cdata') align(out, value, source.layer, start + 9, end - 3, () => undefined)
  else align(out, value, source.layer, start, end, source.unescape)
}

/**
 * The blocks of text under `root`, in order, white space collapsed, empty ones dropped. Elements in
 * `exclude` (a headline or byline read on its own) are left out.
 */
export function textBlocks(root: MarkupNode, source: TextSource, exclude: ReadonlySet<MarkupNode> = new Set()): Mapped[] {
  const blocks: Mapped[] = []
  let current = new MappedBuilder()
  const flush = (): void => {
    const block = collapseSpace(current.build())
    if (block.text.length > 0) blocks.push(block)
    current = new MappedBuilder()
  }
  const visit = (node: MarkupNode): void => {
    if (node.type === 'text' || node.type === 'cdata') return appendText(current, node, source)
    if (node.type !== 'element' && node.type !== 'root') return
    if (exclude.has(node)) return
    const name = localName(node)
    if (skipped.has(name)) return
    if (name === 'br') return current.synthetic(' ')
    const block = node.type === 'element' && !inline.has(name)
    if (block) flush()
    for (const child of node.children ?? []) visit(child)
    if (block) flush()
  }
  visit(root)
  flush()
  return blocks
}

/** All text under `node`, decoded, white space as it is. */
export function nodeText(node: MarkupNode, source: TextSource): Mapped {
  const out = new MappedBuilder()
  const visit = (current: MarkupNode): void => {
    if (current.type === 'text' || current.type === 'cdata') return appendText(out, current, source)
    if (current.type === 'element' && skipped.has(localName(current))) return
    for (const child of current.children ?? []) visit(child)
  }
  visit(node)
  return out.build()
}

/** All text under `node` as one block, white space collapsed. */
export function inlineText(node: MarkupNode, source: TextSource): Mapped {
  return collapseSpace(nodeText(node, source))
}
