import type { Diagnostic } from '../engine/diagnostic.js'
import { escapeHtml, renderPage, renderStory, renderSummary } from '../formatters/html.js'
import type { Rule } from '../rule/types.js'

/** The result shown under the form after a story is checked. */
export interface PageResult {
  readonly text: string
  readonly diagnostics: readonly Diagnostic[]
}

/**
 * The editor's page (`GET /`, and `POST /` from its form): a text box to paste copy into and, after
 * checking, the story highlighted in place with the messages beside it, rendered by the html
 * formatter. Works without JavaScript: the form posts back to the page.
 */
export function editorPage(rules: readonly Rule[], result?: PageResult): string {
  const parts = [
    '<header><h1>wirelint</h1><p class="totals">Paste a story and check it before it is published.</p></header>',
    '<form method="post" action="./" accept-charset="utf-8">',
    '<label for="text"><strong>Story</strong></label>',
    `<textarea id="text" name="text" required spellcheck="false">${escapeHtml(result?.text ?? '')}</textarea>`,
    '<button type="submit">Check</button>',
    '</form>',
  ]
  if (result) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length
    const verdict =
      errors === 0
        ? '<p class="clean" id="verdict"><strong>Publishable:</strong> no error-severity problems.</p>'
        : `<p class="error-box" id="verdict"><strong>Not publishable:</strong> ${errors} error${errors === 1 ? '' : 's'} to fix first.</p>`
    parts.push(verdict, renderStory({ id: 's1', file: 'Pasted story', text: result.text, diagnostics: result.diagnostics }))
    if (result.diagnostics.length > 0) parts.push('<h2>By rule</h2>', renderSummary([{ file: 'Pasted story', diagnostics: [...result.diagnostics] }], rules))
  }
  parts.push(
    '<footer><p class="totals">For programs: <code>POST /lint</code> with a <code>text/plain</code> story or JSON <code>{"text": ..., "config": ...}</code> returns <code>{"publishable", "diagnostics"}</code>; <code>POST /fix</code> returns <code>{"output", "applied"}</code>.</p></footer>',
  )
  return renderPage(result ? 'wirelint: checked story' : 'wirelint', parts.join('\n'), { formAction: true })
}
