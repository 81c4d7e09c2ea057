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

const { values } = parseArgs({ options: { show: { type: 'boolean', default: false }, stories: { type: 'string', default: '6' }, kind: { type: 'string', multiple: true } } })

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
  // Kinds added in session 9 (issue 11: shapes scraped pages leave that the first kinds lacked). A
  // block of several lines is one entry, its lines joined by a line break; it counts as found when
  // every one of its lines is flagged.
  'related-headline lists': [
    'Also read\nCouncil delays vote on harbour toll\nRail workers plan second strike in Dorvik\nTwo held after warehouse fire near Vell',
    'Grain prices ease as the harvest begins\nNew ferry route links Vell and Port Elm\nMayor names a new police chief',
    'Related\n\nSchools in Dorvik to stay shut until Monday\n\nFuel tanker overturns on coast road',
    'Dorvik council approves new budget\nStorm knocks out power to 4,000 homes\nLocal team books place in cup final\nWater rates to rise from April',
    'You may also like:\nHow the port strike changed the town\nWhy fish prices keep rising',
    'Farmers Protest Over Water Rights\nHarbour Toll Vote Put Off Again\nNew Hospital Wing Opens In Vell',
  ],
  'slogans and taglines': ['Your city. Your news.', 'Trusted news since 1952', 'Harbour Post — news that matters', 'The voice of the valley', 'Real news, real fast', 'Independent. Local. Always.'],
  'hashtag lines': ['#HarbourStrike', '#Dorvik #PortElm #Floods', '#BreakingNews', '#Election2024 #VellVotes'],
  'update and correction heads': ['UPDATE 2-Harbour strike ends after nine days', 'UPDATED (10:42 IST) -', 'REFILE-Port of Vell reopens after storm', 'CORRECTED-Dorvik council backs new toll (fixes date)', 'UPDATE 1'],
  'long present-tense captions': [
    'A fisherman mends his nets on the beach at Vell as the sun sets over the bay on Tuesday, a day after the storm passed.',
    'Rescue workers search through the rubble of a collapsed building in Dorvik while residents look on, March 3, 2021.',
    'Supporters of the opposition party wave flags and chant slogans outside the election office in Port Elm on Sunday.',
    'Commuters wade through a flooded street after heavy rain in the old quarter of Dorvik on Monday morning.',
  ],
  'bylines with stamps and reading times': ['By Lena Berg | Updated: Jan 4, 2022, 11:05 IST', 'Jo Lind · 4 min read', 'Written by Omar Haddad Published 14 June 2020', 'Harbour Post Staff Writer | 2 hours ago'],
  'author bios': [
    'Lena Berg is a senior correspondent covering shipping and trade. She can be reached at lena.berg@harbourpost.example.',
    '(The author is a professor of economics at Vell University. Views expressed are personal.)',
    'Jo Lind writes about energy and climate for the Valley Courier. Follow him on X @jolind.',
    'The writer is a former diplomat.',
  ],
  'breadcrumb trails': ['Home / News / Region', 'Home > Business > Markets > Shipping', 'News » Region » Port Elm', 'Sport / Cricket / Domestic'],
  'share and comment counts': ['12 Shares', 'Comments (4)', '342 views', '5 comments', '1.2K shares | 87 comments'],
  'app and newsletter prompts': ['Get the Harbour Post app for the latest news', 'Read this story in our app', 'Sign up to our free daily briefing', 'Download the Valley Courier app on iOS and Android', 'Get alerts on your phone'],
  'cookie and consent notices': ['We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.', 'Accept all cookies', 'Manage consent preferences', 'This site uses cookies. Learn more.'],
  'click-here prompts': ['Click here to read more', 'Click here for full coverage of the floods', 'For more stories from Dorvik, click here', 'Click to enlarge'],
  'image credits in other formats': ['(Photo credit: Lena Berg)', 'Image source: Harbour Post', 'Picture: Jo Lind', 'Pic: WNA', 'Representational image', 'Photograph: Jo Lind/Harbour Post', 'Credit: Port of Vell Authority', 'Photo: Courtesy of the Dorvik museum'],
  'contents and jump links': ['Table of Contents', 'In this article', 'Jump to section', 'Contents\n1. The strike\n2. What the union wants\n3. What happens next'],
  'advertisement markers': ['ADVERTISEMENT', 'Story continues below advertisement', 'Article continues below', 'Scroll to continue with content', 'Sponsored content', 'Continue reading below'],
  'poll widgets': ['Poll: Should the harbour toll be scrapped?\nYes\nNo\nCan’t say', 'Vote now', 'View results', 'Do you agree with the council’s decision? Vote below.'],
  'trending and most-read lists': ['Most Read\n1. Harbour toll scrapped after vote\n2. Storm warning for coast\n3. Rail fares to rise', 'Trending now', 'Most popular', 'Top 5 this week'],
  'feed disclaimers': [
    'This story has been published from a wire agency feed without modifications to the text.',
    'Disclaimer: This is an auto-generated story from a syndicated news feed.',
    '(Only the headline and picture of this report may have been reworked by the Harbour Post staff; the rest of the content is auto-generated from a syndicated feed.)',
    'The views and opinions expressed in this article are those of the author and do not reflect those of the Valley Courier.',
  ],
  'copyright lines': ['© 2023 Harbour Post. All rights reserved.', 'Copyright (c) Valley Courier 2021', '(c) WNA 2019', 'Harbour Post ©', 'All material copyright the publishers', 'Copyright 2020 WNA. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.'],
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
// `--kind WORD` (repeatable) measures only the kinds whose name holds one of the words.
const chosen = Object.entries(kinds).filter(([kind]) => !values.kind || values.kind.some((k) => kind.includes(k)))
for (const [kind, lines] of chosen) {
  const row: number[] = []
  let kindFound = 0
  for (const place of places) {
    let hits = 0
    for (const line of lines) {
      for (const { headline, paragraphs } of stories) {
        const text = assemble(headline, paragraphs, line, place)
        const at = text.indexOf(`${line}\n`)
        const { diagnostics } = await lint(text, { config })
        const overlaps = (from: number, to: number) => (d: { offset: number; endOffset: number }) => d.offset < to && from < d.endOffset
        // Every non-blank line of the entry must be flagged (a block of several lines counts once).
        let from = at
        const hit = line.split('\n').every((part) => {
          const start = text.indexOf(part, from)
          from = start + part.length
          return part.trim() === '' || diagnostics.some(overlaps(start, start + part.length))
        })
        stray += diagnostics.filter((d) => !overlaps(at, at + line.length)(d)).length
        if (hit) hits++
        else if (values.show && stories[0]?.headline === headline) console.log(`  missed ${place}: ${JSON.stringify(line)}`)
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
