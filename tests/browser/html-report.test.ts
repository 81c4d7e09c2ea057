// The HTML report and the service's editor page, checked in a real browser: Debian's chromium driven
// by playwright-core (which never downloads a browser). Without chromium the tests skip with a
// printed reason; with WIRELINT_REQUIRE_BROWSER=1 (CI) its absence fails the run.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type Diagnostic, shown } from '../../src/engine/diagnostic.js'
import { html } from '../../src/formatters/html.js'
import type { FileResult } from '../../src/formatters/types.js'
import { rules } from '../../rules/index.js'
import { diagnosticAt } from '../formatters/fixtures.js'

const root = path.resolve(import.meta.dirname, '../..')
const bin = path.join(root, 'bin', 'wirelint.js')
const executablePath = '/usr/bin/chromium'
const available = existsSync(executablePath)
const required = process.env.WIRELINT_REQUIRE_BROWSER === '1'

if (!available) {
  const reason = `${executablePath} not found (install Debian's chromium: apt-get install chromium)`
  if (required) throw new Error(`WIRELINT_REQUIRE_BROWSER=1 but ${reason}`)
  console.warn(`Skipping browser tests of the HTML report: ${reason}`)
}

// The few DOM types the code run inside the page needs (the project compiles without lib "dom").
interface PageElement {
  readonly id: string
  readonly hidden: boolean
  readonly textContent: string | null
  readonly parentElement: PageElement | null
  readonly dataset: Readonly<Record<string, string | undefined>>
  readonly classList: { contains(name: string): boolean }
  getBoundingClientRect(): { width: number; height: number; top: number; bottom: number }
  querySelectorAll(selector: string): Iterable<PageElement>
}
interface PageRange {
  setStart(node: PageElement, offset: number): void
  setEndBefore(node: PageElement): void
  toString(): string
}
declare const document: {
  readonly activeElement: PageElement | null
  readonly body: PageElement
  readonly documentElement: PageElement
  querySelector(selector: string): PageElement | null
  querySelectorAll(selector: string): Iterable<PageElement>
  createRange(): PageRange
}
declare function getComputedStyle(element: PageElement): { backgroundColor: string; overflowY: string; display: string; boxShadow: string; outlineStyle: string }

/** What the page says about one diagnostic's highlight. */
interface Highlight {
  n: number
  text: string
  before: string
  visible: boolean
  background: string
}

/** Reads, in the page, every highlight of the story section `id`, grouped by diagnostic number. */
async function highlights(page: Page, id: string): Promise<{ text: string; marks: Highlight[] }> {
  return page.evaluate((sectionId) => {
    const container = document.querySelector(`#${sectionId} .text`)
    if (!container) throw new Error(`no story text in #${sectionId}`)
    const groups = new Map<number, PageElement[]>()
    for (const mark of container.querySelectorAll('mark.hl')) {
      for (const n of (mark.dataset.d ?? '').split(' ').map(Number)) groups.set(n, [...(groups.get(n) ?? []), mark])
    }
    const marks = [...groups.entries()].map(([n, elements]) => {
      const first = elements[0] as PageElement
      const range = document.createRange()
      range.setStart(container, 0)
      range.setEndBefore(first)
      const box = first.getBoundingClientRect()
      return {
        n,
        text: elements.map((e) => e.textContent ?? '').join(''),
        before: range.toString(),
        visible: box.height > 0 && (box.width > 0 || first.classList.contains('empty')),
        background: getComputedStyle(first).backgroundColor,
      }
    })
    return { text: container.textContent ?? '', marks: marks.sort((a, b) => a.n - b.n) }
  }, id)
}

/** The ids of the findings (`li.note`) the page shows: not filtered out, not ignored. */
async function shownNotes(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('li.note')].filter((li) => !li.hidden && !li.classList.contains('ignored')).map((li) => li.id))
}

/** The id of the element that has the keyboard focus. */
async function focused(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.id)
}

