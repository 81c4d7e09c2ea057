import { describe, expect, test } from 'vitest'
import { cp1252Char, hasCp1252Meaning, singleByte } from '../../rules/lib/cp1252.js'
import rule from '../../rules/mojibake.js'
import type { Diagnostic } from '../../src/engine/diagnostic.js'
import { describeDiagnostic, fixRule, lintRule } from '../helpers.js'

/** `messageId actual -> expected` (no arrow when the finding has no safe replacement). */
const brief = (d: Diagnostic) => `${d.messageId} ${d.actual}${d.expected.length > 0 ? ` -> ${d.expected[0]}` : ''}`

describe('rules/lib/cp1252', () => {
  test.each([
    [0x80, '€'],
    [0x92, '’'],
    [0x93, '“'],
    [0x9f, 'Ÿ'],
    [0x81, '\u0081'], // undefined in cp1252: kept as the latin-1 C1 control
    [0x9d, '\u009d'],
    [0xa0, '\u00a0'],
    [0xe9, 'é'],
    [0x41, 'A'],
  ] as const)('byte 0x%s decodes to %j and back', (byte, char) => {
    expect(cp1252Char(byte)).toBe(char)
    expect(singleByte(char)).toBe(byte)
  })

  test('a C1 control re-encodes as latin-1 too', () => {
    expect(singleByte('\u0092')).toBe(0x92)
    expect(hasCp1252Meaning('\u0092')).toBe(true)
    expect(hasCp1252Meaning('\u008d')).toBe(false)
    expect(singleByte('ğ')).toBeUndefined()
  })
})

