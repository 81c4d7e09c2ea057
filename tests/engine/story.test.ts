import { describe, expect, test } from 'vitest'
import { createStory as buildStory, splitLines } from '../../src/engine/story/index.js'

describe('buildStory', () => {
  test('paragraphs are blocks between blank lines; hard-wrapped lines stay in one paragraph', () => {
    const text = 'Headline here\n\nFirst line of a\nwrapped paragraph. Second sentence.\n\n\nLast one.'
    const story = buildStory(text)
    expect(story.paragraphs.map((p) => p.text)).toEqual(['Headline here', 'First line of a\nwrapped paragraph. Second sentence.', 'Last one.'])
    expect(story.paragraphs[1]?.lineCount).toBe(2)
    expect(story.sentences.map((s) => s.text)).toEqual(['Headline here', 'First line of a\nwrapped paragraph.', 'Second sentence.', 'Last one.'])
    expect(story.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2])
  })

  test('flat text turns line breaks inside a paragraph into spaces and keeps offsets', () => {
    const text = 'Head\n\nOne\r\ntwo\nthree\n\nfour'
    const story = buildStory(text)
    expect(story.flat).toBe('Head\n\nOne  two three\n\nfour')
    expect(story.flat.length).toBe(text.length)
  })

  test('headline is the first line when a blank line follows it', () => {
    expect(buildStory('Big news today\n\nBody text.').headline?.text).toBe('Big news today')
    expect(buildStory('Body text.\nMore body.').headline).toBeUndefined()
    expect(buildStory('\n\nBody text.').headline).toBeUndefined()
    expect(buildStory('One line ending in a newline.\n').headline).toBeUndefined()
    expect(buildStory('Only a title\n\n\n').headline).toBeUndefined()
  })

  test('word positions are exact offsets and line/column pairs across CRLF and hard wraps', () => {
    const text = 'Title\r\n\r\nAlpha beta\r\ngamma delta.'
    const story = buildStory(text)
    const gamma = story.words.find((w) => w.text === 'gamma')
    expect(gamma && text.slice(gamma.start, gamma.end)).toBe('gamma')
    expect(gamma && story.point(gamma.start)).toEqual({ line: 4, column: 1, offset: 21 })
    for (const word of story.words) expect(text.slice(word.start, word.end)).toBe(word.text)
  })

  test('nlcst tree positions agree with the text', () => {
    const text = 'A\n\nThe quick fox.\nIt ran.\n\nDone.'
    const story = buildStory(text)
    const first = story.tree.children.find((c) => c.type === 'ParagraphNode' && c.position?.start.offset === 3)
    expect(first?.position?.start).toEqual({ line: 3, column: 1, offset: 3 })
    expect(first?.position?.end).toEqual({ line: 4, column: 8, offset: 25 })
  })

  test('quotation spans: straight, curly, and a quotation running over paragraphs', () => {
    const text = 'He said "yes" and “no” today.\n\n"First part of a long quote.\n\n"Second part ends here," she said.'
    const story = buildStory(text)
    const quoted = story.quotations.map((q) => text.slice(q.start, q.end))
    expect(quoted).toEqual(['"yes"', '“no”', '"First part of a long quote.', '"Second part ends here,"'])
    expect(story.inQuotation({ start: 9, end: 12 })).toBe(true)
    expect(story.inQuotation({ start: 0, end: 2 })).toBe(false)
  })

  test('empty, whitespace-only and newline-only text', () => {
    for (const text of ['', '   ', '\n\n\n', '\r\n']) {
      const story = buildStory(text)
      expect(story.paragraphs).toEqual([])
      expect(story.sentences).toEqual([])
    }
  })
})

test('splitLines handles LF, CRLF and CR', () => {
  expect(splitLines('a\nb\r\nc\rd').map((l) => l.text)).toEqual(['a', 'b', 'c', 'd'])
  expect(splitLines('a\n').map((l) => [l.start, l.end])).toEqual([
    [0, 1],
    [2, 2],
  ])
})
