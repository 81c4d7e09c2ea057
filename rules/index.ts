import type { Rule } from '../src/rule/types.js'
import acronymMismatch from './acronym-mismatch.js'
import duplicateText from './duplicate-text.js'
import feedBoilerplate from './feed-boilerplate.js'
import garbledSentence from './garbled-sentence.js'
import lakhCrore from './lakh-crore.js'
import numberGrouping from './number-grouping.js'
import punctuationSpacing from './punctuation-spacing.js'
import quoteBalance from './quote-balance.js'
import quoteSpacing from './quote-spacing.js'
import repeatedAttribution from './repeated-attribution.js'
import repeatedWords from './repeated-words.js'
import spunText from './spun-text.js'
import writeGood from './write-good.js'

/** Every built-in rule, sorted by id (a catalogue test keeps it sorted and complete). */
export const rules: readonly Rule[] = [
  acronymMismatch,
  duplicateText,
  feedBoilerplate,
  garbledSentence,
  lakhCrore,
  numberGrouping,
  punctuationSpacing,
  quoteBalance,
  quoteSpacing,
  repeatedAttribution,
  repeatedWords,
  spunText,
  writeGood,
]