describe('mojibake: fires', () => {
  test.each([
    // UTF-8 punctuation read as Windows-1252
    ['The minister said he wasnâ€™t told.', ['mojibake â€™ -> ’']],
    ['â€œWe will stay,â€\u009d she said.', ['mojibake â€œ -> “', 'mojibake â€\u009d -> ”']],
    ['Prices rose 4â€“5 percent.', ['mojibake â€“ -> –']],
    ['The plan â€” once secret â€” leaked.', ['mojibake â€” -> —', 'mojibake â€” -> —']],
    ['And thenâ€¦ silence.', ['mojibake â€¦ -> …']],
    ['Tickets cost â‚¬40 each.', ['mojibake â‚¬ -> €']],
    ['A â€˜quietâ€™ week.', ['mojibake â€˜ -> ‘', 'mojibake â€™ -> ’']],
    // accented letters
    ['Lunch at CafÃ© Orlo was late.', ['mojibake Ã© -> é']],
    ['The team flew to MÃ¼nchen.', ['mojibake Ã¼ -> ü']],
    ['Talks in EspaÃ±a resumed.', ['mojibake Ã± -> ñ']],
    ['FranÃ§ois Verlac spoke.', ['mojibake Ã§ -> ç']],
    ['The StraÃŸe was closed.', ['mojibake ÃŸ -> ß']],
    ['Ã‰milie Rocq won.', ['mojibake Ã‰ -> É']],
    ['Aid of Â£5m arrived.', ['mojibake Â£ -> £']],
    ['It was 41Â°C in Dorvan.', ['mojibake Â° -> °']],
    ['Ten\u00c2\u00a0km away.', ['mojibake \u00c2\u00a0 -> \u00a0']],
    // Turkish, Polish, Czech, Cyrillic, Greek, CJK and emoji read as Windows-1252
    ['Flights to Ä°stanbul resumed.', ['mojibake Ä° -> İ']],
    ['The KÃ–LN office and Ilze PÄ“rkons.', ['mojibake Ã– -> Ö', 'mojibake Ä“ -> ē']],
    ['The KurtuluÅŸ district voted.', ['mojibake ÅŸ -> ş']],
    ['Mevlut Ã‡avuÅŸoÄŸlu spoke.', ['mojibake Ã‡ -> Ç', 'mojibake ÅŸ -> ş', 'mojibake ÄŸ -> ğ']],
    ['Lech WaÅ‚Ä™sa came.', ['mojibake Å‚Ä™ -> łę']],
    ['He flew to ÐœÐ¾Ñ\u0081ÐºÐ²Ð°.', ['mojibake ÐœÐ¾Ñ\u0081ÐºÐ²Ð° -> Москва']],
    ['Talks in Î‘Î¸Î®Î½Î± ended.', ['mojibake Î‘Î¸Î®Î½Î± -> Αθήνα']],
    ['Exports to ä¸­å›½ rose.', ['mojibake ä¸­å›½ -> 中国']],
    ['Fans posted ðŸ˜€ all day.', ['mojibake ðŸ˜€ -> 😀']],
    // text decoded as latin-1 rather than cp1252 (a C1 control in the sequence)
    ['The \u00c3\u0089cole Marsan shut.', ['mojibake \u00c3\u0089 -> É']],
    // encoded twice
    ['Double: itÃ¢â‚¬â„¢s late.', ['mojibake Ã¢â‚¬â„¢ -> ’']],
    ['The TÃƒÂ¼rkiye office.', ['mojibake ÃƒÂ¼ -> ü']],
    // a byte-order mark read as Windows-1252: removed
    ['ï»¿Headline of the day', ['mojibake ï»¿ -> ']],
    // once a story shows mojibake, a lone sequence that alone would pass is mojibake too
    ['PravdÄ›podobnÄ› Å¡patnÄ›.', ['mojibake Ä› -> ě', 'mojibake Ä› -> ě', 'mojibake Å¡ -> š', 'mojibake Ä› -> ě']],
    ['CafÃ© MÃ¼ller said LÃ\u00a0 is near.', ['mojibake Ã© -> é', 'mojibake Ã¼ -> ü', 'mojibake Ã\u00a0 -> à']],
    // a lost byte, a stray `Â`, replacement characters
    ['The talks endedâ€ on Friday.', ['likely â€']],
    ['The ferry is 30Â km away.', ['stray Â -> ']],
    ['The mayor of Gr\uFFFD\uFFFDnwald resigned.', ['replacement \uFFFD\uFFFD']],
    // control characters
    ['It isn\u0092t over.', ['c1Control \u0092 -> ’']],
    ['He said \u0093no\u0094 twice\u0085', ['c1Control \u0093 -> “', 'c1Control \u0094 -> ”', 'c1Control \u0085 -> …']],
    ['Bad\u0000 byte and \u001b[0m escape\u007f.', ['control \u0000 -> ', 'control \u001b -> ', 'control \u007f -> ']],
    ['An undefined \u0081 byte.', ['control \u0081 -> ']],
    ['Page one\u000bpage two.', ['controlSpace \u000b ->  ']],
    // UTF-8 bytes left quoted-printable or percent-encoded (issue 11)
    ['The mayor=E2=80=99s plan, the caf%C3%A9 and =E2=80=9Cfair=E2=80=9D.', ['escape =E2=80=99 -> ’', 'escape %C3%A9 -> é', 'escape =E2=80=9C -> “', 'escape =E2=80=9D -> ”']],
    // UTF-8 read as Mac Roman, and windows-1252 read as Mac Roman (issue 11)
    ['The mayor‚Äôs caf√© ‚Äî shut ‚Äú for now‚Äù.', ['misread ‚Äô -> ’', 'encoding ‚Äô', 'misread √© -> é', 'misread ‚Äî -> —', 'misread ‚Äú -> “', 'misread ‚Äù -> ”']],
    ['The boardís plan donít work, theyíre sure.', ['misread í -> ’', 'misread í -> ’', 'misread í -> ’']],
    ['MalÈ and FranÁois met in S„o Paulo ñ and Gˆksel called it ìfairî.', ['misread È -> é', 'misread Á -> ç', 'misread „ -> ã', 'misread ñ -> –', 'misread ˆ -> ö', 'misread ì -> “', 'misread î -> ”']],
  ] as const)('%s', (text, expected) => {
    expect(lintRule(rule, text).map(brief)).toEqual(expected)
  })
})

