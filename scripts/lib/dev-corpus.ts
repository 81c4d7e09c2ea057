// Reads the labelled calibration corpus from ../shared/corpus/dev when it is there (our machines
// only; never copied into the project).
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

/** A labelled defect: `quote` is an exact substring of the file. */
export interface Label {
  file: string
  category: string
  quote: string
  note: string
}

/** One article with its labels. */
export interface Article {
  file: string
  text: string
  labels: Label[]
  excerptCut: boolean
  /** Marked clean in sources.tsv: a well-edited story on which no rule should fire. */
  clean: boolean
  /** The publishing site's domain (`zawya.com` for `zawya.com (Reuters copy)`). */
  site: string
  /** `tune` (rules may be tuned on it) or `heldout` (read for figures only, never tuned on). */
  split: 'tune' | 'heldout'
}

/** The folder of the dev corpus, or undefined when absent. */
export function devCorpusDir(): string | undefined {
  const dir = path.resolve(process.cwd(), '../shared/corpus/dev')
  return existsSync(path.join(dir, 'labels.jsonl')) ? dir : undefined
}

/** Category-to-rule map from the corpus README: a label is found when one of these rules overlaps it. */
export const categoryRules: Readonly<Record<string, readonly string[]>> = {
  'repeated-attribution': ['repeated-attribution'],
  'lakh-number-format': ['number-grouping'],
  'malformed-number': ['number-grouping'],
  'crore-lakh-units': ['lakh-crore'],
  'garbled-sentence': ['garbled-sentence', 'spun-text'],
  'duplicate-paragraph': ['duplicate-text'],
  'feed-boilerplate': ['feed-boilerplate', 'caption-residue'],
  'unbalanced-quote': ['quote-balance'],
  'quote-punctuation': ['quote-spacing', 'quote-balance', 'punctuation-spacing'],
  'space-before-punctuation': ['punctuation-spacing', 'quote-spacing'],
  'acronym-mismatch': ['acronym-mismatch'],
  'name-inconsistency': ['name-consistency'],
  mojibake: ['mojibake'],
  'html-residue': ['html-residue'],
  'repeated-word': ['repeated-words'],
  'truncated-text': ['truncated-text'],
  'date-format': ['date-format'],
  spelling: ['spelling', 'name-consistency'],
  'missing-space': ['punctuation-spacing', 'missing-space'],
  apostrophe: ['spelling', 'apostrophe'],
  'broken-paragraph': ['broken-paragraph', 'truncated-text'],
  punctuation: ['punctuation-spacing'],
  grammar: ['grammar', 'garbled-sentence'],
  capitalisation: ['capitalisation'],
  'wire-code': ['feed-boilerplate', 'wire-code'],
  'unquoted-speech': [],
}

/** A small stable string hash (FNV-1a, 32 bits). */
function hash(value: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/**
 * The split by site. Files 001-144 (the first batch) were read while the first rules were written,
 * so they are all `tune`. Of the second batch (201 and up), a site also found in the first batch is
 * `tune`; the other sites are split in two by a hash of their domain, and the `heldout` half is
 * never read while tuning: its figures stand for copy from sites the rules have not seen.
 */
export function splitOf(file: string, site: string, firstBatchSites: ReadonlySet<string>): 'tune' | 'heldout' {
  if (Number.parseInt(file, 10) < 200 || firstBatchSites.has(site)) return 'tune'
  return hash(site) % 2 === 0 ? 'heldout' : 'tune'
}

/** The domain of a `sources.tsv` site cell. */
export function siteOf(cell: string | undefined): string {
  return (cell ?? '').split(' (')[0]?.trim().toLowerCase().replace(/^www\./u, '') ?? ''
}

/** Loads every article and its labels. */
export function loadDevCorpus(dir: string): Article[] {
  const labels = readFileSync(path.join(dir, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Label)
  const rows = readFileSync(path.join(dir, 'sources.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((c) => c[0])
  const cut = new Set(rows.filter((c) => c[5] === 'yes').map((c) => c[0]))
  const clean = new Set(rows.filter((c) => c[4] === 'clean').map((c) => c[0]))
  const sites = new Map(rows.map((c) => [c[0] ?? '', siteOf(c[2])]))
  const firstBatchSites = new Set(rows.filter((c) => Number.parseInt(c[0] ?? '', 10) < 200).map((c) => siteOf(c[2])))
  return readdirSync(path.join(dir, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const raw = readFileSync(path.join(dir, 'articles', file), 'utf8')
      const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
      const site = sites.get(file) ?? ''
      return { file, text, labels: labels.filter((l) => l.file === file), excerptCut: cut.has(file), clean: clean.has(file), site, split: splitOf(file, site, firstBatchSites) }
    })
}
