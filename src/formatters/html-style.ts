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
mark[data-label]::before { content: attr(data-label); font: 600 10px/1 system-ui, sans-serif; vertical-align: super; color: #fff; background: #444; border-radius: 6px; padding: 1px 4px; margin-right: 1px; }
mark.sev-error[data-label]::before { background: var(--error); } mark.sev-warning[data-label]::before { background: var(--warning); } mark.sev-info[data-label]::before { background: var(--info); }
mark.empty::after { content: "\\2038"; color: var(--error); font-weight: bold; }
.rel { text-decoration: underline dotted #777; text-decoration-thickness: 1px; text-underline-offset: 4px; }
.anchor { scroll-margin-top: 4rem; }
aside { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow: auto; }
ol.notes { margin: 0; padding-left: 2rem; }
li.note { margin: 0 0 .75rem; padding-left: .25rem; }
li.note::marker { font-weight: 700; }
li.sev-error::marker { color: var(--error); } li.sev-warning::marker { color: var(--warning); } li.sev-info::marker { color: var(--info); }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; padding: 0 .35rem; border-radius: 3px; color: #fff; }
.badge.sev-error { background: var(--error); } .badge.sev-warning { background: var(--warning); } .badge.sev-info { background: var(--info); }
.where { font-variant-numeric: tabular-nums; color: #555; }
.rule { font-size: .85rem; color: #555; }
.fix, .related, .why { font-size: .85rem; color: #444; margin-top: .15rem; }
.why { color: #666; font-style: italic; }
.clean { color: #2e7d32; } .missing { color: #777; }
details.clean-story { margin: .5rem 0; } details.clean-story > summary { cursor: pointer; color: #2e7d32; }
form textarea { width: 100%; min-height: 14rem; font: 16px/1.5 Georgia, serif; padding: .5rem; }
form button { margin-top: .5rem; font-size: 1rem; padding: .4rem 1.2rem; }
.error-box { border: 1px solid var(--error); background: var(--error-bg); padding: .5rem .75rem; border-radius: 4px; }
`