describe('mojibake: does not fire', () => {
  test.each([
    // other languages, spelled right
    'Rain in São Paulo and SÃO PAULO, and the IRMÃ\u00a0 headline.',
    'ÂGE DE PIERRE and the Île de Ré.',
    'Ärger über Öl, Übermaß, Maß“ and „Fuß“ in German.',
    'Mevlut Çavuşoğlu, Ilıca, Kırşehir and ÇAĞLAYAN in Turkish.',
    'Tiếng Việt and Hà Nội in Vietnamese.',
    'Ελληνικά, Русский, 中文, 日本語 and 한국어.',
    'Emoji 😀👍🏽 and flags 🇰🇿.',
    'Mañana, ¿Qué? and ¡Olé! in Spanish.',
    'Naïve smörgåsbord at Ærø, Øresund and Þórshöfn.',
    // accented capitals before punctuation that would read as a continuation byte
    'JOSÉ’S GRILL, «CAFÉ» and the CAFÉ—once a bank—closed.',
    'The café…” she said, and Sean Ó’Brien nodded.',
    'Ó Briain and Ó Dónaill signed.',
    'Vietnamese capitals: “CÔ” LÊ— and «CÓ» ĐÓ—.',
    // Czech and Slovak (š and ž are cp1252 letters)
    'Tomáš’s brother, Lukáš—a farmer—and Mikuláš….',
    'POSPÍŠIL, KŘÍŽOVÁ and MATÚŠ· signed; Stráž… and garáž…” too.',
    // symbols
    'Prices rose 5% to €12; 2×½ inch pipes cost £3 at 40°C.',
    'The T•Ø•R•Ü•S label.',
    'Tabs\tand\r\nline breaks are fine.',
    'A lone Ã is not mojibake, nor is São or LÃ\u00a0 alone.',
    // Portuguese and Spanish í, Catalan l·l, Italian final ì, French Î, Spanish ó between figures
    'Luís and the país, a col·lecció, così, Île and în stay; 3 ó 4 and Raúl’s club.',
    // percent escapes in a web address stay
    'See example.com/caf%C3%A9 and www.example.com/?q=%E2%80%99 today.',
  ])('%s', (text) => {
    expect(lintRule(rule, text).map(describeDiagnostic)).toEqual([])
  })
})

describe('mojibake: fixes', () => {
  test.each([
    ['She didnâ€™t say â€œyesâ€\u009d.', 'She didn’t say “yes”.'],
    ['CafÃ© in ZÃ¼rich, â‚¬4.', 'Café in Zürich, €4.'],
    ['It isn\u0092t\u0007 over.', 'It isn’t over.'],
    ['Line one\u000cline two.', 'Line one line two.'],
    ['Odd \u000c gap.', 'Odd  gap.'],
  ] as const)('%s', (text, output) => {
    expect(fixRule(rule, text)).toBe(output)
    expect(fixRule(rule, output)).toBe(output)
  })

  test('a lost byte and a replacement character carry no fix', () => {
    const diagnostics = lintRule(rule, 'endedâ€ and Gr\uFFFDnwald')
    expect(diagnostics.map((d) => d.expected)).toEqual([[], []])
  })

  test('invisible characters are shown as code points in the message', () => {
    const [d] = lintRule(rule, 'The dealâ€\u009d ended.')
    expect(d?.message).toBe('Unexpected mojibake `â€<U+009D>`, expected `”`')
  })
})

/** Bytes of `text` in a single-byte code page, from the platform decoder's table. */
function encodeWith(label: string, text: string): Uint8Array {
  const decoder = new TextDecoder(label)
  const table = new Map<string, number>()
  for (let byte = 255; byte >= 0; byte--) table.set(decoder.decode(Uint8Array.of(byte)), byte)
  return Uint8Array.from([...text].map((c) => table.get(c) ?? 0x3f))
}

/** `text` as UTF-8 bytes decoded by `label`, the way a misconfigured feed reads it. */
const misread = (label: string, text: string) => new TextDecoder(label).decode(new TextEncoder().encode(text))

