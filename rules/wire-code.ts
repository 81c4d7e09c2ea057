import { z } from 'zod'
import { defineRule } from '../src/rule/define-rule.js'
import type { Line, Span, Story } from '../src/rule/types.js'
import { lexicon } from './lib/spelling/lexicon.js'
import { agencyStoryId, controlMark, feedCaret, keywordSlugLine, storyCode, terminalCode, topicSlug } from './lib/wire-codes.js'

type MessageId = 'instrument' | 'emptyTicker' | 'deskCode' | 'storyCode' | 'terminalCode' | 'slug' | 'controlMark' | 'feedMarker'

/**
 * The grammar of a Reuters instrument code (RIC), one code, anchored:
 * - a chain: `0#` and a root (`0#.INDEX`, `0#LCO:`, `0#USBMK=`);
 * - an index: a leading dot, an optional lower-case prefix, capitals and digits (`.SPX`, `.N225`, `.dMIWD00000PUS`);
 * - a currency, metal or rates code: a root, `=`, an optional contributor (`JPY=`, `EUR=EBS`, `US10YT=RR`);
 * - a continuous future: a root, `c`, `v` or `w` and a month position (`LCOc1`, `CLc2`, `Wv1`), or an
 *   LME three-month metal (`CMCU3`);
 * - a quote: a root, an optional lower-case share class (maybe after `_`) and an exchange suffix (`VOD.L`,
 *   `MSFT.O`, `7203.T`, `RDSa.L`, `VOWG_p.DE`).
 */
const chainCode = /^0#[A-Za-z0-9.=:^_-]{1,20}$/u
const indexCode = /^\.[a-z]?[A-Z][A-Z0-9]{2,14}$/u
const rateCode = /^[A-Z][A-Z0-9]{2,11}=([A-Z0-9]{0,6})$/u
const futureCode = /^(?=[0-9]{0,5}[A-Z])[A-Z0-9]{1,6}[cvw][1-9][0-9]?$/u
/** An LME three-month metal code (`CMCU3`, `CMAL3`). */
const metalCode = /^CM[A-Z]{2}3$/u
const quoteCode = /^([A-Z0-9]{1,8})(?:_?[a-z])?\.([A-Z]{1,3})$/u

/** Reuters exchange suffixes (the part after the dot of a quote code). */
const exchanges: ReadonlySet<string> = new Set([
  'N', 'O', 'OQ', 'K', 'P', 'PK', 'L', 'PA', 'DE', 'F', 'MI', 'MC', 'AS', 'BR', 'LS', 'ST', 'CO', 'HE', 'OL', 'S',
  'VX', 'SW', 'VI', 'T', 'OS', 'HK', 'SS', 'SZ', 'KS', 'KQ', 'TW', 'TWO', 'SI', 'KL', 'BK', 'JK', 'BO', 'NS', 'AX',
  'NZ', 'TO', 'V', 'CN', 'SA', 'MX', 'J', 'JO', 'TA', 'CA', 'IS', 'WA', 'PR', 'BU', 'IR', 'I', 'DU', 'AD', 'QA',
  'SE', 'KW', 'BH', 'BA', 'SN', 'LM', 'CL', 'MU', 'PS', 'HM', 'BE', 'TI', 'AT', 'CI', 'VN', 'HN',
])

/** Dotted words that are not indices (`.NET`, `.COM`). */
const dottedWords: ReadonlySet<string> = new Set(['.NET', '.COM', '.ORG', '.GOV', '.EDU', '.INFO', '.BIZ'])

/** Whether a piece of bracketed text is one Reuters instrument code. */
export function isInstrumentCode(piece: string): boolean {
  if (chainCode.test(piece) || futureCode.test(piece) || metalCode.test(piece)) return true
  if (indexCode.test(piece)) return !dottedWords.has(piece)
  const rate = rateCode.exec(piece)
  // `(2015=100)` is an index base, not a code; a contributor is never only digits.
  if (rate) return !/^[0-9]{2,}$/u.test(rate[1] ?? '')
  const quote = quoteCode.exec(piece)
  if (!quote) return false
  const [, root = '', exchange = ''] = quote
  if (!exchanges.has(exchange) || !/[A-Z]|^[0-9]{4,}$/u.test(root)) return false
  // A one-letter root (`F.N`, `T.N`) only on the New York exchanges; `U.S`, `U.N` are abbreviations.
  return root.length > 1 || (/^[NO]$/u.test(exchange) && root !== 'U')
}

