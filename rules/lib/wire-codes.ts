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
