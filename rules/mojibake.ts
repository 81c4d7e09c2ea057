import { z } from 'zod'
import { defineRule } from '../src/rule/define-rule.js'
import type { Span } from '../src/rule/types.js'
import { cp1252Char, hasCp1252Meaning, singleByte } from './lib/cp1252.js'
import { centralEuropeanMojibake, codePageMojibake, cyrillicMojibake, gbkMojibake, invisibleCharacters, lostCharacters, upperCasedMojibake } from './lib/lost-characters.js'
import { macRomanMojibake } from './lib/mac-roman.js'
import { strippedMarks } from './lib/stripped-marks.js'

type MessageId =
  | 'mojibake'
  | 'likely'
  | 'stray'
  | 'strayGlued'
  | 'replacement'
  | 'c1Control'
  | 'control'
  | 'controlSpace'
  | 'codepage'
  | 'macRoman'
  | 'misread'
  | 'escape'
  | 'entity'
  | 'lostApostrophe'
  | 'lostQuote'
  | 'lostCharacter'
  | 'invisible'
  | 'encoding'

interface Finding {
  readonly messageId: MessageId
  readonly span: Span
  readonly expected?: string
  readonly data?: Readonly<Record<string, string>>
  readonly fix?: 'none'
  /** The decoder that made a UTF-8 slip, when not windows-1252/latin-1 (`windows-1251`, `Mac Roman`). */
  readonly decoder?: string
}

/** One UTF-8 byte sequence spelled in windows-1252/latin-1 characters (`â€™` is E2 80 99). */
interface Sequence extends Span {
  readonly bytes: readonly number[]
}

// Marks that legitimately follow a word: after an accented capital (`JOSÉ’S`, `«CAFÉ»`, `Maß“`) they
// would read as a UTF-8 continuation byte, so a lone sequence ending a word with them is not mojibake.
const trailingMarks: ReadonlySet<string> = new Set(['’', '‘', '”', '“', '„', '‚', '»', '«', '›', '‹', '…', '–', '—', '•', '·', '\u00a0'])
const apostrophes: ReadonlySet<string> = new Set(['’', '‘'])
// Letters cp1252 adds in 0x80-0x9F: after an accented vowel they are Czech or Slovak (`POSPÍŠIL`,
// `Tomáš’s`, `Stráž…`), not a continuation byte.
const cp1252Letters: ReadonlySet<string> = new Set(['Š', 'š', 'Ž', 'ž', 'Œ', 'œ', 'Ÿ', 'ƒ'])
const acuteCapitals: ReadonlySet<string> = new Set(['É', 'Í', 'Ó', 'Ú', 'Ý'])
// Characters a mis-decoded sequence must never produce (C1 controls, surrogates, private use, unassigned).
const impossible = /[\u0080-\u009f]|\p{Cs}|\p{Co}|\p{Cn}/u
// Invisible characters, shown as `<U+XXXX>` in messages.
const invisible = /[\p{Cc}\p{Cf}\p{Zs}\u2028\u2029]/u

