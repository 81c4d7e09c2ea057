// wirelint as a retext plugin: runs wirelint rules inside a user's own unified pipeline and reports
// vfile messages on the pipeline's file.
//
//   unified().use(retextEnglish).use(retextWirelint, { config: { preset: 'recommended' } })
//   unified().use(remarkParse).use(remarkRetext, ParseEnglish).use(retextWirelint)
//
// The story is the text the nlcst tree covers, at its original offsets: characters no text node
// covers (Markdown or HTML syntax when the tree came from remark-retext or rehype-retext, and code)
// become
// spaces, line breaks stay, and a finding that overlaps such markup is dropped, so positions point
// into the original file and markup is never flagged as prose.
import type { Root } from 'nlcst'
import type { Node } from 'unist'
import type { VFile } from 'vfile'
import { createLinter, type LinterOptions } from './engine/linter.js'
import type { Span } from './rule/types.js'

/** Options of {@link retextWirelint}: the same as {@link createLinter}'s. */
export type RetextWirelintOptions = LinterOptions

/**
 * A unified plugin for retext pipelines (an nlcst tree) that lints the file with wirelint and adds
 * one vfile message per finding (`ruleId`, `source: "wirelint"`, `actual`, `expected`, `url`,
 * `note`, `fatal` from the severity). The configuration is validated when the plugin is attached.
 */
export function retextWirelint(options: RetextWirelintOptions = {}) {
  const linter = createLinter(options)
  return function transformer(tree: Root, file: VFile): undefined {
    const source = typeof file.value === 'string' ? file.value : String(file)
    const { text, markup } = coveredText(tree, source)
    for (const message of linter.lintMessages(text, file.path || undefined)) {
      const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
      const end = message.place && 'end' in message.place ? message.place.end.offset : start
      if (start !== undefined && end !== undefined && overlapsMarkup(markup, { start, end })) continue
      message.file = file.path || ''
      file.messages.push(message)
    }
  }
}

/**
 * The source with every character that no text leaf of the tree covers replaced by a space (line
 * breaks kept), and the runs of such characters that were not white space (the markup).
 */
export function coveredText(tree: Node, source: string): { text: string; markup: Span[] } {
  const covered = new Uint8Array(source.length)
  const stack: Node[] = [tree]
  let all = 0
  while (stack.length > 0) {
    const node = stack.pop()
    if (!node) break
    if ('children' in node && Array.isArray(node.children)) {
      stack.push(...(node.children as Node[]))
      continue
    }
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    // A SourceNode is code (Markdown's inline code), not prose: it stays masked.
    if (start === undefined || end === undefined || !('value' in node) || node.type === 'SourceNode') continue
    for (let i = Math.max(0, start); i < Math.min(end, source.length); i++) {
      if (covered[i] === 0) all++
      covered[i] = 1
    }
  }
  if (all === source.length) return { text: source, markup: [] }
  let text = ''
  const markup: Span[] = []
  let runStart = -1
  for (let i = 0; i < source.length; i++) {
    const char = source[i] ?? ''
    if (covered[i] === 1 || char === '\n' || char === '\r') {
      text += char
      if (runStart >= 0) markup.push({ start: runStart, end: i })
      runStart = -1
      continue
    }
    text += ' '
    if (!/\s/u.test(char) && runStart < 0) runStart = i
    else if (/\s/u.test(char) && runStart >= 0) {
      markup.push({ start: runStart, end: i })
      runStart = -1
    }
  }
  if (runStart >= 0) markup.push({ start: runStart, end: source.length })
  return { text, markup }
}

function overlapsMarkup(markup: readonly Span[], span: Span): boolean {
  return markup.some((m) => m.start < Math.max(span.end, span.start + 1) && span.start < m.end)
}
