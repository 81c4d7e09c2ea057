import { parseRuleOptions } from '../../src/config/resolve.js'
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import rule from '../../rules/spelling-consistency.js'
import { lintRule } from '../helpers.js'

const messages = (text: string, options?: Readonly<Record<string, unknown>>) => lintRule(rule, text, options).map((d) => d.message)
const flagged = (text: string, options?: Readonly<Record<string, unknown>>) => lintRule(rule, text, options).map((d) => d.actual)

interface Entry {
  id: string
  class: string
  stems?: string[]
  pairs?: [string, string][]
  example: string
  nearMiss: string
}
const data = JSON.parse(readFileSync(new URL('../../rules/data/spelling-consistency.json', import.meta.url), 'utf8')) as {
  classes: Record<string, [string, string][]>
  entries: Entry[]
}
const formsOf = (entry: Entry): Set<string> =>
  new Set(
    entry.class === 'word'
      ? (entry.pairs ?? []).flat()
      : (entry.stems ?? []).flatMap((stem) => (data.classes[entry.class] ?? []).flatMap(([us, gb]) => [stem + us, stem + gb])),
  )

const american = 'a story spelled the American way'

describe('spelling-consistency data', () => {
  test.each(data.entries.map((e) => [e.id, e] as const))('%s: its example fires on one of its words', (_id, entry) => {
    const forms = formsOf(entry)
    const hits = flagged(entry.example).map((w) => w.toLowerCase())
    expect(hits.some((w) => forms.has(w)), `${entry.example} flagged ${JSON.stringify(hits)}`).toBe(true)
  })

  test.each(data.entries.map((e) => [e.id, e] as const))('%s: its near miss does not fire', (_id, entry) => {
    expect(messages(entry.nearMiss)).toEqual([])
  })
})

describe('spelling-consistency', () => {
  test.each([
    // one variety throughout
    'The colour of the new centre pleased the labour unions; the council organised a programme.',
    'The color of the new center pleased the labor unions; the council organized a program.',
    // a tie has no minority
    'The defense minister signalled a change.',
    // Oxford spelling: -ize with British -our and -re
    'The organization recognized the labour of the centre and its programme.',
    // proper names keep their own spelling
    'The Labour Party met at Pearl Harbor, the Kennedy Center and the Ministry of Defence near the World Health Organization.',
    'The Australian Labor Party and the Centre Party wrote to the Department of Defense about the color scheme.',
    'U.S. Defense Secretary Ann Vole met British Defence Secretary Tom Lark at the center.',
    // words that are not variants in context
    'Engineers wrote a software program at the centre; the firm will license it, and a neighbour learned to program.',
    'The gas meter and the parking meters at the harbour were read on a grey day.',
    'Shoppers will tire of the curb on checks and the draft budget at the centre.',
    'The theatre and the catalogue of the center were praised, and the judgment was fair.',
    'A somber mood and a meager harvest; the spectre and the sabre of the center.',
    'The analyses of the paralysis were published at the centre.',
    // words that only look like -ise variants
    'Officials advised caution; the surprise franchise merger was televised, revised and supervised at the centre.',
    // quotations keep the speaker's variety and are not counted
    '"The colour and the centre were wrong, and the programme too," said the center director at the labor office.',
    // capitals in headlines and at sentence starts are not counted
    'COLOUR RETURNS\n\nThe color of the center and the labor office.',
    'Colour returned to the center, and labor too.',
    // `draught` is American too (beer, horses, a ship's depth): no evidence either way
    'The draught horses at the center pulled the labor wagons; the draft bill passed.',
  ])('does not fire: %s', (text) => {
    expect(messages(text)).toEqual([])
  })

  test.each([
    // the seed's pattern: a US title and US -ize, one British -ll-
    [
      'Arland Defense Minister Eli Varro said the army had stabilized the region. Varro signalled that the defense budget would grow.',
      [`Unexpected British spelling \`signalled\` in ${american}, expected \`signaled\``],
    ],
    [
      'The organisation said the organisation would reply. The organization did not say when.',
      ['Unexpected `-ize` spelling `organization` in a story that uses `-ise`, expected `organisation`'],
    ],
    [
      'The program ran at the center. The programme was cut, and the program office closed.',
      [`Unexpected British spelling \`programme\` in ${american}, expected \`program\``],
    ],
    // prefixes, inflections, capitals keep their case in the suggestion
    [
      'The center reorganised the color plan and the labor office; the program was unfavourable.',
      [
        `Unexpected British spelling \`reorganised\` in ${american}, expected \`reorganized\``,
        `Unexpected British spelling \`unfavourable\` in ${american}, expected \`unfavorable\``,
      ],
    ],
    [
      'Arland Defence Minister Eli Varro met the center, the labor office and the program staff.',
      [`Unexpected British spelling \`Defence\` in ${american}, expected \`Defense\``],
    ],
    // hyphenated words and units
    [
      'The 400-metre race at the center and the color guard of the labor union.',
      [`Unexpected British spelling \`metre\` in ${american}, expected \`meter\``],
    ],
    [
      'The wall rose 40 meters above the harbour, the centre and the labour camp.',
      ['Unexpected American spelling `meters` in a story spelled the British way, expected `metres`'],
    ],
    [
      'The harbour, the centre and the labour office renewed a driver’s license.',
      ['Unexpected American spelling `license` in a story spelled the British way, expected `licence`'],
    ],
    // hard-wrapped copy
    [
      'The color of the\ncenter and the labor\noffice; the colour faded.',
      [`Unexpected British spelling \`colour\` in ${american}, expected \`color\``],
    ],
  ])('fires: %s', (text, expected) => {
    expect(messages(text)).toEqual(expected)
  })

  test('the minority is related to the first place of the majority variety', () => {
    const [d, ...rest] = lintRule(rule, 'The color of the center and the labor office; the colour faded.')
    expect(rest).toEqual([])
    expect(d?.actual).toBe('colour')
    expect(d?.related?.actual).toBe('color')
    expect(d?.expected).toEqual([])
  })

  test('a fixed variety flags every spelling of the other one', () => {
    const text = 'The council organised a meeting about the color of the buses and the centre.'
    expect(flagged(text, { variety: 'en-US' })).toEqual(['organised', 'centre'])
    expect(flagged(text, { variety: 'en-GB' })).toEqual(['color'])
    expect(flagged(text, { variety: 'en-IN' })).toEqual(['color'])
    expect(messages('It was organized.', { variety: 'en-GB' })).toEqual([
      'Unexpected American spelling `organized` in en-GB copy, expected `organised`',
    ])
  })

  test('extra pairs and exclusions', () => {
    expect(flagged('The gaol, the jail and the harbor.', { extra: ['jail/gaol'] })).toEqual(['gaol'])
    expect(flagged('The colour of the center and the labor office.', { exclude: ['colour'] })).toEqual([])
    expect(() => parseRuleOptions(rule, { extra: ['jail'] })).toThrow()
    expect(() => parseRuleOptions(rule, { variety: 'en-AU' })).toThrow()
  })
})
