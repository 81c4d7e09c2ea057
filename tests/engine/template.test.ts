import { describe, expect, test } from 'vitest'
import { createTemplateIndex, lineFingerprint } from '../../src/engine/template.js'
import { lint, lintMany } from '../../src/index.js'

const config = { preset: 'none', rules: { 'feed-boilerplate': 'error' } } as const

/** Our own stories from one invented site: a different body under the same page template. */
function story(headline: string, body: string, template: string, extra = ''): string {
  return `${headline}\n\n${template}\n\n${body}\n\nThe council will meet again next month to review the figures, a spokesman for the mayor said.\n\n${extra}`
}
// Each story has its own headline, as real ones do (a recurring headline would be template too).
const headlines = ['Port strike ends', 'Harvest starts early', 'Ferry to run twice a day']
const bodies = [
  'Dockers in Varna Bay went back to work on Monday after the union accepted a new pay offer from the port authority.',
  'Farmers near Port Elm began the harvest a week early this year because the summer was unusually dry and warm.',
  'The ferry between the two islands will run twice a day from June, the operator said in a statement on Tuesday.',
]

describe('createTemplateIndex', () => {
  test('keeps lines found in three stories, once per story, case, spacing and digits folded', () => {
    const index = createTemplateIndex(['Top  Stories\nA\nTop Stories', 'top stories\nUpdated 10:42', 'TOP STORIES\nUpdated 11:05', 'Updated 09:15'])
    expect(index.counts).toEqual({ 'top stories': 3, 'updated 00:00': 3 })
  })

  test('a line in two stories, or without two letters, is not kept', () => {
    expect(createTemplateIndex(['Latest\n|', 'Latest\n|', 'Other\n|']).counts).toEqual({})
    expect(lineFingerprint('| | |')).toBeUndefined()
  })
})

describe('lintMany: template residue across stories', () => {
  const residueOf = (results: { diagnostics: { actual: string | undefined }[] }[]) => results.map((r) => r.diagnostics.map((d) => d.actual))

  test('a line recurring in three stories is residue, though alone it passes', async () => {
    const texts = bodies.map((b, i) => story(headlines[i] ?? '', b, 'Harbour voices since 1921'))
    expect((await lint(texts[0] ?? '', { config })).diagnostics).toEqual([])
    expect(residueOf(await lintMany(texts, { config }))).toEqual([
      ['Harbour voices since 1921'],
      ['Harbour voices since 1921'],
      ['Harbour voices since 1921'],
    ])
  })

  test('two stories are not enough', async () => {
    const texts = bodies.slice(0, 2).map((b, i) => story(headlines[i] ?? '', b, 'Harbour voices since 1921'))
    expect(residueOf(await lintMany(texts, { config }))).toEqual([[], []])
  })

  test.each([
    ['a subhead over body text', 'Key facts'],
    ['an agency dateline', 'VARNA BAY (Reuters)'],
    ['a quoted line', '"We will not give up," the union leader said.'],
    ['a body sentence', 'The mayor has not said whether she will stand for a second term in the spring election.'],
  ])('does not fire on %s in every story', async (_, line) => {
    const texts = bodies.map((b, i) => story(headlines[i] ?? '', b, line))
    expect(residueOf(await lintMany(texts, { config }))).toEqual([[], [], []])
  })

  test('rejects a non-array and non-string stories', async () => {
    await expect(lintMany('text' as never)).rejects.toThrow(/expected an array/u)
    await expect(lintMany([{ text: 3 }] as never)).rejects.toThrow(/stories\[0\]/u)
  })
})