export default defineRule(
  {
    id: 'mojibake',
    category: 'encoding',
    kind: 'mechanical',
    severity: 'error',
    description:
      'Flag text decoded with the wrong character set (`donâ€™t`, `РњРёСЂ`, `HeÕs`, `‚Äô`), marks left half (`wasnât`), characters lost to `?` or `�` or written as escapes (`\\u2019`), and stray control or invisible characters',
    rationale:
      'A feed that decodes UTF-8 as Windows-1252 turns every curly quote and accented letter into a string of symbols (`â€™`, `Ã©`) readers cannot read past; a `�` means a character was lost, and control characters break layout and search.',
    fix: 'safe',
    messages: {
      mojibake: 'Unexpected mojibake `{shown}`, expected `{repaired}`',
      likely: 'Unexpected mojibake `{actual}`, probably `{guess}` with a byte lost',
      stray: 'Unexpected mojibake `{actual}` before a space, remove it',
      strayGlued: 'Unexpected mojibake `{actual}` glued to a word, remove it',
      replacement: 'Unexpected replacement character `{actual}`, restore the lost character from the source',
      c1Control: 'Unexpected control character {code}, expected `{expected}`',
      control: 'Unexpected control character {code}, remove it',
      controlSpace: 'Unexpected control character {code}, expected a space',
      codepage: 'Unexpected mojibake `{actual}` (Cyrillic {charset} read as latin-1), expected `{repaired}`',
      macRoman: 'Unexpected mojibake `{actual}` (Mac Roman read as windows-1252), expected `{repaired}`',
      misread: 'Unexpected mojibake `{actual}` ({source} read as Mac Roman), expected `{expected}`',
      escape: 'Unexpected escape sequence `{actual}` for a character, expected `{repaired}`',
      entity: 'Unexpected half-decoded character reference `{actual}`, expected `{repaired}`',
      lostApostrophe: 'Unexpected `?` for a lost apostrophe in `{word}`, expected `’`',
      lostQuote: 'Unexpected `?` for a lost quote mark, restore it from the source',
      lostCharacter: 'Unexpected `?` for a lost character in `{word}`, restore it from the source',
      invisible: 'Unexpected invisible character {code}, remove it',
      encoding:
        'Unexpected mojibake in {count} places: this text is UTF-8 that was read as {encoding}; decode the feed as UTF-8 (`--fix` repairs this copy)',
    },
    options: z.strictObject({}),
    examples: {
      invalid: [
        {
          text: 'A letter from AnĂźku came. UNIONÂ€™S OFFER UPHELD, and talks with Ëóïå ended.',
          diagnostics: [
            '1:17-1:19 mojibake Unexpected mojibake `Ăź`, expected `ü`',
            '1:33-1:36 mojibake Unexpected mojibake `Â€™`, expected `’`',
            '1:67-1:71 codepage Unexpected mojibake `Ëóïå` (Cyrillic windows-1251 read as latin-1), expected `Лупе`',
          ],
          output: 'A letter from Anüku came. UNION’S OFFER UPHELD, and talks with Лупе ended.',
        },
        {
          text: 'Talks with Ren茅e ended, and Xi Jinping (习近平) spoke.',
          diagnostics: ['1:15-1:16 mojibake Unexpected mojibake `茅`, expected `é`'],
          output: 'Talks with Renée ended, and Xi Jinping (习近平) spoke.',
        },
        {
          text: 'The mayor said she donâ€™t know.',
          diagnostics: ['1:23-1:26 mojibake Unexpected mojibake `â€™`, expected `’`'],
          output: 'The mayor said she don’t know.',
        },
        {
          text: 'Lunch at CafÃ© Brillo cost â‚¬12.',
          diagnostics: [
            '1:13-1:15 mojibake Unexpected mojibake `Ã©`, expected `é`',
            '1:28-1:31 mojibake Unexpected mojibake `â‚¬`, expected `€`',
          ],
          output: 'Lunch at Café Brillo cost €12.',
        },
        {
          text: 'He called it â€œa fair dealâ€\u009d on Monday.',
          diagnostics: [
            '1:14-1:17 mojibake Unexpected mojibake `â€œ`, expected `“`',
            '1:28-1:31 mojibake Unexpected mojibake `â€<U+009D>`, expected `”`',
          ],
          output: 'He called it “a fair deal” on Monday.',
        },
        {
          text: 'Double-encoded: itÃ¢â‚¬â„¢s late.',
          diagnostics: ['1:19-1:27 mojibake Unexpected mojibake `Ã¢â‚¬â„¢`, expected `’`'],
          output: 'Double-encoded: it’s late.',
        },
        {
          text: 'The ferry is 30Â km away and the talks endedâ€ early.',
          diagnostics: [
            '1:16-1:17 stray Unexpected mojibake `Â` before a space, remove it',
            '1:45-1:47 likely Unexpected mojibake `â€`, probably `”` with a byte lost',
          ],
          output: 'The ferry is 30 km away and the talks endedâ€ early.',
        },
        {
          text: 'The mayor of Gr\uFFFDnwald resigned.',
          diagnostics: [
            '1:16-1:17 replacement Unexpected replacement character `\uFFFD`, restore the lost character from the source',
          ],
        },
        {
          text: 'It isn\u0092t over\u0007 yet.',
          diagnostics: [
            '1:7-1:8 c1Control Unexpected control character U+0092, expected `’`',
            '1:14-1:15 control Unexpected control character U+0007, remove it',
          ],
          output: 'It isn’t over yet.',
        },
        {
          // Five or more slips: the story is one mis-decoded file, said once; each place keeps its fix.
          text: 'Itâ€™s the mayorâ€™s plan, sheâ€™s sure, and the cityâ€™s budget wonâ€™t change.',
          diagnostics: [
            '1:3-1:6 mojibake Unexpected mojibake `â€™`, expected `’`',
            '1:3-1:6 encoding Unexpected mojibake in 5 places: this text is UTF-8 that was read as windows-1252; decode the feed as UTF-8 (`--fix` repairs this copy)',
            '1:17-1:20 mojibake Unexpected mojibake `â€™`, expected `’`',
            '1:31-1:34 mojibake Unexpected mojibake `â€™`, expected `’`',
            '1:54-1:57 mojibake Unexpected mojibake `â€™`, expected `’`',
            '1:69-1:72 mojibake Unexpected mojibake `â€™`, expected `’`',
          ],
          output: 'It’s the mayor’s plan, she’s sure, and the city’s budget won’t change.',
        },
        {
          text: 'The envoy met Ìèíèñòð in Delhi; the mayorâ€™s aide said it was ÐœÐ¸Ñ€.',
          diagnostics: [
            '1:15-1:22 codepage Unexpected mojibake `Ìèíèñòð` (Cyrillic windows-1251 read as latin-1), expected `Министр`',
            '1:42-1:45 mojibake Unexpected mojibake `â€™`, expected `’`',
            '1:64-1:70 mojibake Unexpected mojibake `ÐœÐ¸Ñ€`, expected `Мир`',
          ],
          output: 'The envoy met Министр in Delhi; the mayor’s aide said it was Мир.',
        },
        {
          text: 'Moscow said РњРёСЂ on Monday.',
          diagnostics: ['1:13-1:19 mojibake Unexpected mojibake `РњРёСЂ`, expected `Мир`'],
          output: 'Moscow said Мир on Monday.',
        },
        {
          text: '?We can?t wait,? said the mayor of S?o Paulo.',
          diagnostics: [
            '1:1-1:2 lostQuote Unexpected `?` for a lost quote mark, restore it from the source',
            '1:8-1:9 lostApostrophe Unexpected `?` for a lost apostrophe in `can?t`, expected `’`',
            '1:16-1:17 lostQuote Unexpected `?` for a lost quote mark, restore it from the source',
            '1:37-1:38 lostCharacter Unexpected `?` for a lost character in `S?o`, restore it from the source',
          ],
          output: '?We can’t wait,? said the mayor of S?o Paulo.',
        },
        {
          // Bytes stripped or lost to `?` after the lead of a curly mark: too little left to repair.
          text: 'She wasnât sure, itâ??s late and the offer â a first â passed.',
          diagnostics: [
            '1:9-1:10 likely Unexpected mojibake `â`, probably `’` with a byte lost',
            '1:20-1:23 likely Unexpected mojibake `â??`, probably `’` with a byte lost',
            '1:44-1:45 likely Unexpected mojibake `â`, probably `—` with a byte lost',
            '1:54-1:55 likely Unexpected mojibake `â`, probably `—` with a byte lost',
          ],
        },
        {
          text: 'HeÕs back: the mayor called it Òa fair dealÓ and MГјller said Cowardu2019s plan, or Coward\\u2019s, was ?a start.',
          diagnostics: [
            '1:3-1:4 macRoman Unexpected mojibake `Õ` (Mac Roman read as windows-1252), expected `’`',
            '1:32-1:33 macRoman Unexpected mojibake `Ò` (Mac Roman read as windows-1252), expected `“`',
            '1:44-1:45 macRoman Unexpected mojibake `Ó` (Mac Roman read as windows-1252), expected `”`',
            '1:51-1:53 mojibake Unexpected mojibake `Гј`, expected `ü`',
            '1:69-1:74 escape Unexpected escape sequence `u2019` for a character, expected `’`',
            '1:91-1:97 escape Unexpected escape sequence `\\u2019` for a character, expected `’`',
            '1:104-1:105 lostQuote Unexpected `?` for a lost quote mark, restore it from the source',
          ],
          output: 'He’s back: the mayor called it “a fair deal” and Müller said Coward’s plan, or Coward’s, was ?a start.',
        },
        {
          text: 'It wasn&#8217t #8220;fair#8221; and &ldquo;free&rdquo said the mayor.',
          diagnostics: [
            '1:8-1:14 entity Unexpected half-decoded character reference `&#8217`, expected `’`',
            '1:16-1:22 entity Unexpected half-decoded character reference `#8220;`, expected `“`',
            '1:26-1:32 entity Unexpected half-decoded character reference `#8221;`, expected `”`',
            '1:48-1:54 entity Unexpected half-decoded character reference `&rdquo`, expected `”`',
          ],
          output: 'It wasn’t “fair” and &ldquo;free” said the mayor.',
        },
        {
          text: 'The talks\u200b ended earlyÂ.',
          diagnostics: [
            '1:10-1:11 invisible Unexpected invisible character U+200B, remove it',
            '1:23-1:24 strayGlued Unexpected mojibake `Â` glued to a word, remove it',
          ],
          output: 'The talks ended early.',
        },
        {
          text: 'The mayor‚Äôs plan donít work.',
          diagnostics: [
            '1:10-1:13 misread Unexpected mojibake `‚Äô` (UTF-8 read as Mac Roman), expected `’`',
            '1:23-1:24 misread Unexpected mojibake `í` (windows-1252 read as Mac Roman), expected `’`',
          ],
          output: 'The mayor’s plan don’t work.',
        },
        {
          text: 'Page one\u000cpage two.',
          diagnostics: ['1:9-1:10 controlSpace Unexpected control character U+000C, expected a space'],
          output: 'Page one page two.',
        },
      ],
      valid: [
        'Ăsta e bine, Ăla. Ĺódź and Ćirić met Mère Noël.',
        'São Paulo, Mañana, Ärger über Öl, ÂGE, Çavuşoğlu and Ilıca are spelled right.',
        'The café’s owner, JOSÉ’S GRILL and «CAFÉ» stayed open; Maß“ is a German quote.',
        'Tiếng Việt, Ελληνικά, Русский, 中文 and 😀 are fine, as are tabs\tand\r\nline breaks.',
        'Prices rose 5% to €12 and 2×½ inch pipes cost £3.',
        'Why? Nobody knows, and did he visit the U.S.? See example.com/watch?v=1.',
        'Сёмин приехал в Рівне; the family emoji 👨\u200d👩\u200d👧 stays.',
        'The pâté at Câmara in Brâncuși Street is an âge-old recipe; Òmnium and Õnne met Ó Briain for CAFÉ Ñandú.',
        'The path C:\\users\\ana, the model U2019 and the menu2 list are fine.',
        'Call #911; read item #1; then #MeToo, C# and &amp; are left to html-residue.',
      ],
    },
  },
  ({ story, report }) => {
    const findings = findMojibake(story.text)
    // A UTF-8 file read with the wrong decoder is one slip, said once (windows-1252 read as Mac Roman is not UTF-8).
    const misread = findings.filter((f) => decodingSlips.has(f.messageId) && f.data?.source !== 'windows-1252')
    const first = misread[0]
    if (first && misread.length >= misreadFile) {
      const decoders = misread.map((f) => f.decoder).filter((d) => d !== undefined)
      const [most] = [...new Set(decoders)].map((d) => [d, decoders.filter((e) => e === d).length] as const).sort((a, b) => b[1] - a[1])
      const encoding = most && most[1] * 2 > misread.length ? most[0] : likelyDecoder(misread.map((f) => story.text.slice(f.span.start, f.span.end)).join(''))
      report('encoding', first.span, { data: { count: misread.length, encoding }, fix: 'none', summary: true })
    }
    for (const f of findings) {
      report(f.messageId, f.span, {
        ...(f.expected === undefined ? {} : { expected: [f.expected] }),
        ...(f.data === undefined ? {} : { data: f.data }),
        ...(f.fix === undefined ? {} : { fix: f.fix }),
      })
    }
  },
)

