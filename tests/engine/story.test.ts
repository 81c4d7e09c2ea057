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

describe('the story model is the one analysis layer', () => {
  test('each part is computed once: repeated reads return the same object', () => {
    const story = buildStory('Head\n\nThe port said "we will open" on Monday.\nIt did.\n')
    expect(story.words).toBe(story.words)
    expect(story.sentences).toBe(story.sentences)
    expect(story.units).toBe(story.units)
    expect(story.quotes).toBe(story.quotes)
    expect(story.quotations).toBe(story.quotations)
    const sentence = story.sentences[1]
    if (!sentence) throw new Error('no sentence')
    expect(story.tags(sentence)).toBe(story.tags(sentence))
  })

  test('words carry their index and a normalised form', () => {
    const story = buildStory('The Port\u2019s CHIEF said so.')
    expect(story.words.map((w) => [w.index, w.normal])).toEqual([
      [0, 'the'],
      [1, "port's"],
      [2, 'chief'],
      [3, 'said'],
      [4, 'so'],
    ])
  })

  test.each([
    ['one space', 'Port city', true],
    ['two spaces', 'Port  city', true],
    ['three spaces', 'Port   city', false],
    ['a tab', 'Port\tcity', false],
    ['a no-break space', 'Port\u00a0city', false],
    ['a comma and a space', 'Port, city', false],
  ])('adjacentWord takes a neighbour across one or two spaces only (%s)', (_, text, adjacent) => {
    const story = buildStory(`${text} wharf.`)
    expect(story.adjacentWord(0, 1)?.text === 'city').toBe(adjacent)
    expect(story.adjacentWord(1, -1)?.text === 'Port').toBe(adjacent)
  })

  test('wordsIn, adjacentWord and parts read the same tokens', () => {
    const text = 'Jean-Luc Pellaro\u2019s  boat left.\nNew line here.'
    const story = buildStory(text)
    const inFirst = story.wordsIn({ start: 0, end: 20 })
    expect(inFirst.map((w) => w.text)).toEqual(['Jean-Luc', 'Pellaro\u2019s'])
    expect(story.adjacentWord(0, 1)?.text).toBe('Pellaro\u2019s')
    expect(story.adjacentWord(1, 1)?.text).toBe('boat')
    expect(story.adjacentWord(1, -1)?.text).toBe('Jean-Luc')
    const first = story.words[0]
    if (!first) throw new Error('no word')
    expect(story.parts(first).map((p) => [p.text, text.slice(p.start, p.end)])).toEqual([
      ['Jean', 'Jean'],
      ['Luc', 'Luc'],
    ])
    const possessive = story.words[1]
    if (!possessive) throw new Error('no word')
    expect(story.parts(possessive).map((p) => p.text)).toEqual(['Pellaro'])
    const plain = story.words[2]
    if (!plain) throw new Error('no word')
    expect(story.parts(plain)).toEqual([{ start: plain.start, end: plain.end, text: 'boat' }])
  })

  test('lines carry their block shape; units split line lists but keep hard-wrapped prose whole', () => {
    const text = 'Port news\n\nThe harbour board met on Monday and\nagreed to reopen the pier in May.\n\nFirst item.\nSecond item.\nThird item.'
    const story = buildStory(text)
    expect(story.paragraphs.map((p) => p.shape)).toEqual(['single', 'wrapped', 'lines'])
    expect(story.units.map((u) => u.text)).toEqual([
      'Port news',
      'The harbour board met on Monday and\nagreed to reopen the pier in May.',
      'First item.',
      'Second item.',
      'Third item.',
    ])
    expect(story.lines.map((l) => [l.blank, l.paragraph, l.closed])).toEqual([
      [false, 0, false],
      [true, undefined, false],
      [false, 1, false],
      [false, 1, true],
      [true, undefined, false],
      [false, 2, true],
      [false, 2, true],
      [false, 2, true],
    ])
  })

  test('tags come from one tagger with offsets into the story', () => {
    const text = 'Head\n\nThe council will vote today.'
    const story = buildStory(text)
    const sentence = story.sentences[1]
    if (!sentence) throw new Error('no sentence')
    const tokens = story.tags(sentence)
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
    expect(tokens.find((t) => t.text === 'will')?.pos).toBe('AUX')
  })

  test('quotations come from the pairing: an inch mark opens nothing, apostrophe marks are set aside', () => {
    const text = 'The 12" pipe burst on January 11 in Velm, "officials" said. India"s port "is closed," it said.'
    const story = buildStory(text)
    expect(story.quotations.map((q) => text.slice(q.start, q.end))).toEqual(['"officials"', '"is closed,"'])
    expect(story.quotes[0]?.apostrophes.map((a) => text.slice(a.start, a.end))).toEqual(['"'])
    expect(story.inQuotation({ start: text.indexOf('January'), end: text.indexOf('January') + 10 })).toBe(false)
  })

  test('a stray closing mark quotes from its paragraph start; a continued quotation from the paragraph start', () => {
    const stray = 'the port will reopen in May,\u201d the mayor said.\n\nThe council agreed.'
    expect(buildStory(stray).quotations.map((q) => stray.slice(q.start, q.end))).toEqual(['the port will reopen in May,\u201d'])
    const continued = 'She said: \u201cWe will rebuild the pier.\n\nIt will take a year,\u201d she added.'
    expect(buildStory(continued).quotations.map((q) => continued.slice(q.start, q.end))).toEqual([
      '\u201cWe will rebuild the pier.',
      'It will take a year,\u201d',
    ])
  })
})

