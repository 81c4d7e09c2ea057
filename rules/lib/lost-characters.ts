// Broken decoding beyond UTF-8 read as windows-1252: Cyrillic mojibake (UTF-8 read as windows-1251,
// or single-byte Cyrillic read as latin-1), `?` standing for a character an ASCII-only step lost
// (`don?t`, `?We will,?`) and invisible characters left inside the text. Pure detectors: text in,
// spans out. The Cyrillic tables are built at load from the platform's decoders (nothing typed here).
import type { Span } from '../../src/rule/types.js'

/** A detector's finding: what kind, where, and the repair when it is certain. */
export interface LostFinding {
  readonly kind: 'mojibake' | 'codepage' | 'lostApostrophe' | 'lostQuote' | 'lostCharacter' | 'invisible'
  readonly span: Span
  readonly expected?: string
  readonly data?: Readonly<Record<string, string>>
}

/** Character -> byte of a single-byte code page, or `undefined` when the platform lacks it (small-icu). */
export function codePage(label: string): ReadonlyMap<string, number> | undefined {
  try {
    const decoder = new TextDecoder(label)
    const map = new Map<string, number>()
    for (let byte = 0; byte < 256; byte++) {
      const char = decoder.decode(Uint8Array.of(byte))
      if (char.length === 1 && !map.has(char)) map.set(char, byte)
    }
    return map
  } catch {
    return undefined
  }
}

const cp1251 = codePage('windows-1251')
const utf8 = new TextDecoder('utf-8', { fatal: true })

function decodeUtf8(bytes: readonly number[]): string | undefined {
  try {
    return utf8.decode(Uint8Array.from(bytes))
  } catch {
    return undefined
  }
}

function decodeWith(label: string, bytes: readonly number[]): string | undefined {
  try {
    return new TextDecoder(label).decode(Uint8Array.from(bytes))
  } catch {
    return undefined
  }
}

/** The UTF-8 sequence spelled in windows-1251 characters starting at `at` (`Рџ` is D0 9F). */
function cyrillicSequenceAt(text: string, at: number): { end: number; bytes: number[] } | undefined {
  if (!cp1251) return undefined
  const lead = cp1251.get(text[at] ?? '')
  if (lead === undefined || lead < 0xc2 || lead > 0xf4 || (text.codePointAt(at) ?? 0) < 0x400) return undefined
  const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4
  const bytes = [lead]
  for (let k = 1; k < length; k++) {
    const byte = cp1251.get(text[at + k] ?? '')
    if (byte === undefined || byte < 0x80 || byte > 0xbf) return undefined
    bytes.push(byte)
  }
  return { end: at + length, bytes }
}

/**
 * UTF-8 read as windows-1251 (`РџСЂРµР·РёРґРµРЅС‚` for `Президент`, `вЂ™` for `’`): two or more
 * sequences in a row, or one three-byte punctuation sequence (`вЂ` never starts a Cyrillic word).
 * A lone two-byte pair (`Сё` of `Сёмин`) is a real word, unless it is glued to Latin letters (`MГјller`).
 */
export function cyrillicMojibake(text: string): LostFinding[] {
  const found: LostFinding[] = []
  if (!cp1251 || !/[\u0400-\u04ff]/u.test(text)) return found
  for (let at = 0; at < text.length; at++) {
    let end = at
    const bytes: number[] = []
    let count = 0
    for (let next = cyrillicSequenceAt(text, end); next && count < 256; next = cyrillicSequenceAt(text, end)) {
      bytes.push(...next.bytes)
      end = next.end
      count++
    }
    if (count === 0) continue
    const repaired = decodeUtf8(bytes)
    const punctuation = count === 1 && bytes.length === 3 && bytes[0] === 0xe2
    // A lone pair inside a Latin word (`MГјller` for `Müller`): Cyrillic never stands glued to Latin letters.
    const inLatin = count === 1 && repaired !== undefined && /^\p{Script=Latin}$/u.test(repaired) && (/\p{Script=Latin}/u.test(text[at - 1] ?? '') || /\p{Script=Latin}/u.test(text[end] ?? ''))
    if (repaired !== undefined && (count >= 2 || punctuation || inLatin) && !/[\u0080-\u009f]|\p{Cn}/u.test(repaired)) {
      found.push({ kind: 'mojibake', span: { start: at, end }, expected: repaired, data: { shown: text.slice(at, end), repaired } })
    }
    at = end - 1
  }
  return found
}

