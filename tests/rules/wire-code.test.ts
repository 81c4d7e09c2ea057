import { describe, expect, test } from 'vitest'
import rule from '../../rules/wire-code.js'
import { lint } from '../../src/index.js'
import { fixRule, lintRule } from '../helpers.js'

const ids = (text: string) => lintRule(rule, text).map((d) => `${d.messageId} ${d.actual}`)

describe('Reuters instrument codes', () => {
  test.each([
    ['Gold (XAU=) held near a record.', 'instrument  (XAU=)'],
    ['Ten-year yields (US10YT=RR) rose.', 'instrument  (US10YT=RR)'],
    ['The euro (EUR=EBS) fell.', 'instrument  (EUR=EBS)'],
    ['The Nikkei (.N225) closed higher.', 'instrument  (.N225)'],
    ['World stocks (.dMIWD00000PUS) slipped.', 'instrument  (.dMIWD00000PUS)'],
    ['Index members (0#.INDEX) traded mixed.', 'instrument  (0#.INDEX)'],
    ['Wheat futures (Wv1) and corn (Cc1) rose.', 'instrument  (Wv1)'],
    ['Palm oil (FCPOc3) fell.', 'instrument  (FCPOc3)'],
    ['Shares of Orrin Bank (OBK.L) rose.', 'instrument  (OBK.L)'],
    ['Shares of Lumen Motors (7203.T) rose.', 'instrument  (7203.T)'],
    ['Shares of Harbor Oil (HBOa.L) rose.', 'instrument  (HBOa.L)'],
    ['Ford (F.N) and Kestrel (KST.O) fell.', 'instrument  (F.N)'],
    ['Both (KST.O, HBO.L) fell.', 'instrument  (KST.O, HBO.L)'],
    ['Kestrel (KST.O: Quote, Profile, Research) fell.', 'instrument  (KST.O: Quote, Profile, Research)'],
    ['Kestrel <KST.O> fell.', 'instrument  <KST.O>'],
    ['Copper (CMCU3) rose.', 'instrument  (CMCU3)'],
    ['(LCOc1) Brent rose.', 'instrument (LCOc1) '],
  ])('fires: %s', (text, expected) => {
    expect(ids(text)[0]).toBe(expected)
  })

  test('removes the code with one space', () => {
    expect(fixRule(rule, 'Brent (LCOc1), the benchmark, and WTI (CLc1) rose.')).toBe('Brent, the benchmark, and WTI rose.')
    expect(fixRule(rule, '(LCOc1) Brent rose.')).toBe('Brent rose.')
  })
})

describe('empty tickers and desk codes', () => {
  test.each([
    ['Kestrel Telecom (T:) fell.', 'emptyTicker  (T:)'],
    ['Kestrel Telecom (NASDAQ: ) fell.', 'emptyTicker  (NASDAQ: )'],
    ['Kestrel Telecom (Nasdaq:) fell.', 'emptyTicker  (Nasdaq:)'],
    ['Kestrel Telecom ( ) fell.', 'emptyTicker  ( )'],
    ['Kestrel Telecom (.N) and Orrin (.L) fell.', 'emptyTicker  (.N)'],
    ['ORRIN, May 4. /WNA/. The port reopened.', 'deskCode /WNA/'],
    ['ORRIN, May 4 /wna/. The port reopened.', 'deskCode /wna/'],
  ])('fires: %s', (text, expected) => {
    expect(ids(text)[0]).toBe(expected)
  })

  test('desk codes are left for an editor', () => {
    expect(fixRule(rule, 'ORRIN, May 4. /WNA/. The port reopened.')).toBe('ORRIN, May 4. /WNA/. The port reopened.')
  })

  // End marks and desk sign-offs after the story are feed-boilerplate findings (one finding per defect).
  test.each(['The port reopened.\n\nEND/AL/TK', 'The port reopened.\n--WNA\nal/tk', 'The port reopened.\n\nPTI ALK TRH', 'The port reopened.\n\nab-cd/ef'])(
    'leaves end marks to feed-boilerplate: %j',
    (text) => {
      expect(ids(text)).toEqual([])
    },
  )
})

