import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import rule from '../../rules/acronym-mismatch.js'
import { describeDiagnostic, lintRule } from '../helpers.js'

const messages = (text: string, options?: Readonly<Record<string, unknown>>) => lintRule(rule, text, options).map((d) => d.message)

describe('acronym-mismatch', () => {
  test.each([
    // stop words skipped or included
    'The Department of Justice (DOJ) replied.',
    'The Bank of Eastland (BoE) held rates.',
    'The Ministry of Outer Affairs (MOA) protested.',
    'A Right to Information (RTI) plea was filed.',
    'The Transport for Lakeside (TfL) board met.',
    'The Organisation for Economic Co-operation and Development (OECD) forecast growth.',
    'The Centres for Disease Control and Prevention (CDC) warned.',
    'The National Association for the Advancement of Coloured People (NAACP) objected.',
    // letters from inside a word
    'The Federal Bureau of Inquiry (FBI) and the Kestrel Space Research Organisation (KSRO) replied.',
    'The Kuomintang (KMT) won.',
    'A closed-circuit television (CCTV) camera caught it.',
    'The Southern Varda Farmers Union (SOVAFU) marched.',
    // hyphenated words give one letter or more
    'A non-governmental organisation (NGO) helped.',
    'The Non-Aligned Kestrel Movement (NKM) met.',
    'The Indo-Tibetan Border Police (ITBP) patrolled.',
    'The Lashkar-e-Taiba (LeT) and Hayat Tahrir al-Sham (HTS) were named.',
    // plurals, ampersands, nested acronyms, possessives, commas, diacritics
    'Members of Parliament (MPs) and Members of the Legislative Assembly (MLAs) voted.',
    'The Research and Development (R&D) unit of Jammu and Kashmir (J&K) grew.',
    'The UN Security Council (UNSC) and the YSR Congress Party (YSRCP) spoke.',
    'The All People’s Congress (APC) and the Workers\' Union (WU) spoke.',
    'The Northern, Eastern and Coastal Regions (NECR) voted.',
    'The Organisation du Traité de l’Atlantique Nord (OTAN) and Médecins Sans Frontières (MSF) replied.',
    // an unrepresented tail after "of", "and"
    'The Life Insurance Corporation of Arland (LIC) and the National Stock Exchange of Arland (NSE) fell.',
    // numbers
    'The Group of 20 (G20) met before the summit (COP26).',
    // not definitions: tags, names, tickers, codes, currencies, party labels
    'The rains stopped on Sunday. (ANI)',
    'SALTVIK, Arland, May 3 (AP) - The port reopened.',
    'Shares of Pell Corp (PELL.O) rose while Brent (LCOc1) fell and the dollar (USD) held.',
    'Senator Ann Vole (R) and Rep. Tim Doe (D-Texas) spoke. (Reuters)',
    'A photo (File photo) of the Eastland Post (File) ran.',
    'The Socialist Workers Party (PSOE) and Free Democrats (FDP) and the Soviet Union (USSR) objected.',
    'Officials of the Islamic State group (IS) fled.',
    'Ministers in the Marxist party (CPI(M)) left.',
    // lower-case phrases are never taken as a failed definition
    'It found ammonium nitrate (AN) and a new blue bus (NBT).',
    // listed foreign-language and translated acronyms
    'Commanders of the Turkish Armed Forces (TSK) and Alternative for Germany (AfD) replied.',
    'The Organization of the North Atlantic Treaty (OTAN) and the Federal Security Service (FSB) replied.',
    // the same definition twice, spelling variants and plurals included
    'The Alpine Rescue Service (ARS) flew in. The Alpine Rescue Service (ARS) left.',
    'An Organisation of Turkic States (OTS) summit; the Organization of Turkic States (OTS) again.',
    'The Member of Parliament (MP) spoke. Two Members of Parliament (MPs) left.',
    // issue 11: the acronym first, then its expansion, given the same way
    'KSB (Kestrel Shipping Board) met; the Kestrel Shipping Board (KSB) agreed.',
    'The Tarn Water Board (TWB) met, and TWB (the board) agreed, as did TWB (Tarn Water Board).',
  ])('does not fire: %s', (text) => {
    expect(lintRule(rule, text).map(describeDiagnostic)).toEqual([])
  })

  test.each([
    ['Ministers of the Union of Coastal Republics (UCB) met.', 'Unexpected acronym `UCB` for `Union of Coastal Republics`, expected `UCR`'],
    ['The Nordland Register of Fishermen (NRV) opened.', 'Unexpected acronym `NRV` for `Nordland Register of Fishermen`, expected `NRF`'],
    ['Its Chief Executive Officer (CFO) left.', 'Unexpected acronym `CFO` for `Chief Executive Officer`, expected `CEO`'],
    ['The Free Coastal Party (FPC) won.', 'Unexpected acronym `FPC` for `Free Coastal Party`, expected `FCP`'],
    ['The Non-Aligned Kestrel Movement (NAKS) met.', 'Unexpected acronym `NAKS` for `Non-Aligned Kestrel Movement`, expected `NAKM`'],
    // hard-wrapped copy
    ['Ministers of the Union of\nCoastal Republics (UCB) met.', 'Unexpected acronym `UCB` for `Union of Coastal Republics`, expected `UCR`'],
    // inside a direct quotation (mechanical)
    ['"The Union of Coastal Republics (UCB) is strong," she said.', 'Unexpected acronym `UCB` for `Union of Coastal Republics`, expected `UCR`'],
    // a listed acronym with an unlisted expansion is checked like any other
    ['The Tarvik Sea Lines (TSK) sailed.', 'Unexpected acronym `TSK` for `Tarvik Sea Lines`, expected `TSL`'],
    // issue 11 point 6: one acronym given two expansions, the second as an appositive
    ['The National Relief Council (NRC) met. Members of the Nationwide Revenue Commission, or NRC, walked out.', 'Unexpected second definition of `NRC` as `Nationwide Revenue Commission`, expected `National Relief Council` as first defined'],
  ])('fires: %s', (text, message) => {
    expect(messages(text)).toEqual([message])
  })

  test('a valid second definition with a different expansion is flagged, related to the first', () => {
    const text = 'The Alpine Rescue Service (ARS) flew in.\n\nLater the Arctic Research Station (ARS) sent a team.'
    const [d, ...rest] = lintRule(rule, text)
    expect(rest).toEqual([])
    expect(d?.messageId).toBe('redefined')
    expect(d?.actual).toBe('ARS')
    expect(d?.line).toBe(3)
    expect(d?.related).toMatchObject({ line: 1, column: 5, endLine: 1, endColumn: 32 })
  })

  test('issue 11: an acronym expanded two ways, either order', () => {
    const first = 'KSB (Kestrel Shipping Board) met on Monday. Later the Kestrel Safety Bureau (KSB) replied.'
    expect(messages(first)).toEqual([
      'Unexpected second definition of `KSB` as `Kestrel Safety Bureau`, expected `Kestrel Shipping Board` as first defined',
    ])
    const second = 'The Kestrel Shipping Board (KSB) met. Later KSB (Kestrel Safety Bureau) replied.'
    const [d] = lintRule(rule, second)
    expect(d?.actual).toBe('KSB')
    expect(d?.column).toBe(45)
  })

  test('a mismatched definition is reported once, as a mismatch, not also as a redefinition', () => {
    const text = 'The Nordland Register of Fishermen (NRF) opened. The Nordland Register of Whalers (NRF) closed.'
    expect(lintRule(rule, text).map((d) => d.messageId)).toEqual(['mismatch'])
  })

  test('the same mismatch repeated (a duplicated lede) is flagged each time', () => {
    const text = 'Envoys of the Union of Coastal Republics (UCB) met.\n\nEnvoys of the Union of Coastal Republics (UCB) met.'
    expect(lintRule(rule, text).map((d) => `${d.line}:${d.column}`)).toEqual(['1:43', '3:43'])
  })

  test('options: extra accepts an acronym after any name, redefinition off', () => {
    expect(messages('The Merrow Trade Forum (MTP) met.', { extra: ['MTP'] })).toEqual([])
    expect(messages('The Merrow Trade Forum (MTP) met.')).toHaveLength(1)
    expect(messages('The Alpine Rescue Service (ARS) flew. The Arctic Research Station (ARS) sent.', { redefinition: false })).toEqual([])
  })

  test('allow drops a finding', () => {
    expect(messages('Ministers of the Union of Coastal Republics (UCB) met.', { allow: ['UCB'] })).toEqual([])
  })

  const data = JSON.parse(readFileSync(new URL('../../rules/data/acronym-mismatch.json', import.meta.url), 'utf8')) as {
    acronyms: { acronym: string; example: string }[]
  }
  // Doctors Without Borders (MSF) never looks like a definition; it is listed because editors expect it.
  const needsNoEntry = new Set(['MSF'])
  test.each(data.acronyms.map((e) => [e.acronym, e.example] as const))('data entry %s: its example is accepted, and fires without the entry', (acronym, example) => {
    expect(messages(example)).toEqual([])
    expect(messages(example, { exclude: [acronym] })).toHaveLength(needsNoEntry.has(acronym) ? 0 : 1)
  })
})
