// Each reader on small stories with positions worked out by hand: escapes, entities, CRLF, nested
// formats, several stories, the article body of a page, malformed files, and fixes written back in
// the file's own syntax.
import { describe, expect, test } from 'vitest'
import { createLinter } from '../../src/engine/linter.js'
import { detectFormat, FormatError, inputLinter } from '../../src/formats/input/index.js'
import type { InputFormat } from '../../src/formats/input/types.js'

const linter = createLinter({
  config: { preset: 'none', rules: { 'number-grouping': 'error', 'html-residue': 'warning', 'duplicate-text': 'error', 'feed-boilerplate': 'warning' } },
})

async function lint(text: string, format: InputFormat) {
  return (await inputLinter(linter, text, { format })).lint(text)
}

function brief(d: { line: number; column: number; endLine: number; endColumn: number; ruleId: string; actual: string; expected: string[]; storyId?: string }): string {
  return `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.ruleId} ${d.actual} -> ${JSON.stringify(d.expected)}${d.storyId === undefined ? '' : ` @${d.storyId}`}`
}

describe('positions in the original file', () => {
  test.each<[InputFormat, string, string]>([
    ['html', '<p>Some 4,70,000 of them.</p>', '1:9-1:17 number-grouping 4,70,000 -> ["470,000"]'],
    ['html', '<p>Tom &amp;amp; Jerry.</p>', '1:8-1:17 html-residue &amp;amp; -> ["&amp;"]'],
    ['markdown', '# Port\n\nSome **4,70,000** of them.\n', '3:8-3:16 number-grouping 4,70,000 -> ["470,000"]'],
    // A unit the parser replaced (NUL by U+FFFD) still maps to its place.
    ['html', '<p>a\u0000b Some 4,70,000 here.</p>', '1:13-1:21 number-grouping 4,70,000 -> ["470,000"]'],
    // Block markers and indentation the parser drops from continuation lines are skipped.
    ['markdown', '> Crews said\n>   some 4,70,000 bags were filled.\n', '2:10-2:18 number-grouping 4,70,000 -> ["470,000"]'],
    ['markdown', 'Tom &amp;amp; Jerry.\n', '1:5-1:14 html-residue &amp;amp; -> ["\\\\&"]'],
    ['nitf', '<nitf>\r\n<body><body.content>\r\n<p>Caf&#233; staff counted 4,70,000 visitors.</p>\r\n</body.content></body></nitf>', '3:28-3:36 number-grouping 4,70,000 -> ["470,000"]'],
    ['nitf', '<nitf><body><body.content><p><![CDATA[Caf\u00e9 counted 4,70,000]]></p></body.content></body></nitf>', '1:52-1:60 number-grouping 4,70,000 -> ["470,000"]'],
    ['ninjs', '{\n  "body_text": "Caf\\u00e9 staff counted 4,70,000 visitors."\n}', '2:41-2:49 number-grouping 4,70,000 -> ["470,000"]'],
    ['ninjs', '{\n  "body_html": "<p>Tom &amp;amp; \\"Jerry\\".</p>"\n}', '2:24-2:33 html-residue &amp;amp; -> ["&amp;"]'],
    ['newsml', '<newsItem guid="a"><contentSet><inlineData contenttype="text/html">&lt;p&gt;Some 4,70,000.&lt;/p&gt;</inlineData></contentSet></newsItem>', '1:82-1:90 number-grouping 4,70,000 -> ["470,000"]'],
    ['newsml', '<newsItem><contentSet><inlineData contenttype="text/plain">\n  Some 4,70,000.\n</inlineData></contentSet></newsItem>', '2:8-2:16 number-grouping 4,70,000 -> ["470,000"]'],
  ])('%s: %j', async (format, text, expected) => {
    expect((await lint(text, format)).map(brief)).toEqual([expected])
  })

  test('an entity the markup itself decodes is text, not residue', async () => {
    expect(await lint('<p>Tom &amp; Jerry &eacute;t&eacute;.</p>', 'html')).toEqual([])
    expect(await lint('<nitf><body><body.content><p>Tom &amp; Jerry</p></body.content></body></nitf>', 'nitf')).toEqual([])
  })

  test('a fix is dropped where the span crosses markup, kept where the text is unbroken', async () => {
    const [across] = await lint('<p>Some 4,70,<b>000</b> of them.</p>', 'html')
    expect(across && brief(across)).toBe('1:9-1:20 number-grouping 4,70,<b>000 -> []')
  })
})