describe('mojibake: other decoders, generated by mis-decoding our own sentences', () => {
  test('UTF-8 Cyrillic read as windows-1251 is repaired word by word', () => {
    const text = `Moscow said ${misread('windows-1251', 'Министр прибыл')} on Monday.`
    expect(fixRule(rule, text)).toBe('Moscow said Министр прибыл on Monday.')
  })

  test('UTF-8 punctuation read as windows-1251 (`вЂ™`) is repaired', () => {
    const text = `The mayor${misread('windows-1251', '’s “plan”')} stands.`
    expect(fixRule(rule, text)).toBe('The mayor’s “plan” stands.')
  })

  test.each(['windows-1251', 'koi8-r'])('Cyrillic in %s read as latin-1 is named and repaired', (label) => {
    const text = `The envoy met ${new TextDecoder('latin1').decode(encodeWith(label, 'Министр обороны'))} in Delhi.`
    const found = lintRule(rule, text)
    expect(found.map((d) => d.messageId)).toEqual(['codepage', 'codepage'])
    expect(found[0]?.message).toContain(`Cyrillic ${label} read as latin-1`)
    expect(fixRule(rule, text)).toBe('The envoy met Министр обороны in Delhi.')
  })

  test('real Russian and Ukrainian words with rare letters are not mojibake', () => {
    expect(lintRule(rule, 'Сёмин приехал в Рівне, а Ђорђе в Београд.').map(describeDiagnostic)).toEqual([])
  })
})

describe('mojibake: `?` standing for a lost character', () => {
  test.each([
    ['They don?t agree.', ['lostApostrophe ? -> ’']],
    ['It is India?s turn and we?re ready.', ['lostApostrophe ? -> ’', 'lostApostrophe ? -> ’']],
    ['?We will stay,? the mayor said.', ['lostQuote ?', 'lostQuote ?']],
    ['He said, ?Enough.?', ['lostQuote ?', 'lostQuote ?']],
    ['The mayor of S?o Tom? spoke.', ['lostCharacter ?']],
    ['Tickets cost ?450 each.', ['lostCharacter ?']],
    ['The 2019?20 season and the plan ? once secret ? leaked.', ['lostCharacter ?', 'lostCharacter ?', 'lostCharacter ?']],
  ] as const)('%s', (text, expected) => {
    expect(lintRule(rule, text).map(brief)).toEqual(expected)
  })

  test.each([
    'Why? Nobody knows. What?! Really??',
    'Did he visit the U.S.? No.',
    'See https://example.com/watch?v=abc and index.php?id=4 for more.',
    'She asked “why?” and left.',
    'Is it 3? 4? Nobody knew, and what? no one said.',
  ])('%s', (text) => {
    expect(lintRule(rule, text).map(describeDiagnostic)).toEqual([])
  })
})

describe('mojibake: a lone `Ã` inside a lower-case word lost its second byte', () => {
  test.each([
    ['Coach Luis GarcÃa resigned.', 'likely Ã', 'í'],
    ['The menu was Ã  la carte, voilÃ  tout.', 'likely Ã', 'à'],
  ] as const)('%s', (text, brief0, guess) => {
    const found = lintRule(rule, text)
    expect(found.map(brief).at(-1)).toBe(brief0)
    expect(found.at(-1)?.message).toContain(`probably \`${guess}\``)
    expect(found.at(-1)?.expected).toEqual([])
  })

  test.each(['SÃO PAULO and IRMÃ are capitals.', 'Ã is a letter.'])('%s', (text) => {
    expect(lintRule(rule, text).map(describeDiagnostic)).toEqual([])
  })
})

describe('mojibake: invisible characters and a glued `Â`', () => {
  test.each([
    ['A zero\u200bwidth space.', 'A zerowidth space.'],
    ['A mark\ufeff mid-text.', 'A mark mid-text.'],
    ['The talks ended earlyÂ.', 'The talks ended early.'],
  ] as const)('%j is repaired', (text, output) => {
    expect(fixRule(rule, text)).toBe(output)
  })

  test.each(['नमस्ते\u200d दुनिया', 'A family 👨\u200d👩\u200d👧 photo.', 'می\u200cخواهم', '\ufeffA leading mark is the file’s.'])('%j is left alone', (text) => {
    expect(lintRule(rule, text).map(describeDiagnostic)).toEqual([])
  })
})
