// Types for the untyped CommonJS package `write-good` (1.x): `module.exports = writeGood`.
declare module 'write-good' {
  namespace writeGood {
    /** A finding: `index` and `offset` (length) in UTF-16 code units of the text checked. */
    interface Suggestion {
      index: number
      offset: number
      reason: string
    }

    /** Built-in check names; `false` turns one off (`eprime` is off unless `true`). */
    type CheckName = 'weasel' | 'illusion' | 'so' | 'thereIs' | 'passive' | 'adverb' | 'tooWordy' | 'cliches' | 'eprime'

    /** Options: per-check switches and `whitelist` (phrases never flagged; misses offset 0). */
    type Options = { readonly [Name in CheckName]?: boolean } & { readonly whitelist?: readonly string[] }
  }

  /** Runs write-good's checks on `text`; suggestions are sorted by index. */
  function writeGood(text: string, options?: writeGood.Options): writeGood.Suggestion[]

  export = writeGood
}