/** How normal a word's case shape is: 2 for `дели`/`Дели`, 1 for `ДЕЛИ`, 0 for `дЕЛИ`. */
function caseShape(word: string): number {
  if (/^\p{Lu}?\p{Ll}+$/u.test(word)) return 2
  return /^\p{Lu}+$/u.test(word) ? 1 : 0
}

/**
 * Single-byte Cyrillic (windows-1251 or KOI8-R) read as latin-1: words made only of accented Latin
 * letters (`Ïðåçèäåíò`, `ðÒÅÚÉÄÅÎÔ`), which no Latin-script language writes. Two such words, or one
 * of five letters or more, or of four that reads as a capitalised or lower-case Cyrillic word. The repair is given when exactly one code page yields a normal case shape.
 */
export function codePageMojibake(text: string): LostFinding[] {
  const found: LostFinding[] = []
  const words = [...text.matchAll(/(?<![\p{L}\p{M}\p{N}])[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]{3,40}(?![\p{L}\p{M}\p{N}])/gu)]
  const many = words.length >= 2
  for (const match of words) {
    const word = match[0]
    if (!many && word.length < 4) continue
    const bytes = [...word].map((c) => c.charCodeAt(0))
    // windows-1251 and KOI8-R put the two cases in swapped halves: the reading with the normal case
    // shape is the code page (`обороны`, not `ПВПТПОЩ`); a tie gives no repair.
    const readings = ['windows-1251', 'koi8-r']
      .map((label) => ({ label, value: decodeWith(label, bytes) ?? '' }))
      .map((r) => ({ ...r, shape: /^[\u0400-\u04ff]+$/u.test(r.value) ? caseShape(r.value) : 0 }))
      .sort((a, b) => b.shape - a.shape)
    const [best, other] = readings
    const only = best && best.shape > 0 && best.shape > (other?.shape ?? 0) ? best : undefined
    // (A lone four-letter word needs a reading of normal case: `Ëóïå` is `Лупе`.)
    if (!many && word.length < 5 && (!only || only.shape < 2)) continue
    const span = { start: match.index, end: match.index + word.length }
    found.push({
      kind: 'codepage',
      span,
      ...(only ? { expected: only.value } : {}),
      data: { charset: only?.label ?? 'windows-1251 or KOI8-R', repaired: only?.value ?? 'Cyrillic' },
    })
  }
  return found
}

/** Endings an apostrophe takes in English (`don’t`, `India’s`, `we’re`, `I’ve`, `they’ll`, `I’d`, `I’m`). */
const apostropheTail = /^(?:s|t|re|ve|ll|d|m)(?![\p{L}\p{N}])/u

/**
 * `?` standing for a character lost on the way to ASCII: inside a word (`don?t`, `India?s`, `S?o`),
 * between figures or spaced between words for a dash (`2019?20`, `the plan ? once`), before a word
 * where a quotation opens (`?We will`, `?a fair deal`) or after a comma (`seat,? the`). Curly marks are
 * the characters ASCII loses, so an apostrophe's repair is `’`. Web addresses and query strings
 * (`watch?v=`, `/page?id`) are skipped.
 */
