// Issue 16 over hostile text: a story put into each format (escaped as that format escapes it) is
// read without throwing, and every diagnostic's span lies in the file and slices to its `actual`,
// with line and column agreeing. A ninjs `body_text` holds a plain story exactly, so there it also
// gives the plain story's hits at the same (decoded) text.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { lint } from '../../src/index.js'
import { pointsOf } from '../../src/engine/story/parse.js'
import type { InputFormat } from '../../src/formats/input/types.js'

const config = { preset: 'recommended' as const }
const fragments = [
  'the the ', '4,70,000 ', 'Rs 500 crore ', '"', '“', '”', ' .', ', reported Ann Lee.', 'said.The ', 'Give Feedback\n', '(OTG) ',
  'Organization of Turkic States ', '\n\n', '\n', '\r\n', '\t', '  ', '\u0301', '😀', '&amp; ', '&', '<', '>', '\\', '*', '#', '`', '[x]', 'ÃƒÂ©',
]
// Well-formed Unicode only: a lone surrogate cannot be written to XML or read back from JSON text.
const story = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...fragments), weight: 4 }, { arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }), weight: 2 }), { maxLength: 40 })
  .map((parts) => parts.join('').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, ''))

const escapeMarkup = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')

const wrap: Readonly<Record<Exclude<InputFormat, 'text'>, (text: string) => string>> = {
  markdown: (text) => text,
  html: (text) => `<!DOCTYPE html><article><h1>Port</h1><p>${escapeMarkup(text)}</p></article>`,
  nitf: (text) => `<nitf><body><body.head><hedline><hl1>Port</hl1></hedline></body.head><body.content><p>${escapeMarkup(text)}</p></body.content></body></nitf>`,
  newsml: (text) => `<newsItem guid="x"><contentSet><inlineData contenttype="text/html">${escapeMarkup(`<p>${escapeMarkup(text)}</p>`)}</inlineData></contentSet></newsItem>`,
  ninjs: (text) => JSON.stringify([{ body_html: `<p>${escapeMarkup(text)}</p>` }, { body_text: text }]),
}

describe('formats over hostile text', () => {
  test.each(Object.keys(wrap) as Exclude<InputFormat, 'text'>[])('%s: never throws; spans are in the file and slice to `actual`', async (format) => {
    await fc.assert(
      fc.asyncProperty(story, async (text) => {
        const file = wrap[format](text)
        const { diagnostics } = await lint(file, { config, format })
        const point = pointsOf(file)
        for (const d of diagnostics) {
          expect(0 <= d.offset && d.offset <= d.endOffset && d.endOffset <= file.length).toBe(true)
          expect(file.slice(d.offset, d.endOffset)).toBe(d.actual)
          expect(point(d.offset)).toEqual({ line: d.line, column: d.column, offset: d.offset })
        }
      }),
      { numRuns: 40 },
    )
  })

  test('ninjs body_text: the plain story\'s hits at the same decoded text', async () => {
    await fc.assert(
      fc.asyncProperty(story, async (text) => {
        const plain = text.trim()
        const file = JSON.stringify({ body_text: text })
        const expected = (await lint(plain, { config })).diagnostics.map((d) => `${d.ruleId} ${d.messageId} ${d.actual}`)
        const found = (await lint(file, { config, format: 'ninjs' })).diagnostics.map((d) => `${d.ruleId} ${d.messageId} ${JSON.parse(`"${d.actual}"`) as string}`)
        expect(found).toEqual(expected)
      }),
      { numRuns: 60 },
    )
  })
})
