// Markdown: parsed by remark-parse (mdast, exact positions). Each paragraph, heading, list item
// paragraph, quote paragraph and table cell is a block; code, raw HTML and images are not prose.
// A level-1 heading before the first paragraph is the headline. Text keeps its line breaks as in a
// plain-text story; backslash escapes and character references are decoded and mapped back.
import type { Nodes, Root } from 'mdast'
import { unified } from 'unified'
import { align, fileLayer, type Layer, type Mapped, MappedBuilder, type Unescape, unescapeReference } from './mapped.js'
import type { Reader, StoryParts } from './types.js'

const punctuation = /^[!-/:-@[-`{-~]$/u

/** CommonMark's backslash escapes and `;`-terminated character references. */
const unescapeMarkdown: Unescape = (raw, j, end) => {
  if (raw[j] === '\\' && j + 1 < end && punctuation.test(raw[j + 1] ?? '')) return { value: raw[j + 1] ?? '', length: 2 }
  const reference = unescapeReference(raw, j, end)
  return reference && raw[j + reference.length - 1] === ';' ? reference : undefined
}

/** Escapes text for Markdown prose (backslash before the characters that could start markup). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>&]/gu, '\\$&')
}

const blockTypes: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell'])

function inline(out: MappedBuilder, node: Nodes, layer: Layer): void {
  if (node.type === 'text') {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) out.synthetic(node.value)
    else align(out, node.value, layer, start, end, unescapeMarkdown)
    return
  }
  // Inline code and raw HTML are not prose: a space keeps the words around them apart.
  if (node.type === 'inlineCode' || node.type === 'html' || node.type === 'image' || node.type === 'imageReference') return out.synthetic(' ')
  if (node.type === 'break') return out.synthetic('\n')
  if ('children' in node) for (const child of node.children) inline(out, child, layer)
}

/** The reader of Markdown files (remark-parse imported on first use): one story. */
export async function loadMarkdown(): Promise<Reader> {
  const { default: remarkParse } = await import('remark-parse')
  const processor = unified().use(remarkParse)
  return (text) => readMarkdown(text, processor.parse(text))
}

function readMarkdown(text: string, tree: Root): StoryParts[] {
  const layer = { ...fileLayer(text), escape: escapeMarkdown }
  const blocks: { node: Nodes; text: Mapped }[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'code' || node.type === 'html') return
    if (blockTypes.has(node.type)) {
      const out = new MappedBuilder()
      inline(out, node, layer)
      const mapped = out.build()
      if (mapped.text.trim().length > 0) blocks.push({ node, text: mapped })
      return
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  const first = blocks[0]
  const headline = first && first.node.type === 'heading' && first.node.depth === 1 ? first.text : undefined
  // No `#` headline: a first line standing alone may still be one, as in a plain story.
  return [{ headline, body: blocks.slice(headline ? 1 : 0).map((b) => b.text), guessHeadline: true }]
}
