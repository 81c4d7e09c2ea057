// Story text cut out of a file, with where each UTF-16 code unit came from. Parsers give every text
// node the span of its source (escapes and entities still in it) and its decoded value; `align`
// walks both to map each decoded code unit to the source characters it was decoded from, so a
// diagnostic on the story text maps back to exact offsets in the original file. Formats nest (a JSON
// string holding HTML, XML holding escaped HTML): a parsed string is itself a `Layer` whose units map
// to the file, and its escaping composes with the outer one.
import { decodeHTML } from 'entities/decode'

/** Writes replacement text in the syntax of the place it goes back to (escaping, innermost first). */
export type Escape = (text: string) => string

/** A string a parser read, each code unit with its span in the file. */
export interface Layer {
  readonly text: string
  /** File offset where code unit `i` starts. */
  start(i: number): number
  /** File offset where code unit `i` ends. */
  end(i: number): number
  /** Escapes text for this layer, then for every layer around it, down to the file. */
  readonly escape: Escape
}

/**
 * Story text with its file spans: `from[i]`-`to[i]` is where unit `i` came from; a unit that is
 * not `real` (a paragraph break the reader put between blocks) sits at a point (`from === to`).
 */
export interface Mapped {
  readonly text: string
  readonly from: readonly number[]
  readonly to: readonly number[]
  readonly real: readonly boolean[]
  /** Per unit, how replacement text is written back where it came from. */
  readonly escape: readonly Escape[]
}

const identity: Escape = (text) => text

/** The file itself as a layer: offsets are identity. */
export function fileLayer(text: string): Layer {
  return { text, start: (i) => i, end: (i) => i + 1, escape: identity }
}

/** A mapped string as a layer for a nested parser (its escaping wrapped by `escape`). */
export function mappedLayer(mapped: Mapped, escape: Escape): Layer {
  const outer = mapped.escape[0] ?? identity
  const last = mapped.to.at(-1) ?? 0
  return {
    text: mapped.text,
    start: (i) => mapped.from[i] ?? last,
    end: (i) => mapped.to[i] ?? last,
    escape: (text) => outer(escape(text)),
  }
}

/** Builds a {@link Mapped} unit by unit. */
export class MappedBuilder {
  #text: string[] = []
  #from: number[] = []
  #to: number[] = []
  #real: boolean[] = []
  #escape: Escape[] = []
  #lastEnd = 0

  get length(): number {
    return this.#text.length
  }

  /** Adds one decoded unit that came from `[from, to)` of the file (`real: false`: one it does not hold). */
  unit(char: string, from: number, to: number, escape: Escape, real = true): void {
    this.#text.push(char)
    this.#from.push(from)
    this.#to.push(to)
    this.#real.push(real)
    this.#escape.push(escape)
    if (real) this.#lastEnd = to
  }

  /** Adds units the file does not hold (a paragraph break between blocks), placed after the last unit. */
  synthetic(text: string, at = this.#lastEnd): void {
    for (const char of text) {
      this.#text.push(char)
      this.#from.push(at)
      this.#to.push(at)
      this.#real.push(false)
      this.#escape.push(identity)
    }
  }

  /** Appends another mapped string. */
  append(mapped: Mapped): void {
    for (let i = 0; i < mapped.text.length; i++) {
      this.unit(mapped.text[i] ?? '', mapped.from[i] ?? 0, mapped.to[i] ?? 0, mapped.escape[i] ?? identity, mapped.real[i] === true)
    }
  }

  build(): Mapped {
    return { text: this.#text.join(''), from: this.#from, to: this.#to, real: this.#real, escape: this.#escape }
  }
}

/** At `raw[j]`, an escape of the layer's syntax: what it decodes to and how many units it takes. */
export type Unescape = (raw: string, j: number, end: number) => { value: string; length: number } | undefined

const reference = /^&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)/u

/** HTML and XML character references (`&amp;`, `&#233;`, `&eacute;`). */
export const unescapeReference: Unescape = (raw, j, end) => {
  if (raw.charCodeAt(j) !== 0x26) return undefined
  const match = reference.exec(raw.slice(j, Math.min(end, j + 34)))
  if (!match) return undefined
  const value = decodeHTML(match[0])
  return value === match[0] ? undefined : { value, length: match[0].length }
}

/** How far ahead a unit the parser dropped (indentation, `\r`, a `>` block marker) is looked past. */
const lookahead = 64

/**
 * Maps a decoded `value` onto the source units `[start, end)` of `layer`: each escape that decodes
 * to the next units of the value takes them, equal units map one to one, source units the parser
 * dropped (indentation, line-ending `\r`, block markers) are skipped, and a unit the parser
 * replaced (NUL by U+FFFD) maps to the unit it replaced. Adds to `out`.
 */