export function lostCharacters(text: string): LostFinding[] {
  const found: LostFinding[] = []
  for (let at = text.indexOf('?'); at !== -1; at = text.indexOf('?', at + 1)) {
    const before = text[at - 1] ?? ''
    const after = text[at + 1] ?? ''
    const token = tokenAround(text, at)
    if (/[/=&@]|www|\.(?:php|aspx?|html?)/iu.test(token)) continue
    const span = { start: at, end: at + 1 }
    if (/\p{L}/u.test(before) && /\p{Ll}/u.test(after)) {
      const tail = text.slice(at + 1, at + 4)
      const word = wordAround(text, at)
      if (apostropheTail.test(tail) && (!tail.startsWith('t') || before === 'n')) {
        found.push({ kind: 'lostApostrophe', span, expected: '\u2019', data: { word } })
      } else found.push({ kind: 'lostCharacter', span, data: { word } })
    } else if ((before === '' || /[\s([]/u.test(before)) && /\p{L}/u.test(after)) {
      found.push({ kind: 'lostQuote', span })
    } else if (/\p{N}/u.test(before) && /\p{N}/u.test(after)) {
      // `2019?20`, `pages 10?12`: a dash lost.
      found.push({ kind: 'lostCharacter', span, data: { word: token } })
    } else if (before === ' ' && after === ' ' && /\p{Ll}/u.test(text[at - 2] ?? '') && /\p{Ll}/u.test(text[at + 2] ?? '')) {
      // `the plan ? once secret ? leaked`: English sets no space before `?`, so a dash was lost.
      found.push({ kind: 'lostCharacter', span, data: { word: text.slice(Math.max(0, at - 1), at + 2) } })
    } else if ((before === '' || /\s/u.test(before)) && /\p{N}/u.test(after)) {
      // `?500`: a currency sign (`₹`, `£`) lost.
      found.push({ kind: 'lostCharacter', span, data: { word: token } })
    } else if ((before === ',' || before === '.') && (after === '' || /\s/u.test(after)) && /\p{Ll}/u.test(text[at - 2] ?? '')) {
      found.push({ kind: 'lostQuote', span })
    }
  }
  return found
}

/** The letters and `?` marks around `at` (`don?t`). */
function wordAround(text: string, at: number): string {
  let start = at
  let end = at + 1
  while (start > 0 && start > at - 60 && /[\p{L}?]/u.test(text[start - 1] ?? '')) start--
  while (end < text.length && end < at + 60 && /[\p{L}?]/u.test(text[end] ?? '')) end++
  return text.slice(start, end)
}

/** The white-space delimited token holding `at`. */
function tokenAround(text: string, at: number): string {
  let start = at
  let end = at
  while (start > 0 && start > at - 200 && !/\s/u.test(text[start - 1] ?? ' ')) start--
  while (end < text.length && end < at + 200 && !/\s/u.test(text[end] ?? ' ')) end++
  return text.slice(start, end)
}

/**
 * Invisible characters inside Latin-script copy: zero-width space, word joiner and a byte-order mark
 * past the start anywhere; zero-width (non-)joiners only between Latin letters, spaces or
 * punctuation (Indic and Persian script and emoji need them).
 */
export function invisibleCharacters(text: string): LostFinding[] {
  const found: LostFinding[] = []
  for (const match of text.matchAll(/[\u200b-\u200d\u2060\ufeff]/gu)) {
    const at = match.index
    if (at === 0 && match[0] === '\ufeff') continue
    if (match[0] === '\u200c' || match[0] === '\u200d') {
      const around = (text[at - 1] ?? ' ') + (text[at + 1] ?? ' ')
      if (!/^[\p{Script=Latin}\p{P}\p{N}\s]{2}$/u.test(around)) continue
    }
    found.push({ kind: 'invisible', span: { start: at, end: at + 1 }, expected: '' })
  }
  return found
}

const latin2Pages = ['iso-8859-2', 'windows-1250'].flatMap((label) => {
  const page = codePage(label)
  return page ? [{ label, page }] : []
})

/**
 * UTF-8 read as a Central European code page, ISO 8859-2 or windows-1250 (`AnĂźku` for `Anüku`,
 * `RenĂ©e` for `Renée`): a lead byte that page spells as a letter windows-1252 lacks (`Ă`, `Ĺ`, `Ă`),
 * then a continuation byte spelled as a mark or a letter of 0xA0-0xBF (`ź`, `©`, `ś`), inside a Latin
 * word. Romanian writes `Ă`, never before those; the pair decodes to one Latin letter.
 */
export function centralEuropeanMojibake(text: string): LostFinding[] {
  const found: LostFinding[] = []
  if (!/[\u0102\u0139\u0154\u0106\u010c\u0118\u011a\u010e\u0110\u0143\u0147\u0150\u0158\u016e\u0170\u0162]/u.test(text)) return found
  for (let at = 0; at < text.length; at++) {
    const lead = text[at] ?? ''
    if (lead.charCodeAt(0) < 0x100) continue
    for (const { label, page } of latin2Pages) {
      const first = page.get(lead)
      const second = page.get(text[at + 1] ?? '')
      if (first === undefined || second === undefined || first < 0xc2 || first > 0xdf || second < 0xa0 || second > 0xbf) continue
      const repaired = decodeUtf8([first, second])
      const glued = /\p{Script=Latin}/u.test(text[at - 1] ?? '') || /\p{Script=Latin}/u.test(text[at + 2] ?? '')
      if (repaired === undefined || !/^\p{Script=Latin}$/u.test(repaired) || !glued) continue
      found.push({ kind: 'mojibake', span: { start: at, end: at + 2 }, expected: repaired, data: { shown: text.slice(at, at + 2), repaired, charset: label } })
      at++
      break
    }
  }
  return found
}

/** windows-1252 letters with a case partner in the 0x80-0x9F block (`œ`/`Œ`, `š`/`Š`, `ž`/`Ž`, `ÿ`/`Ÿ`). */
const cp1252Lower: Readonly<Record<string, string>> = { '\u0152': '\u0153', '\u0160': '\u0161', '\u017d': '\u017e', '\u0178': '\u00ff' }

/**
 * Mojibake upper-cased with the line it sits in (`UNIONÂ€™S`, `Â€ŒFAIR`): `Â€` is the upper case of
 * `â€`, the start of every UTF-8 punctuation mark read as windows-1252, and never occurs in text.
 * Lower-cased again, the three characters are the sequence (`â€™`, `â€œ`), repaired by `decode`.
 */
export function upperCasedMojibake(text: string, decode: (sequence: string) => string | undefined): LostFinding[] {
  const found: LostFinding[] = []
  for (let at = text.indexOf('\u00c2\u20ac'); at !== -1; at = text.indexOf('\u00c2\u20ac', at + 1)) {
    const third = text[at + 2] ?? ''
    const repaired = decode(`\u00e2\u20ac${cp1252Lower[third] ?? third}`)
    if (repaired === undefined) continue
    found.push({ kind: 'mojibake', span: { start: at, end: at + 3 }, expected: repaired, data: { shown: text.slice(at, at + 3), repaired } })
  }
  return found
}

/** GBK's two bytes for each character it encodes, built once on first need (the platform's decoder). */
let gbkTable: ReadonlyMap<string, readonly [number, number]> | undefined | null

function gbkBytes(): ReadonlyMap<string, readonly [number, number]> | undefined {
  if (gbkTable !== undefined) return gbkTable ?? undefined
  try {
    const decoder = new TextDecoder('gbk')
    const map = new Map<string, readonly [number, number]>()
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue
        const char = decoder.decode(Uint8Array.of(lead, trail))
        if (char.length === 1 && char !== '\ufffd' && !map.has(char)) map.set(char, [lead, trail])
      }
    }
    gbkTable = map
  } catch {
    gbkTable = null
  }
  return gbkTable ?? undefined
}

