import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import rule from '../../rules/repeated-attribution.js'
import { describeDiagnostic, fixRule, lintRule } from '../helpers.js'

// Issue 3: the same attribution pasted onto paragraph after paragraph. Keep the first, flag the
// repeats; normal reporting ("he said", a speaker's successive quotes) never fires.

describe('repeated-attribution', () => {
  test('a tail closing five paragraphs: the first kept, four flagged and removed cleanly', () => {
    const text = [
      'Harbour talks stall in Kelsa',
      'The port of Kelsa stayed shut on Monday, and the talks stalled - Varno reported Ines Duval.',
      'Dockers blocked the gates again, reported Ines Duval.',
      '"We will not move until we are paid," the union leader said, reported Ines Duval. Ships waited offshore.',
      'Fuel prices in the town doubled within a week, reported Ines Duval.',
      'Talks resume on Friday. "Nobody wants a long strike," Mayor Pell said, reported Ines Duval. (ANI)',
    ].join('\n\n')
    const diagnostics = lintRule(rule, text)
    expect(diagnostics.map(describeDiagnostic)).toEqual([
      '5:32-5:53 tail Unexpected repeated attribution `, reported Ines Duval`, remove it',
      '7:60-7:81 tail Unexpected repeated attribution `, reported Ines Duval`, remove it',
      '9:46-9:67 tail Unexpected repeated attribution `, reported Ines Duval`, remove it',
      '11:70-11:91 tail Unexpected repeated attribution `, reported Ines Duval`, remove it',
    ])
    for (const d of diagnostics) {
      expect(d.severity).toBe('warning')
      expect(d.expected).toEqual([''])
      expect(d.related?.actual).toBe('reported Ines Duval')
      expect(d.related?.line).toBe(3)
    }
    const fixed = fixRule(rule, text)
    expect(fixed).toContain('Dockers blocked the gates again.')
    expect(fixed).toContain('the union leader said. Ships waited offshore.')
    expect(fixed).toContain('doubled within a week.')
    expect(fixed).toContain('Mayor Pell said. (ANI)')
    expect(fixed).toContain('Varno reported Ines Duval.')
    expect(fixRule(rule, fixed)).toBe(fixed)
  })

  test.each([
    ['reports and writes count as the same source', 'Oats fell, reported Ines Duval.\n\nRye fell, reports Ines Duval.', ['3:9-3:29']],
    ['a hard-wrapped tail', 'Oats fell, reported Ines Duval.\n\nRye fell in\nthe north,\nreported Ines Duval.', ['4:10-5:20']],
    ['an agency as the name', 'The bridge opened, reported Xinhua.\n\nTraffic was light, reported Xinhua.', ['3:18-3:35']],
    ['three copies flag two', 'Oats fell, reported Ines Duval. Rye fell, reported Ines Duval. Corn fell, reported Ines Duval.', ['1:41-1:62', '1:73-1:94']],
    [
      'an according-to tail, three times',
      'Two boats sank, according to the coast guard. One crew swam ashore, according to the coast guard. A tug stood by, according to the coast guard.',
      ['1:67-1:97', '1:113-1:143'],
    ],
  ])('fires: %s', (_name, text, places) => {
    const diagnostics = lintRule(rule, text)
    expect(diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn}`)).toEqual(places)
    expect(diagnostics.every((d) => d.messageId === 'tail' && d.expected[0] === '')).toBe(true)
  })

  test('the fix of a wrapped tail leaves one period and no stray space', () => {
    expect(fixRule(rule, 'Oats fell, reported Ines Duval.\n\nRye fell in\nthe north,\nreported Ines Duval.')).toBe(
      'Oats fell, reported Ines Duval.\n\nRye fell in\nthe north.',
    )
  })

  test('a quotation closed by the attribution itself is only a suggestion', () => {
    const text = '"The dam held," reported Ines Duval.\n\n"The road is open," reported Ines Duval.'
    const [diagnostic, ...rest] = lintRule(rule, text)
    expect(rest).toEqual([])
    expect(diagnostic?.messageId).toBe('phrase')
    expect(diagnostic?.actual).toBe('reported Ines Duval')
    expect(diagnostic?.expected).toEqual([])
    expect(fixRule(rule, text)).toBe(text)
  })

  test('a leading according-to is flagged but not removed', () => {
    const text = 'According to port officials, six ships left. According to port officials, two more will leave. According to port officials, the port is calm.'
    const diagnostics = lintRule(rule, text)
    expect(diagnostics.map(describeDiagnostic)).toEqual([
      '1:46-1:73 phrase Unexpected repeated attribution `According to port officials`, vary or drop it',
      '1:96-1:123 phrase Unexpected repeated attribution `According to port officials`, vary or drop it',
    ])
    expect(diagnostics[0]?.expected).toEqual([])
  })

  test('`X told <agency>` with a common-noun subject', () => {
    const text = 'The official told ANI the canal was dry. Crops failed, the official told ANI on Monday.'
    expect(lintRule(rule, text).map((d) => d.actual)).toEqual(['the official told ANI'])
  })

  test('agency tags: a body tag goes, the closing one stays; a lone tag paragraph goes with its break', () => {
    expect(fixRule(rule, 'Prices rose (PTI) on Monday.\n\nThey fell on Tuesday. (PTI)')).toBe('Prices rose on Monday.\n\nThey fell on Tuesday. (PTI)')
    expect(fixRule(rule, 'Prices rose on Monday.\n\n(PTI)\n\nThey fell on Tuesday. (PTI)')).toBe('Prices rose on Monday.\n\nThey fell on Tuesday. (PTI)')
    expect(fixRule(rule, '(PTI) Prices rose on Monday.\n\nThey fell on Tuesday. (PTI)')).toBe('Prices rose on Monday.\n\nThey fell on Tuesday. (PTI)')
    const [tag] = lintRule(rule, 'Prices rose (PTI) on Monday.\n\nThey fell on Tuesday. (PTI)')
    expect(tag?.related?.actual).toBe('(PTI)')
    expect(tag?.related?.line).toBe(3)
  })

  test('a mechanical `, X said.` tail closing most paragraphs', () => {
    const paragraphs = [
      'The reservoir above the town of Kelsa dropped to a third of its size, the water board said.',
      'Farmers in the valley were told to stop watering their orchards at night, the water board said.',
      'Two pumping stations on the eastern bank will close until the rains return, the water board said.',
      'Tankers will supply the hill villages twice a week from Monday onwards, the water board said.',
      'The board asked residents of the old town to report leaking pipes at once.',
    ]
    const diagnostics = lintRule(rule, paragraphs.join('\n\n'))
    expect(diagnostics.map((d) => [d.line, d.messageId, d.actual])).toEqual([
      [3, 'phrase', 'the water board said'],
      [5, 'phrase', 'the water board said'],
      [7, 'phrase', 'the water board said'],
    ])
    expect(diagnostics.every((d) => d.expected.length === 0)).toBe(true)
  })

  test.each([
    ['a speaker quoted in turn', '"We are ready," Hale said.\n\n"The crews are trained," Hale said.\n\n"The boats are fuelled," Hale said.\n\n"We sail at dawn," Hale said.'],
    ['he said after every paragraph', 'Rates will rise, he said.\n\nLoans will cost more, he said.\n\nSavers will gain, he said.\n\nBanks will lend less, he said.'],
    ['the minister said twice', 'Roads will be repaired this year, the minister said.\n\nSchools will get new roofs, the minister said.'],
    [
      'police said closing four of ten paragraphs',
      [
        'A man was hurt in a fight outside a bar on Dock Street late on Friday, police said.',
        'The man, aged 34, was taken to the county hospital with cuts to his face and arms.',
        'Two men were arrested at the scene and held overnight at the central station, police said.',
        'Witnesses told reporters the fight began over a game of pool shortly before closing time.',
        'The bar owner said he had called for help as soon as the first punch was thrown.',
        'Both men are expected to appear before the town magistrate on Monday morning, police said.',
        'The street was closed for two hours while officers questioned people leaving the bar.',
        'Neighbours complained that fights on the street have become common on weekend nights.',
        'The town council will discuss extra patrols at its meeting next week, police said.',
        'The injured man was released from hospital on Saturday afternoon with stitches.',
      ].join('\n\n'),
    ],
    ['different names', 'Oats fell, reported Ines Duval.\n\nRye fell, reported Omar Diaz.'],
    ['reported with a day', 'The dam broke, officials reported Tuesday.\n\nThe road closed, officials reported Tuesday.'],
    ['a pronoun told the agency', 'He told Reuters the deal was close. Later he told Reuters it had collapsed.'],
    ['different subjects told the agency', 'Mayor Lia Ferro told AFP the river rose. Officer Sam Ode told AFP it fell.'],
    ['according to plan', 'The ship sailed according to plan. It docked according to plan. It left according to plan.'],
    ['according to police twice', 'Two shops were robbed, according to police.\n\nA car was stolen overnight, according to police.'],
    ['according to him', 'According to him, the port is safe. According to him, it is also busy.'],
    ['one closing tag', 'Prices rose on Monday.\n\nThey fell on Tuesday. (ANI)'],
    ['a dateline tag and a closing tag', 'LONDON (Reuters) - Prices rose on Monday.\n\nThey fell on Tuesday. (Reuters)'],
    ['a photo credit is not a tag', 'The bridge opened. (AP Photo/Jo Lin)\n\nTraffic was light. (AP)'],
    ['tails inside a running quotation', '"Oats fell, reported Ines Duval.\n\n"Rye fell, reported Ines Duval.\n\n"Corn fell," she said.'],
  ])('does not fire: %s', (_name, text) => {
    expect(lintRule(rule, text).map(describeDiagnostic)).toEqual([])
  })

  // Issue 11: attribution shapes, not exact strings; mixed credits; one statement attributed twice.
  test.each([
    ['the same subject, verbs varied', 'Tolls rose, the port authority said.\n\nFerries ran late, the port authority added.\n\nDocks shut early, the port authority said.', ['3:19-3:43 phrase', '5:19-5:42 phrase']],
    ['an outlet reporting, citing sources', 'The mill shut, Varno Daily reported, citing sources.\n\nWages fell, Varno Daily reported.\n\nUnions met, Varno Daily reported, citing officials.', ['3:13-3:33 phrase', '5:13-5:51 phrase']],
    ['an inverted tail', 'The mill shut, said the statement.\n\nWages fell, the statement added.\n\nUnions met, said the statement.', ['3:13-3:32 phrase', '5:13-5:31 phrase']],
    ['a pronoun with the same verb after each quote', '"Rain is late," she claimed. "Wells are dry," she claimed. "Prices will rise," she claimed.', ['1:47-1:58 phrase', '1:80-1:91 phrase']],
    ['a named speaker and an appositive tail', 'Minister Ana Toma said the ferry would be raised, Ivo Lenz, a ministry spokesman, said on Monday.', ['1:51-1:97 doubled']],
    ['agency tags of two agencies', 'The ferry sank. (IANS)\n\nTen were saved. (ANI)', ['1:16-1:23 mixedAgency']],
    ['a dateline agency and a body tag of another', 'TOLV, May 4 (ANI): The ferry sank.\n\nTen were saved. (IANS)', ['3:16-3:23 mixedAgency']],
    // Issue 11 point 3: outlet, document and source credits in mixed forms, not one fixed phrase.
    ['one outlet in three forms', 'Ferries resumed, the Orla Times reported, citing officials.\n\nTwo boats were added, according to the Orla Times.\n\nFares fell, reported the Orla Times.', ['3:21-3:50 tail', '5:13-5:36 phrase']],
    ['a newspaper named in two orders', 'The dam held, the newspaper Kelsa Post wrote.\n\nRoads stayed open, the Kelsa Post daily wrote.', ['3:20-3:46 phrase']],
    ['a statement, then the statement added twice', 'Fares rose, the ministry said in a statement.\n\nBuses were cut, the statement further added.\n\nDepots closed, the statement said.', ['3:17-3:44 phrase', '5:16-5:34 phrase']],
    ['the same document trailer twice', 'Fares rose, the transport office said in a statement.\n\nBuses were cut, the transport office said in a press release.', ['3:17-3:61 phrase']],
    ['sources said closing paragraph after paragraph', 'Fares rose, sources said.\n\nBuses were cut, official sources said.\n\nDepots closed, sources in the ministry said.', ['3:17-3:38 phrase', '5:16-5:44 phrase']],
    ['he also claimed, again and again', 'Fares rose, he claimed.\n\nBuses were cut, he also claimed.\n\nDepots closed, he further claimed.', ['3:17-3:32 phrase', '5:16-5:34 phrase']],
    ['an agency tail beside its own tag', 'The ferry sank near Tolv, ANI reported.\n\nTen people were saved. (ANI)', ['1:27-1:39 phrase']],
    ['according to a person, then he said', 'According to Ana Toma, the ferry would be raised by June, she said.', ['1:59-1:67 doubled']],
  ])('fires: %s', (_name, text, places) => {
    expect(lintRule(rule, text).map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.messageId}`)).toEqual(places)
  })

  test.each([
    ['a speaker\'s successive quotes', '"Rain is late," Ana Toma said. "Wells are dry," Ana Toma said. "Prices will rise," Ana Toma said.'],
    ['he said in every paragraph', 'Rain is late, he said.\n\nWells are dry, he said.\n\nPrices will rise, he said.\n\nFarmers wait, he said.'],
    ['he added twice', '"Rain is late," he added. "Wells are dry," he added.'],
    ['the same subject in a few of many paragraphs', ['Tolls rose, the port authority said.', 'Ferries ran late all week on the northern routes.', 'Docks shut early on Friday because of the high wind.', 'Crews rested in the old harbour hall until the storm passed.', 'Buses ran to the ferry terminal every half hour all day.', 'Ships waited outside the breakwater for the tide to turn.', 'The storm passed over the islands on Saturday night.', 'Trade resumed, the port authority said.', 'The quay reopened to traffic on Sunday after the repairs.', 'Fishermen said the catch was the worst in ten years.', 'The ferry company promised refunds for every cancelled crossing.', 'Harbour pilots will work extra shifts until the backlog clears.', 'Fish sold well, the port authority added.'].join('\n\n')],
    ['an outlet crediting a speaker', 'Minister Ana Toma said the ferry would be raised, Varno Daily reported.'],
    ['a speaker and the statement of another', 'Ana Toma said on Monday.'],
    ['one credit in a dash line', 'The ferry sank.\n\nTen were saved. -- PTI'],
    ['police said in half of many paragraphs', 'Fares on the ferry routes rose by a tenth, police said.\n\nBuses were cut on the northern routes for the winter.\n\nDepots closed on the coast road after the floods, police said.\n\nStaff left the depot early on Friday because of the storm.\n\nThe depot reopened on Monday morning with a skeleton crew.\n\nStaff returned to the harbour office on Tuesday, police said.\n\nTrade resumed on the quay once the weather cleared.'],
    ['according to a report, then he said', 'According to the annual report, output fell by a tenth, he said.'],
    ['an outlet cited by another agency once', 'The ferry sank near Tolv, Reuters reported.\n\nTen people were saved. (PTI)'],
    ['two sources of one body', 'Fares rose, the transport office said.\n\nBuses were cut, the transport office said in a statement.\n\nTrains ran, the rail board said.'],
  ])('does not fire: %s', (_name, text) => {
    expect(lintRule(rule, text).map(describeDiagnostic)).toEqual([])
  })

  test('every agency in the data list has a firing example', () => {
    const data = JSON.parse(readFileSync(new URL('../../rules/data/repeated-attribution.json', import.meta.url), 'utf8')) as {
      agencies: { name: string; example: string }[]
    }
    for (const { name, example } of data.agencies) {
      const diagnostics = lintRule(rule, example)
      expect(diagnostics.length, name).toBeGreaterThan(0)
      expect(diagnostics.some((d) => d.actual.includes(name)), name).toBe(true)
    }
  })
})
