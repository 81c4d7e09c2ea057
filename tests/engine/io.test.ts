import { describe, expect, test } from 'vitest'
import { decodeStory, InputError } from '../../src/io.js'

describe('decodeStory', () => {
  test.each([
    ['UTF-8', Buffer.from('Café said.'), 'Café said.'],
    ['UTF-8 with BOM (kept; the engine does not count it)', Buffer.from('\ufeffCafé'), '\ufeffCafé'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café', 'utf16le')]), '\ufeffCafé'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Café', 'utf16le').swap16()]), '\ufeffCafé'],
    ['empty', Buffer.alloc(0), ''],
  ])('%s', (_name, bytes, text) => {
    expect(decodeStory(bytes, 'x.txt')).toBe(text)
  })

  test('latin1 and windows-1252 with --encoding', () => {
    expect(decodeStory(Buffer.from([0x43, 0x61, 0x66, 0xe9]), 'x.txt', 'latin1')).toBe('Café')
  })

  test.each([
    ['NUL bytes', Buffer.from([0x41, 0, 0x42]), 'x.txt: Unexpected binary content (NUL byte), expected a text file'],
    ['invalid UTF-8', Buffer.from([0x41, 0x42, 0xc3, 0x28]), 'x.txt: Unexpected invalid UTF-8 at byte 2'],
    ['truncated UTF-8 sequence at the end', Buffer.from([0x41, 0xe2, 0x82]), 'x.txt: Unexpected invalid UTF-8 at byte 1'],
  ])('%s is refused with a located error', (_name, bytes, message) => {
    expect(() => decodeStory(bytes, 'x.txt')).toThrow(InputError)
    expect(() => decodeStory(bytes, 'x.txt')).toThrow(message)
  })

  test('a legacy single-byte file is named as such; runs of high bytes are not', () => {
    const legacy = Buffer.from('Caf\xe9 owners met on the \x93new\x94 plan.', 'latin1')
    expect(() => decodeStory(legacy, 'x.txt')).toThrow('it reads as windows-1252, so lint it with `--encoding windows-1252`')
    expect(decodeStory(legacy, 'x.txt', 'windows-1252')).toBe('Café owners met on the “new” plan.')
    expect(() => decodeStory(Buffer.from([0x41, 0xe2, 0x82, 0x41, 0xc3, 0xc3, 0x41]), 'x.txt')).toThrow('use --encoding for legacy feeds')
  })
})
