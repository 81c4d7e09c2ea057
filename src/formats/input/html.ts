// HTML, as saved from a news site or sent as a story body: parsed by rehype-parse (parse5, exact
// positions). The story is the article body, found with the page's own structure
// (`itemprop="articleBody"`, `<article>`, `<main>`), else by readability-style scoring of the
// blocks that hold the most paragraph text and the fewest links; page chrome (navigation, header,
// footer, other teasers) is never read. The headline is the `<h1>` (in the article when it has one),
// the byline and dateline the elements so marked (class, itemprop or rel `byline`, `author`,
// `dateline`).
import { unified } from 'unified'
import { VFile } from 'vfile'
import { fileLayer, type Layer, type Mapped, unescapeReference } from './mapped.js'
import { attribute, findElement, findElements, inlineText, localName, type MarkupNode, type TextSource, textBlocks } from './tree.js'
import { MalformedError, type Reader, type StoryParts } from './types.js'

/** parse5 errors that mean the file was cut off inside markup: the rest cannot be read. */
const fatalErrors: ReadonlySet<string> = new Set(['eof-in-tag', 'eof-in-comment', 'eof-in-cdata', 'eof-in-doctype'])

/** Escapes text for HTML text content. */
export function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')
}

/** Parses HTML read from `layer` (the file, or a string inside JSON or XML) into hast. */
export type HtmlParser = (layer: Layer, fragment: boolean) => MarkupNode

/** The HTML parser (rehype-parse, imported on first use: the CLI bundle leaves it out). */
export async function htmlParser(): Promise<HtmlParser> {
  const { default: rehypeParse } = await import('rehype-parse')
  const documents = unified().use(rehypeParse, { emitParseErrors: true, fragment: false })
  const fragments = unified().use(rehypeParse, { emitParseErrors: true, fragment: true })
  return (layer, fragment) => {
    const file = new VFile(layer.text)
    const tree = (fragment ? fragments : documents).parse(file)
    const fatal = file.messages.find((m) => fatalErrors.has(m.ruleId ?? ''))
    if (fatal) {
      const offset = fatal.place && 'start' in fatal.place ? fatal.place.start.offset : fatal.place?.offset
      throw new MalformedError(`${fatal.reason.replace(/\.$/u, '')} (HTML cut off inside markup)`, layer.start(Math.min(offset ?? 0, Math.max(0, layer.text.length - 1))))
    }
    return tree as MarkupNode
  }
}

function tokens(node: MarkupNode, name: string): string[] {
  return (attribute(node, name) ?? '').toLowerCase().split(/\s+/u)
}

function marked(node: MarkupNode, words: readonly string[]): boolean {
  return ['className', 'itemProp', 'rel'].some((key) => tokens(node, key).some((t) => words.includes(t)))
}

/** Length of the text under a node, and of the part inside links. */
function textLength(node: MarkupNode, inLink = false): { all: number; linked: number } {
  if (node.type === 'text') {
    const n = (node.value ?? '').trim().length
    return { all: n, linked: inLink ? n : 0 }
  }
  let all = 0
  let linked = 0
  const link = inLink || (node.type === 'element' && localName(node) === 'a')
  for (const child of node.children ?? []) {
    const sub = textLength(child, link)
    all += sub.all
    linked += sub.linked
  }
  return { all, linked }
}

/** Readability-style: each paragraph's text (less its links) scores its parent, half its grandparent. */
function bestContainer(root: MarkupNode): MarkupNode | undefined {
  const scores = new Map<MarkupNode, number>()
  const visit = (node: MarkupNode, parent: MarkupNode | undefined, grandparent: MarkupNode | undefined): void => {
    if (node.type === 'element' && localName(node) === 'p' && parent) {
      const { all, linked } = textLength(node)
      const score = all - 2 * linked
      if (score > 0) {
        scores.set(parent, (scores.get(parent) ?? 0) + score)
        if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + score / 2)
      }
    }
    for (const child of node.children ?? []) visit(child, node, parent)
  }
  visit(root, undefined, undefined)
  let best: MarkupNode | undefined
  let top = 0
  for (const [node, score] of scores) {
    if (score > top) {
      best = node
      top = score
    }
  }
  return best
}

/** The element holding the article body. */
export function articleBody(root: MarkupNode): MarkupNode {
  const byItemprop = findElement(root, (n) => tokens(n, 'itemProp').includes('articlebody'))
  if (byItemprop) return byItemprop
  const articles = findElements(root, (n) => localName(n) === 'article')
  const longest = articles.map((node) => ({ node, length: textLength(node).all - textLength(node).linked })).sort((a, b) => b.length - a.length)[0]
  if (longest && longest.length > 0) return longest.node
  return findElement(root, (n) => localName(n) === 'main') ?? bestContainer(root) ?? findElement(root, (n) => localName(n) === 'body') ?? root
}

/** A story from hast: headline, byline and dateline where marked, the body's blocks. */
export function storyOfHtml(root: MarkupNode, source: TextSource, whole: boolean): StoryParts {
  const body = whole ? root : articleBody(root)
  // The article's own h1, else the page's (a site often puts it above the article element).
  const h1 = findElement(body, (n) => localName(n) === 'h1') ?? (whole ? undefined : findElement(root, (n) => localName(n) === 'h1'))
  const byline = findElement(body, (n) => marked(n, ['byline', 'author'])) ?? (whole ? undefined : findElement(root, (n) => marked(n, ['byline'])))
  const dateline = findElement(body, (n) => marked(n, ['dateline'])) ?? (whole ? undefined : findElement(root, (n) => marked(n, ['dateline'])))
  const exclude = new Set([h1, byline, dateline].filter((n): n is MarkupNode => n !== undefined))
  const text = (node: MarkupNode | undefined): Mapped | undefined => {
    const mapped = node && inlineText(node, source)
    return mapped && mapped.text.length > 0 ? mapped : undefined
  }
  return { headline: text(h1), byline: text(byline), dateline: text(dateline), body: textBlocks(body, source, exclude) }
}

/** The reader of HTML files: one story, the article body of the page. */
export async function loadHtml(): Promise<Reader> {
  const parse = await htmlParser()
  return (text) => {
    const layer = { ...fileLayer(text), escape: escapeHtml }
    return [storyOfHtml(parse(layer, false), { layer, unescape: unescapeReference }, false)]
  }
}