describe('story fields and several stories', () => {
  test('a headline repeated as the first paragraph is caught in NITF, related to <hl1>', async () => {
    const text = '<nitf><body><body.head><hedline><hl1>Floods cut roads across the Varno valley</hl1></hedline></body.head>\n<body.content><p>Floods cut roads across the Varno valley</p><p>Crews cleared two of them by noon.</p></body.content></body></nitf>'
    const [d] = await lint(text, 'nitf')
    expect(d?.messageId).toBe('headline')
    expect(d && brief(d)).toBe('2:18-2:58 duplicate-text Floods cut roads across the Varno valley -> [""]')
    expect(d?.related && text.slice(d.related.offset, d.related.endOffset)).toBe('Floods cut roads across the Varno valley')
    expect(d?.related?.column).toBe(38)
  })

  test('Markdown without a `#` headline is judged like a plain story: a first line standing alone is the headline', async () => {
    const text = 'Port reopens after the strike\n\nPort reopens after the strike\n\nThe port reopened on Tuesday after a long strike.\n'
    expect((await lint(text, 'markdown')).map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.messageId}`)).toEqual(['3:1-3:30 headline'])
  })

  test('a ninjs array gives each story its uri, or its number when it has none', async () => {
    const text = '[{"uri": "urn:a", "body_text": "Some 4,70,000."}, {"body_text": "Also 3,25,000."}]'
    expect((await lint(text, 'ninjs')).map(brief)).toEqual([
      '1:38-1:46 number-grouping 4,70,000 -> ["470,000"] @urn:a',
      '1:71-1:79 number-grouping 3,25,000 -> ["325,000"] @2',
    ])
  })

  test('a NewsML-G2 news message gives each item its guid', async () => {
    const item = (guid: string, n: string) => `<newsItem guid="${guid}"><contentSet><inlineXML><p>Some ${n}.</p></inlineXML></contentSet></newsItem>`
    const text = `<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>\n${item('g1', '4,70,000')}\n${item('g2', '3,25,000')}\n</itemSet></newsMessage>`
    expect((await lint(text, 'newsml')).map((d) => `${d.line}:${d.column} ${d.storyId}`)).toEqual(['2:52 g1', '3:52 g2'])
  })

  test('byline and dateline from the format are never taken for residue', async () => {
    const text = '<nitf><body><body.head><hedline><hl1>Port reopens after strike</hl1></hedline><byline>By Lena Ostrova</byline><dateline>VALMORA, March 14</dateline></body.head><body.content><p>The port reopened on Tuesday after a week-long strike ended with a pay deal.</p><p>Ships will berth again on Wednesday, the authority said.</p></body.content></body></nitf>'
    expect(await lint(text, 'nitf')).toEqual([])
  })
})

describe('HTML pages: the article body, not the chrome', () => {
  const chrome = '<header><nav><a href="/">Home</a> <a href="/fb">Give Feedback</a></nav></header>'
  const footer = '<footer><p>Share this story</p><p>Give Feedback</p></footer>'
  const paragraphs = '<p>The port reopened on Tuesday after a week-long strike ended with a pay deal, officials said.</p><p>Some 4,70,000 tonnes of cargo wait on the quays.</p>'

  test.each([
    ['itemprop="articleBody"', `${chrome}<div itemprop="articleBody">${paragraphs}<p>Give Feedback</p></div>${footer}`],
    ['<article>', `${chrome}<article><h1>Port reopens</h1>${paragraphs}<p>Give Feedback</p></article>${footer}`],
    ['block scoring', `${chrome}<div class="c"><div class="x">${paragraphs}<p>Give Feedback</p></div></div>${footer}`],
  ])('found by %s', async (_how, body) => {
    const text = `<!DOCTYPE html><html><head><title>Port</title></head><body>${body}</body></html>`
    const found = await lint(text, 'html')
    expect(found.map((d) => `${d.ruleId} ${d.actual}`)).toEqual(['number-grouping 4,70,000', 'feed-boilerplate Give Feedback'])
    // The residue inside the body, not the link of the same words in the navigation or the footer.
    expect(found[1]?.offset).toBe(text.indexOf('<p>Give Feedback</p>') + 3)
  })
})

describe('malformed files are located errors', () => {
  test.each<[InputFormat, string, RegExp]>([
    ['nitf', '<nitf>\n<body>\n<p>x</body>\n</nitf>', /^x\.xml:3:\d+: Unexpected malformed XML: Missing end tag for element p$/u],
    ['ninjs', '{\n  "headline": "x",\n}', /^x\.xml:3:1: Unexpected malformed JSON: Unexpected token RBrace found$/u],
    ['html', '<p>Cut off <b', /^x\.xml:1:\d+: Unexpected end of file in tag \(HTML cut off inside markup\)$/u],
    ['ninjs', '[1]', /^x\.xml:1:2: Unexpected number as story 1, expected a ninjs object$/u],
    ['newsml', '<nitf></nitf>', /^x\.xml:1:1: Unexpected root element `<nitf>`, expected `<newsItem>` or `<newsMessage>`$/u],
  ])('%s: %j', async (format, text, message) => {
    const input = await inputLinter(linter, text, { name: 'x.xml', format })
    expect(() => input.lint(text)).toThrow(FormatError)
    expect(() => input.lint(text)).toThrow(message)
  })

  test.each<[InputFormat, string]>([
    ['html', `<p>x</p>${'<div>'.repeat(60_000)}Some 4,70,000.`],
    ['nitf', `<nitf><body><body.content>${'<p>'.repeat(30_000)}x${'</p>'.repeat(30_000)}</body.content></body></nitf>`],
    ['ninjs', `${'['.repeat(20_000)}${']'.repeat(20_000)}`],
  ])('%s nested past any parser\'s stack is an error, not a crash', async (format, text) => {
    const input = await inputLinter(linter, text, { name: 'deep', format })
    expect(() => input.lint(text)).toThrow('deep:1:1: Unexpected nesting too deep to read, expected a story')
  })

  test('an XML file of another vocabulary is an error, not linted as prose', async () => {
    await expect(inputLinter(linter, '<rss><channel/></rss>', { name: 'feed.xml' })).rejects.toThrow(/^feed\.xml:1:1: Unexpected XML vocabulary `<rss>`, expected NITF/u)
  })
})

describe('fixes are written back in the file\'s syntax', () => {
  test.each<[InputFormat, string, string]>([
    ['html', '<p>Tom &amp;amp; Jerry paid 4,70,000.</p>', '<p>Tom &amp; Jerry paid 470,000.</p>'],
    ['ninjs', '{"body_html": "<p>Tom &amp;amp; Jerry paid 4,70,000.</p>"}', '{"body_html": "<p>Tom &amp; Jerry paid 470,000.</p>"}'],
    ['nitf', '<nitf><body><body.content><p>Paid 4,70,000.</p><p>Give Feedback</p></body.content></body></nitf>', '<nitf><body><body.content><p>Paid 470,000.</p><p></p></body.content></body></nitf>'],
  ])('%s', async (format, text, output) => {
    const input = await inputLinter(linter, text, { format })
    expect(input.fix(text).output).toBe(output)
    expect(input.fix(output).output).toBe(output)
  })
})

describe('format detection', () => {
  test.each<[string | undefined, string, InputFormat | undefined]>([
    ['a.txt', '<p>scraped</p>', 'text'],
    ['a.md', '# x', 'markdown'],
    ['a.htm', 'x', 'html'],
    ['a.json', '{}', 'ninjs'],
    ['a.xml', '<?xml version="1.0"?>\n<!-- feed -->\n<nitf:nitf xmlns:nitf="x"/>', 'nitf'],
    ['a.xml', '<newsMessage/>', 'newsml'],
    ['a.xml', '<rss/>', undefined],
    [undefined, '  <!DOCTYPE html><html></html>', 'html'],
    [undefined, '<newsItem guid="x"/>', 'newsml'],
    [undefined, '[{"headline": "x"}]\n', 'ninjs'],
    [undefined, '[Updated] Port reopens', 'text'],
    [undefined, 'Port reopens', 'text'],
    ['story', '<nitf/>', 'nitf'],
  ])('%s %j is %s', (name, text, format) => {
    expect(detectFormat(text, name)).toBe(format)
  })
})
