// The grammar of agency end marks and desk sign-offs: what a wire desk appends after the last
// paragraph (`--WNA`, `-Agencies`, `ab/cd`, `xy-zw/ab`, `END/AB/CD`, `(KR: Ana)`, `NNN`, `./.`,
// `BDST: 1159 HRS, APR 26, 2015 / RR`). A pure helper: feed-boilerplate reports these lines and line
// tails as residue whatever the classifier scores; wire-code leaves them to it (one finding per
// defect) and reports only codes inside running text.

/** News agencies' names as they sign a story off. */
const agency = String.raw`(?:AP|AFP|Reuters|REUTERS|PTI|ANI|IANS|UNI|EPA|Xinhua|XINHUA|Bloomberg|Yonhap|Kyodo|TASS|Tass|AAP|APP|WAM|SPA|KUNA|Anadolu|Bernama|NNN|Sputnik|UPI|DPA|dpa|BSS|Agencies|AGENCIES|Agency|Wires|[A-Z]{2,6})`

/**
 * One end mark, anchored on a trimmed line or tail:
 * - an agency after one or two dashes (`--WNA`, `- Agencies`, `— WNA`);
 * - desk initials in lower case joined by slashes, with hyphens inside a part (`ab/cd`, `abc-de/fg`);
 * - desk initials in capitals after an agency or `END` (`END/AB/CD`, `WNA/AB/CD`), maybe with a filing
 *   time (`WNA/AB/1440 hrs`);
 * - an Indian agency's desk codes (`PTI ABC XYZ`);
 * - an editor's tag in brackets (`(KR: Ana)`, `(AB: Ana Roe)`);
 * - a filing time stamp signed by the desk (`BDST: 1159 HRS, APR 26, 2015 / RR`);
 * - bare end marks: `NNN`, `./.`, `Enditem`, `(Ends)`, `ENDS`, `-30-`, `###`;
 * - an agency or desk code followed by lower-case initials (`WNA/ab/cd`, `APP/ahr/ftm`), and two desk
 *   initials joined by a dot (`mk.gb`), but not a web address (`norvale.com`).
 */
const endMarks: readonly RegExp[] = [
  new RegExp(String.raw`^[-\u2013\u2014]{1,2}\s?${agency}\.?$`, 'u'),
  /^[a-z]{2,5}(?:-[a-z]{2,5}){0,2}(?:\/[a-z]{2,5}(?:-[a-z]{2,5}){0,2}){1,3}$/u,
  new RegExp(String.raw`^${agency}(?:\s?\/\s?[A-Z]{1,5}){1,4}(?:\s?\/\s?\d{3,4}\s?(?:hrs|HRS|hours))?$`, 'u'),
  /^(?:PTI|UNI|IANS)(?:\s[A-Z]{2,4}){2,5}$/u,
  /^\([A-Z]{2,4}\s?:\s?\p{Lu}[\p{Ll}.'-]{1,20}(?:\s\p{Lu}[\p{Ll}.'-]{1,20})?\)$/u,
  /^[A-Z]{2,5}\s?:\s?\d{3,4}\s?(?:HRS|hrs)\b[^\n]{0,40}\/\s?[A-Z]{1,4}$/u,
  /^(?:NNN|\.\/\.|Enditem|ENDITEM|\(?(?:Ends|ENDS|End|END)\)?|-30-|#{3}|-END-|\/end\/)$/u,
  new RegExp(String.raw`^(?:${agency}(?:\s?\/\s?[a-z]{2,5}(?:-[a-z]{2,5})?){1,3}|[A-Z]{2,6}(?:\s?\/\s?[a-z]{2,5}(?:-[a-z]{2,5})?){2,3})(?:\s?\/\s?\d{3,4}\s?(?:hrs|HRS|hours))?$`, 'u'),
  /^[a-z]{2,4}\.(?!(?:com|org|net|gov|edu|info|biz|in|uk|co|us|io)$)[a-z]{2,4}$/u,
]

/** Words in capitals that are not desk codes when alone on a line with a slash (`AC/DC`, `HIV/AIDS`). */
const slashedWords: ReadonlySet<string> = new Set(['AC/DC', 'HIV/AIDS', 'EUR/USD', 'USD/JPY', 'GBP/USD', 'TCP/IP', 'CPU/GPU'])

/** Short words written with a slash in prose (`and/or`, `his/her`, `km/h`), never desk initials. */
const slashedParts: ReadonlySet<string> = new Set(['and', 'or', 'his', 'her', 'he', 'she', 'him', 'hers', 'yes', 'no', 'on', 'off', 'in', 'out', 'up', 'down', 'km', 'per', 'day', 'week', 'year'])

/** A sentence end inside a line (a full stop, `!` or `?` after a word, maybe with closing marks). */
const sentenceEnd = /[\p{L}\p{N}"'\u201d\u2019)][.!?]["'\u201d\u2019)]{0,2}/gu

/**
 * Where an end mark glued to the last sentence of a line starts (`... said. --WNA`,
 * `... said.ab/cd`, `... said.END/AB/CD`, `... said../.`), or -1: the text after the line's last
 * sentence end, spaced or not, when it is an end mark and at least `minWords` words come before it.
 */
export function endMarkAfterSentence(text: string, minWords = 4): number {
  const trimmed = text.trimEnd()
  for (const match of [...trimmed.slice(-200).matchAll(sentenceEnd)].reverse()) {
    const cut = trimmed.length - Math.min(200, trimmed.length) + match.index + match[0].length
    const rest = trimmed.slice(cut)
    if (rest.trim().length === 0) return -1
    if (rest.length > 64) return -1
    if (isEndMark(rest) && trimmed.slice(0, cut).split(/\s+/u).length >= minWords) return cut + (rest.length - rest.trimStart().length)
  }
  return -1
}

/** Whether a trimmed line or line tail is an agency end mark or desk sign-off. */
export function isEndMark(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed.length === 0 || trimmed.length > 60 || slashedWords.has(trimmed)) return false
  if (/^[a-z/-]+$/u.test(trimmed) && trimmed.split(/[/-]/u).some((part) => slashedParts.has(part))) return false
  return endMarks.some((pattern) => pattern.test(trimmed))
}
