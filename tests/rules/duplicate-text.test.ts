import { describe, expect, test } from 'vitest'
import rule from '../../rules/duplicate-text.js'
import { describeDiagnostic, fixRule, lintRule } from '../helpers.js'

// Issue 3: the headline, a paragraph, a line or a sentence repeated later in the story. The later
// copy is flagged with a related location at the first; only whole verbatim copies are removed.

const lede =
  'A storm shut every port along the Varno coast on Monday and stranded hundreds of ferry passengers. Harbour master Lena Ortiz said the ports would reopen on May 11.'

const scraped = [
  'Storm shuts ports along the Varno coast',
  '',
  lede,
  '',
  '',
  'KWN | Kelsa | Updated: 04-05-2023 10:12 IST',
  'Storm shuts ports along the Varno coast',
  'Image Credit: KWN',
  '',
  `${lede} She said crews were checking the piers. Fishermen stayed ashore.`,
].join('\n')

describe('duplicate-text', () => {
  test('a scraped story: the headline line goes, the repeated lede is flagged for review', () => {
    const diagnostics = lintRule(rule, scraped)
    expect(diagnostics.map((d) => [d.line, d.column, d.endLine, d.endColumn, d.messageId])).toEqual([
      [7, 1, 8, 1, 'headline'],
      [10, 1, 10, lede.length + 1, 'sentence'],
    ])
    const [headline, sentence] = diagnostics
    expect(headline?.severity).toBe('error')
    expect(headline?.expected).toEqual([''])
    expect(headline?.related?.line).toBe(1)
    expect(sentence?.actual).toBe(lede)
    expect(sentence?.related?.actual).toBe(lede)
    expect(sentence?.expected).toEqual([])
    const fixed = fixRule(rule, scraped)
    expect(fixed).toBe(scraped.replace('IST\nStorm shuts ports along the Varno coast\n', 'IST\n'))
    expect(fixRule(rule, fixed)).toBe(fixed)
  })

  test('a verbatim paragraph in the middle goes with the break after it', () => {
    const text = 'Port news today\n\nThe ferry to Alden was cancelled for a third day.\n\nBuses will run instead.\n\nThe ferry to Alden was cancelled for a third day.\n\nTickets will be refunded.'
    expect(lintRule(rule, text).map(describeDiagnostic)).toEqual([
      '7:1-9:1 paragraph Unexpected duplicate paragraph `The ferry to Alden was cancelled for a...`, remove it',
    ])
    expect(fixRule(rule, text)).toBe('Port news today\n\nThe ferry to Alden was cancelled for a third day.\n\nBuses will run instead.\n\nTickets will be refunded.')
  })

  test('CRLF line breaks and indented paragraphs stay clean', () => {
    const crlf = 'Port news today\r\n\r\nThe ferry to Alden was cancelled for a third day.\r\n\r\nThe ferry to Alden was cancelled for a third day.\r\n\r\nTickets will be refunded.\r\n'
    expect(fixRule(rule, crlf)).toBe('Port news today\r\n\r\nThe ferry to Alden was cancelled for a third day.\r\n\r\nTickets will be refunded.\r\n')
    const indented = '    Port news today\n\n    The ferry to Alden was cancelled for a third day.\n\n    The ferry to Alden was cancelled for a third day.\n\n    Tickets will be refunded.'
    expect(fixRule(rule, indented)).toBe('    Port news today\n\n    The ferry to Alden was cancelled for a third day.\n\n    Tickets will be refunded.')
  })

  test('copies wrapped differently are still verbatim', () => {
    const text = 'Port news today\n\nThe ferry to Alden was cancelled\nfor a third day.\n\nThe ferry to Alden was\ncancelled for a third day.'
    const [diagnostic, ...rest] = lintRule(rule, text)
    expect(rest).toEqual([])
    expect(diagnostic?.messageId).toBe('paragraph')
    // The copy's span starts at its text, so the break before it stays.
    expect(diagnostic?.line).toBe(6)
    expect(diagnostic?.column).toBe(1)
    expect(fixRule(rule, text)).toBe('Port news today\n\nThe ferry to Alden was cancelled\nfor a third day.\n\n')
  })

  test('every later copy points at the first', () => {
    const copy = 'Crews cleared the rail line north of Kelsa overnight.'
    const text = `Rail news today\n\n${copy}\n\nTrains ran late.\n\n${copy}\n\nBuses helped.\n\n${copy}`
    const diagnostics = lintRule(rule, text)
    // Every span starts at its copy's text (the last one goes to the end; the break before it stays).
    expect(diagnostics.map((d) => [d.line, d.column, d.related?.line])).toEqual([
      [7, 1, 3],
      [11, 1, 3],
    ])
    expect(fixRule(rule, text)).toBe(`Rail news today\n\n${copy}\n\nTrains ran late.\n\nBuses helped.\n\n`)
  })

  test('a caption near-duplicating the headline is a suggestion', () => {
    const text =
      'Mayor Pell said the new bridge over the Varno would open by the end of June (File)\n\nThe city council met on Monday.\n\nHe said the new bridge over the Varno would open by the end of June.'
    const diagnostics = lintRule(rule, text)
    expect(diagnostics.map((d) => [d.line, d.messageId, d.expected.length, d.related?.line])).toEqual([[5, 'near', 0, 1]])
  })

  test('a long copy glued to markup residue is still found', () => {
    const sentence =
      'the district court in Alden ordered the shipping company to pay the dock workers their wages for the three months of the strike without delay'
    const text = `<p>Recently, according to court papers, ${sentence}.</p>\n\n</p><h2>Dock wages ruling</h2><p>In short, ${sentence}.`
    const diagnostics = lintRule(rule, text)
    expect(diagnostics.map((d) => [d.line, d.messageId])).toEqual([[3, 'near']])
  })

  test('sentences split differently in the two copies are flagged as one run', () => {
    const text =
      'Ferry services resume\n\nThe ferry company said services would resume on May 11. Tickets bought for the cancelled crossings stay valid.\n\nCrews are ready. The ferry company said services would resume on May 11. Tickets bought for the cancelled crossings stay valid. Fares are unchanged.'
    const diagnostics = lintRule(rule, text)
    expect(diagnostics.map((d) => d.actual)).toEqual([
      'The ferry company said services would resume on May 11. Tickets bought for the cancelled crossings stay valid.',
    ])
    expect(diagnostics[0]?.messageId).toBe('sentence')
  })

  test('a rewritten version of a sentence (its content words in order, words added) is a near duplicate', () => {
    const first = 'Heavy rain flooded wide parts of the southern coast, forcing thousands of families into school shelters.'
    const later = 'Heavy rain flooded wide parts of Varno, the southern coast, on Sunday, forcing thousands of families officials counted into school shelters.'
    const diagnostics = lintRule(rule, `Storm report\n\n${first}\n\nThe port shut at noon.\n\n${later}`)
    expect(diagnostics.map((d) => [d.messageId, d.line, d.related?.line])).toEqual([['near', 7, 3]])
    expect(diagnostics[0]?.expected).toEqual([])
  })

  test('two versions of a story published together: the later dateline points back to the first', () => {
    const text = 'NEW DELHI, May 4 (ANI): The council met on Monday.\n\nIt approved the budget.\n\nNEW DELHI, May 4 (ANI): The council will meet on Monday.'
    const diagnostics = lintRule(rule, text)
    expect(diagnostics.map((d) => [d.messageId, d.actual, d.related?.line])).toEqual([['dateline', 'NEW DELHI, May 4 (ANI):', 1]])
  })

  test.each([
    [
      'a formula with other figures and names is no rewrite',
      'The Kelsa index rose 212 points to close at 38,410 on Monday as bank and energy shares gained in late trade.\n\nThe Varno index fell 57 points to close at 11,230 on Monday as metal and power shares slipped in late trade.',
    ],
    ['datelines of different places in a roundup', 'KELSA (AP) — The ferry strike ended.\n\nVARNO (AP) — The port reopened on Monday.'],
    ['short sentences repeat legitimately', 'Talks ended\n\nHe said no.\n\nShe said no.\n\nHe said no. He said no again.'],
    ['the lede opens with the headline words', 'Floods cut roads across the Varno valley\n\nFloods cut roads across the Varno valley on Monday, officials said.'],
    ['a short headline repeated', 'Weather watch\n\nRain is due.\n\nWeather watch\n\nSun follows.'],
    [
      'results in a template',
      'Tennis results\n\nHale (Kelsa) beat Ortiz (Varno) 6-3, 6-4.\nDiaz (Kelsa) beat Lund (Alden) 6-2, 7-5.\nPell (Varno) beat Ode (Kelsa) 7-6, 6-1.\nMora (Alden) beat Vik (Varno) 6-4, 6-4.',
    ],
    [
      'a formula with different figures',
      'Exports rose 4 percent in March to 2.1 billion crowns, the statistics office said on Monday. Exports rose 6 percent in April to 2.3 billion crowns, the statistics office said on Monday.',
    ],
    [
      'a short sentence inside a much longer one',
      'At the ceremony, held in the old chapel on Sunday afternoon, Rev. Pell officiated and the bride was given in marriage by her father.\n\nThe bride was given in marriage by her father.',
    ],
    [
      'a lead-in ending in a colon introduces different text each time',
      'Letters\n\nFares rose again. To the desk of the Varno Courier and its readers:\n\nThe ferry is too dear.\n\nA pier at last. To the desk of the Varno Courier and its readers:\n\nThe harbour needs one.',
    ],
    ['clean copy', 'The council met on Monday.\n\nIt approved the budget for the harbour and the new school.\n\nWork on both will start in June, the mayor said.'],
  ])('does not fire: %s', (_name, text) => {
    expect(lintRule(rule, text).map(describeDiagnostic)).toEqual([])
  })

  test('similarity 1 keeps only exact copies', () => {
    const text = 'Port news today\n\nThe ferry to Alden was cancelled for a third day.\n\nOn Friday the ferry to Alden was cancelled for a third day.'
    expect(lintRule(rule, text).map((d) => d.messageId)).toEqual(['near'])
    expect(lintRule(rule, text, { similarity: 1 })).toEqual([])
  })

  test('a long story without copies stays quiet', () => {
    const places = ['Kelsa', 'Varno', 'Alden', 'Dunmore', 'Pelgrad']
    const paragraphs = Array.from(
      { length: 400 },
      (_, i) => `Crew ${i} from ${places[i % 5] ?? ''} unloaded ${i * 7 + 3} crates of grain at pier ${i % 13} before ${i % 12}:${(i * 11) % 60} on day ${i}.`,
    )
    expect(lintRule(rule, `Harbour log\n\n${paragraphs.join('\n\n')}`)).toEqual([])
  })
})
