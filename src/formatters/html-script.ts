import { createHash } from 'node:crypto'

/**
 * The one script of the HTML report and of `wirelint serve`'s page (inline: the pages make no
 * requests). It shows the toolbar (hidden without JavaScript, where it could not work), filters the
 * findings by rule and severity, moves between the shown findings with its buttons or the keys
 * j/n (next) and k/p (previous), and on the service's page ignores or restores a finding in place,
 * keeping the ignored ones in the form so the next check keeps them. Plain ES2020, no dependency.
 */
export const pageScript = `
(() => {
  const bar = document.querySelector('.toolbar')
  if (!bar) return
  bar.hidden = false
  const notes = [...document.querySelectorAll('li.note')]
  const rule = bar.querySelector('select[name=rule]')
  const severities = [...bar.querySelectorAll('input[name=severity]')]
  const status = bar.querySelector('.shown')
  const form = document.querySelector('form#editor')
  let current
  const numbers = (el) => (el.dataset.d || '').split(' ')
  const shown = (li) => !li.hidden && !li.classList.contains('ignored')
  const marksOf = (li) => [...li.closest('.story').querySelectorAll('mark.hl')].filter((m) => numbers(m).includes(li.dataset.n))
  function update() {
    const on = new Set(severities.filter((s) => s.checked).map((s) => s.value))
    for (const li of notes) li.hidden = !on.has(li.dataset.severity) || (rule.value !== '' && rule.value !== li.dataset.rule)
    for (const story of document.querySelectorAll('.story')) {
      const off = new Set([...story.querySelectorAll('li.note')].filter((li) => !shown(li)).map((li) => li.dataset.n))
      for (const mark of story.querySelectorAll('mark.hl')) mark.classList.toggle('off', numbers(mark).every((n) => off.has(n)))
      for (const marker of story.querySelectorAll('a.marker')) marker.classList.toggle('off', off.has(marker.dataset.n))
      for (const place of story.querySelectorAll('[data-r]')) place.classList.toggle('rel-off', place.dataset.r.split(' ').every((n) => off.has(n)))
    }
    const ignored = notes.filter((li) => li.classList.contains('ignored')).length
    status.textContent = 'Showing ' + notes.filter(shown).length + ' of ' + notes.length + ' findings' + (ignored > 0 ? ', ' + ignored + ' ignored' : '')
  }
  function select(li) {
    for (const el of document.querySelectorAll('.current')) el.classList.remove('current')
    current = li
    li.classList.add('current')
    for (const mark of marksOf(li)) mark.classList.add('current')
    li.focus({ preventScroll: true })
    li.scrollIntoView({ block: 'nearest' })
    const marker = document.getElementById(li.closest('.story').id + '-d' + li.dataset.n)
    if (marker) marker.scrollIntoView({ block: 'center' })
  }
  // The next (or previous) finding shown after the current one, in page order, wrapping around.
  function go(step) {
    const start = current ? notes.indexOf(current) : step > 0 ? -1 : notes.length
    for (let i = 1; i <= notes.length; i++) {
      const li = notes[(((start + step * i) % notes.length) + notes.length) % notes.length]
      if (shown(li)) return select(li)
    }
  }
  bar.addEventListener('change', update)
  bar.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-go]')
    if (button) go(Number(button.dataset.go))
  })
  document.addEventListener('focusin', (event) => {
    const li = event.target.closest && event.target.closest('li.note')
    if (li && li !== current) current = li
  })
  // Keys move between findings, except where they type (a text box) or choose (a list's type-ahead).
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest('textarea, select, [contenteditable], input:not([type=checkbox])')) return
    const step = { j: 1, n: 1, k: -1, p: -1 }[event.key]
    if (step === undefined) return
    event.preventDefault()
    go(step)
  })
  if (form) form.addEventListener('click', (event) => {
    const button = event.target.closest('button[name=ignore]')
    if (!button) return
    event.preventDefault()
    const ignored = !button.closest('li.note').classList.contains('ignored')
    for (const same of form.querySelectorAll('button[name=ignore]')) {
      if (same.value !== button.value) continue
      same.closest('li.note').classList.toggle('ignored', ignored)
      same.setAttribute('aria-pressed', String(ignored))
      same.textContent = ignored ? 'Restore' : 'Ignore'
    }
    const kept = [...form.querySelectorAll('input[name=ignored]')].filter((input) => input.value === button.value)
    for (const input of kept) input.remove()
    if (ignored) {
      const input = document.createElement('input')
      input.type = 'hidden'
      input.name = 'ignored'
      input.value = button.value
      form.append(input)
    }
    update()
  })
  update()
})()
`

/** The script's CSP source (`'sha256-...'`), so a page allows this script and no other. */
export const pageScriptHash = `'sha256-${createHash('sha256').update(pageScript).digest('base64')}'`
