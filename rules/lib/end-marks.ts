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
 * - bare end marks: `NNN`, `./.`, `Enditem`, `(Ends)`, `ENDS`, `-30-`, `###`.
 */
const endMarks: readonly RegExp[] = [
  new RegExp(String.raw`^[-\u2013\u2014]{1,2}\s?${agency}\.?$`, 'u'),
  /^[a-z]{2,5}(?:-[a-z]{2,5}){0,2}(?:\/[a-z]{2,5}(?:-[a-z]{2,5}){0,2}){1,3}$/u,
  /^[A-Z]{2,6}(?:\s?\/\s?[A-Z]{1,5}){1,4}(?:\s?\/\s?\d{3,4}\s?(?:hrs|HRS|hours))?$/u,
  /^(?:PTI|UNI|IANS)(?:\s[A-Z]{2,4}){2,5}$/u,
  /^\([A-Z]{2,4}\s?:\s?\p{Lu}[\p{Ll}.'-]{1,20}(?:\s\p{Lu}[\p{Ll}.'-]{1,20})?\)$/u,
  /^[A-Z]{2,5}\s?:\s?\d{3,4}\s?(?:HRS|hrs)\b[^\n]{0,40}\/\s?[A-Z]{1,4}$/u,
  /^(?:NNN|\.\/\.|Enditem|ENDITEM|\(?(?:Ends|ENDS|End|END)\)?|-30-|#{3})$/u,
]

/** Words in capitals that are not desk codes when alone on a line with a slash (`AC/DC`, `HIV/AIDS`). */
const slashedWords: ReadonlySet<string> = new Set(['AC/DC', 'HIV/AIDS', 'EUR/USD', 'USD/JPY', 'GBP/USD', 'TCP/IP', 'CPU/GPU'])

/** Short words written with a slash in prose (`and/or`, `his/her`, `km/h`), never desk initials. */
const slashedParts: ReadonlySet<string> = new Set(['and', 'or', 'his', 'her', 'he', 'she', 'him', 'hers', 'yes', 'no', 'on', 'off', 'in', 'out', 'up', 'down', 'km', 'per', 'day', 'week', 'year'])

/** Whether a trimmed line or line tail is an agency end mark or desk sign-off. */
export function isEndMark(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed.length === 0 || trimmed.length > 60 || slashedWords.has(trimmed)) return false
  if (/^[a-z/-]+$/u.test(trimmed) && trimmed.split(/[/-]/u).some((part) => slashedParts.has(part))) return false
  return endMarks.some((pattern) => pattern.test(trimmed))
}
