import { describe, expect, test } from 'vitest'
import rule, { isCaptionSentence, isSceneCaption } from '../../rules/caption-residue.js'
import { createStory } from '../../src/engine/story/index.js'
import feedBoilerplate from '../../rules/feed-boilerplate.js'
import { describeDiagnostic, lintRule } from '../helpers.js'

const lint = (text: string, options?: Record<string, unknown>) => lintRule(rule, text, options).map(describeDiagnostic)
const ids = (text: string) => lintRule(rule, text).map((d) => `${d.messageId} ${d.actual}`)

const head = 'Council backs harbour plan'
const body = 'The council met again on Monday and approved the harbour plan by nine votes to four.'
const more = 'Work on the new pier starts in May and will take two years.'

describe('captions pasted into the body', () => {
  test.each([
    // A participle caption at a paragraph start, before a body sentence (the seed's case).
    [`${head}\n\nThe old ferry terminal in Dorvik damaged by the storm. ${body}`, 'caption The old ferry terminal in Dorvik damaged by the storm.'],
    [`${head}\n\n${more}\n\nOffice of the harbour board in Dorvik stormed by protesters. ${body}`, 'caption Office of the harbour board in Dorvik stormed by protesters.'],
    // Verbless scene descriptions.
    [`${head}\n\nSupporters of the mayor outside city hall in Dorvik after the vote. ${body}`, 'caption Supporters of the mayor outside city hall in Dorvik after the vote.'],
    [`${head}\n\nPolice officers in riot gear during the protest in Dorvik. ${body}`, 'caption Police officers in riot gear during the protest in Dorvik.'],
    [`${head}\n\nMayor Ana Petrov, pictured, at the harbour in Dorvik. ${body}`, 'caption Mayor Ana Petrov, pictured, at the harbour in Dorvik.'],
    // A caption standing alone between body paragraphs.
    [`${head}\n\n${more}\n\nFire crews seen here at the warehouse in Lentham.\n\n${body}`, 'caption Fire crews seen here at the warehouse in Lentham.'],
    // Captions marked by a photo credit (feed-boilerplate flags the credit itself).
    [`Mayor Ana Petrov with harbour workers in Dorvik. (Photo/WNA)\n${body}`, 'credited Mayor Ana Petrov with harbour workers in Dorvik.'],
    [`${body}\n\nThe mayor at the pier in Dorvik (AP Photo/Jo Lind)\n\n${more}`, 'credited The mayor at the pier in Dorvik'],
    [`${body}\n\nMayor Ana Petrov (Source: Facebook)\n\n${more}`, 'credited Mayor Ana Petrov'],
    [`${body}\n\nMayor Ana Petrov with harbour workers in Dorvik. (Photo/WNA). Image Credit: WNA\n\n${more}`, 'credited Mayor Ana Petrov with harbour workers in Dorvik.'],
    // Credits feed-boilerplate leaves alone are flagged with their caption.
    [`Mayor Ana Petrov said the harbour plan would create 400 jobs (File)\n\n${body}`, 'credited Mayor Ana Petrov said the harbour plan would create 400 jobs (File)'],
    [`${body}\n\nSupporters of the mayor outside city hall in Dorvik, May 3, 2021. REUTERS/Jo Lind\n\n${more}`, 'credited Supporters of the mayor outside city hall in Dorvik, May 3, 2021. REUTERS/Jo Lind'],
    [
      `${body}\n\nFILE PHOTO: Supporters of the mayor outside city hall in Dorvik on May 3, 2021.\n\n${more}`,
      'credited FILE PHOTO: Supporters of the mayor outside city hall in Dorvik on May 3, 2021.',
    ],
    [`${body}\n\n(File photo)\n\n${more}`, 'photoTag (File photo)'],
    [`${body}\n\n(File)\n\n${more}`, 'photoTag (File)'],
  ])('fires: %s', (text, expected) => {
    expect(ids(text)).toEqual([expected])
  })

  test('positions and message', () => {
    expect(lint(`${head}\n\nThe old ferry terminal in Dorvik damaged by the storm. ${body}`)).toEqual([
      '3:1-3:55 caption Unexpected photo caption `The old ferry terminal in Dorvik damaged by the storm.` in the body, remove it or move it under its photo',
    ])
  })

  test('a long caption is shortened in the message', () => {
    const caption = 'Rescue workers clear the rubble of the old market hall in Dorvik on Saturday, May 3, 2021. The storm that hit the coast on Friday damaged hundreds of homes, officials said.'
    const [found] = lintRule(rule, `${caption} (AP Photo/Jo Lind)\n\n${body}`)
    expect(found?.actual).toBe(caption)
    expect(found?.message).toBe(
      'Unexpected photo caption `Rescue workers clear the rubble of the old market hall in Dorvik on Saturday,...` marked by a photo credit, remove it or move it under its photo',
    )
  })
})

