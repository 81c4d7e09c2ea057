import { readFile } from 'node:fs/promises'
import { createTwoFilesPatch } from 'diff'
import writeFileAtomic from 'write-file-atomic'

/** The file changed on disk between reading and writing: it is left alone. */
export class ConcurrentChangeError extends Error {
  constructor(filePath: string) {
    super(`${filePath}: Changed by another program while being fixed, left as it is`)
    this.name = 'ConcurrentChangeError'
  }
}

/**
 * Writes fixed text in place atomically (a temporary file in the same folder, fsync, rename; mode
 * and owner kept), but only when the file still holds exactly the bytes that were read.
 */
export async function writeFixed(filePath: string, original: Uint8Array, fixed: string): Promise<void> {
  const current = await readFile(filePath)
  if (Buffer.compare(current, original) !== 0) throw new ConcurrentChangeError(filePath)
  await writeFileAtomic(filePath, fixed, { encoding: 'utf8', fsync: true })
}

/** A unified diff of a file before and after fixing (empty when unchanged). */
export function fixDiff(filePath: string, before: string, after: string): string {
  if (before === after) return ''
  return createTwoFilesPatch(`a/${filePath}`, `b/${filePath}`, before, after, undefined, undefined, { context: 3 })
}
