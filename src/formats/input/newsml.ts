// IPTC NewsML-G2: a `<newsItem>` (one story) or a `<newsMessage>` whose `<itemSet>` holds several.
// Each item's `<contentMeta>` gives the headline, `<by>` and `<dateline>`; its text is the first
// `<inlineXML>` (XHTML elements, read as markup) or `<inlineData>` (escaped HTML, parsed again
// after the XML entities are decoded, or plain text) in `<contentSet>`. The story id is the item's
// `guid`.
import { escapeHtml, type HtmlParser, htmlParser, storyOfHtml } from './html.js'
import { mappedLayer, trimMapped, unescapeReference } from './mapped.js'
import { attribute, findElement, findElements, localName, type MarkupNode, nodeText, type TextSource, textBlocks } from './tree.js'
import { MalformedError, type Reader, type StoryParts } from './types.js'
import { child, textOf, type XmlParser, xmlParser } from './xml.js'

const htmlTypes = /^(?:text\/html|application\/xhtml\+xml)\b/iu

function body(item: MarkupNode, source: TextSource, parseHtml: HtmlParser): StoryParts['body'] {
  const contentSet = child(item, 'contentset')
  const content = contentSet && findElement(contentSet, (n) => ['inlinexml', 'inlinedata'].includes(localName(n)))
  if (!content) return []
  if (localName(content) === 'inlinexml') {
    const xhtmlBody = findElement(content, (n) => localName(n) === 'body')
    return textBlocks(xhtmlBody ?? { ...content, name: 'div' }, source)
  }
  const data = nodeText(content, source)
  if (htmlTypes.test(attribute(content, 'contenttype') ?? '')) {
    const layer = mappedLayer(data, escapeHtml)
    return storyOfHtml(parseHtml(layer, true), { layer, unescape: unescapeReference }, true).body
  }
  const plain = trimMapped(data)
  return plain.text.length > 0 ? [plain] : []
}

function story(item: MarkupNode, source: TextSource, parseHtml: HtmlParser): StoryParts {
  const meta = child(item, 'contentmeta')
  return {
    id: attribute(item, 'guid'),
    headline: textOf(meta, 'headline', source),
    byline: textOf(meta, 'by', source),
    dateline: textOf(meta, 'dateline', source),
    body: body(item, source, parseHtml),
  }
}

/** The reader of NewsML-G2 files: one story per news item (a package item holds none of its own). */
export async function loadNewsml(): Promise<Reader> {
  const [parseXml, parseHtml] = await Promise.all([xmlParser(), htmlParser()])
  return (text) => readNewsml(text, parseXml, parseHtml)
}

function readNewsml(text: string, parseXml: XmlParser, parseHtml: HtmlParser): StoryParts[] {
  const { root, source } = parseXml(text)
  const name = localName(root)
  if (name === 'newsitem') return [story(root, source, parseHtml)]
  if (name === 'newsmessage') return findElements(root, (n) => localName(n) === 'newsitem').map((item) => story(item, source, parseHtml))
  if (name === 'packageitem') return []
  throw new MalformedError(`Unexpected root element \`<${root.name ?? ''}>\`, expected \`<newsItem>\` or \`<newsMessage>\``, root.position?.start.offset ?? 0)
}