/** Findings that are bytes read through the wrong decoder (not lost characters or stray controls). */
const decodingSlips: ReadonlySet<MessageId> = new Set(['mojibake', 'likely', 'stray', 'c1Control', 'macRoman', 'misread'])

/** From this many slips on, the story is one mis-decoded file, reported once (its places stay in JSON). */
const misreadFile = 5

/**
 * The decoder that made the mojibake: windows-1252 when it shows the letters and marks that
 * windows-1252 puts at bytes 0x80-0x9F (`€`, `™`, `œ`); latin-1 when those bytes stayed C1 controls.
 */
function likelyDecoder(misread: string): string {
  const cp1252Glyphs = [...misread].some((char) => char.charCodeAt(0) > 0xff && (singleByte(char) ?? 0) >= 0x80)
  return !cp1252Glyphs && /[\u0080-\u009f]/u.test(misread) ? 'latin-1' : 'windows-1252'
}

/** All findings in `text`, in order. */
export function findMojibake(text: string): Finding[] {
  const findings: Finding[] = []
  const covered = new Uint8Array(text.length)
  const groups = sequenceGroups(text)
  const strict = groups.map((group) => repair(text, group, false))
  // Copy with two clear cases of mojibake went through the wrong decoder as a whole: there, every
  // sequence that decodes to cleaner text is mojibake, even a lone one (`Ð“-н`, `pravděpodobnÄ›`).
  const lenient = strict.filter((r) => r !== undefined).length >= 2
  for (const [index, group] of groups.entries()) {
    const repaired = strict[index] ?? (lenient ? repair(text, group, true) : undefined)
    if (repaired === undefined) continue
    const span: Span = { start: group[0]?.start ?? 0, end: group[group.length - 1]?.end ?? 0 }
    const actual = text.slice(span.start, span.end)
    findings.push({
      messageId: 'mojibake',
      span,
      expected: repaired === '\uFEFF' ? '' : repaired,
      data: { shown: visible(actual), repaired: visible(repaired) },
    })
    covered.fill(1, span.start, span.end)
  }
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code >= 0x20 && code < 0x7f) continue // printable ASCII: none of the cases below
    if (covered[at] === 1) continue
    const char = text[at] ?? ''
    const next = text[at + 1] ?? ''
    if (char === 'â' && next === '€' && !isContinuation(text[at + 2])) {
      findings.push({ messageId: 'likely', span: { start: at, end: at + 2 }, data: { guess: '”' }, fix: 'none' })
      at++
    } else if (char === 'Â' && next === ' ' && !/\p{Lu}/u.test(text[at - 1] ?? '')) {
      findings.push({ messageId: 'stray', span: { start: at, end: at + 1 }, expected: '' })
    } else if (char === 'Ã' && /\p{Ll}/u.test(text[at - 1] ?? '') && (/\p{Ll}/u.test(next) || next === ' ')) {
      // `GarcÃa`, `voilÃ `: the second byte of `í` (a soft hyphen) or `à` (a no-break space) was
      // stripped or turned into a space; a capital `Ã` never stands inside a lower-case word.
      findings.push({ messageId: 'likely', span: { start: at, end: at + 1 }, data: { guess: next === ' ' ? 'à' : 'í' }, fix: 'none' })
    } else if (char === 'Â' && /\p{Ll}/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(next)) {
      findings.push({ messageId: 'strayGlued', span: { start: at, end: at + 1 }, expected: '' })
    } else if (char === '\uFFFD') {
      let end = at + 1
      while (text[end] === '\uFFFD' && end < at + 64) end++
      findings.push({ messageId: 'replacement', span: { start: at, end }, fix: 'none' })
      at = end - 1
    } else {
      const control = controlFinding(text, at)
      if (control) findings.push(control)
    }
  }
  for (const f of cyrillicMojibake(text)) {
    if (covered[f.span.start] === 1) continue
    findings.push({ messageId: 'mojibake', span: f.span, expected: f.expected ?? '', data: { shown: visible(f.data?.shown ?? ''), repaired: visible(f.expected ?? '') }, decoder: 'windows-1251' })
  }
  const overlaps = (span: Span): boolean => findings.some((g) => g.span.start < span.end && span.start < g.span.end)
  for (const f of centralEuropeanMojibake(text)) {
    if (overlaps(f.span)) continue
    findings.push({ messageId: 'mojibake', span: f.span, expected: f.expected ?? '', data: { shown: visible(f.data?.shown ?? ''), repaired: visible(f.expected ?? '') }, decoder: f.data?.charset ?? 'ISO 8859-2' })
  }
  for (const f of gbkMojibake(text)) {
    if (overlaps(f.span)) continue
    findings.push({ messageId: 'mojibake', span: f.span, expected: f.expected ?? '', data: { shown: visible(f.data?.shown ?? ''), repaired: visible(f.expected ?? '') }, decoder: 'GBK' })
  }
  const decodeSequence = (sequence: string): string | undefined => {
    const bytes = [...sequence].map((c) => singleByte(c))
    const value = bytes.every((b) => b !== undefined) ? decodeUtf8(bytes as number[]) : undefined
    return value === undefined || impossible.test(value) ? undefined : value
  }
  for (const f of upperCasedMojibake(text, decodeSequence)) {
    if (overlaps(f.span)) continue
    findings.push({ messageId: 'mojibake', span: f.span, expected: f.expected ?? '', data: { shown: visible(f.data?.shown ?? ''), repaired: visible(f.expected ?? '') } })
  }
  for (const f of [...codePageMojibake(text), ...lostCharacters(text)]) {
    findings.push({ messageId: f.kind, span: f.span, ...(f.expected === undefined ? { fix: 'none' as const } : { expected: f.expected }), ...(f.data ? { data: f.data } : {}) })
  }
  for (const f of macRomanMojibake(text)) {
    if (covered[f.span.start] === 1 || findings.some((g) => g.span.start < f.span.end && f.span.start < g.span.end)) continue
    findings.push({ messageId: 'misread', span: f.span, expected: f.expected, data: { source: f.source }, decoder: 'Mac Roman' })
  }
  // Marks too broken for a byte-level repair, where no finding above stands.
  for (const f of strippedMarks(text)) {
    if (findings.some((g) => g.span.start < f.span.end && f.span.start < g.span.end)) continue
    findings.push({ messageId: f.kind, span: f.span, ...(f.expected === undefined ? { fix: 'none' as const } : { expected: f.expected }), data: f.data })
  }
  for (const f of invisibleCharacters(text)) {
    findings.push({ messageId: 'invisible', span: f.span, expected: '', data: { code: codePoint(text[f.span.start] ?? '') } })
  }
  return findings.sort((a, b) => a.span.start - b.span.start)
}