/**
 * Whether a token standing bare in running text is an instrument code: the shapes no word takes
 * (an index `.N225`, `.MIAPJ0000PUS`; a rate `JPY=`, `EUR=EBS`, `=USD`; a future `LCOc1`; an LME metal
 * `CMCU3`; a chain `0#.INDEX`). Quote codes (`VOD.L`) need their brackets: bare, they read as
 * abbreviations (`U.K`, `A.P`).
 */
export function isBareCode(token: string): boolean {
  if (/^=[A-Z]{3}$/u.test(token)) return true
  if (chainCode.test(token) || metalCode.test(token)) return true
  if (futureCode.test(token)) return /[A-Z]{2}/u.test(token)
  if (indexCode.test(token)) return !dottedWords.has(token)
  // A root with digits needs its contributor bare (`US10YT=RR`): `CO2=` opens a formula.
  const rate = rateCode.exec(token)
  return rate !== null && /[A-Z]/u.test(rate[1] ?? '') ? true : rate !== null && /^[A-Z]{3,6}=$/u.test(token)
}

/** Tokens after a space and before a space, a comma or a sentence end (codes in brackets are found as such). */
const bareToken = /(?<=^|\s)[A-Za-z0-9.=#:^_-]{3,24}(?=[\s,;]|[.](?:\s|$)|$)/gu

/** Whether bracketed text is made only of instrument codes (with the old `: Quote, Profile, Research` links). */
export function isCodeList(content: string): boolean {
  const body = content.replace(/:\s?Quote\b[^()<>]{0,60}$/u, '').trim()
  if (body.length === 0) return false
  const pieces = body.split(/[,;]\s{0,2}|\s{1,2}/u)
  return pieces.length <= 6 && pieces.every(isInstrumentCode)
}

/**
 * An empty ticker placeholder: an exchange name and a colon with nothing after it (`NYSE: `, `T:`),
 * an exchange suffix with no root (`.N`, `.L`), or nothing at all between the brackets.
 */
const emptyTicker = /^\s?(?:[A-Z]{1,12}(?:\s[A-Z]{1,12})?|Nasdaq|Nyse)\s?:\s{0,2}$|^\s{0,3}$/u
const bareExchange = /^\.([A-Z]{1,3})$/u

/** Whether bracketed text is an empty ticker placeholder. */
function isEmptyTicker(content: string): boolean {
  if (emptyTicker.test(content)) return true
  const bare = bareExchange.exec(content)
  return bare !== null && exchanges.has(bare[1] ?? '')
}

/**
 * A desk slug at the start of a line: what a Reuters update changed, in brackets and without a
 * sentence end (`(Adds quote, background)`, `(Updates prices)`), or a headline prefix glued to the headline by a hyphen
 * (`REFILE-`, `RPT-`, `CORRECTED-`, `WRAPUP 2-`, `FACTBOX-`), a markets desk's topic (`GLOBAL MARKETS-`, `PRECIOUS-`, `US STOCKS-`)
 * or an agency's name (`XINHUA-`, `TASS -`) before a word in title case; other topic words in capitals
 * are found by their shape (`topicSlug`).
 */
const slugStart =
  /^\((?:Adds|Updates|Recasts|Corrects|Refiles|Repeats|Rewrites|Writes through|Changes|Removes|Inserts|Clarifies|Fixes|Moves)\b[^().!?\n]{0,160}\)\s?|^(?:REFILE|RPT|CORRECTED|WRAPUP(?:\s\d{1,2})?|FACTBOX|ANALYSIS|EXCLUSIVE|INSIGHT|PREVIEW|BREAKINGVIEWS|GRAPHIC|TIMELINE|BUZZ|BRIEF|COLUMN|(?:[A-Z]{2,10}\s)?(?:MARKETS|STOCKS|BONDS|FOREX|PRECIOUS|METALS|GRAINS|SOFTS|OIL|TREASURIES)(?:\s\d{1,2})?)-(?=\p{Lu})|^(?:XINHUA|TASS|RIA|PTI|ANI|IANS|UNI|AFP|DPA|ANSA|EFE|KYODO|YONHAP|BERNAMA|ANTARA|WAM|SPA|KUNA|IRNA|MENA|APP|BSS|UPI|AP|AA)\s?[-\u2013\u2014]\s?(?=\p{Lu}\p{Ll})/u

/** An agency name between slashes standing alone (`/TASS/.`). */
const slashAgency = /(?<![\p{L}/:_-])\/[A-Za-z]{3,8}\/(?![\p{L}\p{N}/])/u
interface Finding {
  readonly messageId: MessageId
  readonly span: Span
  readonly code: string
  readonly removal?: Span
}

export default defineRule(
  {
    id: 'wire-code',
    category: 'residue',
    kind: 'mechanical',
    severity: 'warning',
    description: 'Flag Reuters instrument and story codes such as `(LCOc1)`, `.N225` or `[nL4N2AB0CD]`, empty ticker placeholders such as `(NYSE: )`, desk slugs, control marks such as `(MORE)`, feed carets and Bloomberg terminal codes left in the body',
    rationale:
      'Instrument and story codes, ticker placeholders, desk slugs and terminal codes are wire-desk machinery; consumer readers cannot decode them and they show the copy went out unedited. Agency end marks and desk sign-offs after the story text are feed-boilerplate findings.',
    fix: 'safe',
    messages: {
      instrument: 'Unexpected Reuters instrument code `{code}`, remove it',
      emptyTicker: 'Unexpected empty ticker placeholder `{code}`, add the ticker or remove it',
      deskCode: 'Unexpected agency desk code `{code}`, remove it',
      storyCode: 'Unexpected wire story code `{code}`, remove it',
      terminalCode: 'Unexpected Bloomberg terminal code `{code}`, remove it',
      slug: 'Unexpected wire desk slug `{code}`, remove it',
      controlMark: 'Unexpected wire control mark `{code}`, remove it',
      feedMarker: 'Unexpected feed marker `{code}`, remove it',
    },
    options: z.strictObject({}),
    examples: {
      invalid: [
        {
          text: 'Brent crude futures (LCOc1) rose 40 cents to $82.10 a barrel.',
          diagnostics: ['1:20-1:28 instrument Unexpected Reuters instrument code `(LCOc1)`, remove it'],
          output: 'Brent crude futures rose 40 cents to $82.10 a barrel.',
        },
        {
          text: 'The yen (JPY=) slipped while the S&P 500 (.SPX) and shares of Harbor Freight <HFT.N> gained.',
          diagnostics: [
            '1:8-1:15 instrument Unexpected Reuters instrument code `(JPY=)`, remove it',
            '1:41-1:48 instrument Unexpected Reuters instrument code `(.SPX)`, remove it',
            '1:77-1:85 instrument Unexpected Reuters instrument code `<HFT.N>`, remove it',
          ],
          output: 'The yen slipped while the S&P 500 and shares of Harbor Freight gained.',
        },
        {
          text: 'Shares of Orrin Mining (NYSE: ) fell 4 percent.',
          diagnostics: ['1:23-1:32 emptyTicker Unexpected empty ticker placeholder `(NYSE: )`, add the ticker or remove it'],
          output: 'Shares of Orrin Mining fell 4 percent.',
        },
        {
          text: 'Shares of Orrin Motors <ORMG_p.DE> rose ( ) while the index (.N) fell [nL4N3AB0CD]',
          diagnostics: [
            '1:23-1:35 instrument Unexpected Reuters instrument code `<ORMG_p.DE>`, remove it',
            '1:40-1:44 emptyTicker Unexpected empty ticker placeholder `( )`, add the ticker or remove it',
            '1:60-1:65 emptyTicker Unexpected empty ticker placeholder `(.N)`, add the ticker or remove it',
            '1:70-1:83 storyCode Unexpected wire story code `[nL4N3AB0CD]`, remove it',
          ],
          output: 'Shares of Orrin Motors rose while the index fell',
        },
        {
          text: '(Adds analyst quote, updates prices)\nREFILE-Port reopens\nVARNA BAY, May 3. /WNA/. See KST US <Equity> for the latest.',
          diagnostics: [
            '1:1-1:37 slug Unexpected wire desk slug `(Adds analyst quote, updates prices)`, remove it',
            '2:1-2:8 slug Unexpected wire desk slug `REFILE-`, remove it',
            '3:19-3:24 deskCode Unexpected agency desk code `/WNA/`, remove it',
            '3:29-3:45 terminalCode Unexpected Bloomberg terminal code `KST US <Equity>`, remove it',
          ],
          output: '\nPort reopens\nVARNA BAY, May 3. /WNA/. See for the latest.',
        },
        {
          // Codes stand bare in running text too, and a markets desk's topic slug opens the headline.
          text: 'GLOBAL MARKETS-Shares slip as rate fears mount\nThe Varna index .VRN50 fell 2 percent, the lira TRY= slipped and Brent LCOc1 rose.',
          diagnostics: [
            '1:1-1:16 slug Unexpected wire desk slug `GLOBAL MARKETS-`, remove it',
            '2:16-2:23 instrument Unexpected Reuters instrument code `.VRN50`, remove it',
            '2:48-2:53 instrument Unexpected Reuters instrument code `TRY=`, remove it',
            '2:71-2:77 instrument Unexpected Reuters instrument code `LCOc1`, remove it',
          ],
          output: 'Shares slip as rate fears mount\nThe Varna index fell 2 percent, the lira slipped and Brent rose.',
        },
        {
          // Agency and topic prefixes, a keyword slug line, a story identifier, control marks and carets: shapes, not a list of codes.
          text: 'XINHUA-Ferry fares rise\nLIVESTOCK-Cattle prices climb\nFERRY-FARES-VARNA\nFares rose 4 percent. (MORE)\n^The port id is WNA-20261204-0931-kb.^',
          diagnostics: [
            '1:1-1:8 slug Unexpected wire desk slug `XINHUA-`, remove it',
            '2:1-2:11 slug Unexpected wire desk slug `LIVESTOCK-`, remove it',
            '3:1-3:18 slug Unexpected wire desk slug `FERRY-FARES-VARNA`, remove it',
            '4:22-4:29 controlMark Unexpected wire control mark `(MORE)`, remove it',
            '5:1-5:2 feedMarker Unexpected feed marker `^`, remove it',
            '5:16-5:37 storyCode Unexpected wire story code `WNA-20261204-0931-kb`, remove it',
            '5:38-5:39 feedMarker Unexpected feed marker `^`, remove it',
          ],
          output: 'Ferry fares rise\nCattle prices climb\n\nFares rose 4 percent.\nThe port id is.',
        },
      ],
      valid: [
        'US-China talks resume\nAP-NORC poll finds\nNATO-Russia council meets; MORE-than-usual rain and x^2 + 10^6 were named.',
        'COVID-19 cases rise\nPRO-Russia rally held in Varna.\nThe club said MORE (Members of the Riverside Estate) would meet.',
        'West Texas Intermediate (WTI) crude rose, OPEC said (Reuters).',
        'Shares of Orrin Mining (NYSE: ORM) fell; output was 104.2 (2015=100).',
        'The fund holds Berkshire (BRK.A) and trades on the U.N. exchange (U.N).',
        'The firm moved to .NET (.NET) and filed under Form 10-K (No. 1).',
        'If x < 5 and y > 3 then (x) < (y); the editor [Ana Roe] and J.R. (J.R.) wrote [sic] it.',
        'Reuters reported the deal on Monday (Reuters), adding quotes from the board.',
        'Shares of 0700.HK rose; the E.ON unit and U.K firms met at 9 a.m. on .NET day; A=B and CO2= were named.',
        'US-China talks resume\nNATO-Russia council meets; the OIL-rich state and MARKETS-wise traders wait.',
      ],
    },
  },
  ({ story, report }) => {
    for (const finding of findings(story)) {
      const extra = { data: { code: finding.code } }
      if (finding.removal) report(finding.messageId, finding.removal, { ...extra, expected: [''] })
      else report(finding.messageId, finding.span, { ...extra, fix: 'suggest' })
    }
  },
)

/** Every wire code of the story, in order. */
function findings(story: Story): Finding[] {
  const found: Finding[] = []
  for (const line of story.lines) {
    if (line.blank) continue
    found.push(...bracketed(story.text, line), ...matches(story.text, line, storyCode, 'storyCode'), ...matches(story.text, line, terminalCode, 'terminalCode'))
    const slug = slugStart.exec(line.text) ?? topicSlugAt(line.text)
    if (slug) {
      const span = { start: line.start, end: line.start + slug[0].trimEnd().length }
      found.push({ messageId: 'slug', span, code: slug[0].trim(), removal: { start: line.start, end: line.start + slug[0].length } })
    } else if (keywordSlugLine.test(line.text)) {
      const span = { start: line.start, end: line.start + line.text.length }
      found.push({ messageId: 'slug', span, code: line.text, removal: span })
    }
    found.push(...feedMarks(story.text, line))
    for (const match of line.text.matchAll(bareToken)) {
      const code = match[0].replace(/\.$/u, '')
      if (!isBareCode(code)) continue
      const span = { start: line.start + match.index, end: line.start + match.index + code.length }
      found.push({ messageId: 'instrument', span, code, removal: removal(story.text, span) })
    }
    const agency = slashAgency.exec(line.text)
    if (agency) found.push({ messageId: 'deskCode', span: { start: line.start + agency.index, end: line.start + agency.index + agency[0].length }, code: agency[0] })
  }
  return found.sort((a, b) => a.span.start - b.span.start)
}

/**
 * A desk's topic prefix in capitals (`LIVESTOCK-Cattle prices rise`) whose words are all common
 * dictionary words, not names or acronyms (`US-China talks`, `NATO-Russia council` stay).
 */
function topicSlugAt(text: string): RegExpExecArray | null {
  // The cheap test first: a line opening with three capitals (issue 14).
  if (!/^[A-Z]{3}/u.test(text)) return null
  const match = topicSlug.exec(text)
  if (!match) return null
  const lex = lexicon()
  const words = (match[1] ?? '').toLowerCase().split(' ')
  return words.every((w) => !prefixes.has(w) && lex.has(w) && !lex.name(w) && !lex.acronyms.includes(w.toUpperCase())) ? match : null
}

/** Prefixes written in capitals before a name (`ANTI-Semitism`, `PRO-Russia`, `PAN-African`): no topic slugs. */
const prefixes: ReadonlySet<string> = new Set([
  'anti', 'pro', 'non', 'pre', 'post', 'neo', 'pan', 'mid', 'all', 'semi', 'sub', 'super', 'trans', 'inter', 'intra',
  'ultra', 'multi', 'counter', 'pseudo', 'quasi', 'over', 'under', 'self', 'half', 'part', 'cross', 'out',
])

/**
 * Feed machinery inside a line that holds story text too (a line of its own is feed-boilerplate's):
 * an agency story identifier, a desk control mark in capitals, a caret.
 */
function feedMarks(text: string, line: Line): Finding[] {
  if (!/[-^(]/u.test(line.text)) return []
  const marks = [
    ...matches(text, line, agencyStoryId, 'storyCode'),
    ...matches(text, line, controlMark, 'controlMark'),
    ...matches(text, line, feedCaret, 'feedMarker').filter((f) => !inChainCode(text.slice(line.start, f.span.start))),
  ]
  return marks.filter((mark) => /[\p{L}\p{N}]/u.test(line.text.slice(0, mark.span.start - line.start) + line.text.slice(mark.span.end - line.start)))
}

/** Whether the text before a caret ends in a chain code (`0#.VRN^`): its last word holds `#`. */
function inChainCode(head: string): boolean {
  return head.slice(Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t')) + 1).includes('#')
}

/** Every match of a pattern on a line, each with the span that removes it cleanly. */
function matches(text: string, line: Line, pattern: RegExp, messageId: MessageId): Finding[] {
  if (!pattern.test(line.text)) return []
  return [...line.text.matchAll(new RegExp(pattern, 'gu'))].map((match) => {
    const span = { start: line.start + match.index, end: line.start + match.index + match[0].length }
    return { messageId, span, code: match[0], removal: removal(text, span) }
  })
}

/** Codes in round or angle brackets on a line, each with the span that removes it cleanly. */
function bracketed(text: string, line: Line): Finding[] {
  const found: Finding[] = []
  for (const match of line.text.matchAll(/\(([^()\n]{1,80})\)|<([^<>\n]{1,60})>/gu)) {
    const span = { start: line.start + match.index, end: line.start + match.index + match[0].length }
    const round = match[1]
    let messageId: MessageId | undefined
    if (round !== undefined && isEmptyTicker(round)) messageId = 'emptyTicker'
    else if (isCodeList(round ?? match[2] ?? '')) messageId = 'instrument'
    if (messageId) found.push({ messageId, span, code: match[0], removal: removal(text, span) })
  }
  return found
}

/** The span that removes a bracketed code and one space next to it. */
function removal(text: string, span: Span): Span {
  if (/[ \t]/u.test(text[span.start - 1] ?? '')) return { start: span.start - 1, end: span.end }
  if (/[ \t]/u.test(text[span.end] ?? '')) return { start: span.start, end: span.end + 1 }
  return span
}
