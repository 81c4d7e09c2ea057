// Wire-desk codes that stand in brackets: Reuters story and topic codes and Bloomberg terminal
// codes. A pure helper: wire-code reports them; feed-boilerplate leaves a line or line tail made
// only of them to wire-code (one finding per defect).

/**
 * A Reuters story or topic code in square brackets: a story number (`[nL4N2XY0AB]`, `[ID:nL4N2XY0AB]`,
 * several in one pair), or a topic code with a slash (`[O/R]`, `[MKTS/GLOB]`, `[FRX/]`).
 */
export const storyCode = /\[(?:(?:ID:\s?)?n[A-Z0-9]{5,14}\s{0,2}){1,4}\]|\[[A-Z]{1,6}\/[A-Z]{0,6}\]/u

/**
 * A Bloomberg terminal code: a ticker, a country and a market sector in angle brackets
 * (`ABC US <Equity>`), or a story or function code in braces (`{NSN Q1ABC2 <GO>}`).
 */
export const terminalCode = /\{[A-Z0-9 ]{2,30}<GO>\}|\b[A-Z0-9]{1,6}\s[A-Z]{2}\s<(?:Equity|Index|Curncy|Comdty|Corp|Govt|Mtge|Muni|Pfd)>(?:\s?<GO>)?/u

/** An instrument code or other bare code in angle brackets (`<KST.O>`, `<0#.INDEX>`). */
const angleCode = /<[^<>\s]{1,40}>/u

/** Whether a line or line tail holds nothing but bracketed wire codes. */
export function isWireCodeOnly(text: string): boolean {
  if (!/[[<{]/u.test(text)) return false
  const rest = text
    .replace(new RegExp(storyCode, 'gu'), '')
    .replace(new RegExp(terminalCode, 'gu'), '')
    .replace(new RegExp(angleCode, 'gu'), '')
  return !/[\p{L}\p{N}]/u.test(rest)
}

/**
 * An agency's story identifier: the agency in capitals, a date stamp and up to four serial parts
 * (`WNA-20261204-183402-kbt`), anywhere on a line.
 */
export const agencyStoryId = /(?<![\p{L}\p{N}-])[A-Z]{2,8}-(?:19|20)[0-9]{6}(?:-[A-Za-z0-9]{1,12}){0,4}(?![\p{L}\p{N}-])/u

/**
 * A desk control mark in capitals: a take continues or the story ends (`(MORE)`, `-MORE-`, `(ENDS)`,
 * `(OVER)`, `(CONTD)`). Lower-case `(more)` at a unit's end is truncated-text's cut marker.
 */
export const controlMark = /\((?:MORE|ENDS?|OVER|CONTD|CONTINUED)\)|(?<![\p{L}\p{N}-])-{1,2}(?:MORE|ENDS?)-{1,2}(?![\p{L}\p{N}-])/u

/**
 * A caret left by a feed at the start or the end of a text run (`^Officials said`, `were open.^`):
 * not between two letters or figures (`x^2`, `10^6`); the caller leaves chain codes (`0#.INDEX^`) alone.
 */
export const feedCaret = /(?<![\p{L}\p{N}])\^|\^(?![\p{L}\p{N}])/u

/**
 * A keyword slug standing alone on a line: three to six words in capitals joined by hyphens
 * (`FLOODS-VARNA-RESCUE`). A feed's budget line (`BC-EU--Port-Strike,0421`) is feed-boilerplate's.
 */
export const keywordSlugLine = /^[A-Z]{2,14}(?:-[A-Z0-9]{2,14}){2,5}$/u

/**
 * A desk's topic prefix glued to a headline by a hyphen: one to three words in capitals and a
 * take number (`LIVESTOCK-`, `SUGAR 2-`), then a word in title case. Whether the words are common
 * words, not acronyms (`US-China talks`, `NATO-Russia`), is for the caller to ask.
 */
export const topicSlug = /^((?:[A-Z]{3,12}\s){0,2}[A-Z]{3,12})(?:\s[0-9]{1,2})?-(?=\p{Lu}\p{Ll})/u
