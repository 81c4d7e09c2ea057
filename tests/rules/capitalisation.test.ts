import { describe, expect, test } from 'vitest'
import { readFileSync } from 'node:fs'
import rule, { parseLowerNouns } from '../../rules/capitalisation.js'
import { lintRule } from '../helpers.js'

const found = (text: string) => lintRule(rule, text).map((d) => `${d.messageId} ${d.actual}`)

describe('fires', () => {
  test.each([
    ['The port handles freight. Officials said the Freight volumes fell in May.', 'capitalised Freight'],
    ['Inspectors found damage to the roof. The inspectors said the Damage was minor.', 'capitalised Damage'],
    ['A magnitude 3.9 tremor shook Dorvik, days after a Magnitude 4.2 quake.', 'capitalised Magnitude'],
    ['The council was Dissolved on Friday after the vote.', 'verb Dissolved'],
    ['Workers have Demanded higher pay from the harbour board.', 'verb Demanded'],
    ['Residents should NOT travel unless it is necessary.', 'allCaps NOT'],
    ['The storm was severe, and the mayor said the damage was SEVERE across the coast.', 'allCaps SEVERE'],
    // a noun used once, capitalised inside a noun phrase (issue 12)
    ['The port saw a fall in the Discrepancy between fares and costs.', 'commonNoun Discrepancy'],
    ['Ferry owners waited on the quay after a long Delay at the pier.', 'commonNoun Delay'],
    // after a number, which no run-in head ends with, and before a relative pronoun after `the`
    ['Appeals were heard for two days two Weeks ago in the town.', 'commonNoun Weeks'],
    ['Probably the hottest Thing that has hit the port this year is the new crane.', 'commonNoun Thing'],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([expected])
  })

  test('the fix is only suggested', () => {
    const [d] = lintRule(rule, 'The council was Dissolved on Friday after the vote.')
    expect(d?.message).toBe('Unexpected capital in verb `Dissolved` after `was`, expected `dissolved`')
    expect(d?.expected ?? []).toEqual([])
  })
})