/**
 * The findings a print would cut off: each `li.note` must be laid out (not `display: none`) and
 * lie wholly inside every ancestor that clips its overflow.
 */
async function clippedInPrint(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' })
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll('li.note')]
      .filter((li) => {
        const box = li.getBoundingClientRect()
        if (box.height === 0) return true
        for (let el = li.parentElement; el && el !== document.body && el !== document.documentElement; el = el.parentElement) {
          if (getComputedStyle(el).overflowY === 'visible') continue
          const frame = el.getBoundingClientRect()
          if (box.top < frame.top - 1 || box.bottom > frame.bottom + 1) return true
        }
        return false
      })
      .map((li) => li.id),
  )
  await page.emulateMedia({ media: 'screen' })
  return clipped
}

/** Opens a page that records console errors, page errors and any request besides the page itself. */
async function open(context: BrowserContext, url: string): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const page = await context.newPage()
  const problems: string[] = []
  const requests: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(url)
  return { page, problems, requests }
}

function expectInPlace(found: { text: string; marks: Highlight[] }, text: string, diagnostics: readonly Diagnostic[]): void {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  expect(found.text).toBe(body)
  expect(found.marks.map((m) => m.n)).toEqual(diagnostics.map((_, i) => i + 1))
  diagnostics.forEach((d, i) => {
    const mark = found.marks[i]
    expect(mark?.text, `highlight ${i + 1} (${d.ruleId})`).toBe(d.actual)
    expect(mark?.before, `text before highlight ${i + 1} (${d.ruleId})`).toBe(body.slice(0, d.offset))
    expect(mark?.visible, `highlight ${i + 1} is drawn`).toBe(true)
  })
}