test('the engine filter and the quote rules read the same quotation model (issue 10 example)', async () => {
  const { lint } = await import('../../src/index.js')
  const text = 'The 12" pipe burst on January 11 in Velm, "officials" said.'
  const { diagnostics } = await lint(text, { config: { preset: 'none', style: 'ap', rules: { 'quote-balance': 'warning', 'quote-spacing': 'error' } } })
  expect(diagnostics.map((d) => [d.ruleId, d.actual, d.expected[0]])).toEqual([['style/ap-month', 'January', 'Jan.']])
})

test('the tagger is loaded only when an active rule asks for tags', async () => {
  const { spawnSync } = await import('node:child_process')
  const path = await import('node:path')
  const root = path.resolve(import.meta.dirname, '../..')
  const probe = (rules: string) =>
    spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        [
          "import { createRequire } from 'node:module'",
          "const { lint } = await import('./src/index.ts')",
          `await lint('Head\\n\\nThe council will vote today on the harbour plan.', { config: { preset: 'none', rules: ${rules} } })`,
          'const cache = createRequire(import.meta.url).cache',
          "console.log(Object.keys(cache).some((k) => k.includes('wink-eng-lite-web-model')))",
        ].join('\n'),
      ],
      { cwd: root, encoding: 'utf8' },
    )
  const without = probe("{ 'number-grouping': 'error', 'repeated-words': 'warning' }")
  expect(without.stderr).toBe('')
  expect(without.stdout.trim()).toBe('false')
  expect(probe("{ 'garbled-sentence': 'warning' }").stdout.trim()).toBe('true')
})

test('lineAt, sentenceAt and paragraphAt find the span holding an offset, and nothing in a gap', () => {
  const text = 'Head\n\nOne two. Three four.\nFive.'
  const story = buildStory(text)
  expect(story.lineAt(text.indexOf('Three'))?.index).toBe(2)
  expect(story.sentenceAt(text.indexOf('Three'))?.text).toBe('Three four.')
  expect(story.sentenceAt(text.indexOf(' Three'))).toBeUndefined()
  expect(story.paragraphAt(text.indexOf('Five'))?.index).toBe(1)
  expect(story.paragraphAt(5)).toBeUndefined()
  expect(story.lineAt(text.length + 5)).toBeUndefined()
})

test('a single paragraph of 300,000 characters parses (no call-stack overflow)', () => {
  const text = 'word, '.repeat(50_000)
  const story = buildStory(text)
  expect(story.paragraphs).toHaveLength(1)
  expect(story.words).toHaveLength(50_000)
})