/**
 * UTF-8 read as GBK, as Chinese-locale software does (`Ren茅e` for `Renée`, `India鈥檚` for
 * `India’s`): a run of Han characters glued to a Latin letter whose GBK bytes are valid UTF-8 for
 * Latin letters and marks. Real Chinese never decodes so (its GBK bytes are not UTF-8), and the
 * check runs only on text that holds a Han character.
 */
export function gbkMojibake(text: string): LostFinding[] {
  const found: LostFinding[] = []
  if (!/\p{Script=Han}/u.test(text)) return found
  for (const match of text.matchAll(/\p{Script=Han}{1,8}/gu)) {
    const start = match.index
    const end = start + match[0].length
    if (!/\p{Script=Latin}/u.test(text[start - 1] ?? '') && !/\p{Script=Latin}/u.test(text[end] ?? '')) continue
    const table = gbkBytes()
    if (!table) return found
    const bytes = [...match[0]].flatMap((c) => [...(table.get(c) ?? [0xff])])
    const repaired = decodeUtf8(bytes)
    if (repaired === undefined || !/^[\p{Script=Latin}\p{Script=Common}]+$/u.test(repaired) || !/[^\x00-\x7f]/u.test(repaired)) continue
    found.push({ kind: 'mojibake', span: { start, end }, expected: repaired, data: { shown: match[0], repaired } })
  }
  return found
}