/** A stray C0/C1 control character (tab, line feed and carriage return are fine). */
function controlFinding(text: string, at: number): Finding | undefined {
  const char = text[at] ?? ''
  const code = char.charCodeAt(0)
  const isControl = (code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r') || (code >= 0x7f && code <= 0x9f)
  if (!isControl) return undefined
  const span: Span = { start: at, end: at + 1 }
  const data = { code: codePoint(char) }
  // A C1 control that stands for a Windows-1252 character (text decoded as latin-1): restore it.
  if (hasCp1252Meaning(char)) return { messageId: 'c1Control', span, expected: cp1252Char(code), data }
  // Vertical tab, form feed and next line separate what they sit between.
  if (char === '\u000b' || char === '\u000c' || char === '\u0085') {
    const between = /\S/u.test(text[at - 1] ?? ' ') && /\S/u.test(text[at + 1] ?? ' ')
    if (between) return { messageId: 'controlSpace', span, expected: ' ', data }
  }
  return { messageId: 'control', span, expected: '', data }
}

/** Runs of adjacent UTF-8 sequences spelled in single-byte characters. */
function sequenceGroups(text: string): Sequence[][] {
  const groups: Sequence[][] = []
  let at = 0
  while (at < text.length) {
    const first = sequenceAt(text, at)
    if (!first) {
      at++
      continue
    }
    const group = [first]
    let next = sequenceAt(text, first.end)
    while (next && group.length < 256) {
      group.push(next)
      next = sequenceAt(text, next.end)
    }
    groups.push(group)
    at = group[group.length - 1]?.end ?? at + 1
  }
  return groups
}

/** Whether a character re-encodes to a UTF-8 continuation byte (0x80-0xBF). */
function isContinuation(char: string | undefined): boolean {
  const byte = char === undefined ? undefined : singleByte(char)
  return byte !== undefined && byte >= 0x80 && byte <= 0xbf
}

/** The well-formed UTF-8 sequence whose lead byte's character is at `at`, if any. */
function sequenceAt(text: string, at: number): Sequence | undefined {
  // Only U+00C2-U+00F4 re-encode to a lead byte 0xC2-0xF4: a cheap test first, as most text has none.
  const code = text.charCodeAt(at)
  if (!(code >= 0xc2 && code <= 0xf4)) return undefined
  const char = text[at]
  const lead = char === undefined ? undefined : singleByte(char)
  if (lead === undefined || lead < 0xc2 || lead > 0xf4) return undefined
  const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4
  const bytes = [lead]
  for (let k = 1; k < length; k++) {
    const next = text[at + k]
    if (!isContinuation(next)) return undefined
    bytes.push(singleByte(next ?? '') ?? 0)
  }
  const second = bytes[1] ?? 0
  // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
  if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f)) return undefined
  if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return undefined
  return { start: at, end: at + length, bytes }
}