describe('does not fire', () => {
  test.each([
    // a capital after a verb or a preposition is a name; `the X` ending its phrase a unique referent (issue 12)
    'The critic said Varna rejected Hero, and Palmer trailed Player by four strokes in Queens.',
    'After the Restoration, the Twist was popular, and the Flock broke camp on Monday.',
    'The right of Liberalism was argued, and the Statute of the International Court was read.',
    'The Freight Workers Union met. Freight volumes fell, and freight rates rose.',
    'The president spoke. Later the President met the Senate and the Court in the state capital.',
    'The ministry said. The Ministry of Home Affairs handles home affairs.',
    'Officials met on Monday: Prices must fall, they said, as prices rose.',
    'Dock workers said "Freight is king" while freight piled up.',
    'Ann Young runs the port. Young said young workers stay.',
    'Mr. Price spoke. Officials said Price had warned about the price of fuel.',
    'The plane took off. Passengers on Flight 54 said the flight was calm.',
    'Route 9 was shut, so the route to the port was long.',
    'He moved to Reading, Pa., and liked reading.',
    'Harbour Workers Win Pay Rise\n\nThe workers won a pay rise on Monday.',
    'Pier Repairs Begin After Storm Damage\nThe damage was worse than expected, officials said.',
    'NORVALE, May 3 (WNA) \u2014 The council met in May and may meet again.',
    'NATO, ASEAN, OPEC and UNICEF envoys met the AIDS and CARE teams to care for aids.',
    'BREAKING: The port is shut, and breaking news will follow.',
    'THE PORT IS SHUT AND THE FERRY IS NOT RUNNING TODAY.',
    'The Test against Norvale starts today; the test side is ready.',
    'He was Ahmed, not Omar.',
    'Calls for calm Other members said calm would come, and other staff agreed.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('title case in running text and word classes (issue 12)', () => {
  test.each([
    ['Claims for minor injury rose. The railway pays Rs 500 for Minor Injury and more for death.', ['titleCase Minor Injury']],
    ['Passengers hurt in level crossing accidents get less, and those hurt in Level Crossing Accidents at night wait longer.', ['titleCase Level Crossing Accidents']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  test.each([
    // names of common words with no lower-case twin in the story, and names after `of`, `the`, `on`
    'Aid came from Social Security and the Skid Row mission, and Red Cross vans waited.',
    'He heads the committee on juvenile crime and sits on the committee on Juvenile Crime and Delinquency.',
    'The income tax rules changed, and the Income Tax department wrote to the chief of the Forest Fire Section about forest fire cover.',
    // a capitalised word whose lower-case twin is another word class: `the Met` is no verb `met`
    'They met at noon. Tickets for the Met sold out, and the Nice airport shut; it was nice weather.',
  ])('does not fire: %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('lower-case place names and noun phrases opening a paragraph (issue 12)', () => {
  test.each([
    ['Troops were sent to the state of assam on Monday, and aid flew in from kabul.', ['lowered assam', 'lowered kabul']],
    ['Police in kabul said two people died. Officials in Kabul confirmed it.', ['lowered kabul']],
    ['A Magnitude 5.2 quake hit the coast, the second magnitude 5 quake this year.', ['capitalised Magnitude']],
    ['Officials briefed reporters on current Affairs in the capital. Current affairs took an hour.', ['capitalised Affairs']],
    // days, months, peoples and languages the dictionaries list only capitalised, even used once
    // common words and names in capitals anywhere but a sentence's or a line's first word
    ['The port said that in part, WHENEVER a storm comes, the ferry waits.', ['allCaps WHENEVER']],
    ['Talks with Okafor went well, and the board sided with OKAFOR on Monday.', ['allCaps OKAFOR']],
    ['The ferry sails on sunday and stops in late january for repairs.', ['lowered sunday', 'lowered january']],
    ['The board hired english and japanese engineers for the pier.', ['lowered english', 'lowered japanese']],
    // a people named after a place the wire vocabulary knows
    ['The nigerian crew met the nepali team and the iraqi staff.', ['lowered nigerian', 'lowered nepali', 'lowered iraqi']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  test.each([
    // foreign words and names the dictionaries list capitalised, away from a preposition of place
    'He paid a per diem to his frau, and the ballet booker came.',
    // a wire word written in lower case beside the name it is part of
    'The gram sabha of Lanjigarh met on Monday, and its Lok Sabha member spoke.',
    // a pun on a name the story capitalises, which is also a dictionary word
    'Sterling Vance won again; critics saw no sterling play from the rest.',
    // labels, datelines, bylines, known acronyms and text set in capitals
    'NOTE: the pier is shut.\nSINGAPORE (Reuters) - Oil rose.\nBy ANN LEE\nThe NATO and Nato staff met the CARE team.',
    'The port said THE FERRY WILL NOT SAIL TODAY, and crews went home.',
    // words that are also common words in lower case (`may`, `march`, `august`, `french` windows)
    'Crowds may march on an august day past the french windows of the china shop.',
  ])('does not fire: %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('sentences starting in lower case (issue 12)', () => {
  test.each([
    ['Ferries reached Varna on Monday. the mayor said the pier was safe.', ['sentenceStart the']],
    ['The pier opened in 2024. crowds came at once.', ['sentenceStart crowds']],
    // after a lower-case word: a whole sentence, then a determiner, a pronoun or a linking word
    ['The ferry crews worked through the long night. the port reopened, and they went home.', ['sentenceStart the']],
    ['Repairs to the old pier took most of the year. but crews finished in May.', ['sentenceStart but']],
    // a phrase cut by a stray stop, a short stretch, or an abbreviation before the stop
    ['The mayor told visiting traders. at the pier the ferry ran. Crews left. the port shut. Pipes of 5 lbs. each went.', []],
    // abbreviations, initials, name particles, brands and lower-case words before the stop
    ['Gen. and Mrs. Lowe came from Hays, Kan. with J. van Dorn. iPhone sales rose. the press. briefing', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })
})

describe('the noun list', () => {
  test('the shipped file parses, and a damaged one is refused naming its field', () => {
    const data = JSON.parse(readFileSync(new URL('../../rules/data/capitalisation.json', import.meta.url), 'utf8')) as { about: string; lowerNouns: string[] }
    expect(parseLowerNouns(data).size).toBe(data.lowerNouns.length)
    expect(() => parseLowerNouns({ ...data, lowerNouns: ['harbour', 'Ferry'] })).toThrow(/lowerNouns\.1/u)
    expect(() => parseLowerNouns({ ...data, lowerNouns: 'harbour' })).toThrow(/lowerNouns must be an array/u)
    expect(() => parseLowerNouns({ lowerNouns: [] })).toThrow(/about/u)
  })
})

describe('long or inflected words in capitals are plain words, not acronyms', () => {
  const ids = (text: string) => lintRule(rule, text).map((d) => `${d.messageId} ${d.actual}`)
  test.each([
    ['Officials said the plan would DOVETAIL with the budget next year.', 'allCaps DOVETAIL'],
    ['The board said the scheme had been RANKED first among the bids.', 'allCaps RANKED'],
    ['The mayor said the vote was BIENNIAL and would be held in spring.', 'allCaps BIENNIAL'],
  ])('fires: %j', (text, expected) => {
    expect(ids(text)).toEqual([expected])
  })

  // Known acronyms and names in capitals, and a unit's first word, stay.
  test.each([
    'Police alerted INTERPOL on Monday, and the officers waited for a reply.',
    'Shares listed on the NASDAQ exchange rose sharply on Monday morning.',
    'The agency said UNESCO would fund the survey of the harbour walls.',
    'DOVETAIL joints were used throughout the old harbour building.',
  ])('does not fire: %j', (text) => {
    expect(ids(text)).toEqual([])
  })
})

describe('a capitalised noun before a decimal figure', () => {
  const ids = (text: string) => lintRule(rule, text).map((d) => `${d.messageId} ${d.actual}`)
  test.each([
    ['Coast shaken\n\nOfficials said a Magnitude 5.1 tremor followed the first quake.', ['commonNoun Magnitude']],
    ['Coast shaken\n\nA Magnitude 3.9 aftershock hit at noon, officials said.', ['commonNoun Magnitude']],
    // Designators number things, with a decimal too; a whole figure numbers them as well.
    ['Coast shaken\n\nThe firm shipped a Version 2.1 app and a Grade 4.5 label on Monday.', []],
    ['Coast shaken\n\nOfficials said a Magnitude 5 scale was used for the quake.', []],
  ])('%j', (text, expected) => {
    expect(ids(text)).toEqual(expected)
  })
})
