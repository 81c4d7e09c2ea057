import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { z } from 'zod'
import { defineRule } from './define-rule.js'
import type { ReportExtra, Rule, RuleMeta, Span, Story } from './types.js'

/** How a foreign message becomes a wirelint report; `undefined` drops it. */
export type MapMessage<MessageId extends string> = (
  message: VFileMessage,
  span: Span,
) => { readonly messageId: MessageId; readonly span?: Span; readonly extra?: ReportExtra } | undefined

/**
 * Wraps a retext plugin as a wirelint rule: runs it on the shared tree with a scratch file, then
 * re-reports each of its messages under the rule's id, source, url and message grammar. `more`
 * adds the rule's own findings on the story model (what the plugin does not see), before `merge`.
 */
export function wrapPlugin<Schema extends z.ZodObject, MessageId extends string>(
  meta: RuleMeta<Schema, MessageId>,
  plugin: Plugin<[], Root>,
  map: MapMessage<MessageId>,
  merge: (found: Mapped<MessageId>[]) => Mapped<MessageId>[] = (found) => found,
  more: (story: Story) => Mapped<MessageId>[] = () => [],
): Rule {
  return defineRule(meta, ({ story, report }) => {
    const scratch = new VFile({ value: story.text })
    const transformer = (plugin as unknown as () => ((tree: Root, file: VFile) => void) | undefined).call(undefined)
    transformer?.(story.tree, scratch)
    const found: Mapped<MessageId>[] = []
    for (const message of scratch.messages) {
      const place = message.place
      const start = place && 'start' in place ? place.start.offset : place?.offset
      const end = place && 'end' in place ? place.end.offset : start
      if (start === undefined || end === undefined) continue
      const mapped = map(message, { start, end })
      if (mapped) found.push({ messageId: mapped.messageId, span: mapped.span ?? { start, end }, ...(mapped.extra ? { extra: mapped.extra } : {}) })
    }
    found.push(...more(story))
    found.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
    for (const { messageId, span, extra } of merge(found)) report(messageId, span, extra)
  })
}

/** A foreign message mapped to a report; `merge` may combine these (e.g. a run of findings). */
export interface Mapped<MessageId extends string> {
  readonly messageId: MessageId
  readonly span: Span
  readonly extra?: ReportExtra
}
