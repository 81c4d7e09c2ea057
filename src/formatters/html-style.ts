/** The page's style sheet (inline: the report makes no requests). */
export const reportCss = `
:root { color-scheme: light; --error: #c62828; --error-bg: #ffd9d6; --warning: #a86500; --warning-bg: #ffeeb8; --info: #1f5fa8; --info-bg: #d9ebff; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 78rem; padding: 1rem 1.5rem 3rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; background: #fafafa; }
h1 { font-size: 1.5rem; margin: .5rem 0; } h2 { font-size: 1.1rem; margin: 0 0 .75rem; }
.counts, .totals { color: #555; font-weight: normal; font-size: .9rem; }
code { font: .9em ui-monospace, Menlo, Consolas, monospace; background: #eee; padding: 0 .2em; border-radius: 3px; }
table.summary { border-collapse: collapse; width: 100%; background: #fff; margin-bottom: 1.5rem; }
table.summary th, table.summary td { border-bottom: 1px solid #ddd; padding: .35rem .5rem; text-align: left; vertical-align: top; }
table.summary td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.sev-error { color: var(--error); font-weight: 600; } td.sev-warning { color: var(--warning); font-weight: 600; } td.sev-info { color: var(--info); }
.toc { padding-left: 1.2rem; } .toc .counts { margin-left: .5rem; }
.story { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 1rem 1.25rem; margin: 1rem 0; }
.story-body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 1.5rem; align-items: start; }
@media (max-width: 820px) { .story-body { grid-template-columns: 1fr; } }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font: 17px/1.7 Georgia, "Times New Roman", serif; }
mark.hl { color: inherit; border-radius: 2px; padding: 1px 0; }
mark.sev-error { background: var(--error-bg); box-shadow: inset 0 -2px 0 var(--error); }
mark.sev-warning { background: var(--warning-bg); box-shadow: inset 0 -2px 0 var(--warning); }
mark.sev-info { background: var(--info-bg); box-shadow: inset 0 -2px 0 var(--info); }
mark.overlap { box-shadow: inset 0 -4px 0 rgba(0, 0, 0, .45); }
a.marker { text-decoration: none; }
a.marker::before { content: attr(data-n); font: 600 10px/1 system-ui, sans-serif; vertical-align: super; color: #fff; background: #444; border-radius: 6px; padding: 1px 4px; margin-right: 1px; }
a.marker.sev-error::before { background: var(--error); } a.marker.sev-warning::before { background: var(--warning); } a.marker.sev-info::before { background: var(--info); }
a.marker.off, mark.off::after { display: none; }
mark.hl.off { background: none; box-shadow: none; }
mark.current { outline: 2px solid #1b1b1b; outline-offset: 1px; }
:focus-visible { outline: 3px solid #1f5fa8; outline-offset: 2px; }
:target { outline: 2px dashed #1f5fa8; outline-offset: 2px; }
mark.empty::after { content: "\\2038"; color: var(--error); font-weight: bold; }
.rel { text-decoration: underline dotted #777; text-decoration-thickness: 1px; text-underline-offset: 4px; }
.rel.rel-off { text-decoration: none; }
.anchor, a.marker, li.note { scroll-margin-top: 5rem; }
aside { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow: auto; }
ol.notes { margin: 0; padding-left: 2rem; }
li.note { margin: 0 0 .75rem; padding-left: .25rem; border-radius: 4px; }
li.note.current { background: #eef4fb; box-shadow: 0 0 0 2px #1f5fa8; }
li.note.ignored > :not(.actions) { opacity: .45; } li.note.ignored .message { text-decoration: line-through; }
.actions { margin-top: .25rem; display: flex; gap: .5rem; }
.actions button { font-size: .8rem; padding: .1rem .6rem; }
li.note.ignored .accept { display: none; }
li.note::marker { font-weight: 700; }
li.sev-error::marker { color: var(--error); } li.sev-warning::marker { color: var(--warning); } li.sev-info::marker { color: var(--info); }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; padding: 0 .35rem; border-radius: 3px; color: #fff; }
.badge.sev-error { background: var(--error); } .badge.sev-warning { background: var(--warning); } .badge.sev-info { background: var(--info); }
.where { font-variant-numeric: tabular-nums; color: #555; }
.rule { font-size: .85rem; color: #555; }
.fix, .related, .why { font-size: .85rem; color: #444; margin-top: .15rem; }
.why { color: #666; font-style: italic; }
.clean { color: #2e7d32; } .missing { color: #777; }
details.clean-stories { margin: 1rem 0; } details.clean-stories > summary { cursor: pointer; color: #2e7d32; }
.toolbar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; padding: .5rem .75rem; margin: 1rem 0; background: #fff; border: 1px solid #ccc; border-radius: 6px; box-shadow: 0 2px 4px rgba(0, 0, 0, .08); }
.toolbar[hidden] { display: none; }
.toolbar fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .75rem; align-items: center; }
.toolbar legend { float: left; margin-right: .25rem; padding: 0; }
.toolbar select, .toolbar button { font: inherit; }
.toolbar .shown { color: #555; } .toolbar .keys { color: #666; font-size: .85rem; }
kbd { font: .85em ui-monospace, Menlo, Consolas, monospace; border: 1px solid #bbb; border-bottom-width: 2px; border-radius: 3px; padding: 0 .25em; background: #fff; }
form textarea { width: 100%; min-height: 14rem; font: 16px/1.5 Georgia, serif; padding: .5rem; }
.edit-actions button, .fix-bar button { margin-top: .5rem; font-size: 1rem; padding: .4rem 1.2rem; }
details.edit { margin: .5rem 0; } details.edit > summary { cursor: pointer; font-weight: 600; }
details.edit[open] ~ :not(.stale), details.edit:not([open]) ~ .stale { display: none; }
.notice { border: 1px solid #2e7d32; background: #e7f4e8; padding: .5rem .75rem; border-radius: 4px; }
.notice ul { margin: .25rem 0 0; }
.error-box { border: 1px solid var(--error); background: var(--error-bg); padding: .5rem .75rem; border-radius: 4px; }
@media print {
  body { background: #fff; max-width: none; padding: 0; font-size: 10pt; }
  .toolbar, .actions, .fix-bar, details.edit, .stale, form button { display: none !important; }
  .story { border: 0; padding: 0; margin: 0 0 1.5rem; break-inside: auto; }
  .story-body { display: block; }
  aside { position: static; max-height: none; overflow: visible; margin-top: 1rem; }
  .text { font-size: 11pt; }
  li.note { break-inside: avoid; }
  mark.hl, a.marker::before, .badge, .notice, .error-box { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  li.note.current { background: none; box-shadow: none; }
  a { color: inherit; }
}
`
