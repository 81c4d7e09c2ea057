// Screenshots of the HTML report and of `wirelint serve`'s page, for a person to look at (they are
// not compared by any test: the browser test checks the pages' behaviour). Uses Debian's chromium
// through playwright-core, which never downloads a browser.
//
//   npx tsx scripts/screenshots.ts OUT_DIR [PREFIX]
//
// Writes OUT_DIR/PREFIX-report.png, -report-print.png (print media), -serve-empty.png,
// -serve-checked.png and, where the page offers them, -report-filtered.png, -serve-fixed.png and
// -serve-ignored.png (a finding ignored) and -serve-editing.png (the text box opened).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Page } from 'playwright-core'

const root = path.resolve(import.meta.dirname, '..')
const bin = path.join(root, 'bin', 'wirelint.js')
const executablePath = '/usr/bin/chromium'
const [outDir = '', prefix = 'page'] = process.argv.slice(2)
if (outDir === '') {
  console.error('Usage: npx tsx scripts/screenshots.ts OUT_DIR [PREFIX]')
  process.exit(2)
}
if (!existsSync(executablePath)) {
  console.error(`${executablePath} not found (install Debian's chromium: apt-get install chromium)`)
  process.exit(2)
}
mkdirSync(outDir, { recursive: true })
const out = (name: string) => path.join(outDir, `${prefix}-${name}.png`)
const stories = ['wire-story.txt', 'clean-story.txt', 'cold-start-story.txt'].map((f) => path.join(root, 'examples', f))

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
  return new Promise((resolve, reject) => {
    let text = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString()
      const match = /listening on (http:\/\/\S+)/u.exec(text)
      if (match?.[1]) resolve({ child, url: match[1] })
    })
    child.once('exit', (code) => reject(new Error(`wirelint serve exited with ${code}`)))
  })
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: out(name), fullPage: true })
  console.log(out(name))
}

const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] })
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
const page = await context.newPage()
try {
  const report = spawnSync(process.execPath, [bin, ...stories, '--format', 'html'], { cwd: root, encoding: 'utf8' })
  await page.setContent(report.stdout)
  await shoot(page, 'report')
  const rule = page.locator('select[name="rule"]')
  if ((await rule.count()) > 0) {
    await rule.first().selectOption('repeated-attribution')
    await shoot(page, 'report-filtered')
    await rule.first().selectOption('')
  }
  await page.emulateMedia({ media: 'print' })
  await shoot(page, 'report-print')
  await page.emulateMedia({ media: 'screen' })

  const { child, url } = await startServer()
  try {
    await page.goto(`${url}/`)
    await shoot(page, 'serve-empty')
    await page.fill('textarea', readFileSync(stories[0] as string, 'utf8'))
    await Promise.all([page.waitForLoadState('load'), page.locator('button', { hasText: /^Check/u }).first().click()])
    await page.waitForSelector('#verdict')
    await shoot(page, 'serve-checked')
    const fix = page.locator('button', { hasText: /Apply safe fixes/u })
    if ((await fix.count()) > 0) {
      await Promise.all([page.waitForURL(`${url}/`), fix.first().click()])
      await page.waitForSelector('#verdict')
      await page.keyboard.press('j')
      await page.keyboard.press('j')
      await shoot(page, 'serve-fixed')
      await page.locator('button[name="ignore"]').first().click()
      await shoot(page, 'serve-ignored')
      await page.locator('details.edit > summary').click()
      await shoot(page, 'serve-editing')
    }
  } finally {
    child.kill('SIGTERM')
  }
} finally {
  await browser.close()
}
