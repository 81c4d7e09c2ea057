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
import type { Diagnostic } from '../../src/engine/diagnostic.js'
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
  readonly textContent: string | null
  readonly dataset: Readonly<Record<string, string | undefined>>
  readonly classList: { contains(name: string): boolean }
  getBoundingClientRect(): { width: number; height: number }
  querySelectorAll(selector: string): Iterable<PageElement>
}
interface PageRange {
  setStart(node: PageElement, offset: number): void
  setEndBefore(node: PageElement): void
  toString(): string
}
declare const document: { querySelector(selector: string): PageElement | null; createRange(): PageRange }
declare function getComputedStyle(element: PageElement): { backgroundColor: string }

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
      if (result.diagnostics.length === 0) continue
      const text = readFileSync(path.resolve(root, result.file), 'utf8')
      expectInPlace(await highlights(page, `s${i + 1}`), text, result.diagnostics)
    }
    const summaryRows = await page.locator('table.summary tbody tr').count()
    expect(summaryRows).toBe(new Set(parsed.flatMap((r) => r.diagnostics.map((d) => d.ruleId))).size)
    expect(problems).toEqual([])
    expect(requests).toEqual([pathToFileURL(file).href])
    await page.close()
  })

  describe('wirelint serve: the editor page', () => {
    let server: ChildProcess | undefined
    let url = ''

    beforeAll(async () => {
      const config = path.join(work, 'serve.json')
      writeFileSync(config, JSON.stringify({ preset: 'none', rules: { 'repeated-words': 'error' } }))
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
      expect(problems).toEqual([])
      expect(requests.every((r) => r.startsWith(url))).toBe(true)
      await page.close()
    })
  })
})
