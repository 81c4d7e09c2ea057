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
}

/** Loads every article and its labels. */
export function loadDevCorpus(dir: string): Article[] {
  const labels = readFileSync(path.join(dir, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Label)
  const cut = new Set(
    readFileSync(path.join(dir, 'sources.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'))
      .filter((c) => c[5] === 'yes')
      .map((c) => c[0]),
  )
  return readdirSync(path.join(dir, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const raw = readFileSync(path.join(dir, 'articles', file), 'utf8')
      const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
      return { file, text, labels: labels.filter((l) => l.file === file), excerptCut: cut.has(file) }
    })
}
