import { describe, expect, test } from 'vitest'
import { readFileSync } from 'node:fs'
import rule, { parseNouns } from '../../rules/apostrophe.js'
import { describeDiagnostic, fixRule, lintRule } from '../helpers.js'

const lint = (text: string, options?: Record<string, unknown>) => lintRule(rule, text, options).map(describeDiagnostic)
const actuals = (text: string) => lintRule(rule, text).map((d) => `${d.messageId} ${d.actual}`)

describe('contractions are fixed', () => {
  test.each([
    ['The ferry didnt sail and the crew wasnt paid.', "The ferry didn't sail and the crew wasn't paid."],
    ['Dont expect miracles, the mayor said.', "Don't expect miracles, the mayor said."],
    ['THE PORT ISNT OPEN', "THE PORT ISN'T OPEN"],
    ['Thats why youre here and theyve left.', "That's why you're here and they've left."],
    ['We cant wait and she wouldve come.', "We can't wait and she would've come."],
    ['The port won\u2019t reopen, and the crews wont return.', 'The port won\u2019t reopen, and the crews won\u2019t return.'],
    ['"I havent seen him," she said.', '"I haven\'t seen him," she said.'],
    ['The pier\u2019s owner and the city\u2019s mayor said the shop\'s sign stays.', 'The pier\u2019s owner and the city\u2019s mayor said the shop\u2019s sign stays.'],
    ['The two mayors praised each others\u2019 plans.', 'The two mayors praised each other\'s plans.'],
    // an apostrophe typed twice (issue 11)
    ["The ferry didn''t sail and the city''s pier shut.", "The ferry didn't sail and the city's pier shut."],
    ['The city\u2019\u2019s pier shut.', 'The city\u2019s pier shut.'],
  ])('%s', (text, output) => {
    expect(lint(text).length).toBeGreaterThan(0)
    expect(fixRule(rule, text)).toBe(output)
    expect(lint(output)).toEqual([])
  })
})

describe('possessives are suggested, never fixed', () => {
  test.each([
    ['Norvale is the regions oldest port town.', 'possessive regions'],
    ['Talks resume after last months vote in the council.', 'possessive months'],
    ['This years harvest was poor.', 'possessive years'],
    ['Todays meeting was short.', 'possessive Todays'],
    ['She saw yesterdays 4-1 win at home.', 'possessive yesterdays'],
    ['The companys new chief starts soon.', 'possessive companys'],
    ['Officials in Dorvik spoke. Dorviks main harbour is shut.', 'possessive Dorviks'],
    ['India hosted the talks. Indias largest city was calm.', 'possessive Indias'],
    // the last word of a person's name, no word or name of its own, before a noun phrase (issue 12)
    ['Crowds cheered as Lester Lanins orchestra played.', 'possessive Lanins'],
    ['Critics praised Mr. Ruarks new novel.', 'possessive Ruarks'],
    ['Officials said Nitish Kumars government would fall.', 'possessive Kumars'],
    ['It was no ones fault, the coach of the womens team said.', 'possessive ones', 'possessive womens'],
    // an ordinal or `most` before the superlative; a place the wire vocabulary knows before one
    ['Rail links make it the regions second largest port.', 'possessive regions'],
    ['The mayor said the nations most pressing problem is the pier.', 'possessive nations'],
    ['Repairs began on some of Keralas most heavily used roads.', 'possessive Keralas'],
    // a surname that is also a word, when the story gives the bare name a title
    ['Mr. Rusk spoke first. Officials said Mr. Rusks analysis was sound.', 'possessive Rusks'],
    // after `the`, a noun edited copy puts in the possessive, then a noun and a verb
    ['Officials said the nations security is at risk.', 'possessive nations'],
    ['The mayors office said the pier would reopen.', 'possessive mayors'],
  ])('%s', (text, ...found) => {
    expect(actuals(text)).toEqual(found)
    expect(fixRule(rule, text)).toBe(text)
  })
})

describe('does not fire', () => {
  test.each([
    "The mayor doesn't know, and it's late.",
    'As is her wont, she spoke last. They were wont to complain.',
    'The cant of politicians bores voters.',
    'Its owners say the port lets ships in; were they right? Well, we shell out and ill feelings stay.',
    'In the last years of the war, the last weeks were the worst.',
    'The past months have been hard. Over the next weeks talks resume.',
    'It took two years, and three months later they met again.',
    'All our yesterdays are gone.',
    'Texas oil output rose and Dallas police closed the Athens store.',
    'The Kennedys arrived. The Kennedys new home is in Maine.',
    'Giants coach Ray Holt and the Giants trainer spoke. Giant Stadium was full.',
    'A Democrat won. Democrats leader Ana Lowe spoke.',
    'Districts issue new rules. Each district has a council.',
    'The players best suited to the role stayed; the teams most likely to win did too.',
    'Ask the voters most affected by the closure, and the ports second to none.',
    'Book Week opens. Tonight editor Edward Weeks moderates a round table.',
    // plurals used as modifiers, nouns also put in the plural possessive, a time word after the plural
    'The sales tax was cut, the sports car waved, the farmers market opened and the trucks today help pay.',
    'The whys and hows of the plan were explained.',
    'Serena Williams beat Venus Williams.',
    // surnames in -s the dictionaries know, names in -as/-is/-os, teams, common words before (issue 12)
    'Martin Roberts new book and Chris Evans film sold well; Alexis Tsipras government fell.',
    'Fans of the Boston Celtics cheered. Boston Celtics coach Ray Holt spoke, and the National Leaguers won yesterday.',
    'The ballet Taras Bulba opened, and Kwame Pianim spoke.',
    'The court found no mens rea; the ones who left and the young ones stayed.',
    'The port\u2019s owners said the city\'s plan was final.',
    'He said rock \u2019n\u2019 roll was back in the \u201990s.',
    'The two firms helped each other, and the others left.',
    'Each of them blamed the others. They each others in turn.',
  ])('%s', (text) => {
    expect(lint(text)).toEqual([])
  })

  test('possessives can be turned off', () => {
    expect(lint('Talks resume after last months vote.', { possessives: false })).toEqual([])
  })
})

describe('its and it\u2019s, and verbs with an apostrophe (issue 12)', () => {
  test.each([
    ['Its not over, the mayor said, and its been a long week.', ['itIs Its', 'itIs its']],
    ["The navy wants it's own port.", ["itsOwn it's"]],
    ["She say's the port is shut, and he want's it open.", ["verb say's", "verb want's"]],
    // possessives
    ['The port and its very nature, its clear waters, its own ferry and its time zone.', []],
    ["The mayor's plan, Varna's port, and that city's ferry; it's a fine day.", []],
    // `it's` before `own` only
    ["It's owned by the city, and it's on time.", []],
  ])('%s', (text, expected) => {
    expect(actuals(text)).toEqual(expected)
  })
})

describe('the noun lists (issue 12)', () => {
  test('the shipped file parses, and a damaged one is refused naming its field', () => {
    const data = JSON.parse(readFileSync(new URL('../../rules/data/apostrophe.json', import.meta.url), 'utf8')) as { about: string; possessors: string[]; pluralModifiers: string[] }
    expect(parseNouns(data).possessors.size).toBe(data.possessors.length)
    expect(() => parseNouns({ ...data, possessors: ['nation', 'Mayor'] })).toThrow(/possessors\.1/u)
    expect(() => parseNouns({ ...data, pluralModifiers: 'sales' })).toThrow(/pluralModifiers must be an array/u)
    expect(() => parseNouns({ possessors: [], pluralModifiers: [] })).toThrow(/about/u)
  })
})