/**
 * The repaired text of a group (the ftfy approach: re-encode as cp1252/latin-1, decode as UTF-8,
 * again for double encoding), or `undefined` when the group may be legitimate text (unless
 * `lenient`) or the result is not cleaner.
 */
function repair(text: string, group: readonly Sequence[], lenient: boolean): string | undefined {
  if (!lenient && !plausible(text, group)) return undefined
  let result = decodeUtf8(group.flatMap((s) => s.bytes))
  if (result === undefined) return undefined
  for (let round = 0; round < 2; round++) {
    const inner = sequenceGroups(result)
    const only = inner.length === 1 ? inner[0] : undefined
    if (!only || only[0]?.start !== 0 || only[only.length - 1]?.end !== result.length) break
    const again = decodeUtf8(only.flatMap((s) => s.bytes))
    if (again === undefined) break
    result = again
  }
  // Only the last round must be clean text: a middle one may hold C1 controls (`Ù\u0081` of `ف`).
  if (impossible.test(result)) return undefined
  const original = text.slice(group[0]?.start ?? 0, group[group.length - 1]?.end ?? 0)
  return badness(result) < badness(original) ? result : undefined
}

/**
 * Whether a group reads as mojibake rather than legitimate text. Several sequences in a row are;
 * a lone one is not when it ends a word with a mark that may follow a word (`JOSÉ’S`, `CAFÉ”`) or is
 * Czech (`PÍŠ`, `áš’`), and a
 * lone two-byte sequence led by a letter other than `Â`/`Ã` must sit in a word (`kÄ±z`, `VAHÄ°D`) or
 * start one (`Ä°zmir`), not stand among symbols (`T•Ø•R`).
 */
