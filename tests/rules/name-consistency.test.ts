import { describe, expect, test } from 'vitest'
import rule from '../../rules/name-consistency.js'
import { lintRule } from '../helpers.js'

const messages = (text: string, options?: Readonly<Record<string, unknown>>) => lintRule(rule, text, options).map((d) => d.message)

const variant = (actual: string, expected: string) =>
  `Unexpected name spelling \`${actual}\`, expected \`${expected}\` as elsewhere in the story`

describe('name-consistency', () => {
  test.each([
    // one spelling throughout, possessives and plurals
    'Foreign Minister Tarik Celikoglu spoke. Celikoglu said the talks went well, and Celikoglu’s aide agreed.',
    "Ann Smith said the Smiths were away, and Smith's dog barked.",
    // derived words are not variants
    'Russia said the Russian army had left. Kazakh officials met two Kazakhs.',
    'Police in Austria and Australia arrested men. Austrian and Australian officials spoke.',
    'Communist leaders spoke of Communism; the Democrats held the Democratic convention.',
    'Germany and the German envoy; Armenia and the Armenian envoy.',
    // masculine and feminine forms, relatives
    'Daniel Moreau and his sister Daniela Moreau spoke, as did Louis Vane and Louise Vane.',
    'Mario Ostrova and Maria Ostrova ran the shop.',
    // distinct people: different first names, short names, different initials
    'John Dixon met Richard Nixon. Nixon and Dixon spoke.',
    'Ramesh Sharma met Anil Verma. Verma and Sharma agreed.',
    'Ravi Patel met Sunil Patil. Patil said Patel was wrong.',
    'Anna Jansen and Piet Janssen signed the letter; Jansen and Janssen are not related.',
    'Paul Hernandez scored. Fernandez missed a penalty, and Hernandez celebrated.',
    'Robert Mathews and Tom Matthews met.',
    'Tom Parker met the board. Barker said no, and Barker left.',
    'Ahmed Khan and Ahmad Raza met. Khan said so.',
    'Mohammed Ahmed and Mohammad Ahmed arrived.',
    'Mohammad Rakarvin met Muhammad Salem. Rakarvin and Salem spoke.',
    'Lt Gen. Ivo Ranko met the press. Gen. Ivo Ranko left, and former Governor Ana Voss met Senator Ana Voss.',
    'F. M. Tenmabel met Fozu Mosa Tenmabel and Fara Mei Tenmabel. Mrs. J. K. Lane met Jana Kim Lane.',
    'Al-Movin spoke. The aides to al-Movin agreed, and Al Gore met Ed Balls in Abu Dhabi.',
    'The AP report came as the A-P road was shut.',
    'Mr. Lee and Mr. Lea met. Ivan and Iván spoke.',
    // places: no shared context, or a bare place after a preposition
    'The Sudanese army left Sudan. The Sedan club met.',
    'Gambia and Zambia drew; Slovenia beat Slovakia.',
    'Greta Holton, the curator, flew in from Holston. She left Holston on Friday.',
    // a spelling given on purpose
    'Senator Ada Vormer (pronounced Varmer) spoke.',
    // common words are not names
    'The island was quiet. Inland, farmers worked. On Catalina Island the ferry stopped.',
    // particles: sentence-initial capitals, and different surnames
    'De Alvarenga scored twice. The coach praised de Alvarenga.',
    'Charles de Gaulle admired Vittorio De Sica.',
    // abbreviations: headlines drop the points; lines in capitals are not counted
    'US PLEDGES AID TO ARLAND\n\nThe U.S. envoy arrived on Monday.',
    'The U.S. envoy arrived.\nTELL US WHAT YOU THINK',
    'The U.S. and the U.K. agreed; the UN did not.',
    // issue 11: shortened given names only for one person; middle initials and titles name others
    'Paul Marr and Petra Marr met. P. Marr left.',
    'Gaynor B. Hale and Mrs. B. Hale left; Bruno Hale stayed.',
    'Ali Vorn and Alia Vorn met; Mohammad Ahmed and Ahmed Vorn left.',
    'Karim Osei spoke, and Kofi Osei replied. K. Osei left.',
    // short codes written one way, or different codes
    'Police in J&K said J&K roads were shut; the R&D budget and the Q-A session went ahead.',
    'Groups A and B met; the A-B road was shut.',
    // transliterations of one sound, but two people
    'Ayesha Farooq and Ali Faruk met; Farooq said no.',
    // names that differ only in their last letter: an ending (gender, derivation), not a slip
    'Irina Petrova met Oleg Petrovo; Petrova said no, and Petrovo agreed.',
    'The Youth Crusade against Communisn met. Communist leaders walked out.',
  ])('does not fire: %s', (text) => {
    expect(messages(text)).toEqual([])
  })

  test.each([
    // the examples
    [
      'Foreign Minister Mevlana Celikoglu met his counterpart. Çelikoğlu said the talks went well and Çelikoğlu left.',
      [variant('Celikoglu', 'Çelikoğlu')],
    ],
    ['Foreign Minister Daulet Tlegenbai met envoys. Tilegenbai said the talks went well.', [variant('Tilegenbai', 'Tlegenbai')]],
    ['President Ostap Kravenskyy spoke on Monday. Kravensky said the war would end.', [variant('Kravensky', 'Kravenskyy')]],
    // a final letter doubled is a slip, not an ending
    ['Chief Minister Arvind Sharma spoke on Monday. Sharmaa said the road would open. Sharma left.', [variant('Sharmaa', 'Sharma')]],
    // the same first name, a one-letter difference or a transliteration
    ['Secretary General Arseni Volgoruza spoke. Later Arseni Volgoruzha signed.', [variant('Volgoruzha', 'Volgoruza')]],
    [
      'Arnaud Castelneuve was named. The president appointed Arnaud Kastelneva, and Castelneuve accepted.',
      [variant('Kastelneva', 'Castelneuve')],
    ],
    ['Envoy Ilya Voronezhsky met them. Ilya Voronezhski left.', [variant('Voronezhski', 'Voronezhsky')]],
    // a shared place word, a dateline in capitals
    ['Rescuers reached Koyama Prefecture by noon. Roads into Koyamma Prefecture stayed shut.', [variant('Koyamma', 'Koyama')]],
    [
      'PELLARO, Arland (WNA) -- Flights into Pellaro resumed. A boy near Pellarro, Arland, was rescued. Pellarro, Arland, mourned. The Pellarro Valley shook.',
      [variant('PELLARO', 'PELLARRO'), variant('Pellaro', 'Pellarro')],
    ],
    // a surname alone refers back to the person introduced with a first name
    ['Trade envoy Ilse Marrenbach arrived on Monday. Marenbach said the deal was close.', [variant('Marenbach', 'Marrenbach')]],
    // mechanical: the reporter spells names inside quotations too
    ['"Tlegenbai is right," said Daulet Tilegenbai.', [variant('Tilegenbai', 'Tlegenbai')]],
    // hard-wrapped copy
    ['Secretary General Arseni\nVolgoruza spoke. Later Arseni\nVolgoruzha signed.', [variant('Volgoruzha', 'Volgoruza')]],
    // particles and abbreviations
    [
      'Pedro de Alvarenga scored twice. The coach praised de Alvarenga, but De Alvarenga was tired.',
      ['Unexpected particle `De` in `De Alvarenga`, expected `de` as elsewhere in the story'],
    ],
    [
      'Ines van Roon and the board met. Later Van Roon said yes, and Van Roon left.',
      ['Unexpected particle `van` in `van Roon`, expected `Van` as elsewhere in the story'],
    ],
    [
      'The U.S. envoy arrived. Talks with U.S. officials went on, and US troops stayed.',
      ['Unexpected abbreviation `US`, expected `U.S.` as elsewhere in the story'],
    ],
    [
      'The UK envoy arrived. UK officials spoke, and U.K. troops stayed.',
      ['Unexpected abbreviation `U.K.`, expected `UK` as elsewhere in the story'],
    ],
    // issue 11: a given name shortened beside the full one, short codes joined two ways, cut surnames
    ['Home Minister Khurram Dastani spoke. Kh Dastani said the plan stood.', [`Unexpected shortened name \`Kh Dastani\`, expected \`Khurram Dastani\` as elsewhere in the story`]],
    ['Md Tarek Ulan spoke, then Mohammad Ulan and Md Ulan left.', [`Unexpected shortened name \`Md Ulan\`, expected \`Mohammad Ulan\` as elsewhere in the story`]],
    ['Lorna Pike spoke. L. Pike left.', [`Unexpected shortened name \`L. Pike\`, expected \`Lorna Pike\` as elsewhere in the story`]],
    ['Police in J&K spoke. Roads in J&K and J-K were shut, said J and K officials.', [`Unexpected form \`J-K\`, expected \`J&K\` as elsewhere in the story`, `Unexpected form \`J and K\`, expected \`J&K\` as elsewhere in the story`]],
    ['The D-N ferry and the D & N bus ran; D-N schools shut.', [`Unexpected form \`D & N\`, expected \`D-N\` as elsewhere in the story`]],
    ['Envoy Dmitri Tlegenbai spoke. Dmitri Tlegenb left.', [variant('Tlegenb', 'Tlegenbai')]],
    ['Minister Tarik Rasheed spoke on Monday. Rashid said the plan stood.', [variant('Rashid', 'Rasheed')]],
    ['Envoy Omar Farooq arrived, and Omar Faruk left.', [variant('Faruk', 'Farooq')]],
    // issue 11 point 6: initials, transliterated first names, compound surnames, points in a code, a title changed
    ['Envoy Fozu Mosa Tenmabel arrived.\n\nLater F. M. Tenmabel left, and FM Tenmabel waved.', [`Unexpected shortened name \`F. M. Tenmabel\`, expected \`Fozu Mosa Tenmabel\` as elsewhere in the story`, `Unexpected shortened name \`FM Tenmabel\`, expected \`Fozu Mosa Tenmabel\` as elsewhere in the story`]],
    ['Minister Mohammad Rakarvin spoke on Monday.\n\nAides to Muhammad Rakarvin declined to comment.', [variant('Muhammad', 'Mohammad')]],
    ['Envoy Karak El-Ribri spoke on Monday.\n\nLater El Ribri left, and Elribri waved.', ['Unexpected form `El Ribri`, expected `El-Ribri` as elsewhere in the story', 'Unexpected form `Elribri`, expected `El-Ribri` as elsewhere in the story']],
    ['Police in J.K. met.\n\nJK officials spoke, and the J.K. board agreed.', ['Unexpected form `JK`, expected `J.K.` as elsewhere in the story']],
    ['Dr Mira Talven opened the clinic.\n\nLater Prof Mira Talven cut the ribbon.', ['Unexpected title `Prof` before `Mira Talven`, expected `Dr` as elsewhere in the story']],
  ])('fires: %s', (text, expected) => {
    expect(messages(text)).toEqual(expected)
  })

  test('the minority spelling is flagged at every place, related to the first majority place', () => {
    const text = 'Arseni Volgoruzha spoke. Volgoruza said no. Volgoruzha left, and Volgoruza came back, then Volgoruzha.'
    const found = lintRule(rule, text)
    expect(found.map((d) => d.actual)).toEqual(['Volgoruza', 'Volgoruza'])
    expect(found.map((d) => d.related?.actual)).toEqual(['Volgoruzha', 'Volgoruzha'])
    expect(found[0]?.related?.column).toBe(8)
  })

  test('a tie keeps the spelling used first', () => {
    expect(messages('Arseni Volgoruzha spoke. Arseni Volgoruza left.')).toEqual([variant('Volgoruza', 'Volgoruzha')])
  })

  test('a possessive is left out of the span', () => {
    const [d] = lintRule(rule, 'Daulet Tlegenbai spoke. Tilegenbai’s aide left.')
    expect(d?.actual).toBe('Tilegenbai')
  })

  test('fixes are suggestions: no public expected', () => {
    const [d] = lintRule(rule, 'Daulet Tlegenbai spoke. Tilegenbai left.')
    expect(d?.expected).toEqual([])
    expect(d?.severity).toBe('warning')
  })

  test('an abbreviation inside a compound points to the same compound in the other spelling', () => {
    const text = 'US envoys met on Monday. The India-U.S. talks went well. The India-US deal follows. US firms agreed.'
    const [d] = lintRule(rule, text)
    expect([d?.actual, d?.related?.actual, d?.related?.column]).toEqual(['U.S.', 'US', 68])
    // Without such a compound, the first place of the other spelling.
    const [plain] = lintRule(rule, 'US envoys met. The U.S. talks went well. US firms agreed.')
    expect([plain?.actual, plain?.related?.column]).toEqual(['U.S.', 1])
  })

  test('abbreviations: false turns the U.S./US check off only', () => {
    const text = 'The U.S. envoy and US troops met Daulet Tlegenbai. Tilegenbai left.'
    expect(messages(text, { abbreviations: false })).toEqual([variant('Tilegenbai', 'Tlegenbai')])
  })

  test('allow keeps a spelling', () => {
    expect(messages('Daulet Tlegenbai spoke. Tilegenbai left.', { allow: ['Tilegenbai'] })).toEqual([])
  })
})
