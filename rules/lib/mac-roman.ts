// Mojibake made by Mac Roman (the classic Mac OS code page) on either side of the mix-up: UTF-8
// bytes read as Mac Roman (`‚Äô` for `’`, `√©` for `é`), and windows-1252 bytes read as Mac Roman
// (`donít` for `don’t`, `ìa dealî` for `“a deal”`). The byte table comes from the platform's decoder (nothing typed here).
import type { Span } from '../../src/rule/types.js'
import { cp1252Char } from './cp1252.js'
import { codePage } from './lost-characters.js'
import { trailing } from './runs.js'
import { lexicon } from './spelling/lexicon.js'

/** A Mac Roman slip: where, what was meant, and which bytes were misread. */
export interface MacRomanFinding {
  readonly span: Span
  readonly expected: string
  readonly source: 'UTF-8' | 'windows-1252'
}

const mac = codePage('macintosh')

/**
 * Lead bytes a Mac Roman reading of English or European copy shows: 0xC2-0xC5 (Latin-1 and Latin
 * Extended-A letters and signs: `√©`, `≈ü`) and 0xE2 (punctuation: `‚Äô`, `‚Äî`, `‚Ç¨`).
 */
const leads: ReadonlySet<number> = new Set([0xc2, 0xc3, 0xc4, 0xc5, 0xe2])

/** Whether a decoded character is one such copy carries (a letter, sign or punctuation mark). */
const meant = (char: string): boolean => /^[\u00a0-\u017f\u2010-\u203a\u20ac\u2122]$/u.test(char)

function decodeUtf8(bytes: readonly number[]): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes))
  } catch {
    return undefined
  }
}

/** UTF-8 sequences spelled in Mac Roman characters (`‚Äô`, `√©`). */
function utf8AsMacRoman(text: string, table: ReadonlyMap<string, number>): MacRomanFinding[] {
  const found: MacRomanFinding[] = []
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code < 0x80) continue
    const lead = table.get(text[at] ?? '')
    if (lead === undefined || !leads.has(lead)) continue
    const length = lead >= 0xe0 ? 3 : 2
    const bytes = [lead]
    for (let k = 1; k < length; k++) {
      const byte = table.get(text[at + k] ?? '')
      if (byte === undefined || byte < 0x80 || byte > 0xbf) break
      bytes.push(byte)
    }
    if (bytes.length !== length) continue
    const char = decodeUtf8(bytes)
    if (char === undefined || !meant(char)) continue
    found.push({ span: { start: at, end: at + length }, expected: char, source: 'UTF-8' })
    at += length - 1
  }
  return found
}

/**
 * windows-1252 bytes read as Mac Roman, where the result cannot be English or European spelling:
 * `í` in a contraction or after an English word's possessive (`donít`, `theyíre`, `stateís`: 0x92
 * `’`), `ì` opening a word or `î` closing one (`ìa dealî`: 0x93, 0x94), a `ñ` or `ó` spaced between
 * words (0x96 `–`, 0x97 `—`; Spanish `3 ó 4` stands between figures), a bare cedilla, circumflex, low quote or middle dot inside a word (`M¸ller`,
 * `Gˆksel`, `S„o`, `Ib·ñez`; not Catalan `l·l`), a capital accented vowel after lower-case
 * letters (`MalÈ`, `FranÁois`; `Õ`, `Ó`, `Ô`, `Ò` are the other direction's, `Â` and `Ã` UTF-8's). A possessive `ís`
 * after a name may be Portuguese or Spanish (`Luís`, `país`): only a known English stem counts.
 */
function cp1252AsMacRoman(text: string, table: ReadonlyMap<string, number>): MacRomanFinding[] {
  const found: MacRomanFinding[] = []
  const add = (at: number): void => {
    const meant = cp1252Char(table.get(text[at] ?? '') ?? 0)
    if (meant !== '') found.push({ span: { start: at, end: at + 1 }, expected: meant, source: 'windows-1252' })
  }
  // Every match below takes one of these letters; a plain class scan rules out almost every text at
  // once, where the look-behind patterns are tried at every position (issue 14).
  if (!/[\u00ed\u00b8\u02c6\u201e\u00b7\u00c0\u00c1\u00c8-\u00cf\u00d9-\u00db\u00f1\u00f3\u00ec\u00ee]/u.test(text)) return found
  for (const match of text.matchAll(/(?<=[a-zA-Z])\u00ed(?=(t|s|re|ve|ll)(?![\p{L}\p{N}]))/gu)) {
    if (match[1] === 's') {
      const stem = trailing(text.slice(Math.max(0, match.index - 30), match.index), (c) => /[a-zA-Z]/u.test(c)).toLowerCase()
      if (stem.length >= 3 && lexicon().rank(stem) !== Infinity) add(match.index)
    } else if (match[1] !== 't' || text[match.index - 1] === 'n') add(match.index)
  }
  const signs = /(?<=\p{L})[\u00b8\u02c6\u201e](?=\p{Ll})|(?<=\p{L})\u00b7(?=\p{L})|(?<=\p{Ll})[\u00c0\u00c1\u00c8-\u00cf\u00d9-\u00db]|(?<=\p{L} )[\u00f1\u00f3](?= \p{L})|(?<![\p{L}\p{N}])\u00ec(?=\p{Ll})|(?<=[a-z.,!?])\u00ee(?![\p{L}\p{N}])/gu
  for (const match of text.matchAll(signs)) {
    if (match[0] === '\u00b7' && text[match.index - 1] === 'l' && text[match.index + 1] === 'l') continue
    add(match.index)
  }
  return found
}

/** Mac Roman mojibake in `text`, in order. */
export function macRomanMojibake(text: string): MacRomanFinding[] {
  if (!mac) return []
  return [...utf8AsMacRoman(text, mac), ...cp1252AsMacRoman(text, mac)].sort((a, b) => a.span.start - b.span.start)
}