describe.skipIf(!available)('HTML report in chromium', () => {
  let context: BrowserContext
  let profile: string
  const work = mkdtempSync(path.join(tmpdir(), 'wirelint-browser-'))

  beforeAll(async () => {
    profile = mkdtempSync(path.join(tmpdir(), 'wirelint-chromium-profile-'))
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
  }, 60_000)

  afterAll(async () => {
    await context?.close()
    rmSync(profile, { recursive: true, force: true })
  })

  test('overlapping, nested and empty spans, hostile markup, emoji and a BOM: every highlight holds exactly its text, in its place', async () => {
    const text = '\ufeffMayor 🦊 Ana Ruiz said <b>"the the" & 4,70,000</b> today.\n\nPort talks, reported Ivo Tan.\nLevy rose, reported Ivo Tan.\n'
    const body = text.slice(1)
    const at = (s: string, from = 0) => body.indexOf(s, from)
    const quote = at('"the the"')
    const doubled = at('the the')
    const number = at('4,70,000')
    const first = at(', reported Ivo Tan')
    const second = at(', reported Ivo Tan', first + 1)
    const diagnostics: Diagnostic[] = [
      diagnosticAt(body, at('Ana'), at('Ana') + 'Ana Ruiz said <b>'.length, { severity: 'info', ruleId: 'name-check', message: 'Unexpected `Ana Ruiz said <b>`' }),
      diagnosticAt(body, quote, quote + 9, { severity: 'warning', ruleId: 'quote-check', message: 'Unexpected quote' }),
      diagnosticAt(body, doubled, doubled + 7, { severity: 'warning', expected: ['the'] }),
      diagnosticAt(body, at('& 4,70'), number + 8, { severity: 'info', ruleId: 'overlap-check', message: 'Overlaps the next' }),
      diagnosticAt(body, number, number + 8, { severity: 'error', ruleId: 'number-grouping', message: 'Unexpected `4,70,000`, expected `470,000`' }),
      diagnosticAt(body, at(' today'), at(' today'), { severity: 'error', ruleId: 'missing', message: 'Missing text here' }),
      diagnosticAt(body, second, second + ', reported Ivo Tan'.length, {
        severity: 'warning',
        ruleId: 'repeated-attribution',
        related: { message: 'First used here', line: 3, column: 11, endLine: 3, endColumn: 29, offset: first, endOffset: first + 18, actual: ', reported Ivo Tan' },
      }),
    ].sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset)
    const results: FileResult[] = [{ file: 'desk/<odd> & "name".txt', text, diagnostics }]
    const file = path.join(work, 'handmade.html')
    writeFileSync(file, html(results, { rules, color: false, cwd: work }))
    const { page, problems, requests } = await open(context, pathToFileURL(file).href)
    const found = await highlights(page, 's1')
    expectInPlace(found, text, diagnostics)
    const background = (n: number) => found.marks[n - 1]?.background
    const errorMark = diagnostics.findIndex((d) => d.ruleId === 'number-grouping') + 1
    const infoMark = diagnostics.findIndex((d) => d.ruleId === 'name-check') + 1
    expect(background(errorMark)).toBe('rgb(255, 217, 214)')
    expect(background(infoMark)).toBe('rgb(217, 235, 255)')
    expect(await page.locator('#s1 ol.notes > li').count()).toBe(diagnostics.length)
    expect(await page.locator('#s1 .rel').first().textContent()).toBe(', reported Ivo Tan')
    expect(await page.locator('h2 .file').first().textContent()).toBe('desk/<odd> & "name".txt')
    expect(await page.locator('b').count()).toBe(0)
    expect(problems).toEqual([])
    expect(requests).toEqual([pathToFileURL(file).href])
    await page.close()
  })

  test('the report the command writes highlights what --format json reports, for every story', async () => {
    const story = path.join(root, 'examples', 'wire-story.txt')
    const args = [bin, story, path.join(root, 'examples', 'clean-story.txt')]
    const json = spawnSync(process.execPath, [...args, '--format', 'json'], { cwd: root, encoding: 'utf8' })
    const report = spawnSync(process.execPath, [...args, '--format', 'html'], { cwd: root, encoding: 'utf8' })
    expect(report.stderr).toBe('')
    const parsed = JSON.parse(json.stdout) as { file: string; diagnostics: Diagnostic[] }[]
    const file = path.join(work, 'report.html')
    writeFileSync(file, report.stdout)
    const { page, problems, requests } = await open(context, pathToFileURL(file).href)
    for (const [i, result] of parsed.entries()) {
      // The report, a human format, leaves out a finding inside text another's fix deletes.
      const diagnostics = shown(result.diagnostics)
      if (diagnostics.length === 0) continue
      const text = readFileSync(path.resolve(root, result.file), 'utf8')
      expectInPlace(await highlights(page, `s${i + 1}`), text, diagnostics)
    }
    const summaryRows = await page.locator('table.summary tbody tr').count()
    expect(summaryRows).toBe(new Set(parsed.flatMap((r) => shown(r.diagnostics).map((d) => d.ruleId))).size)
    // A print shows every message: none is cut off by the notes' scrolling column.
    expect(await page.locator('li.note').count()).toBeGreaterThan(10)
    expect(await clippedInPrint(page)).toEqual([])
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.toolbar').isVisible()).toBe(false)
    await page.emulateMedia({ media: 'screen' })
    expect(problems).toEqual([])
    expect(requests).toEqual([pathToFileURL(file).href])
    await page.close()
  })

  /** Three stories: one warning; two errors and an info; none. */
  function threeStories(): FileResult[] {
    const a = 'Officials said the the talks would resume.\n'
    const b = 'Some 4,70,000 people and 2,40,000 cars crossed, the agency said.\n'
    const at = (text: string, s: string, extra: Partial<Diagnostic>) => diagnosticAt(text, text.indexOf(s), text.indexOf(s) + s.length, extra)
    return [
      { file: 'a-warning.txt', text: a, diagnostics: [at(a, 'the the', { expected: ['the'] })] },
      {
        file: 'b-errors.txt',
        text: b,
        diagnostics: [
          at(b, '4,70,000', { ruleId: 'number-grouping', severity: 'error', message: 'Unexpected Indian digit grouping `4,70,000`, expected `470,000`' }),
          at(b, '2,40,000', { ruleId: 'number-grouping', severity: 'error', message: 'Unexpected Indian digit grouping `2,40,000`, expected `240,000`' }),
          at(b, 'the agency said', { ruleId: 'attribution-check', severity: 'info', message: 'Unexpected vague attribution `the agency said`' }),
        ],
      },
      { file: 'c-clean.txt', text: 'All quiet at the port.\n', diagnostics: [] },
    ]
  }

  async function openReport(name: string, results: FileResult[]): Promise<{ page: Page; problems: string[]; requests: string[]; href: string }> {
    const file = path.join(work, name)
    writeFileSync(file, html(results, { rules, color: false, cwd: work }))
    const href = pathToFileURL(file).href
    return { ...(await open(context, href)), href }
  }

  test('the report puts the story with most errors first, folds the clean one, and links markers and messages both ways', async () => {
    const { page, problems, requests, href } = await openReport('three.html', threeStories())
    expect(await page.locator('main > section.story').evaluateAll((sections) => sections.map((s) => (s as unknown as PageElement).id))).toEqual(['s2', 's1'])
    expect(await page.locator('details.clean-stories').getAttribute('open')).toBe(null)
    expect(await page.locator('#s3 .text').isVisible()).toBe(false)
    // The marker in the text goes to its message...
    await page.click('#s2 a.marker[data-n="2"]')
    expect(new URL(page.url()).hash).toBe('#s2-n2')
    expect(await page.locator('#s2-n2').evaluate((li) => (li as unknown as PageElement).id === (document.querySelector(':target')?.id ?? ''))).toBe(true)
    expect(await page.locator('#s2-n2').isVisible()).toBe(true)
    // ...and the message's position back to the marker.
    await page.click('#s2-n2 a.where')
    expect(new URL(page.url()).hash).toBe('#s2-d2')
    expect(await page.locator('#s2-d2').isVisible()).toBe(true)
    expect(problems).toEqual([])
    expect(requests).toEqual([href])
    await page.close()
  })

  test('the report filters by rule and severity, and j/k (or n/p, or the buttons) move between the findings shown', async () => {
    const { page, problems } = await openReport('filters.html', threeStories())
    // The script runs (its hash is in the CSP) and shows the toolbar.
    expect(await page.locator('.toolbar').isVisible()).toBe(true)
    expect(await page.locator('.toolbar .shown').textContent()).toBe('Showing 4 of 4 findings')
    expect(await shownNotes(page)).toEqual(['s2-n1', 's2-n2', 's2-n3', 's1-n1'])
    const keys = async (...pressed: string[]) => {
      const seen: (string | undefined)[] = []
      for (const key of pressed) {
        await page.keyboard.press(key)
        seen.push(await focused(page))
      }
      return seen
    }
    expect(await keys('j', 'j', 'n', 'j', 'j', 'k', 'p')).toEqual(['s2-n1', 's2-n2', 's2-n3', 's1-n1', 's2-n1', 's1-n1', 's2-n3'])
    expect(await page.locator('#s2-n3').getAttribute('class')).toContain('current')
    // The finding reached is visibly marked, not only focused.
    expect(await page.locator('#s2-n3').evaluate((li) => getComputedStyle(li as unknown as PageElement).boxShadow)).not.toBe('none')
    expect(await page.locator('#s2 mark.current').textContent()).toBe('the agency said')
    await page.click('.toolbar button[data-go="1"]')
    expect(await focused(page)).toBe('s1-n1')

    await page.selectOption('select[name="rule"]', 'number-grouping')
    expect(await shownNotes(page)).toEqual(['s2-n1', 's2-n2'])
    expect(await page.locator('.toolbar .shown').textContent()).toBe('Showing 2 of 4 findings')
    const background = (selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el as unknown as PageElement).backgroundColor)
    expect(await background('#s1 mark.hl')).toBe('rgba(0, 0, 0, 0)')
    expect(await background('#s2 mark.hl[data-d="1"]')).toBe('rgb(255, 217, 214)')
    expect(await page.locator('#s1-d1').isVisible()).toBe(false)
    await page.locator('body').click({ position: { x: 1, y: 1 } })
    expect(await keys('j', 'j', 'j')).toEqual(['s2-n1', 's2-n2', 's2-n1'])

    await page.selectOption('select[name="rule"]', '')
    await page.uncheck('input[name="severity"][value="error"]')
    expect(await shownNotes(page)).toEqual(['s2-n3', 's1-n1'])
    expect(await keys('j', 'j')).toEqual(['s2-n3', 's1-n1'])
    expect(problems).toEqual([])
    await page.close()
  })

  describe('wirelint serve: the editor page', () => {
    let server: ChildProcess | undefined
    let url = ''

    beforeAll(async () => {
      const config = path.join(work, 'serve.json')
      writeFileSync(config, JSON.stringify({ preset: 'none', rules: { 'repeated-words': 'error', 'number-grouping': 'warning', 'acronym-mismatch': 'warning' } }))
      const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--config', config], { cwd: work, stdio: ['ignore', 'pipe', 'inherit'] })
      server = child
      url = await new Promise<string>((resolve, reject) => {
        let out = ''
        child.stdout?.on('data', (chunk: Buffer) => {
          out += chunk.toString()
          const match = /listening on (http:\/\/\S+)/u.exec(out)
          if (match?.[1]) resolve(match[1])
        })
        child.once('exit', (code) => reject(new Error(`wirelint serve exited with ${code}`)))
      })
    }, 30_000)

    afterAll(() => {
      server?.kill('SIGTERM')
    })

    test('an editor pastes copy, presses Check, and sees the problem highlighted in place', async () => {
      const { page, problems, requests } = await open(context, `${url}/`)
      const copy = 'Harbour officials said the the ships would sail.\nCrews cheered.'
      await page.fill('textarea[name="text"]', copy)
      await Promise.all([page.waitForURL(`${url}/`), page.click('button[type="submit"]')])
      await page.waitForSelector('#verdict')
      expect(await page.locator('#verdict').textContent()).toContain('Not publishable')
      const found = await highlights(page, 's1')
      expect(found.text).toBe(copy)
      expect(found.marks).toEqual([expect.objectContaining({ n: 1, text: 'the the', before: 'Harbour officials said ' })])
      expect(await page.locator('textarea[name="text"]').inputValue()).toBe(copy)
      // The story is shown once: highlighted, with the text box folded away...
      expect(await page.locator('textarea[name="text"]').isVisible()).toBe(false)
      expect(await page.locator('#s1 .text').isVisible()).toBe(true)
      // ...and while it is edited, the (stale) highlighted copy is hidden instead.
      await page.click('details.edit > summary')
      expect(await page.locator('textarea[name="text"]').isVisible()).toBe(true)
      expect(await page.locator('#s1 .text').isVisible()).toBe(false)
      expect(await page.locator('.stale').isVisible()).toBe(true)
      // Keys type in the text box; they do not move between findings there.
      await page.locator('textarea[name="text"]').press('Control+End')
      await page.keyboard.type('jk')
      expect(await page.locator('textarea[name="text"]').inputValue()).toBe(`${copy}jk`)
      expect(await focused(page)).toBe('text')
      expect(problems).toEqual([])
      expect(requests.every((r) => r.startsWith(url))).toBe(true)
      await page.close()
    })

    const story = 'Harbour officials said the the ships would carry 4,70,000 tonnes.\nThe Harbour Safety Board (HSD) agreed.\nCrews said the the tugs were ready.'

    /** Opens the page, pastes {@link story} and checks it. */
    async function checked(): Promise<{ page: Page; problems: string[]; requests: string[] }> {
      const opened = await open(context, `${url}/`)
      await opened.page.fill('textarea[name="text"]', story)
      await Promise.all([opened.page.waitForURL(`${url}/`), opened.page.click('button[value="check"]')])
      await opened.page.waitForSelector('#verdict')
      return opened
    }

    /** Presses a submit button and waits for the page it posts to. */
    async function submit(page: Page, selector: string): Promise<void> {
      await Promise.all([page.waitForNavigation(), page.click(selector)])
      await page.waitForSelector('#verdict')
    }

    test('Apply safe fixes fixes the story in place, shows what remains, and Undo brings the story back', async () => {
      const { page, problems } = await checked()
      expect(await shownNotes(page)).toEqual(['s1-n1', 's1-n2', 's1-n3', 's1-n4'])
      await submit(page, 'button[value="fix"]')
      const fixed = 'Harbour officials said the ships would carry 470,000 tonnes.\nThe Harbour Safety Board (HSD) agreed.\nCrews said the tugs were ready.'
      expect(await page.locator('textarea[name="text"]').inputValue()).toBe(fixed)
      expect(await page.locator('#notice').textContent()).toContain('Applied 3 safe fixes')
      expect(await page.locator('li.note').evaluateAll((notes) => notes.map((li) => (li as unknown as PageElement).dataset.rule))).toEqual(['acronym-mismatch'])
      expect((await highlights(page, 's1')).marks.map((m) => m.text)).toEqual(['HSD'])
      expect(await page.locator('#verdict').textContent()).toContain('Publishable')
      expect(await page.locator('button[value="fix"]').isDisabled()).toBe(true)
      await submit(page, 'button[value="undo"]')
      expect(await page.locator('textarea[name="text"]').inputValue()).toBe(story)
      expect(await shownNotes(page)).toEqual(['s1-n1', 's1-n2', 's1-n3', 's1-n4'])
      expect(problems).toEqual([])
      await page.close()
    })

    test('Ignore sets findings aside at once and keys skip them; Apply safe fixes leaves them; Accept fix applies one', async () => {
      const { page, problems, requests } = await checked()
      const asked = requests.length
      await page.click('#s1-n1 button[name="ignore"]')
      // No round trip: the same text flagged by the same rule is ignored at once, and kept in the form.
      expect(requests.length).toBe(asked)
      expect(await shownNotes(page)).toEqual(['s1-n2', 's1-n3'])
      expect(await page.locator('#s1-n4 button[name="ignore"]').textContent()).toBe('Restore')
      expect(await page.locator('#s1-n1 button[name="ignore"]').getAttribute('aria-pressed')).toBe('true')
      expect(await page.locator('.toolbar .shown').textContent()).toBe('Showing 2 of 4 findings, 2 ignored')
      expect(await page.locator('#s1 mark.hl[data-d="1"]').evaluate((m) => getComputedStyle(m as unknown as PageElement).backgroundColor)).toBe('rgba(0, 0, 0, 0)')
      await page.locator('body').click({ position: { x: 1, y: 1 } })
      for (const expected of ['s1-n2', 's1-n3', 's1-n2', 's1-n3']) {
        await page.keyboard.press('j')
        expect(await focused(page)).toBe(expected)
      }
      await submit(page, 'button[value="fix"]')
      expect(await page.locator('textarea[name="text"]').inputValue()).toBe(story.replace('4,70,000', '470,000'))
      expect(await shownNotes(page)).toEqual(['s1-n2'])
      expect(await page.locator('li.note.ignored').count()).toBe(2)
      // Restored, then its fix accepted alone.
      await page.click('#s1-n1 button[name="ignore"]')
      expect(await shownNotes(page)).toEqual(['s1-n1', 's1-n2', 's1-n3'])
      await submit(page, '#s1-n3 button[name="accept"]')
      expect(await page.locator('textarea[name="text"]').inputValue()).toBe(story.replace('4,70,000', '470,000').replace('Crews said the the', 'Crews said the'))
      expect(await page.locator('#notice').textContent()).toContain('Accepted the fix')
      expect(await page.locator('li.note.ignored').count()).toBe(0)
      expect(problems).toEqual([])
      await page.close()
    })
  })
})
