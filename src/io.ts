import { TextDecoder } from 'node:util'
import { readFile, stat } from 'node:fs/promises'
import { cp1252Char } from '../rules/lib/cp1252.js'

/** Input that cannot be linted as text (binary, bad encoding, too large, unreadable). */
export class InputError extends Error {
  readonly filePath: string
  constructor(filePath: string, reason: string, options?: { cause?: unknown }) {
    super(`${filePath}: ${reason}`, options)
    this.name = 'InputError'
    this.filePath = filePath
  }
}

/** Default `--max-file-size`: 10 MB. */
export const defaultMaxFileSize = 10 * 1024 * 1024

/** How to read a story file. */
export interface ReadOptions {
  /** Largest file accepted, in bytes. */
  readonly maxFileSize?: number
  /** A legacy single-byte encoding such as `latin1` or `windows-1252` (default: UTF-8, or UTF-16 by BOM). */
  readonly encoding?: string
}

/**
 * Decodes a story from bytes: UTF-8 (BOM kept, the engine skips it), UTF-16 by BOM, or the given
 * legacy encoding; binary data (NUL bytes) and invalid UTF-8 are {@link InputError}s.
 */
export function decodeStory(bytes: Uint8Array, filePath: string, encoding?: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return '\ufeff' + new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return '\ufeff' + new TextDecoder('utf-16be').decode(bytes.subarray(2))
  if (bytes.includes(0)) throw new InputError(filePath, 'Unexpected binary content (NUL byte), expected a text file')
  if (encoding && !/^utf-?8$/iu.test(encoding)) {
    let decoder: TextDecoder
    try {
      decoder = new TextDecoder(encoding)
    } catch {
      throw new InputError(filePath, `Unknown encoding \`${encoding}\``)
    }
    const text = decoder.decode(bytes)
    // Node 20's decoder reads windows-1252 (also the WHATWG meaning of `latin1`) as ISO-8859-1,
    // leaving bytes 0x80-0x9F as C1 controls: give them their windows-1252 characters.
    return decoder.encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/gu, (c) => cp1252Char(c.charCodeAt(0))) : text
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    const hint = looksSingleByte(bytes) ? 'it reads as windows-1252, so lint it with `--encoding windows-1252`' : 'use --encoding for legacy feeds'
    throw new InputError(filePath, `Unexpected invalid UTF-8 at byte ${at}, expected UTF-8 text (${hint})`)
  }
}

/**
 * Whether bytes that are not UTF-8 look like single-byte legacy text (windows-1252 or latin-1, which
 * agree on letters): most bytes above 0x7F stand alone between ASCII bytes (`caf\xe9 `), where
 * multi-byte encodings put them in runs.
 */
function looksSingleByte(bytes: Uint8Array): boolean {
  let high = 0
  let alone = 0
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] ?? 0) < 0x80) continue
    high++
    if ((bytes[i - 1] ?? 0) < 0x80 && (bytes[i + 1] ?? 0) < 0x80) alone++
  }
  return high > 0 && alone / high >= 0.8
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let low = 0
  let high = bytes.length
  while (high - low > 1) {
    const mid = (low + high) >>> 1
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true })
      low = mid
    } catch {
      high = mid
    }
  }
  // `low` bytes decode as a stream; if they end inside a sequence, the error starts at its lead byte.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, low))
    return low
  } catch {
    let start = low
    while (start > 0 && start > low - 3 && ((bytes[start - 1] ?? 0) & 0xc0) === 0x80) start--
    return start > 0 ? start - 1 : 0
  }
}

/** Reads and decodes a story file, enforcing the size limit. */
export async function readStory(filePath: string, options: ReadOptions = {}): Promise<string> {
  return (await readStoryFile(filePath, options)).text
}

/** A story file as read: its bytes, its text, and whether it was UTF-8 (so it may be fixed in place). */
export interface StoryFile {
  readonly bytes: Uint8Array
  readonly text: string
  readonly utf8: boolean
}

/** Reads a story file keeping its bytes (see {@link readStory}). */
export async function readStoryFile(filePath: string, options: ReadOptions = {}): Promise<StoryFile> {
  const limit = options.maxFileSize ?? defaultMaxFileSize
  let bytes: Uint8Array
  try {
    const info = await stat(filePath)
    if (info.isDirectory()) throw new InputError(filePath, 'Unexpected directory, expected a file')
    if (info.size > limit) throw new InputError(filePath, `File too large (${info.size} bytes), the limit is ${limit} (--max-file-size)`)
    bytes = await readFile(filePath)
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'No such file' : code === 'EACCES' ? 'Permission denied' : (error as Error).message
    throw new InputError(filePath, `Cannot read file, ${why}`, { cause: error })
  }
  if (bytes.length > limit) throw new InputError(filePath, `File too large (${bytes.length} bytes), the limit is ${limit} (--max-file-size)`)
  const text = decodeStory(bytes, filePath, options.encoding)
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  return { bytes, text, utf8: !utf16 && (options.encoding === undefined || /^utf-?8$/iu.test(options.encoding)) }
}
