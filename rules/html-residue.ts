import { decodeHTML, decodeHTMLStrict } from 'entities/decode'
import { z } from 'zod'
import { defineRule } from '../src/rule/define-rule.js'
import type { Span } from '../src/rule/types.js'

type MessageId = 'entity' | 'entitySpace' | 'entityRemove' | 'markup' | 'markupSpace' | 'fragment' | 'escapedQuote'

interface Finding {
  readonly messageId: MessageId
  readonly span: Span
  readonly expected?: string
  readonly data?: Readonly<Record<string, string>>
  readonly fix?: 'suggest'
}

/** A tag, comment or white-space entity that may join a run of markup. */
interface Token extends Span {
  /** Stands for a break between words (block tags, `<br>`, `<img>`, `&nbsp;`), not inline markup. */
  readonly separates: boolean
  readonly isTag: boolean
}

interface ParsedTag {
  readonly end: number
  readonly name: string
  readonly closing: boolean
  readonly selfClosing: boolean
  readonly attributes: number
  readonly valued: number
}

// HTML elements that turn up in feed copy (the HTML standard's list, minus rarities).
const elements: ReadonlySet<string> = new Set([
  'a', 'abbr', 'address', 'article', 'aside', 'audio', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'body', 'br',
  'button', 'caption', 'center', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl',
  'dt', 'em', 'embed', 'figcaption', 'figure', 'font', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'head', 'header', 'hr', 'html', 'i', 'iframe', 'img', 'ins', 'kbd', 'label', 'li', 'link', 'main', 'mark',
  'meta', 'nav', 'noscript', 'ol', 'p', 'picture', 'pre', 'q', 's', 'script', 'section', 'small', 'source',
  'span', 'strike', 'strong', 'style', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'time', 'title', 'tr', 'tt', 'u', 'ul', 'video', 'wbr',
])
// Inline elements: removing them leaves the words as they were.
const inline: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label',
  'mark', 'q', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'wbr',
])
// Named entities are only taken without their `;` for these (`&nbsp` in sloppy feeds; `AT&T` stays).
const entityPattern = '&(?:#(?:[0-9]{1,7}|[xX][0-9a-fA-F]{1,6});|[A-Za-z][A-Za-z0-9]{1,31};|(?:amp|nbsp|quot|lt|gt)(?![A-Za-z0-9;]))'
const entityBody = /^(?:#(?:[0-9]{1,7}|[xX][0-9a-fA-F]{1,6});|[A-Za-z][A-Za-z0-9]{1,31};)/u
const blank = /^[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+$/u
const invisible = /^[\p{Cf}\p{Cc}\uFFFD]+$/u

export default defineRule(
  {
    id: 'html-residue',
    category: 'encoding',
    kind: 'mechanical',
    severity: 'error',
    description: 'Flag HTML entities (`&amp;`, `&rsquo;`) and tags (`<p>`, `</a>`) left in plain-text copy',
    rationale:
      'A feed that strips markup badly leaves `&rsquo;`, `&nbsp;` and `<p>` in the copy, which readers see as garbage and search engines index as words.',
    fix: 'safe',
    messages: {
      entity: 'Unexpected HTML entity `{markup}`, expected `{expected}`',
      entitySpace: 'Unexpected HTML entity `{markup}`, expected a space',
      entityRemove: 'Unexpected HTML entity `{markup}`, remove it',
      markup: 'Unexpected HTML markup `{markup}`, remove it',
      markupSpace: 'Unexpected HTML markup `{markup}`, expected a space',
      fragment: 'Unexpected HTML tag fragment `{markup}`, remove it',
      escapedQuote: 'Unexpected escaped quote mark `{actual}`, expected `{expected}`',
    },
    options: z.strictObject({}),
    examples: {
      invalid: [
        {
          text: 'Shares of Brill &amp; Vance rose; the CEO said it&#8217;s &ldquo;early&rdquo;.',
          diagnostics: [
            '1:17-1:22 entity Unexpected HTML entity `&amp;`, expected `&`',
            '1:50-1:57 entity Unexpected HTML entity `&#8217;`, expected `’`',
            '1:59-1:66 entity Unexpected HTML entity `&ldquo;`, expected `“`',
            '1:71-1:78 entity Unexpected HTML entity `&rdquo;`, expected `”`',
          ],
          output: 'Shares of Brill & Vance rose; the CEO said it’s “early”.',
        },
        {
          text: 'The river rose 3&nbsp;metres overnight &nbsp; and fell.',
          diagnostics: [
            '1:17-1:23 entitySpace Unexpected HTML entity `&nbsp;`, expected a space',
            '1:40-1:47 entityRemove Unexpected HTML entity `&nbsp;`, remove it',
          ],
          output: 'The river rose 3 metres overnight and fell.',
        },
        {
          text: 'The vote was close.</p><p>Turnout was <strong>low</strong>, officials said.<br>',
          diagnostics: [
            '1:20-1:27 markupSpace Unexpected HTML markup `</p><p>`, expected a space',
            '1:39-1:47 markup Unexpected HTML markup `<strong>`, remove it',
            '1:50-1:59 markup Unexpected HTML markup `</strong>`, remove it',
            '1:76-1:80 markup Unexpected HTML markup `<br>`, remove it',
          ],
          output: 'The vote was close. Turnout was low, officials said.',
        },
        {
          text: 'Read more at <a href="https://example.com/story">the council site</a> <!-- ad --> today.',
          diagnostics: [
            '1:14-1:50 markup Unexpected HTML markup `<a href="https://example.com/story">`, remove it',
            '1:66-1:82 markup Unexpected HTML markup `</a> <!-- ad -->`, remove it',
          ],
          output: 'Read more at the council site today.',
        },
        {
          text: 'Floods hit Tarvel" width="640" height="360">\nRescuers arrived at dawn.',
          diagnostics: ['1:18-1:45 fragment Unexpected HTML tag fragment `" width="640" height="360">`, remove it'],
        },
        {
          text: 'He said \\"we will rebuild\\" and left.',
          diagnostics: [
            '1:9-1:11 escapedQuote Unexpected escaped quote mark `\\"`, expected `"`',
            '1:26-1:28 escapedQuote Unexpected escaped quote mark `\\"`, expected `"`',
          ],
          output: 'He said "we will rebuild" and left.',
        },
      ],
      valid: [
        'AT&T, Q&A, R&D and P&G; &c. and Smith & Sons all stayed.',
        'If x < y > z, then a <b> c holds; turnout was <5% in Orlan.',
        'Write to <desk@example.com> or see <https://example.com>, ticker <BRV.N>.',
        'He said the ratio was 3<4 and the score 2>1.',
      ],
    },
  },
  ({ story, report }) => {
    for (const f of findResidue(story.text)) {
      report(f.messageId, f.span, {
        ...(f.expected === undefined ? {} : { expected: [f.expected] }),
        ...(f.data === undefined ? {} : { data: f.data }),
        ...(f.fix === undefined ? {} : { fix: f.fix }),
      })
    }
  },
)

/** All HTML residue in `text`, in order. */
export function findResidue(text: string): Finding[] {
  const findings: Finding[] = []
  const tags = findTags(text)
  const tagged = mask(text, tags)
  const spaceTokens: Token[] = []
  for (const entity of findEntities(text)) {
    if (tagged[entity.span.start] === 1) continue
    if (blank.test(entity.decoded)) spaceTokens.push({ ...entity.span, separates: true, isTag: false })
    else if (invisible.test(entity.decoded)) findings.push(edited('entityRemove', text, entity.span, false))
    else findings.push({ messageId: 'entity', span: entity.span, expected: entity.decoded, data: { markup: slice(text, entity.span) } })
  }
  for (const run of runs(text, [...tags, ...spaceTokens])) {
    const separates = run.some((t) => t.separates)
    const span: Span = { start: run[0]?.start ?? 0, end: run[run.length - 1]?.end ?? 0 }
    if (run.some((t) => t.isTag)) findings.push(edited(separates ? 'markupSpace' : 'markup', text, span, separates))
    else findings.push(edited('entitySpace', text, span, true))
  }
  const taken = mask(text, findings.map((f) => f.span))
  const free = (span: Span) => taken.subarray(span.start, span.end).every((v) => v === 0)
  for (const span of fragments(text, tagged)) {
    if (!free(span)) continue
    findings.push({ messageId: 'fragment', span, data: { markup: shorten(slice(text, span)) }, fix: 'suggest' })
    taken.fill(1, span.start, span.end)
  }
  for (const match of text.matchAll(/\\["']/gu)) {
    const span: Span = { start: match.index, end: match.index + 2 }
    if (free(span)) findings.push({ messageId: 'escapedQuote', span, expected: match[0].slice(1) })
  }
  return findings.sort((a, b) => a.span.start - b.span.start)
}

/**
 * The finding for markup or a blank entity at `span`: a space when it separates two words, nothing
 * next to white space (taking one adjacent space along so no double space is left).
 */
function edited(messageId: MessageId, text: string, span: Span, separates: boolean): Finding {
  const markup = shorten(slice(text, span))
  const before = text[span.start - 1]
  const after = text[span.end]
  const spaceBefore = before === undefined || /\s/u.test(before)
  const spaceAfter = after === undefined || /\s/u.test(after)
  let id = messageId
  if (id === 'entitySpace' && (spaceBefore || spaceAfter)) id = 'entityRemove'
  if (id === 'markupSpace' && (spaceBefore || spaceAfter)) id = 'markup'
  if (!spaceBefore && !spaceAfter) return { messageId: id, span, expected: separates ? ' ' : '', data: { markup } }
  if (spaceBefore && spaceAfter) {
    if (after === ' ' || after === '\t') return { messageId: id, span: { start: span.start, end: span.end + 1 }, expected: '', data: { markup } }
    if (before === ' ' || before === '\t') return { messageId: id, span: { start: span.start - 1, end: span.end }, expected: '', data: { markup } }
  }
  return { messageId: id, span, expected: '', data: { markup } }
}

/** Entities with their decoded text (`&amp;rsquo;`, encoded twice, decodes to `’`). */
function findEntities(text: string): { span: Span; decoded: string }[] {
  const found: { span: Span; decoded: string }[] = []
  for (const match of text.matchAll(new RegExp(entityPattern, 'gu'))) {
    const start = match.index
    let end = start + match[0].length
    let decoded = match[0].endsWith(';') ? decodeHTMLStrict(match[0]) : decodeHTML(match[0])
    if (decoded === match[0]) continue // not an entity (`&foo;`)
    for (let round = 0; round < 3 && decoded === '&'; round++) {
      const body = entityBody.exec(text.slice(end, end + 40))?.[0]
      if (body === undefined) break
      const again = decodeHTMLStrict(`&${body}`)
      if (again === `&${body}`) break
      decoded = again
      end += body.length
    }
    found.push({ span: { start, end }, decoded })
  }
  return found
}

/** Tags and comments that read as markup, not as `<` and `>` in prose (`a <b> c`, `<5%`). */
function findTags(text: string): Token[] {
  const tokens: Token[] = []
  // One-letter elements closed somewhere in the story (`</b>`), so `<b>` there is markup too.
  const closed = new Set([...text.matchAll(/<\/([A-Za-z])\s{0,20}>/gu)].map((m) => (m[1] ?? '').toLowerCase()))
  let from = 0
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', from)) {
    from = at + 1
    if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4)
      if (close >= 0 && close - at < 5000) {
        tokens.push({ start: at, end: close + 3, separates: false, isTag: true })
        from = close + 3
      }
      continue
    }
    const tag = parseTag(text, at)
    if (!tag || !isMarkup(text, at, tag, closed)) continue
    const name = tag.name.toLowerCase()
    tokens.push({ start: at, end: tag.end, separates: !inline.has(name), isTag: true })
    from = tag.end
  }
  return tokens
}

/** Whether a parsed tag is markup: prose may hold `a <b> c`, but not `</b>`, `<b>x` or `<a href=...>`. */
function isMarkup(text: string, at: number, tag: ParsedTag, closed: ReadonlySet<string>): boolean {
  if (tag.closing || tag.valued > 0) return true
  if (tag.attributes > 0) return false
  if (tag.selfClosing || tag.name.length > 1) return true
  const touching = /\S/u.test(text[at - 1] ?? ' ') || /\S/u.test(text[tag.end] ?? ' ')
  return touching || closed.has(tag.name.toLowerCase())
}

/** Parses `<name attr="value" ...>` or `</name>` at `at`, bounded; `undefined` when it is not one. */
function parseTag(text: string, at: number): ParsedTag | undefined {
  let i = at + 1
  const closing = text[i] === '/'
  if (closing) i++
  const nameStart = i
  while (i - nameStart < 16 && /[A-Za-z0-9]/u.test(text[i] ?? '')) i++
  const name = text.slice(nameStart, i)
  if (!/^[A-Za-z]/u.test(name) || !elements.has(name.toLowerCase())) return undefined
  const rest = parseAttributes(text, i, closing)
  return rest && { ...rest, name, closing }
}

/**
 * Parses ` attr="value" ...>` from `at` up to the closing `>` or `/>` (at most 40 attributes, values
 * of at most 2,000 characters); `undefined` when the text is not that.
 */
function parseAttributes(text: string, at: number, closing: boolean): Omit<ParsedTag, 'name' | 'closing'> | undefined {
  let i = at
  let attributes = 0
  let valued = 0
  for (let count = 0; count <= 40; count++) {
    const spaced = skipSpace(text, i)
    const separated = spaced > i
    i = spaced
    if (text[i] === '>') return { end: i + 1, selfClosing: false, attributes, valued }
    if (text[i] === '/' && text[i + 1] === '>') return { end: i + 2, selfClosing: true, attributes, valued }
    if (!separated || closing) return undefined
    const attributeStart = i
    while (i - attributeStart < 40 && /[A-Za-z0-9_:.-]/u.test(text[i] ?? '')) i++
    if (i === attributeStart || !/[A-Za-z_:]/u.test(text[attributeStart] ?? '')) return undefined
    attributes++
    const afterName = skipSpace(text, i)
    if (text[afterName] !== '=') continue
    i = skipSpace(text, afterName + 1)
    const quote = text[i]
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, i + 1)
      if (close < 0 || close - i > 2000) return undefined
      i = close + 1
    } else {
      const valueStart = i
      while (i - valueStart < 2000 && i < text.length && !/[\s"'=<>`]/u.test(text[i] ?? '')) i++
      if (i === valueStart) return undefined
    }
    valued++
  }
  return undefined
}

/** The offset after up to 20 white-space characters from `at`. */
function skipSpace(text: string, at: number): number {
  let i = at
  while (i - at < 20 && /\s/u.test(text[i] ?? '')) i++
  return i
}

/** Groups tokens that touch or are separated by spaces or tabs only; keeps groups with a tag. */
function runs(text: string, tokens: readonly Token[]): Token[][] {
  const sorted = [...tokens].sort((a, b) => a.start - b.start)
  const groups: Token[][] = []
  let current: Token[] = []
  for (const token of sorted) {
    const last = current[current.length - 1]
    if (last && token.start >= last.end && /^[ \t]{0,8}$/u.test(text.slice(last.end, token.start))) current.push(token)
    else {
      if (current.length > 0) groups.push(current)
      current = [token]
    }
  }
  if (current.length > 0) groups.push(current)
  return groups
}

/**
 * Pieces of a tag whose `<` was cut off, outside whole tags: a tail of attributes
 * (`" width="640" height="360">`) or a link target ending in `">`.
 */
function fragments(text: string, tagged: Uint8Array): Span[] {
  const spans: Span[] = []
  let reached = 0
  for (const match of text.matchAll(/["'][ \t]/gu)) {
    if (match.index < reached || tagged[match.index] === 1) continue
    const tail = parseAttributes(text, match.index + 1, false)
    if (tail && tail.valued > 0 && tail.valued === tail.attributes) {
      spans.push({ start: match.index, end: tail.end })
      reached = tail.end
    }
  }
  const inTail = mask(text, spans)
  for (const match of text.matchAll(/(?<=\S)["']>/gu)) {
    const end = match.index + 2
    if (tagged[match.index] === 1 || inTail[match.index] === 1 || inTail[match.index + 1] === 1) continue
    let start = match.index
    while (start > 0 && match.index - start < 300 && /\S/u.test(text[start - 1] ?? ' ')) start--
    const chunk = text.slice(start, match.index)
    spans.push({ start: /:\/\/|www\.|href=|src=/u.test(chunk) ? start : match.index, end })
  }
  return spans
}

/** One flag per character of `text`: 1 inside one of the spans. */
function mask(text: string, spans: readonly Span[]): Uint8Array {
  const flags = new Uint8Array(text.length)
  for (const span of spans) flags.fill(1, span.start, span.end)
  return flags
}

function slice(text: string, span: Span): string {
  return text.slice(span.start, span.end)
}

/** Long markup cut to 60 characters for the message. */
function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 59)}…` : value
}