describe('body copy and other residue', () => {
  test.each([
    // Finite verbs, including past tenses the tagger might read as participles.
    `${head}\n\nSupporters of the mayor gathered outside city hall in Dorvik after the vote. ${body}`,
    `${head}\n\nThe bill passed by a wide margin in Dorvik. ${body}`,
    `${head}\n\nHarbour fees rose by 5 percent in Dorvik last year. ${body}`,
    `${head}\n\nThe plan was approved by the council in Dorvik. ${body}`,
    `${head}\n\nExperts point to the thinning of cargo traffic in the Orrin Strait caused by the canal. ${body}`,
    `${head}\n\nThe Dorvik Yacht Club in Lentham launches its winter races next week. ${body}`,
    `${head}\n\nThey met in Dorvik after the vote. ${body}`,
    // Short verbless sentences without a scene, and subheads.
    `${head}\n\nOf course. ${body}`,
    `${head}\n\nA sad day for the harbour. ${body}`,
    `${head}\n\nHarbour plan approved\n\n${body}`,
    // The first paragraph (a headline or standfirst) and a sentence with nothing after it.
    `Supporters of the mayor outside city hall in Dorvik after the vote.\n\n${body}`,
    `${body}\n\nSupporters of the mayor outside city hall in Dorvik after the vote.`,
    // Too long to be read as a caption without a credit.
    `${head}\n\nSupporters of the mayor and members of the harbour workers' union outside the old city hall in Dorvik after the vote. ${body}`,
    // Quoted, and cut at an abbreviation.
    `${head}\n\n"Supporters of the mayor outside city hall in Dorvik after the vote." ${body}`,
    `${head}\n\nThe yacht club in Lentham races again on Nov. 5. ${body}`,
    // Photo lines feed-boilerplate removes.
    `${body}\n\nPhoto: Ana Petrov/WNA\n\n${more}`,
    `${body}\n\nFILE PHOTO: The pier in Dorvik\n\n${more}`,
    `${body}\n\nFILE PHOTO: The pier in Dorvik. REUTERS/Jo Lind\n\n${more}`,
    `${body}\n\n(Photo/WNA)\n\n${more}`,
    `${body}\n\nRepresentative Image . Image Credit: WNA\n\n${more}`,
    // A credit inside a sentence is not at the end of a caption.
    `The mayor showed a photo (taken in 1998) of the pier in Dorvik. ${body}`,
    `${body} A source (File) said the pier would open later.`,
  ])('does not fire: %s', (text) => {
    expect(lint(text)).toEqual([])
  })

  test('maxWords bounds the sentences read as captions', () => {
    const text = `${head}\n\nSupporters of the mayor outside city hall in Dorvik after the vote. ${body}`
    expect(lint(text, { maxWords: 8 })).toEqual([])
    expect(lint(text, { maxWords: 12 })).toHaveLength(1)
  })
})

describe('isCaptionSentence', () => {
  test.each([
    ['Cars destroyed by the flood in Port Lenn.', true],
    ['The village hit by the flood in March.', true],
    ['A protester outside the court in Vell on Monday.', true],
    ['Protesters gathered outside the court in Dorvik on Monday.', false],
    ['The team was beaten by Dorvik in the final.', false],
    ['Shares of Dorvik Bank fell in Oslo.', false],
    ['Residents queue for water in Dorvik on Sunday.', false],
  ])('%s -> %s', (sentence, expected) => {
    expect(isCaptionSentence(createStory(sentence), { start: 0, end: sentence.length }, 16)).toBe(expected)
  })
})

