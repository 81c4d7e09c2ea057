// The single-byte character sets text is wrongly decoded with (windows-1252 and latin-1), as exact
// tables built at load from a well-kept source: nothing here is typed by hand.
import { fromCodePoint, replaceCodePoint } from 'entities/decode'

// windows-1252 is latin-1 except for 0x80-0x9F. The HTML standard's numeric character reference table
// (`&#146;` is `’`), which `entities` implements, is exactly that range of windows-1252, with the five
// bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) kept as the C1 controls latin-1 gives
// them: ftfy's "sloppy-windows-1252". (Node 20.18.3 and later decode `TextDecoder('windows-1252')` as
// latin-1, nodejs/node#60888, so the platform decoder cannot be trusted for this.)

/** The character each byte 0x00-0xFF decodes to in (sloppy) windows-1252. */
const byteChars: readonly string[] = Object.freeze(
  Array.from({ length: 256 }, (_, byte) => (byte >= 0x80 && byte <= 0x9f ? fromCodePoint(replaceCodePoint(byte)) : String.fromCharCode(byte))),
)

/**
 * Character -> byte for re-encoding: windows-1252 (with its five holes as latin-1), and also latin-1
 * proper, so a C1 control (text decoded as latin-1, not cp1252) encodes to its own byte.
 */
const charBytes: ReadonlyMap<string, number> = new Map([
  ...Array.from({ length: 0x20 }, (_, i) => [String.fromCharCode(0x80 + i), 0x80 + i] as const),
  ...byteChars.map((char, byte) => [char, byte] as const),
])

/** The byte `char` encodes to in windows-1252 or latin-1, if any. */
export function singleByte(char: string): number | undefined {
  return charBytes.get(char)
}

/** The windows-1252 character of a byte (the five undefined bytes give C1 controls). */
export function cp1252Char(byte: number): string {
  return byteChars[byte] ?? ''
}

/** Whether a C1 control stands for a character in windows-1252 (U+0092 is `’`). */
export function hasCp1252Meaning(char: string): boolean {
  const code = char.charCodeAt(0)
  return char.length === 1 && code >= 0x80 && code <= 0x9f && cp1252Char(code) !== char
}
