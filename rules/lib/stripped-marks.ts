// Broken encodings that leave too little for a byte-level repair: a curly mark whose UTF-8 bytes
// lost their tail (`wasnât`, `itâ??s`, `offer â a first`: latin-1 decoding made C1 controls and a
// cleaning step stripped them, or an ASCII step turned them into `?`), marks of Mac-made copy read
// as windows-1252 (`HeÕs`, `Òa dealÓ`), characters left quoted-printable or percent-encoded
// (`mayor=E2=80=99s`), and characters written as program escapes (`Coward\u2019s`,
// `Mu00fcller` when the backslash went too, `\x92`) or as character references half decoded
// (`wasn&#8217t`, `#8220;`, `&rsquo` without its `;`). Pure detectors: text in, spans out.
import { decodeHTMLStrict } from 'entities/decode'
import type { Span } from '../../src/rule/types.js'
import { cp1252Char } from './cp1252.js'
import { trailing } from './runs.js'

/** A detector's finding: what kind, where, the repair when it is certain, or a guess when it is not. */
export interface StrippedFinding {
  readonly kind: 'likely' | 'macRoman' | 'escape' | 'entity'
  readonly span: Span
  readonly expected?: string
  readonly data: Readonly<Record<string, string>>
}

/** Endings an apostrophe takes in English (`don’t`, `India’s`, `we’re`, `I’ve`, `they’ll`, `I’d`, `I’m`). */
const apostropheTail = /^(?:s|t|re|ve|ll|d|m)(?![\p{L}\p{N}])/u

/**
 * The lead byte of a curly mark (`â`, 0xE2) with its other bytes stripped or lost to `?`/`�`:
 * - inside an English word before an apostrophe's ending (`wasnât`, `Kiplingâs`, `itâ??s`);
 * - with `?`/`�` for the lost bytes anywhere (`dealâ?? on`, `â€?`);
 * - alone between spaces, where a dash stood (`the offer â a first`);
 * - opening a capitalised word (`âWe`) or closing a lower-case one before a space or mark (`dealâ on`).
 * A Romanian, French or Portuguese `â` stands inside a word or opens a lower-case one (`pâté`,
 * `âge`, `Brâncuși`), never in these places.
 */
function strippedLeads(text: string): StrippedFinding[] {
  const found: StrippedFinding[] = []
  for (let at = text.indexOf('\u00e2'); at !== -1; at = text.indexOf('\u00e2', at + 1)) {
    const before = text[at - 1] ?? ''
    let end = at + 1
    if (text[end] === '\u20ac') end++
    const lostStart = end
    while (end < at + 4 && (text[end] === '?' || text[end] === '\ufffd')) end++
    const lost = end > lostStart
    if (!lost && end > at + 1) continue // `â€` and more: a byte-level finding
    const after = text[end] ?? ''
    const rest = text.slice(end, end + 4)
    const wordBefore = /[A-Za-z]/u.test(before)
    let guess: string | undefined
    if (wordBefore && apostropheTail.test(rest)) guess = '\u2019'
    else if (lost) guess = /\p{L}/u.test(after) && !wordBefore ? '\u201c' : wordBefore && /\p{L}/u.test(after) ? '\u2019' : '\u201d'
    else if (before === ' ' && after === ' ' && /[\p{L}\p{N},]/u.test(text[at - 2] ?? '') && /[\p{L}\p{N}]/u.test(text[at + 2] ?? '')) guess = '\u2014'
    else if ((before === '' || /[\s(]/u.test(before)) && /\p{Lu}/u.test(after)) guess = '\u201c'
    else if (/[a-z]/u.test(before) && /[a-z]/u.test(text[at - 2] ?? '') && (after === '' || /[\s.,;:!?)]/u.test(after))) guess = '\u201d'
    if (guess === undefined) continue
    found.push({ kind: 'likely', span: { start: at, end }, data: { guess } })
    at = end - 1
  }
  return found
}

/** Mac Roman bytes of curly marks and dashes read as windows-1252 (`Õ` is 0xD5, `’`). */
const macRoman: Readonly<Record<string, string>> = { '\u00d5': '\u2019', '\u00d4': '\u2018', '\u00d2': '\u201c', '\u00d3': '\u201d', '\u00d1': '\u2014', '\u00d0': '\u2013' }

/**
 * Mac Roman marks read as windows-1252: `Õ` for an apostrophe inside an English word (`HeÕs`,
 * `ArmyÕs`), `Ò` and `Ó` on both sides of a quoted phrase (`Òa fair dealÓ`), and `Ñ` or `Ð` spaced
 * between words for a dash. A capital `Õ` never follows a lower-case letter in Estonian or
 * Portuguese, nor does a lone capital stand between lower-case words; `Ò` and `Ó` count only as a
 * pair in one paragraph.
 */
function macRomanMarks(text: string): StrippedFinding[] {
  if (!/[\u00d0-\u00d5]/u.test(text)) return []
  const found: StrippedFinding[] = []
  for (const match of text.matchAll(/(?<=[a-z])[\u00d5\u00d4](?=(?:s|t|re|ve|ll|d|m)(?![\p{L}\p{N}]))|(?<=[a-z,;] )[\u00d1\u00d0](?= [a-z])/gu)) {
    const char = match[0]
    found.push({ kind: 'macRoman', span: { start: match.index, end: match.index + 1 }, expected: macRoman[char] ?? '', data: { repaired: macRoman[char] ?? '' } })
  }
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])\u00d2(?=\p{L})[^\n\u00d2\u00d3]{1,300}\u00d3(?![\p{L}\p{N}])/gu)) {
    const close = match.index + match[0].length - 1
    if (!/[\p{Ll}.,!?]/u.test(text[close - 1] ?? '')) continue
    found.push({ kind: 'macRoman', span: { start: match.index, end: match.index + 1 }, expected: '\u201c', data: { repaired: '\u201c' } })
    found.push({ kind: 'macRoman', span: { start: close, end: close + 1 }, expected: '\u201d', data: { repaired: '\u201d' } })
  }
  return found
}

