// Exact decimal helpers shared by number-grouping and lakh-crore: digit strings and bigints only, so a
// conversion never shows a floating-point artefact such as `22.299999`.

/** An exact decimal number: `coefficient × 10^-scale` (non-negative). */
export interface Decimal {
  readonly coefficient: bigint
  readonly scale: number
}

/**
 * Parses plain digits with an optional fraction (`470000`, `2.23`); separators must be removed first.
 * Returns undefined for anything else.
 */
export function parseDecimal(text: string): Decimal | undefined {
  const match = /^(\d{1,30})(?:\.(\d{1,12}))?$/u.exec(text)
  if (!match) return undefined
  const integer = match[1] ?? '0'
  const fraction = match[2] ?? ''
  return { coefficient: BigInt(integer + fraction), scale: fraction.length }
}

/** `value × 10^power` (power >= 0), exactly. */
export function timesPowerOfTen(value: Decimal, power: number): Decimal {
  const shift = Math.min(power, value.scale)
  return { coefficient: value.coefficient * 10n ** BigInt(power - shift), scale: value.scale - shift }
}

/** The integer and fraction digit strings of a decimal, trailing fraction zeros removed. */
export function decimalParts(value: Decimal): { integer: string; fraction: string } {
  const digits = value.coefficient.toString().padStart(value.scale + 1, '0')
  const integer = digits.slice(0, digits.length - value.scale)
  let fraction = digits.slice(digits.length - value.scale)
  while (fraction.endsWith('0')) fraction = fraction.slice(0, -1)
  return { integer, fraction }
}

/** Groups an integer digit string by thousands: `4700000` -> `4,700,000`. */
export function groupThousands(integer: string): string {
  let out = ''
  for (let i = 0; i < integer.length; i++) {
    if (i > 0 && (integer.length - i) % 3 === 0) out += ','
    out += integer[i]
  }
  return out
}

/** A decimal written with thousands commas and without trailing fraction zeros: `470,000`, `4.7`. */
export function formatGrouped(value: Decimal): string {
  const { integer, fraction } = decimalParts(value)
  return fraction ? `${groupThousands(integer)}.${fraction}` : groupThousands(integer)
}

const scales = Object.freeze([
  { word: 'trillion', power: 12 },
  { word: 'billion', power: 9 },
  { word: 'million', power: 6 },
] as const)

/** Whether `value` is at least `10^power`. */
function atLeast(value: Decimal, power: number): boolean {
  return value.coefficient >= 10n ** BigInt(power + value.scale)
}

/** `value / 10^power`, exactly. */
function dividedByPowerOfTen(value: Decimal, power: number): Decimal {
  return { coefficient: value.coefficient, scale: value.scale + power }
}

/** The scale word (`million`, `billion`, `trillion`) an amount is written in, if any. */
export function scaleOf(value: Decimal): { word: string; power: number } | undefined {
  return scales.find((s) => atLeast(value, s.power))
}

/**
 * An amount in international style: below a million with thousands commas (`470,000`), from a
 * million up as `<figure> million|billion|trillion` (`890 billion`, `187.8 million`), exact.
 */
export function formatAmount(value: Decimal): string {
  const scale = scaleOf(value)
  return scale ? `${formatGrouped(dividedByPowerOfTen(value, scale.power))} ${scale.word}` : formatGrouped(value)
}

/**
 * A range in international style, the scale word written once: `500,000-600,000`, `5-6 million`,
 * `0.8 to 1.2 million`.
 */
export function formatRange(low: Decimal, high: Decimal, connector: string): string {
  const scale = scaleOf(high)
  if (!scale) return `${formatGrouped(low)}${connector}${formatGrouped(high)}`
  const figure = (value: Decimal) => formatGrouped(dividedByPowerOfTen(value, scale.power))
  return `${figure(low)}${connector}${figure(high)} ${scale.word}`
}

/** Whether a digit string is a valid international grouping: `1`, `1,234`, `12,345,678`. */
export function isWesternGrouping(groups: readonly string[]): boolean {
  const [first, ...rest] = groups
  return first !== undefined && /^\d{1,3}$/u.test(first) && rest.every((g) => /^\d{3}$/u.test(g))
}

/** Whether comma groups are Indian (lakh) grouping: `4,70,000`, `1,00,00,000`, `12,34,567`. */
export function isIndianGrouping(groups: readonly string[]): boolean {
  if (groups.length < 3) return false
  const first = groups[0] ?? ''
  const last = groups[groups.length - 1] ?? ''
  const middle = groups.slice(1, -1)
  return /^\d{1,2}$/u.test(first) && /^\d{3}$/u.test(last) && middle.every((g) => /^\d{2}$/u.test(g))
}

/**
 * Parses a figure as written in copy: digits with international or Indian comma grouping and an
 * optional decimal fraction (`89,000`, `4,70,000`, `2.23`, `18.78`). Undefined when the grouping is
 * neither.
 */
export function parseFigure(text: string): Decimal | undefined {
  const [integerPart = '', fraction, extra] = text.split('.')
  if (extra !== undefined) return undefined
  const groups = integerPart.split(',')
  if (groups.length > 1 && !isWesternGrouping(groups) && !isIndianGrouping(groups)) return undefined
  return parseDecimal(fraction === undefined ? groups.join('') : `${groups.join('')}.${fraction}`)
}

/** Whether a bare integer digit string could be a year (`1890`, `2024`): four digits, 1000-2099. */
export function isYearLike(digits: string): boolean {
  return /^(?:1\d|20)\d\d$/u.test(digits)
}

/** Spelt-out numbers and scale words that cannot stand for a figure after a currency sign (`₹five lakh`). */
export const numberWords: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'lakh', 'lakhs', 'crore',
  'crores', 'million', 'billion', 'trillion',
])

/** Scale words and their power of ten, as written after a figure (`20 thousand`, `5 million`). */
export const scaleWordPowers: ReadonlyMap<string, number> = new Map([
  ['hundred', 2],
  ['thousand', 3],
  ['million', 6],
  ['billion', 9],
  ['trillion', 12],
])

/**
 * Scale words written capitalised or in the plural after a figure (`20 Thousands`, `20 thousands`,
 * `45 Hundreds`); `50 millions` alone is old but fine, not before the noun it counts (`9 millions tonnes`).
 */
export const scaleWordAfter = /^\s(Hundreds?|Thousands?|Millions?|Billions?|Trillions?|thousands|(?:hundreds|millions|billions)(?= (?!(?:was|has|is|as|its|this|his|us)\b)(?:\p{Ll}{3,20} )?\p{Ll}{2,20}s\b| people\b))(?![\p{L}\p{N}])/u
