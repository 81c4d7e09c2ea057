import type { Rule } from '../src/rule/types.js'
import acronymMismatch from './acronym-mismatch.js'
import apostrophe from './apostrophe.js'
import brokenParagraph from './broken-paragraph.js'
import capitalisation from './capitalisation.js'
import captionResidue from './caption-residue.js'
import dateFormat from './date-format.js'
import duplicateText from './duplicate-text.js'
import feedBoilerplate from './feed-boilerplate.js'
import garbledSentence from './garbled-sentence.js'
import grammar from './grammar.js'
import htmlResidue from './html-residue.js'
import lakhCrore from './lakh-crore.js'
import missingSpace from './missing-space.js'
import mojibake from './mojibake.js'
import nameConsistency from './name-consistency.js'
import numberGrouping from './number-grouping.js'
import punctuationSpacing from './punctuation-spacing.js'
import quoteBalance from './quote-balance.js'
import quoteSpacing from './quote-spacing.js'
import repeatedAttribution from './repeated-attribution.js'
import repeatedWords from './repeated-words.js'
import spellingConsistency from './spelling-consistency.js'
import spelling from './spelling.js'
import spunText from './spun-text.js'
import apDash from './style/ap-dash.js'
import apMonth from './style/ap-month.js'
import apNumerals from './style/ap-numerals.js'
import apPercent from './style/ap-percent.js'
import reutersDash from './style/reuters-dash.js'
import reutersMonth from './style/reuters-month.js'
import reutersPercent from './style/reuters-percent.js'
import truncatedText from './truncated-text.js'
import wireCode from './wire-code.js'
import writeGood from './write-good.js'

/** Every built-in rule, sorted by id (a catalogue test keeps it sorted and complete). */
export const rules: readonly Rule[] = [
  acronymMismatch,
  apostrophe,
  brokenParagraph,
  capitalisation,
  captionResidue,
  dateFormat,
  duplicateText,
  feedBoilerplate,
  garbledSentence,
  grammar,
  htmlResidue,
  lakhCrore,
  missingSpace,
  mojibake,
  nameConsistency,
  numberGrouping,
  punctuationSpacing,
  quoteBalance,
  quoteSpacing,
  repeatedAttribution,
  repeatedWords,
  spelling,
  spellingConsistency,
  spunText,
  apDash,
  apMonth,
  apNumerals,
  apPercent,
  reutersDash,
  reutersMonth,
  reutersPercent,
  truncatedText,
  wireCode,
  writeGood,
]