export function align(out: MappedBuilder, value: string, layer: Layer, start: number, end: number, unescape: Unescape): void {
  const raw = layer.text
  const matches = (at: number, i: number): { value: string; length: number } | undefined => {
    const escaped = unescape(raw, at, end)
    if (escaped && value.startsWith(escaped.value, i)) return escaped
    return raw[at] === value[i] ? { value: value[i] ?? '', length: 1 } : undefined
  }
  let i = 0
  let j = start
  while (i < value.length) {
    if (j >= end) {
      // The parser made units the source does not hold: they sit at the end of the node.
      const at = end > start ? layer.end(end - 1) : layer.start(start)
      out.unit(value[i] ?? '', at, at, layer.escape, false)
      i++
      continue
    }
    let found = matches(j, i)
    if (!found) {
      let k = j + 1
      while (k < Math.min(end, j + lookahead) && !matches(k, i)) k++
      if (k < Math.min(end, j + lookahead)) {
        j = k
        continue
      }
      found = { value: value[i] ?? '', length: 1 }
    }
    for (let k = 0; k < found.value.length; k++) out.unit(found.value[k] ?? '', layer.start(j), layer.end(j + found.length - 1), layer.escape)
    i += found.value.length
    j += found.length
  }
}

const space = /[\t\n\f\r ]/u

/** Collapses each run of white space to one space (spanning the run) and trims the ends, as a browser shows it. */
export function collapseSpace(mapped: Mapped): Mapped {
  const out = new MappedBuilder()
  let i = 0
  const n = mapped.text.length
  while (i < n) {
    const char = mapped.text[i] ?? ''
    if (!space.test(char)) {
      out.unit(char, mapped.from[i] ?? 0, mapped.to[i] ?? 0, mapped.escape[i] ?? identity, mapped.real[i] === true)
      i++
      continue
    }
    let k = i
    let first = -1
    let last = -1
    for (; k < n && space.test(mapped.text[k] ?? ''); k++) {
      if (!mapped.real[k]) continue
      if (first < 0) first = k
      last = k
    }
    if (out.length > 0 && k < n) {
      if (first < 0) out.unit(' ', mapped.from[i] ?? 0, mapped.from[i] ?? 0, identity, false)
      else out.unit(' ', mapped.from[first] ?? 0, mapped.to[last] ?? 0, mapped.escape[first] ?? identity)
    }
    i = k
  }
  return out.build()
}

/** Where a span of the story text lies in the file, and whether a fix may be written back there. */
export interface MappedSpan {
  readonly start: number
  readonly end: number
  /** The file's units from first to last are one unbroken run (no markup, no block break between). */
  readonly writable: boolean
  /** The span holds only the file's units (no block break the reader added at its ends either). */
  readonly whole: boolean
  /** How replacement text is escaped there. */
  readonly escape: Escape
}

/** Maps `[start, end)` of a mapped string to the file. */
export function mapSpan(mapped: Mapped, start: number, end: number): MappedSpan {
  const { from, to, real } = mapped
  let first = -1
  let last = -1
  for (let i = start; i < end; i++) {
    if (!real[i]) continue
    if (first < 0) first = i
    last = i
  }
  const escape = mapped.escape[first < 0 ? start : first] ?? identity
  if (first < 0) {
    const at = start < from.length ? (from[start] ?? 0) : (to.at(-1) ?? 0)
    const point = start === end && real[start] === true
    return { start: at, end: at, writable: point, whole: point, escape }
  }
  return { start: from[first] ?? 0, end: to[last] ?? 0, writable: contiguous(mapped, first, last), whole: first === start && last === end - 1, escape }
}

/** Whether units `first`..`last` are all the file's and follow each other there (no markup between). */
function contiguous(mapped: Mapped, first: number, last: number): boolean {
  const { from, to, real } = mapped
  for (let i = first + 1; i <= last; i++) {
    // Units decoded from one escape (a surrogate pair from `&#128512;`) share its span.
    if (!real[i] || (from[i] !== to[i - 1] && !(from[i] === from[i - 1] && to[i] === to[i - 1]))) return false
  }
  return true
}

/** The mapped string without white space at its ends (plain text inside markup or JSON). */
export function trimMapped(mapped: Mapped): Mapped {
  const start = mapped.text.length - mapped.text.trimStart().length
  const end = mapped.text.trimEnd().length
  const out = new MappedBuilder()
  for (let i = start; i < end; i++) out.unit(mapped.text[i] ?? '', mapped.from[i] ?? 0, mapped.to[i] ?? 0, mapped.escape[i] ?? identity, mapped.real[i] === true)
  return out.build()
}
