// IPTC ninjs (news in JSON): one story object, or an array of them (one story each). Fields read:
// `headline` (ninjs 2: `headlines[0].value`), `byline` (ninjs 2: `bylines[0].byline`), and the
// body from `body_html` (HTML, parsed again), else `body_text` (plain text) (ninjs 2: the first
// of `bodies`); the story id is `uri` (else `guid`). Parsed by momoa, which gives every string its
// position; JSON escapes are decoded and mapped back.
import type { ArrayNode, DocumentNode, ObjectNode, StringNode, ValueNode } from '@humanwhocodes/momoa'
import { escapeHtml, type HtmlParser, htmlParser, storyOfHtml } from './html.js'
import { align, fileLayer, type Mapped, MappedBuilder, mappedLayer, trimMapped, type Unescape, unescapeReference } from './mapped.js'
import { isStackOverflow, MalformedError, type Reader, type StoryParts } from './types.js'

const simple: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }

/** JSON string escapes (`\n`, `\"`, `\u00e9`; a surrogate pair's halves one by one). */
const unescapeJson: Unescape = (raw, j, end) => {
  if (raw[j] !== '\\' || j + 1 >= end) return undefined
  const next = raw[j + 1] ?? ''
  if (next === 'u' && j + 6 <= end) return { value: String.fromCharCode(Number.parseInt(raw.slice(j + 2, j + 6), 16)), length: 6 }
  const value = simple[next]
  return value === undefined ? undefined : { value, length: 2 }
}

/** Escapes text for the inside of a JSON string. */
export function escapeJson(text: string): string {
  return JSON.stringify(text).slice(1, -1)
}

function member(object: ObjectNode, name: string): ValueNode | undefined {
  return object.members.find((m) => m.name.type === 'String' && m.name.value === name)?.value
}

function stringAt(value: ValueNode | undefined, path: readonly (string | number)[]): StringNode | undefined {
  let node = value
  for (const key of path) {
    if (!node) return undefined
    if (typeof key === 'number') node = node.type === 'Array' ? (node as ArrayNode).elements[key]?.value : undefined
    else node = node.type === 'Object' ? member(node as ObjectNode, key) : undefined
  }
  return node?.type === 'String' ? node : undefined
}

/** A JSON string's decoded value, mapped to the file. */
function decoded(node: StringNode, text: string): Mapped {
  const out = new MappedBuilder()
  align(out, node.value, { ...fileLayer(text), escape: escapeJson }, node.loc.start.offset + 1, node.loc.end.offset - 1, unescapeJson)
  return out.build()
}

function field(node: StringNode | undefined, text: string): Mapped | undefined {
  const mapped = node && trimMapped(decoded(node, text))
  return mapped && mapped.text.length > 0 ? mapped : undefined
}

function bodyOf(object: ObjectNode, text: string, parseHtml: HtmlParser): StoryParts['body'] {
  const bodies = member(object, 'bodies')
  const first = bodies?.type === 'Array' ? (bodies as ArrayNode).elements[0]?.value : undefined
  const ninjs2 = first?.type === 'Object' ? first : undefined
  const html = stringAt(object, ['body_html']) ?? (ninjs2 && /html/iu.test(stringAt(ninjs2, ['contenttype'])?.value ?? '') ? stringAt(ninjs2, ['value']) : undefined)
  if (html) {
    const layer = mappedLayer(decoded(html, text), escapeHtml)
    return storyOfHtml(parseHtml(layer, true), { layer, unescape: unescapeReference }, true).body
  }
  const plain = field(stringAt(object, ['body_text']) ?? (ninjs2 && stringAt(ninjs2, ['value'])), text)
  return plain ? [plain] : []
}

function story(value: ValueNode, index: number, text: string, parseHtml: HtmlParser): StoryParts {
  if (value.type !== 'Object') throw new MalformedError(`Unexpected ${value.type.toLowerCase()} as story ${index + 1}, expected a ninjs object`, value.loc.start.offset)
  const object = value as ObjectNode
  return {
    id: stringAt(object, ['uri'])?.value ?? stringAt(object, ['guid'])?.value,
    headline: field(stringAt(object, ['headline']) ?? stringAt(object, ['headlines', 0, 'value']), text),
    byline: field(stringAt(object, ['byline']) ?? stringAt(object, ['bylines', 0, 'byline']), text),
    body: bodyOf(object, text, parseHtml),
  }
}

/** The reader of ninjs files (momoa imported on first use): one story per object. */
export async function loadNinjs(): Promise<Reader> {
  const [{ parse }, parseHtml] = await Promise.all([import('@humanwhocodes/momoa'), htmlParser()])
  return (text) => readNinjs(text, (t) => parse(t, { mode: 'json' }), parseHtml)
}

function readNinjs(text: string, parse: (text: string) => DocumentNode, parseHtml: HtmlParser): StoryParts[] {
  let body: ValueNode
  try {
    body = parse(text).body
  } catch (error) {
    if (isStackOverflow(error)) throw error
    const offset = (error as { offset?: unknown }).offset
    const reason = (error instanceof Error ? error.message : String(error)).replace(/ \(\d+:\d+\)$/u, '').replace(/\.$/u, '')
    throw new MalformedError(`Unexpected malformed JSON: ${reason}`, typeof offset === 'number' ? offset : 0)
  }
  if (body.type === 'Array') return (body as ArrayNode).elements.map((element, index) => story(element.value, index, text, parseHtml))
  return [story(body, 0, text, parseHtml)]
}