function plausible(text: string, group: readonly Sequence[]): boolean {
  if (group.length >= 2) return true
  const sequence = group[0]
  if (!sequence) return false
  const lead = text[sequence.start] ?? ''
  const tail = [...text.slice(sequence.start + 1, sequence.end)]
  const before = text[sequence.start - 1] ?? ''
  const after = text[sequence.end] ?? ''
  // A legitimate lead ends a word: a lower-case one (`ß`) after any letter, a capital (`É`) a word in
  // capitals (`CAFÉ—once`, `LÊ—`, `MÍ’s`, not `PÄ“rkons`) or a word of its own (Irish `Ó`); `Ã` ends
  // `IRMÃ`, `Â` nothing.
  const lowerLead = /\p{Ll}/u.test(lead)
  const capitals =
    /\p{Lu}/u.test(before) &&
    (/\p{Lu}/u.test(text[sequence.start - 2] ?? '') || !/\p{Ll}/u.test(after) || apostrophes.has(tail[0] ?? ''))
  const endsWord = lowerLead
    ? /\p{L}/u.test(before)
    : lead === 'Ã' || lead === 'Â'
      ? /\p{Lu}/u.test(before)
      : capitals || !/\p{L}/u.test(before)
  if (endsWord && tail.every((c) => trailingMarks.has(c))) {
    // `CAFÉ—once`, `JOSÉ’S`; but `KÃ–LN` is mojibake (a capital `Ã` only ends a Portuguese word).
    if (lead !== 'Ã' && lead !== 'Â') return false
    if (tail.length === 1 && apostrophes.has(tail[0] ?? '')) return false
    if (!/\p{L}/u.test(after)) return false
  }
  if (cp1252Letters.has(tail[0] ?? '')) {
    if (tail.length === 1 && acuteCapitals.has(lead)) return false
    if (tail.length === 2 && lowerLead && /\p{L}/u.test(before)) return false
  }
  if (lead === 'Â' || lead === 'Ã' || tail.length > 1) return true
  return /\p{L}/u.test(before) || (/^$|[\s([{"'“‘«/-]/u.test(before) && /\p{L}/u.test(after))
}

/** Decodes bytes as UTF-8, or `undefined` when they are not UTF-8. */
function decodeUtf8(bytes: readonly number[]): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes))
  } catch {
    return undefined
  }
}

/** How many characters could be mis-decoded bytes (non-ASCII characters of cp1252/latin-1). */
function badness(value: string): number {
  let count = 0
  for (const char of value) if ((singleByte(char) ?? 0) >= 0x80) count++
  return count
}

/** `U+0092` for a character. */
function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** Copy with invisible characters written as `<U+XXXX>`. */
function visible(value: string): string {
  return [...value].map((c) => (invisible.test(c) && c !== ' ' ? `<${codePoint(c)}>` : c)).join('')
}
