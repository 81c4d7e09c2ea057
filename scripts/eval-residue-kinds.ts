// npm run eval:residue [-- --show]
// A generalisation measure for scraper and CMS residue (issue 11 point 1) that does not depend on
// the dev corpus: Brown press stories of the `eval` split (never used by scripts/train-residue.ts,
// which trains on the `train` split and calibrates on `calibration`) get one line of residue each,
// before the body (under the headline), between two body paragraphs, or after the body. The lines
// are ours, written for this measure in other words than the training script's templates, one list
// per kind the issue names. Reports recall per kind and place (feed-boilerplate and caption-residue,
// default options, a finding overlapping the line), and false alarms: findings of the two rules on
// the same stories without the line (anywhere) and elsewhere in the stories with it.
// Not a test: figures for the notes.
import { parseArgs } from 'node:util'
import { lint } from '../src/index.js'
import { splitOf } from '../rules/lib/garbled/synth.js'
import { brownPress } from './lib/brown.js'

const { values } = parseArgs({ options: { show: { type: 'boolean', default: false }, stories: { type: 'string', default: '6' } } })

/** Residue lines by kind, in our own words (never corpus text). */
const kinds: Record<string, readonly string[]> = {
  'section and navigation labels': ['Nation & Region', 'Cricket news', 'Top Stories', 'BREAKING', 'Home › Markets › Shipping', 'Region & World', 'HARBOUR NEWS', 'Front Page'],
  'related-story blocks': ['MORE STORIES', 'Continue reading...', 'Don’t Miss', 'Next in Markets', 'Handpicked for you', 'You might also like', 'Trending on Harbour Post', 'Read More...'],
  'bylines and time stamps': ['Harbour Post Bureau', '2 min read', 'March 4, 2019 / 7:02 PM / 5 years ago', 'city desk5 hours ago', 'Last modified: 12 Jun 2021, 09:14 IST', 'Posted by Admin', 'WNA Staff', 'Updated 40 minutes ago'],
  'share and comment widgets': ['Share with a friend', 'Add your comment', 'Be the first to comment', 'Comments0 comments', 'Print | Email | Share', 'Copy URL', 'Tell a friend', 'Send this to a friend'],
  'newsletter and channel pitches': ['Get breaking alerts on our Telegram channel', 'Sign up for the Harbour Post morning email', 'Follow the Valley Courier on WhatsApp for updates', 'Tap to read the full story', 'Download our app for live scores', 'Join our channel on Telegram for updates'],
  'media-player messages': ['Audio playback is not available in your browser', 'Video unavailable', 'The media could not be loaded, either because the server failed or the format is not supported.', 'This video is no longer available.', 'Video player is loading.'],
  'photo captions and credits': ['Lena Berg/Reuters', 'Photo courtesy of the port authority', 'Image: Harbour Post', 'Students walk past the closed school gates in Dorvik on Tuesday.', 'Farmers harvest rice in a paddy near Vell.', 'Fire crews battle a blaze at a warehouse in Port Elm on Jan. 12.', 'Photo by WNA', 'File photo of the harbour bridge in Dorvik. (WNA)'],
  'agency end marks and desk sign-offs': ['— WNA', 'rk/ms', '-Agencies', 'gau/vt', 'pam-lgo/ber', '(AW: Jo)', 'NNN', './.'],
  'notes about the copy': ['THIS IS A BREAKING NEWS UPDATE. An earlier story follows below.', 'This story will be updated as more details emerge.', 'This article first appeared in the Valley Courier.'],
}

const places = ['before', 'between', 'after'] as const
const config = { preset: 'none' as const, rules: { 'feed-boilerplate': 'error' as const, 'caption-residue': 'warning' as const } }
const stories = brownPress('abc')
  .filter((_, index) => splitOf(true, index) === 'eval')
  .slice(0, Number(values.stories))
  .map((story) => {
    const paragraphs = story.text.split('\n\n').map((p) => p.trim()).filter(Boolean).slice(0, 4)
    // A headline of the story's first words (no full stop: a headline has none).
    const headline = (paragraphs[0] ?? '').split(' ').slice(0, 7).join(' ').replace(/[^\p{L}\p{N}]+$/u, '')
    return { headline, paragraphs }
  })

const assemble = (headline: string, paragraphs: readonly string[], line: string | undefined, place: (typeof places)[number]): string => {
  const parts = [...paragraphs]
  if (line !== undefined) parts.splice(place === 'before' ? 0 : place === 'between' ? 2 : parts.length, 0, line)
  return `${[headline, ...parts].join('\n\n')}\n`
}

let cleanFindings = 0
for (const { headline, paragraphs } of stories) {
  const { diagnostics } = await lint(assemble(headline, paragraphs, undefined, 'after'), { config })
  cleanFindings += diagnostics.length
  if (values.show) for (const d of diagnostics) console.log(`  clean finding: ${d.ruleId} ${JSON.stringify(d.actual)}`)
}

const pad = (s: string | number, n: number) => String(s).padEnd(n)
console.log(`Residue lines of each kind in ${stories.length} Brown press stories of the eval split (found/total)`)
console.log(`${pad('kind', 40)}${places.map((p) => pad(p, 12)).join('')}all`)
let found = 0
let total = 0
let stray = 0
for (const [kind, lines] of Object.entries(kinds)) {
  const row: number[] = []
  let kindFound = 0
  for (const place of places) {
    let hits = 0
    for (const line of lines) {
      for (const { headline, paragraphs } of stories) {
        const text = assemble(headline, paragraphs, line, place)
        const at = text.indexOf(`${line}\n`)
        const { diagnostics } = await lint(text, { config })
        const hit = diagnostics.some((d) => d.offset < at + line.length && at < d.endOffset)
        stray += diagnostics.filter((d) => !(d.offset < at + line.length && at < d.endOffset)).length
        if (hit) hits++
        else if (values.show && stories[0]?.headline === headline) console.log(`  missed ${place}: ${line}`)
      }
    }
    row.push(hits)
    kindFound += hits
  }
  const n = lines.length * stories.length
  found += kindFound
  total += n * places.length
  console.log(`${pad(kind, 40)}${row.map((h) => pad(`${h}/${n}`, 12)).join('')}${kindFound}/${n * places.length} ${Math.round((100 * kindFound) / (n * places.length))}%`)
}
console.log(`${pad('all', 40)}${' '.repeat(36)}${found}/${total} ${Math.round((100 * found) / total)}%`)
console.log(`false alarms: ${cleanFindings} findings on the ${stories.length} stories as they are; ${stray} findings off the inserted line in the ${total} stories with one`)