/** A printable character a program escape may stand for: not ASCII (the escape is then code), not a control or surrogate. */
const printable = (char: string): boolean => char.length > 0 && (char.codePointAt(0) ?? 0) > 0x9f && !/[\p{Cc}\p{Cs}\p{Cn}]/u.test(char)

/**
 * Characters written as program escapes in copy: `\u2019`, `\\u00e9`, `\x92` (a windows-1252 byte),
 * and `u2019` glued inside a word when the backslash was stripped too (`Coward\u2019s` became
 * `Cowardu2019s`, `the plan u2014 a first`): there only the code points of curly marks, dashes and
 * Latin-1 letters, after a letter or a word and a space, before a letter, a space or a mark.
 */
function escapes(text: string): StrippedFinding[] {
  if (!/u[02][0-9a-fA-F]{3}|\\x/u.test(text)) return []
  const found: StrippedFinding[] = []
  for (const match of text.matchAll(/\\{1,2}u([0-9a-fA-F]{4})|\\{1,2}x([89][0-9a-fA-F])|(?<=[a-z]|[a-z] )u(20(?:1[3-9a-f]|2[26])|00[c-f][0-9a-f])(?=[a-z]|[\s.,;:!?]|$)/gu)) {
    const [whole, unicode, byte, glued] = match
    const char = byte !== undefined ? cp1252Char(Number.parseInt(byte, 16)) : String.fromCodePoint(Number.parseInt(unicode ?? glued ?? '0', 16))
    if (!printable(char)) continue
    found.push({ kind: 'escape', span: { start: match.index, end: match.index + whole.length }, expected: char, data: { repaired: char } })
  }
  return found
}

/**
 * UTF-8 bytes left in their transfer encoding inside a word or between words: quoted-printable
 * (`mayor=E2=80=99s`, from mail-fed wires) or percent-encoded (`mayor%E2%80%99s`). A web address
 * keeps its percent escapes, so a token with `/`, `?`, `=` before or `www` is skipped.
 */
function transferEscapes(text: string): StrippedFinding[] {
  if (!/[=%][C-Fc-f][0-9A-Fa-f][=%][89ABab][0-9A-Fa-f]/u.test(text)) return []
  const found: StrippedFinding[] = []
  const pattern = /(?<=[\p{L}\s]|^)(?:=[C-Fc-f][0-9A-Fa-f](?:=[89ABab][0-9A-Fa-f]){1,3}|%[C-Fc-f][0-9A-Fa-f](?:%[89ABab][0-9A-Fa-f]){1,3})(?=[\p{L}\s.,;:!?]|$)/gu
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(Math.max(0, match.index - 60), match.index)
    const token = trailing(before, (c) => !/\s/u.test(c)).replace(/[=%][0-9A-Fa-f]{2}/gu, '')
    if (/[/?=&@]|www/iu.test(token)) continue
    const bytes = match[0].slice(1).split(match[0][0] ?? '=').map((hex) => Number.parseInt(hex, 16))
    let char = ''
    try {
      char = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes))
    } catch {
      continue
    }
    if ([...char].length !== 1 || !printable(char)) continue
    found.push({ kind: 'escape', span: { start: match.index, end: match.index + match[0].length }, expected: char, data: { repaired: char } })
  }
  return found
}

/**
 * Character references a feed decoded only in part, which an HTML parser no longer reads: a numeric
 * one without its `;` (`wasn&#8217t`), one that lost its `&` (`#8217;`, `#039;`: only punctuation
 * code points or a leading zero, never `#911;`), or a typographic named one without its `;`
 * (`&rsquo`, `&ldquofair`; the legacy names such as `&amp`, `&quot` are html-residue's).
 */
function brokenReferences(text: string): StrippedFinding[] {
  if (!/[&#]/u.test(text)) return []
  const found: StrippedFinding[] = []
  const pattern =
    /&#(?:[0-9]{2,7}|[xX][0-9a-fA-F]{2,6})(?![0-9a-fA-F;])|(?<![&#\p{N}])#(?:0[0-9]{2}|82(?:1[1-9]|2[0-2]|30)|[xX]20[12][0-9a-fA-F]);|&(?:rsquo|lsquo|rdquo|ldquo|sbquo|bdquo|mdash|ndash|hellip|bull|trade|euro)(?!;)/gu
  for (const match of text.matchAll(pattern)) {
    const reference = match[0].startsWith('#') ? `&${match[0]}` : `${match[0]};`
    const char = decodeHTMLStrict(reference)
    if (char === reference || [...char].length !== 1) continue
    found.push({ kind: 'entity', span: { start: match.index, end: match.index + match[0].length }, expected: char, data: { repaired: char } })
  }
  return found
}

/** All findings of the detectors, in order. */
export function strippedMarks(text: string): StrippedFinding[] {
  return [...strippedLeads(text), ...macRomanMarks(text), ...escapes(text), ...transferEscapes(text), ...brokenReferences(text)].sort((a, b) => a.span.start - b.span.start)
}
