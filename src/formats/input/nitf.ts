// IPTC NITF (News Industry Text Format): `<hl1>` is the headline, `<byline>` and `<dateline>` are
// read as themselves, the story is `<body.content>` (then `<body.end>`, where feeds put taglines and
// residue); the document id is `<doc-id id-string>`.
import { attribute, localName, textBlocks } from './tree.js'
import { MalformedError, type Reader, type StoryParts } from './types.js'
import { child, textOf, type XmlParser, xmlParser } from './xml.js'

/** The reader of NITF files: one story. */
export async function loadNitf(): Promise<Reader> {
  const parse = await xmlParser()
  return (text) => readNitf(text, parse)
}

function readNitf(text: string, parseXml: XmlParser): StoryParts[] {
  const { root, source } = parseXml(text)
  if (localName(root) !== 'nitf') throw new MalformedError(`Unexpected root element \`<${root.name ?? ''}>\`, expected \`<nitf>\``, root.position?.start.offset ?? 0)
  const head = child(root, 'body.head')
  const docId = child(root, 'doc-id')
  const body = [child(root, 'body.content'), child(root, 'body.end')].flatMap((node) => (node ? textBlocks(node, source) : []))
  return [{
    id: docId && attribute(docId, 'id-string'),
    headline: textOf(head, 'hl1', source) ?? textOf(root, 'hl1', source),
    byline: textOf(head, 'byline', source),
    dateline: textOf(head, 'dateline', source),
    body,
  }]
}