describe('isSceneCaption: a photo caption written as a present-tense scene', () => {
  test.each([
    ['Residents queue for water in Dorvik on Sunday.', true],
    ['Union leader Mira Holm speaks to reporters outside the port office on Friday.', true],
    ['Rescue workers carry a stretcher through a flooded street in Vell.', true],
    // The tagger reads `battle` as a noun after a plural subject.
    ['Fire crews battle a blaze at a warehouse on Jan. 12.', true],
    // Past tense is news prose; present tense of a state is too; so is a pronoun's clause.
    ['Residents queued for water in Dorvik on Sunday.', false],
    ['The company operates three plants in Dorvik.', false],
    ['They gather outside the court in Dorvik on Monday.', false],
    // The present of a scheduled event is news prose too.
    ['The council meets in Dorvik on Monday.', false],
    ['The minister visits the port in Vell on Friday.', false],
    ['Residents queue for water in Dorvik, the mayor said.', false],
    // A scene verb that does not agree with its subject is no present-tense caption.
    ['The mayor gather outside the court in Dorvik.', false],
    // Neither a place nor a day: not a scene.
    ['Residents queue for water.', false],
  ])('%s -> %s', (sentence, expected) => {
    expect(isSceneCaption(createStory(sentence), { start: 0, end: sentence.length })).toBe(expected)
  })

  test.each([
    // Between body paragraphs, even without its full stop.
    [`${head}\n\n${body}\n\nPassengers queue for the first ferry in Dorvik\n\n${more}`, ['caption Passengers queue for the first ferry in Dorvik']],
    // Under the headline only with its full stop (a deck has none).
    [`${head}\n\nPassengers queue for the first ferry in Dorvik\n\n${body}`, []],
    [`${head}\n\nPassengers queue for the first ferry in Dorvik on Monday.\n\n${body}`, ['caption Passengers queue for the first ferry in Dorvik on Monday.']],
    // Last, under the body: with its full stop only.
    [`${head}\n\n${body}\n\nPassengers queue for the first ferry in Dorvik on Monday.`, ['caption Passengers queue for the first ferry in Dorvik on Monday.']],
    [`${head}\n\n${body}\n\nPassengers queue for the first ferry in Dorvik`, []],
    // Run into a paragraph it is a sentence of the story.
    [`${head}\n\n${body} Passengers queue for the first ferry in Dorvik on Monday. ${more}`, []],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected)
  })
})

test('a credited caption line run into a hard-wrapped paragraph is found on its own line', () => {
  const text = `${head}\n\nDock workers cheer outside the port office in Dorvik on Friday. (Pool photo)\nThe council met again on Monday and approved the harbour plan by nine\nvotes to four after a long debate on the cost of the new pier.\n\n${more}`
  expect(ids(text)).toEqual(['credited Dock workers cheer outside the port office in Dorvik on Friday. (Pool photo)'])
})

describe('coordination with feed-boilerplate', () => {
  // Each photo line is flagged by exactly one of the two rules, and their spans never overlap.
  test.each([
    `${body}\n\n(File photo)\n\n${more}`,
    `${body}\n\nPhoto: Ana Petrov/WNA\n\n${more}`,
    `${body}\n\nFILE PHOTO: The pier in Dorvik\n\n${more}`,
    `${body}\n\nFILE PHOTO: The pier in Dorvik. REUTERS/Jo Lind\n\n${more}`,
    `${body}\n\nFILE PHOTO: Supporters of the mayor outside city hall in Dorvik on May 3, 2021.\n\n${more}`,
    `${body}\n\nFILE PHOTO: Supporters of the mayor outside city hall in Dorvik, May 3, 2021. REUTERS/Jo Lind\n\n${more}`,
    `${body}\n\nMayor Ana Petrov with harbour workers in Dorvik. (Photo/WNA). Image Credit: WNA\n\n${more}`,
    `${body}\n\nThe mayor at the pier in Dorvik (AP Photo/Jo Lind)\n\n${more}`,
    `${body}\n\nMayor Ana Petrov (Source: Facebook)\n\n${more}`,
  ])('%s', (text) => {
    const captions = lintRule(rule, text)
    const residue = lintRule(feedBoilerplate, text)
    expect(captions.length + residue.length).toBeGreaterThan(0)
    for (const c of captions) {
      for (const r of residue) expect(c.offset < r.endOffset && r.offset < c.endOffset).toBe(false)
    }
    // A photo line flagged as a whole by feed-boilerplate is left to it.
    if (residue.some((r) => r.messageId === 'line')) expect(captions).toEqual([])
  })
})
