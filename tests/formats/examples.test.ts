// Issue 16, "done when": the example story in each format (examples/formats/) yields the same rule
// hits at the same story text as the plain-text story, with every position inside the original
// file: slicing the file at a diagnostic's offsets gives its `actual`, whose decoded text is the
// plain story's `actual`.
import { readFileSync } from 'node:fs'
import { decodeHTML } from 'entities'
import { describe, expect, test } from 'vitest'
import { type Diagnostic, lintFile } from '../../src/index.js'
import { pointsOf } from '../../src/engine/story/parse.js'
import { loadReader, readStories } from '../../src/formats/input/index.js'
import type { InputFormat } from '../../src/formats/input/types.js'

const dir = new URL('../../examples/formats/', import.meta.url)
const config = { preset: 'recommended' } as const

/** Undoes one layer of a format's escaping in a slice of the file. */
type Decode = (text: string) => string
const html: Decode = decodeHTML
const json: Decode = (text) => JSON.parse(`"${text}"`) as string
const markdown: Decode = (text) => decodeHTML(text).replace(/\\([!-/:-@[-`{-~])/gu, '$1')

/** Each example: its stories in order, with the escaping layers between story text and file, innermost first. */
const examples: Readonly<Record<string, { format: string; stories: readonly (readonly Decode[])[] }>> = {
  'story.md': { format: 'markdown', stories: [[markdown]] },
  'story.html': { format: 'html', stories: [[html]] },
  'story.nitf.xml': { format: 'nitf', stories: [[html]] },
  // An item with XHTML in <inlineXML>, then one with escaped HTML in <inlineData>.
  'story.newsml.xml': { format: 'newsml', stories: [[html], [html, html]] },
  // A story with body_html, then one with body_text.
  'story.ninjs.json': { format: 'ninjs', stories: [[html, json], [json]] },
}

/** `ruleId messageId actual` with the story's white space at the ends dropped (a paragraph's own break). */
function hit(d: Diagnostic, actual = d.actual): string {
  return `${d.ruleId} ${d.messageId} ${actual.trim()}`
}

const plain = await lintFile(new URL('story.txt', dir).pathname, { config })

test('the plain-text story has every kind of defect the formats must keep', () => {
  expect(plain.format).toBe('text')
  expect(new Set(plain.diagnostics.map((d) => d.ruleId))).toEqual(
    new Set(['duplicate-text', 'acronym-mismatch', 'number-grouping', 'quote-spacing', 'repeated-attribution', 'lakh-crore', 'html-residue', 'feed-boilerplate']),
  )
})

describe.each(Object.entries(examples))('%s', (name, { format, stories }) => {
  const path = new URL(name, dir).pathname
  const file = readFileSync(path, 'utf8')

  test('is read in its format, one story per item', async () => {
    const result = await lintFile(path, { config })
    expect(result.format).toBe(format)
    const ids = [...new Set(result.diagnostics.map((d) => d.storyId))]
    expect(ids.length).toBe(stories.length)
    if (stories.length === 1) expect(ids).toEqual([undefined])
  })

  test('the story is laid out from the format\'s own fields: headline, byline, dateline, then the body', async () => {
    const reader = await loadReader(format as InputFormat)
    const [first] = reader ? readStories(reader, file) : []
    const blocks = first?.text.split('\n\n') ?? []
    // Markdown names no byline or dateline (its story is written like the plain one), ninjs no dateline.
    const fields = format === 'markdown' ? [] : format === 'ninjs' ? ['By Anil Mehra'] : ['By Anil Mehra', 'KELTO, June 9']
    const headline = 'Flood barriers hold as river Sarna peaks near Kelto'
    expect(blocks.slice(0, fields.length + 2)).toEqual([headline, ...fields, headline])
    expect(blocks).toContain('Give Feedback')
  })

  test('every position is in the original file: the slice there is `actual`, line and column agree', async () => {
    const { diagnostics } = await lintFile(path, { config })
    const point = pointsOf(file)
    for (const d of diagnostics) {
      expect(file.slice(d.offset, d.endOffset)).toBe(d.actual)
      expect(point(d.offset)).toEqual({ line: d.line, column: d.column, offset: d.offset })
      expect(point(d.endOffset)).toEqual({ line: d.endLine, column: d.endColumn, offset: d.endOffset })
      if (d.related) expect(file.slice(d.related.offset, d.related.endOffset)).toBe(d.related.actual)
      // A finding folded into another's deleted text points at that finding, in the file too.
      if (d.subsumedBy) expect(diagnostics.some((o) => o.ruleId === d.subsumedBy?.ruleId && o.offset === d.subsumedBy.offset && o.line === d.subsumedBy.line)).toBe(true)
    }
  })

  test('each story has the plain story\'s rule hits at the same story text', async () => {
    const { diagnostics } = await lintFile(path, { config })
    const ids = [...new Set(diagnostics.map((d) => d.storyId))]
    for (const [index, layers] of stories.entries()) {
      const decode = (text: string) => layers.reduceRight((t, layer) => layer(t), text)
      const hits = diagnostics.filter((d) => d.storyId === ids[index]).map((d) => hit(d, decode(d.actual)))
      expect(hits).toEqual(plain.diagnostics.map((d) => hit(d)))
    }
  })

  test('markup is never flagged: no finding starts inside a tag or on markup', async () => {
    const { diagnostics } = await lintFile(path, { config })
    for (const d of diagnostics) {
      // Inside a tag: after a `<` with no `>` since.
      const before = file.slice(0, d.offset)
      const open = before.lastIndexOf('<')
      if (open >= 0) expect(before.lastIndexOf('>')).toBeGreaterThan(open)
      expect(d.actual).not.toMatch(/^[<#>*[]/u)
      expect(d.actual).not.toMatch(/[<>*\]]$/u)
    }
  })
})