describe('instrument codes in angle brackets, story codes, terminal codes and slugs', () => {
  test.each([
    ['Shares of Lumen <LMN.O> rose.', 'instrument  <LMN.O>'],
    ['Index members <0#.ORRIN> traded mixed.', 'instrument  <0#.ORRIN>'],
    ['Preference shares <KSTG_p.DE> fell.', 'instrument  <KSTG_p.DE>'],
    ['The ten-year yield <US10YT=RR> rose.', 'instrument  <US10YT=RR>'],
    ['The port reopened, officials said. [nL4N3XY1AB]', 'storyCode  [nL4N3XY1AB]'],
    ['The port reopened. [ID:nL8N2ZZ0QW]', 'storyCode  [ID:nL8N2ZZ0QW]'],
    ['Oil rose for a third day. [O/R]', 'storyCode  [O/R]'],
    ['The dollar slipped. [FRX/]', 'storyCode  [FRX/]'],
    ['For the latest see {NSN R7Q2AB1 <GO>} on the terminal.', 'terminalCode  {NSN R7Q2AB1 <GO>}'],
    ['Shares of Kestrel (KST US <Equity>) fell.', 'terminalCode KST US <Equity>'],
    ['(Updates with closing prices)\nOil rose for a third day.', 'slug (Updates with closing prices)'],
    ['(Recasts with minister comment, adds background)\nOil rose.', 'slug (Recasts with minister comment, adds background)'],
    ['CORRECTED-Port of Varna Bay reopens', 'slug CORRECTED-'],
    ['WRAPUP 2-Floods hit the north', 'slug WRAPUP 2-'],
  ])('fires: %s', (text, expected) => {
    expect(ids(text)[0]).toBe(expected)
  })

  test('removes codes and slugs with one space', () => {
    expect(fixRule(rule, 'Oil rose for a third day. [O/R]')).toBe('Oil rose for a third day.')
    expect(fixRule(rule, 'RPT-Port reopens')).toBe('Port reopens')
    expect(fixRule(rule, '(Adds quote) Oil rose.')).toBe('Oil rose.')
  })

  test.each([
    'If x < 5 and y > 3, the test <b> fails; a<b and c>d hold.',
    'The editor added [the council] and [sic] to the quote; see [1] and [A/B testing].',
    'J.R. Orrin (J.R.) and (A.B.) met; the minister (R) and the senator (D-Ohio) agreed.',
    'Reuters reported the port deal on Monday, and Reuters later updated its story.',
    '(Adds up to a lot, the minister said.) Prices rose.',
    'UPDATE: The port reopened on Monday.',
    'The exhibit (Analysis-Paralysis) drew crowds; ANALYSIS of the vote followed.',
    'Press <GO> to start, the sign said, and Go to the Index.',
  ])('does not fire: %s', (text) => {
    expect(ids(text)).toEqual([])
  })
})

describe('near misses', () => {
  test.each([
    'West Texas Intermediate (WTI) crude rose, the agency said (WNA).',
    'Kestrel Telecom (NYSE: KST) and Lumen (Nasdaq: LMN) fell.',
    'Berkshire (BRK.A) and Orrin (BRK.B) are share classes.',
    'Production index stood at 104.2 (2015=100) in May.',
    'The result was significant (P=0.03) in the trial (n=300).',
    'The United Nations (U.N) and the United States (U.S) met.',
    'Coders use (.NET) and (.COM) names; the team ranked (No.1).',
    'The G20 (G20) met; flight (MH17) was downed; (COVID-19) spread.',
    'The band AC/DC played; HIV/AIDS cases and EUR/USD fell.',
    'Files sit in /usr/local/bin and at https://example.com/news/world/ online.',
    'PTI CHIEF ARRESTED\n\nThe party leader was held on Monday.',
    'PTI ABC DEF\n\nThe party leader was held on Monday.',
    'Sales rose (see chart) and the index <html> fell (3.5%).',
    'Shares rose (Q2) and (H1) while (E=mc2) held.',
    'Labels (Note: ) matter less than (note:) tags.',
  ])('does not fire: %s', (text) => {
    expect(ids(text)).toEqual([])
  })
})

describe('one finding per defect with feed-boilerplate', () => {
  const body = 'Dockers in Varna Bay went back to work on Monday after the union accepted a new pay offer from the port authority.'
  const last = 'The strike had closed the port for nine days and left forty ships waiting offshore, the harbour master said.'
  const config = { preset: 'none', rules: { 'feed-boilerplate': 'error', 'wire-code': 'warning' } } as const

  test.each([
    [' [O/R]', 'wire-code'],
    [' [ID:nL8N2ZZ0QW]', 'wire-code'],
    ['\n\nKST US <Equity>', 'wire-code'],
    ['\n\n<KST.O>', 'wire-code'],
    ['\n\nab/cd', 'feed-boilerplate'],
    [' --WNA', 'feed-boilerplate'],
    ['\n\nEND/KR/TL', 'feed-boilerplate'],
  ])('%j is reported once, by %s', async (tail, ruleId) => {
    const { diagnostics } = await lint(`Port strike ends\n\n${body}\n\n${last}${tail}`, { config })
    expect(diagnostics.map((d) => d.ruleId)).toEqual([ruleId])
  })
})

describe('desk prefixes, slugs and feed marks by shape', () => {
  test.each([
    ['TASS - Ferry fares rise\nThe port said so.', 'slug TASS - '],
    ['SHIPPING 2-Port fees climb\nThe port said so.', 'slug SHIPPING 2-'],
    ['RAIN-FLOOD-RELIEF\nThe port said so.', 'slug RAIN-FLOOD-RELIEF'],
    ['The port reopened on Monday. -MORE-\n\nShips waited.', 'controlMark  -MORE-'],
    ['The port reopened on Monday (ENDS) and ships sailed.', 'controlMark  (ENDS)'],
    ['The port reopened.^ Ships waited.', 'feedMarker ^ '],
    ['Filed as KNS-20251130-77 by the desk.', 'storyCode  KNS-20251130-77'],
  ])('fires: %j', (text, expected) => {
    expect(ids(text)[0]).toBe(expected)
  })

  // Acronym pairs, prefixes, formulas, titles in capitals and lines of their own (feed-boilerplate's) stay.
  test.each([
    'UK-India deal signed\nThe port said so.',
    'ANTI-Semitism report out\nThe port said so.',
    'EU-ASEAN-INDIA talks\nThe port said so.',
    'The area is 3 m^2 and 10^6 grains.',
    'The MORE scheme (More Options for Rural Employment) began.',
    'The port reopened.\n\n(ENDS)',
    'Chain 0#.VRN^ was listed.',
  ])('does not fire: %j', (text) => {
    expect(ids(text).filter((id) => !id.startsWith('instrument'))).toEqual([])
  })
})
