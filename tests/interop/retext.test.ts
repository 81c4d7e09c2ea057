// wirelint's rules inside a user's own unified pipeline: plain retext-english, and Markdown through
// remark-parse and remark-retext (positions must point into the Markdown source).
import { ParseEnglish } from 'parse-english'
import retextEnglish from 'retext-english'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { ConfigError } from '../../src/index.js'
import { retextWirelint } from '../../src/retext.js'
import { gnuRule } from '../fixtures/test-rules.js'

const story = 'Port talks resume\n\nSome 4,70,000 dockers voted, reported Jane Roe.\n\nThe vote was the the largest, reported Jane Roe.\n'

describe('retextWirelint in a plain retext pipeline', () => {
  test('reports vfile messages with rule ids, exact places and safe fixes', async () => {
    const file = await check(unified().use(retextEnglish).use(retextWirelint), new VFile({ path: 'desk/port.txt', value: story }))
    const found = file.messages.map((m) => `${m.ruleId}@${m.place && 'start' in m.place ? m.place.start.offset : '?'}:${m.actual}`)
    expect(found).toContain(`number-grouping@${story.indexOf('4,70,000')}:4,70,000`)
    expect(found).toContain(`repeated-words@${story.indexOf('the the')}:the the`)
    const grouping = file.messages.find((m) => m.ruleId === 'number-grouping')
    expect(grouping).toMatchObject({ source: 'wirelint', fatal: true, expected: ['470,000'], file: 'desk/port.txt' })
    expect(grouping?.place).toMatchObject({ start: { line: 3, column: 6 }, end: { line: 3, column: 14 } })
    const attribution = file.messages.find((m) => m.ruleId === 'repeated-attribution')
    expect(attribution?.fatal).toBe(false)
    expect(story.slice(...offsets(attribution))).toBe(attribution?.actual)
  })

  test('takes the same options as createLinter: config, rules with the warn alias, plugins', async () => {
    const file = await check(
      unified().use(retextEnglish).use(retextWirelint, { config: { preset: 'none' }, rules: { 'gnu-word': 'warn' }, plugins: [gnuRule] }),
      new VFile('Some gnu voted.'),
    )
    expect(file.messages.map((m) => [m.ruleId, m.fatal, m.actual])).toEqual([['gnu-word', false, 'gnu']])
  })

  test('a bad configuration is a located ConfigError when the plugin is attached', () => {
    expect(() => unified().use(retextEnglish).use(retextWirelint, { rules: { 'no-such-rule': 'error' } }).freeze()).toThrow(ConfigError)
    expect(() => unified().use(retextEnglish).use(retextWirelint, { rules: { 'no-such-rule': 'error' } }).freeze()).toThrow(
      '<options>: rules.no-such-rule: Unknown rule `no-such-rule`',
    )
  })
})

describe('retextWirelint on Markdown through remark-retext', () => {
  const markdown =
    '# Port talks resume\n\nSome **4,70,000** dockers [voted](https://example.com/a--b) on *Monday*.\n\n<!-- Give Feedback &amp; more -->\n\nThe `x  .y` vote was the the largest.\n'
  const process = () => check(unified().use(remarkParse).use(remarkRetext, ParseEnglish).use(retextWirelint), new VFile({ path: 'port.md', value: markdown }))

  test('findings point into the Markdown source', async () => {
    const file = await process()
    const grouping = file.messages.find((m) => m.ruleId === 'number-grouping')
    expect(grouping?.place).toMatchObject({ start: { offset: markdown.indexOf('4,70,000'), line: 3 } })
    expect(markdown.slice(...offsets(grouping))).toBe('4,70,000')
    const repeated = file.messages.find((m) => m.ruleId === 'repeated-words')
    expect(markdown.slice(...offsets(repeated))).toBe('the the')
  })

  test('markup is never flagged as prose', async () => {
    const file = await process()
    // Linted as plain text, the HTML comment is html-residue and the inline code punctuation-spacing;
    // in Markdown both are markup, and the emphasis and link syntax leave no double spaces behind.
    for (const message of file.messages) {
      const [start, end] = offsets(message)
      expect(markdown.slice(start, end)).not.toMatch(/[*#[\]()`<>]/u)
    }
    expect(file.messages.map((m) => m.ruleId).sort()).toEqual(['number-grouping', 'repeated-words'])
  })
})

/** Parses and runs the pipeline's transformers on a file, as a linting pipeline does (no compiler). */
async function check(processor: { parse(file: VFile): unknown; run(tree: never, file: VFile): Promise<unknown> }, file: VFile): Promise<VFile> {
  await processor.run(processor.parse(file) as never, file)
  return file
}

function offsets(message: { place?: unknown } | undefined): [number, number] {
  const place = message?.place as { start?: { offset?: number }; end?: { offset?: number } } | undefined
  return [place?.start?.offset ?? -1, place?.end?.offset ?? -1]
}
