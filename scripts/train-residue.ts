// npm run train:residue: builds rules/data/residue-model.json, the line classifier behind
// feed-boilerplate's `residueLine` finding. Deterministic (seeded).
//
// Training stories are built from Brown press copy (the body: clean, edited prose) with lines
// around and inside it that this script generates from templates of the KINDS of page residue
// (navigation and section labels, time stamps, share and comment widgets, media-player messages,
// photo credits, agency end marks and desk sign-offs, symbol rows, hashtags, related-story lists)
// and of clean lines that are not prose either (subheads, bylines, datelines, list items, short
// quoted lines). Each candidate line gets the shape features of rules/lib/residue.ts; a logistic
// regression separates residue from clean lines; the threshold is set on stories built from
// other Brown files so that at most `--fa` of their clean candidate lines would be flagged.
// No corpus text is used: the templates are ours.
import { writeFileSync } from 'node:fs'
import { createStory } from '../src/engine/story/index.js'
import { featureNames, isCandidate, lineFeatures, lineTail, residueContext, residueLogit } from '../rules/lib/residue.js'
import { rng, splitOf } from '../rules/lib/garbled/synth.js'
import { brownPress, detokenize } from './lib/brown.js'

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/u, '').split('=') as [string, string]))
const num = (key: string, fallback: number): number => Number(args.get(key) ?? fallback)
const epochs = num('epochs', 20)
const rate = num('rate', 0.2)
const l2 = num('l2', 1e-4)
const targetFalseAlarms = num('fa', 0.011)
const out = args.get('out') ?? 'rules/data/residue-model.json'
const random = rng(num('seed', 2))
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
const chance = (p: number): boolean => random() < p
const int = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1))

const sections = ['News', 'World', 'US & World', 'India', 'Business', 'Markets', 'Sports', 'Cricket', 'Tennis', 'Politics', 'Opinion', 'Entertainment', 'Lifestyle', 'Health', 'Science', 'Tech', 'Technology', 'Economy', 'National', 'Local', 'Regional', 'Asia', 'Europe', 'Africa', 'Middle East', 'Front Page', 'Top Stories', 'Nation', 'City', 'Metro', 'Education', 'Environment', 'Auto', 'Travel', 'Videos', 'Photos']
const labelWords = ['Latest', 'Top', 'Most Read', 'Popular', 'Trending', 'Related', 'Recommended', 'More', 'Live', 'Breaking', 'Featured', 'Editor’s Picks', 'Also Read', 'Read More', 'Check Also', 'You May Also Like', 'Selections for you', 'Next In', 'More From', 'Don’t Miss', 'In Focus', 'Must Watch']
const labelNouns = ['News', 'Stories', 'Posts', 'Articles', 'Updates', 'Headlines', 'Videos', 'Coverage', 'Reads']
const social = ['Facebook', 'Twitter', 'WhatsApp', 'LinkedIn', 'Telegram', 'Instagram', 'YouTube', 'Email', 'Print', 'Pinterest', 'Reddit', 'Koo', 'X', 'Copy link', 'Share']
const widgetLines = ['Tell a friend', 'Post your comments', 'Leave your comment', 'Write a comment', 'Comments', 'Share this', 'Share', 'Print this page', 'Email this story', 'Save', 'Bookmark', 'Listen to this article', 'Text size', 'Follow us', 'Subscribe', 'Sign in', 'Log in', 'Register', 'Home', 'Menu', 'Search', 'Close', 'Back to top', 'Top', 'Next', 'Previous', 'Load more', 'Show comments', 'View all', 'See all', 'Advertisement', 'Sponsored', 'Skip ad', 'Logo', 'Image', 'Video', 'Gallery']
const playerLines = ['Video Player is loading.', 'Play Video', 'This video is unavailable', 'Your browser does not support the video tag.', 'Press play to listen', 'Now playing', 'Pause', 'Unmute', 'Loaded: 0%', 'Current Time 0:00', 'Duration 2:41']
const pitches = ['Get the latest news on WhatsApp', 'Join our Telegram channel for updates', 'Subscribe to our newsletter', 'Download our app for breaking news', 'Follow us for more stories', 'Get breaking news alerts', 'Sign up for the morning briefing', 'Stay updated with our daily digest']
/** Wire agencies, which credit stories and datelines (photo agencies credit pictures only). */
const wireAgencies = ['AP', 'AFP', 'Reuters', 'PTI', 'ANI', 'IANS', 'UNI', 'Xinhua', 'Yonhap', 'Kyodo', 'TASS', 'AAP', 'APP', 'Bernama', 'WAM', 'Anadolu', 'UPI', 'dpa']
const agenciesList = ['AP', 'AFP', 'Reuters', 'PTI', 'ANI', 'IANS', 'UNI', 'Xinhua', 'EPA', 'Yonhap', 'Kyodo', 'TASS', 'AAP', 'APP', 'Bernama', 'WAM', 'Anadolu', 'NNN', 'Getty Images', 'Bloomberg']
const first = ['Ravi', 'Anna', 'Li', 'Omar', 'Maria', 'Kofi', 'Sara', 'Yuki', 'Ivan', 'Priya', 'Tom', 'Lena', 'Ahmed', 'Mei', 'Jon']
const last = ['Kumar', 'Lind', 'Wei', 'Haddad', 'Silva', 'Mensah', 'Berg', 'Tanaka', 'Petrov', 'Nair', 'Reyes', 'Okafor', 'Chen', 'Novak', 'Roe']
const places = ['New Delhi', 'Mumbai', 'Karachi', 'Dhaka', 'Beijing', 'Tokyo', 'Seoul', 'London', 'Paris', 'Nairobi', 'Lagos', 'Cairo', 'Moscow', 'Washington', 'Geneva', 'Sydney', 'Colombo', 'Kathmandu']
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const monthShort = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const zones = ['IST', 'GMT', 'BST', 'ET', 'EST', 'UTC', 'BJT', 'PKT', 'JST', 'AM', 'PM', 'am', 'pm', 'a.m.', 'p.m.', 'hrs']
const name = (): string => `${pick(first)} ${pick(last)}`
const pad = (n: number): string => String(n).padStart(2, '0')
const caseOf = (text: string): string => (chance(0.2) ? text.toUpperCase() : chance(0.15) ? text.toLowerCase() : text)

function date(): string {
  const d = int(1, 28)
  const y = int(2009, 2025)
  const m = int(1, 12)
  return pick([
    `${pick(monthNames)} ${d}, ${y}`,
    `${pick(weekdays)}, ${pick(monthNames)} ${d}, ${y}`,
    `${d} ${pick(monthNames)} ${y}`,
    `${pick(monthShort)} ${d}, ${y}`,
    `${y}-${pad(m)}-${pad(d)}`,
    `${pad(d)}-${pad(m)}-${y}`,
    `${pad(d)}/${pad(m)}/${y}`,
    `${y}/${m}/${d}`,
  ])
}

function time(): string {
  const h = int(0, 23)
  const mm = pad(int(0, 59))
  return pick([`${h % 12 || 12}:${mm} ${pick(zones)}`, `${pad(h)}:${mm}`, `${pad(h)}:${mm}:${pad(int(0, 59))}`, `${h % 12 || 12}:${mm} ${pick(['AM', 'PM', 'am', 'pm'])} ${pick(['IST', 'ET', 'GMT', ''])}`.trim()])
}

const siteNames = ['The Daily Star', 'Metro Times', 'The Voice of Kerala', 'City Herald', 'Asia Wire', 'News Today', 'Harbour Post']

/** A reader pitch, widget or player message composed from parts, so no one phrase is learnt. */
function composed(): string {
  switch (int(0, 3)) {
    case 0:
      return `${pick(['Join', 'Follow', 'Subscribe to', 'Sign up for', 'Download', 'Get', 'Install', 'Never miss', 'Read', 'Listen to'])} ${pick(['our', 'the', 'our free', `the ${pick(siteNames)}`])} ${pick(['WhatsApp channel', 'Telegram channel', 'newsletter', 'daily newsletter', 'app', 'news alerts', 'morning briefing', 'podcast', 'weekly digest', 'e-paper', 'stories'])}${pick(['', ' for the latest updates', ' for breaking news', ' to stay informed', ' here', ' now', ' today'])}${pick(['', '', '.', '!'])}`
    case 1:
      return `${pick(['Send', 'Email', 'Share', 'Add', 'Write', 'Leave', 'Post', 'View', 'Show', 'Hide', 'Load', 'Read', 'See'])} ${pick(['to a friend', 'your comment', 'your comments', 'a comment', 'comments', 'this story', 'this article', 'more', 'all', 'link', 'full story', 'all replies'])}${chance(0.2) ? String(int(0, 40)) : ''}`
    case 2:
      return `${pick(['This video', 'The video', 'Media playback', 'Audio', 'This content', 'The player', 'This clip'])} ${pick(['cannot be played', 'is not available', 'is unavailable', 'is loading', 'is not supported', 'has been removed'])}${pick(['', ' in your browser', ' on your device', ' in your region', ' at the moment'])}${pick(['', '.'])}`
    default:
      return `${pick(['Also Read', 'Read More', 'Related', 'Read also', 'Check Also', 'Must Read', 'Watch', 'Next'])}${pick([':', ' |', ' -', ' »'])} ${relatedHeadline()}`
  }
}

/** An agency end mark, desk sign-off or filing code (also glued to a last paragraph). */
function endMark(): string {
  const initials = (): string => Array.from({ length: int(2, 3) }, () => String.fromCharCode(97 + int(0, 25))).join('')
  return pick([
    `--${pick(agenciesList)}`,
    `-- ${pick(agenciesList)}`,
    `— ${pick(agenciesList)}`,
    `-${pick(['Agencies', 'IANS', 'PTI', 'ANI', 'Reuters'])}`,
    `${initials()}/${initials()}`,
    `${initials()}-${initials()}/${initials()}`,
    `(${initials().toUpperCase()}: ${pick(first)})`,
    `END/${initials().toUpperCase()}/${initials().toUpperCase()}`,
    'NNN',
    './.',
    `${pick(['BDST', 'IST', 'PKT'])}: ${pad(int(0, 23))}${pad(int(0, 59))} HRS, ${pick(monthShort).toUpperCase()} ${int(1, 28)}, ${int(2010, 2024)} / ${initials().toUpperCase()}`,
    pick(['Enditem', '(Ends)', 'ENDS', '-30-', '###']),
  ])
}

/** An invented word of two or three syllables, so no site, section or person name is learnt. */
function invented(capital = true): string {
  const onsets = ['b', 'd', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'ch', 'sh', 'gr', 'tr', 'h', 'j', 'w', 'f']
  const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ee']
  let word = ''
  for (let i = int(2, 3); i > 0; i--) word += pick(onsets) + pick(vowels)
  if (chance(0.5)) word += pick(['n', 'r', 'l', 's', 'k', 'm'])
  return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word
}

/** A site's name: invented words with a news word (`The Korivan Herald`, `Dalmo Times`). */
function siteName(): string {
  return pick([
    `The ${invented()} ${pick(['Herald', 'Times', 'Post', 'Chronicle', 'Tribune', 'Voice', 'Mirror', 'Observer', 'Express', 'Gazette'])}`,
    `${invented()} ${pick(['News', 'Today', 'Live', 'Online', 'Daily', 'Wire', 'TV', '24'])}`,
    `${invented()}${pick(['News', 'Post', 'Times', 'Live'])}`,
    `${invented().toUpperCase()} ${pick(['NEWS', 'TV', 'ONLINE'])}`,
    pick(siteNames),
  ])
}

/** A section or navigation label: a known section or an invented place's section. */
function section(): string {
  return pick([pick(sections), pick(sections), `${invented()} ${pick(['News', 'Local', 'City', 'Region'])}`, `${pick(sections)} News`, `Latest ${pick(sections)}`])
}

/** A line written in another script (a bilingual site's name or menu), with or without a stamp. */
function otherScript(): string {
  const scripts = [
    ['समाचार', 'भारत', 'आवाज़', 'खेल', 'दुनिया'],
    ['اخبار', 'پاکستان', 'دنیا', 'کھیل', 'آواز'],
    ['新闻', '中国', '世界', '体育', '财经'],
    ['новости', 'мир', 'спорт', 'экономика'],
    ['الأخبار', 'العالم', 'رياضة', 'اقتصاد'],
  ]
  const words = pick(scripts)
  const native = Array.from({ length: int(1, 3) }, () => pick(words)).join(' ')
  return pick([native, `${native}     ${date()} ${time()}`, `${siteName()} ${native}`, `${native} | ${section()}`])
}

/** A byline glued to a stamp or a reading time, as a page lays them out. */
function gluedByline(): string {
  return pick([
    `${pick(agenciesList)} Staff`,
    `${pick(agenciesList)} Staff${int(1, 9)} Min Read`,
    `By ${name()}${pick([', ', ' | ', ''])}${pick(agenciesList)} Staff${chance(0.5) ? ` ${int(1, 9)} Min Read` : ''}`,
    `${name()}${pick(['', ' ', ' | '])}${date()}${chance(0.5) ? ` ${time()}` : ''}`,
    `${section().toLowerCase()} desk${int(2, 59)} ${pick(['minutes', 'hours', 'mins'])} ago`,
    `By ${siteName()} ${pick(['Staff', 'Desk', 'Web Desk', 'News Service'])}${chance(0.5) ? ` | ${date()}` : ''}`,
    `${pick(['Written by', 'Posted by', 'Edited by', 'Author'])}${pick([':', ''])} ${name()}${chance(0.5) ? ` on ${date()}` : ''}`,
    `${name()}, ${pick(['Staff Writer', 'Correspondent', 'Senior Editor', 'Web Desk'])} | ${time()}`,
  ])
}

/** A navigation row or breadcrumb, glued or separated. */
function navRow(): string {
  const items = Array.from({ length: int(2, 6) }, section)
  return pick([items.join(''), items.join(' | '), items.join(' › '), items.join(' > '), items.join(' / '), `Home${pick(['', ' › ', ' » ', ' / '])}${items.join(pick(['', ' › ', ' » ']))}`, items.join(' • ')])
}

/** A photo caption with its credit, or a credit alone. */
function captionLine(): string {
  const subject = pick([`${name()} ${pick(['speaks to reporters', 'arrives for a meeting', 'waves to supporters', 'looks on'])}`, `${pick(['Workers', 'Residents', 'Fans', 'Police officers', 'Farmers'])} ${pick(['gather', 'wait', 'walk', 'stand'])} ${pick(['outside', 'near', 'at'])} ${pick(['a market', 'the stadium', 'city hall', 'a polling station'])} in ${invented()}`, `A view of ${pick(['the harbour', 'the city', 'the flooded road', 'the plant'])}`, `File photo of ${name()}`, `${name()} and ${name()} ${pick(['in', 'at'])} ${invented()} ${int(2009, 2025)}`])
  const credit = pick([` (${pick(agenciesList)})`, ` (Photo: ${pick(agenciesList)})`, ` [Photo/${pick(agenciesList)}]`, `. ${pick(['REUTERS', 'AFP', 'AP'])}/${name()}`, ` ${name()}/${pick(agenciesList)}`, ` (File)`, ` (${pick(['Image', 'Photo'])} courtesy ${siteName()})`, '', ` ${date()}.`])
  return pick([`${subject}${credit}`, `${subject}${credit}`, `${name()}/${pick(agenciesList)}`, `Photo by ${pick([name(), pick(agenciesList), invented()])}`, `${pick(['Photo', 'Image', 'Picture', 'File photo'])}${pick([': ', ' | ', ' - '])}${pick([name(), pick(agenciesList), siteName()])}`])
}

/** A reader pitch composed of parts: newsletters, apps, channels, notifications, donations. */
function pitch(): string {
  return pick([
    `${pick(['Get', 'Read', 'Catch', 'Follow'])} ${pick(['the latest', 'all the', 'breaking', 'live'])} ${pick(['news', 'updates', 'stories', 'headlines', 'scores'])} ${pick(['on', 'with', 'from'])} ${siteName()}${pick(['', ' app', ' on WhatsApp', ' on Telegram', ' on Google News'])}${pick(['', '.', '!'])}`,
    `${siteName()} ${pick(['is now on', 'is available on', 'is on'])} ${pick(['WhatsApp', 'Telegram', 'Google News', 'the App Store', 'YouTube'])}${pick(['', '. Join now', '. Subscribe now', ' - click to join'])}`,
    `${pick(['Click', 'Tap'])} ${pick(['here', 'the bell icon', 'below'])} to ${pick(['subscribe', 'get notifications', 'read more', 'follow us', 'download the app'])}${pick(['', '.'])}`,
    `${pick(['Like', 'Follow'])} us on ${pick(['Facebook', 'Twitter', 'Instagram', 'X'])}${chance(0.5) ? ` and ${pick(['Facebook', 'Twitter', 'Instagram', 'YouTube'])}` : ''}`,
    `${pick(['Support', 'Back'])} ${pick(['our journalism', 'independent news', siteName()])}${pick(['', ' today', ': donate now', ' - subscribe'])}`,
    `${pick(['Allow', 'Enable'])} notifications${pick(['', ' to get the latest news', ' for breaking news'])}`,
    composed(),
    pick(pitches),
    proseAppeal(),
    proseAppeal(),
  ])
}

/** A pitch in sentences, as long as body prose: donations, comments, browsers, apps, feeds. */
function proseAppeal(): string {
  const site = siteName()
  return pick([
    `${pick(['Support', 'Back'])} ${pick(['independent', 'local', 'quality'])} journalism today. You rely on ${site} to stay informed, and we depend on you to ${pick(['keep our reporting free', 'make our work possible', 'fund our newsroom'])}.`,
    `So, what do you think about ${pick(['this', 'the plan', 'this story'])}? ${pick(['Share', 'Tell us', 'Post'])} your ${pick(['views', 'thoughts', 'opinion'])} in the ${pick(['comment section', 'comments', 'box'])} below.`,
    `${pick(['IE 11', 'Your browser', 'This browser'])} is not supported. For ${pick(['an optimal', 'the best', 'a better'])} experience visit our site on another browser.`,
    `${site} ${pick(['daily newspaper', 'e-paper', 'weekend edition'])} is available ${pick(['online now', 'on your phone', 'in the app'])}. ${pick(['Read it', 'Download it', 'Subscribe'])} ${pick(['today', 'now', 'for free'])}.`,
    `Click here to ${pick(['read the full article', 'see the latest news in', 'get updates on', 'watch the video about'])} ${pick([section().toLowerCase(), 'this story', 'markets', site])}.`,
    `${pick(['We value your privacy', 'Your email address will not be published', 'You have reached your limit of free articles'])}. ${pick(['Please read our policy', 'Required fields are marked *', 'Subscribe to keep reading', 'Sign in to continue'])}.`,
    `${pick(['Thank you for reading', 'Thanks for reading'])} ${site}. ${pick(['If you liked this story', 'If you value our work'])}, ${pick(['share it with a friend', 'consider a donation', 'subscribe to our newsletter'])}.`,
    `This is a breaking news update. ${pick(['Check back soon for more', 'Our earlier story follows below', 'Refresh this page for updates'])}.`,
  ])
}

/** A related-story line: a label and a headline, or a headline in a list. */
function relatedLine(): string {
  const headline = chance(0.5) ? relatedHeadline() : sentenceHeadline()
  return pick([
    `${pick(['Also Read', 'ALSO READ', 'Read More', 'Related', 'RELATED', 'Read also', 'You May Also Like', 'Check Also', 'Must Read', 'Also See', 'Next In ' + pick(sections), 'More from ' + siteName(), 'Recommended', 'Trending'])}${pick([':', ' |', ' -', ' »', ':', ''])} ${headline}`,
    `${pick(['RELATED STORIES', 'Related Posts', 'Related Articles', 'More Stories', 'Selections for you', 'Recommended for you', 'Most Read', 'Latest Stories', 'Top Stories', 'In Other News', 'Next Story'])}${pick(['', ':', ' ...'])}`,
    `${headline}${pick(['', ` ${int(1, 59)} ${pick(['minutes', 'hours'])} ago`, ` - ${date()}`, ' Read More...', ' »'])}`,
  ])
}

/** A headline in sentence case (`Port reopens after nine-day strike`), as related lists show them. */
function sentenceHeadline(): string {
  const subjects = ['Port', 'Minister', 'Court', 'Council', 'Rates', 'Floods', 'Markets', 'Police', 'Talks', 'Exports', invented(), `${invented()} ${pick(['mayor', 'port', 'team', 'council'])}`]
  const verbs = ['reopens', 'quits', 'rules on', 'backs', 'rise', 'hit', 'fall', 'probe', 'resume', 'slow', 'wins', 'delays']
  const ends = ['after strike', 'over tax plan', 'in the north', 'for third day', 'as talks stall', 'amid protests', 'ahead of vote', `in ${invented()}`, 'on Monday', '']
  return `${pick(subjects)} ${pick(verbs)} ${pick(ends)}`.trim()
}

/** One line of page residue, of a kind chosen at random. */
function residueLine(): string {
  switch (int(0, 23)) {
    case 16:
      return otherScript()
    case 17:
      return gluedByline()
    case 18:
      return navRow()
    case 19:
      return captionLine()
    case 20:
      return pitch()
    case 21:
      return relatedLine()
    case 22:
      return caseOf(`${pick(['Latest', 'Breaking', 'Live', 'Top', 'More'])} ${pick([section(), siteName()])}${pick(['', ' News', ' Updates'])}`) + pick(['', ':'])
    case 23:
      return pick([siteName(), `${siteName()} :`, `${siteName()} | ${section()}`, `© ${siteName()}`, `${siteName()} - ${pick(['From around the world', 'Your window on the region', 'News that matters', 'Since 1998'])}`])
    case 14:
    case 15:
      return composed()
    case 0:
      return caseOf(chance(0.5) ? pick(sections) : `${pick(sections)} ${pick(labelNouns)}`)
    case 1:
      return caseOf(chance(0.5) ? `${pick(labelWords)} ${pick(labelNouns)}` : pick(labelWords)) + (chance(0.3) ? ':' : '')
    case 2:
      return pick([
        `${date()} ${time()}`,
        date(),
        `${pick(['Updated', 'Posted', 'Published', 'Last Updated', 'First Published', 'Created'])}${pick([':', ' :', '', ' on'])} ${date()}${chance(0.6) ? ` ${time()}` : ''}`,
        `${date()} / ${time()} / ${int(1, 9)} ${pick(['years', 'months', 'days', 'hours'])} ago`,
        `${int(2, 59)} ${pick(['minutes', 'hours', 'mins'])} ago`,
        `${int(1, 9)} Min Read`,
        `${pick(sections).toLowerCase()} desk${int(2, 59)} minutes ago`,
        `${time()}, ${date()}`,
      ])
    case 3: {
      const n = int(2, 6)
      const items = Array.from({ length: n }, () => pick(social))
      return pick([items.join(''), items.join(' '), items.join(' | '), items.join('|'), `• ${items.join(' • ')}`, `Share: ${items.join(' ')}`])
    }
    case 4:
      return caseOf(pick(widgetLines)) + (chance(0.2) ? `${int(0, 40)} comments` : '')
    case 5:
      return pick(playerLines)
    case 6:
      return pick(pitches) + (chance(0.5) ? '' : '.')
    case 7:
      return pick([
        `${name()}/${pick(agenciesList)}`,
        `Photo by ${pick(agenciesList)}`,
        `(Photo: ${pick(agenciesList)})`,
        `[${pick(agenciesList)}/${name()}] |`,
        `File photo (${pick(agenciesList)})`,
        `Image courtesy ${pick(agenciesList)}`,
        `${pick(['Photo', 'Image', 'Pic', 'File'])}: ${pick(agenciesList)}`,
      ])
    case 8:
      return endMark()
    case 9:
      return pick(['|', '||||||', '| | |', '***', '---', '* * *', '•', '»', '|\u00a0|'])
    case 10:
      return Array.from({ length: int(1, 3) }, () => `#${pick(sections).replace(/\W/gu, '')}${pick(['', String(int(2019, 2025)), pick(last)])}`).join(' ')
    case 11:
      return `${pick(['By', 'Author:', 'Edited by', 'Reported by'])} ${name()} | ${date()}${chance(0.5) ? ` | ${time()}` : ''}`
    case 12:
      return pick([`${pick(agenciesList)} Staff`, `${pick(sections)} Desk`, `Web Desk`, `News Desk`, `Staff Reporter`, `${pick(agenciesList)} | ${pick(places)}`])
    default:
      return `Source link`
  }
}

/** A related-story line: a headline-shaped line in a list after a related label. */
function relatedHeadline(): string {
  const words = ['Talks', 'Resume', 'Over', 'Port', 'Deal', 'Rates', 'Rise', 'Minister', 'Quits', 'Floods', 'Hit', 'North', 'Markets', 'Fall', 'Vote', 'Delayed', 'Court', 'Rules', 'On', 'Tax', 'Plan', 'Strike', 'Ends', 'Prices', 'Climb']
  return Array.from({ length: int(3, 8) }, () => pick(words)).join(' ')
}

/** A list item of a fact box. */
function listItem(): string {
  const items = ['Pay rises by 4 percent', 'Night shifts are shorter', 'Fuel taxes cut by 5 percent', 'A new bridge over the river', 'More buses for rural routes', 'Pensions raised from April', 'Schools reopen on Monday', 'Talks resume in June', 'Exports fell 3 percent in May', 'Two ministers resigned', 'The port handles 12 million tonnes a year', 'Voting ends at 6 pm']
  return `${pick(['-', '*', '•', '–', `${int(1, 9)}.`, ''])} ${pick(items)}${chance(0.3) ? '.' : ''}`.trim()
}

/** A clean line that is not prose: a subhead, byline, dateline, list item or short quote. */
function cleanLine(): string {
  switch (int(0, 10)) {
    case 8:
      // Subheads and bylines with names never seen: title case or sentence case, short.
      return pick([
        `The ${invented()} ${pick(['question', 'factor', 'effect', 'road', 'deal', 'years'])}`,
        `${pick(['A', 'The'])} ${pick(['port', 'town', 'vote', 'budget', 'border', 'harvest'])} ${pick(['in trouble', 'on hold', 'that changed', 'under pressure', 'nobody wanted'])}`,
        `${pick(['Why', 'How', 'What', 'Where'])} ${invented()} ${pick(['matters', 'changed', 'voted', 'waits'])}`,
        `${pick(['Cost', 'Risks', 'Delays', 'Lessons', 'Reactions', 'Next steps'])}${pick(['', ' and delays', ' ahead', ' so far'])}`,
        `By ${invented()} ${invented()}`,
        `By ${invented()} ${invented()} in ${invented()}`,
        `${invented().toUpperCase()}, ${pick(monthNames)} ${int(1, 28)} (${pick(wireAgencies)}) -`,
      ])
    case 10:
      // A wire story's own credit line (Reuters style) belongs to it.
      return `${chance(0.3) ? '(' : ''}${pick(['Reporting by', 'Additional reporting by', 'Writing by'])} ${pick([name(), `${invented()} ${invented()}`])}${pick(['', ` in ${pick(places)}`])}; ${pick(['Editing by', 'editing by'])} ${pick([name(), `the ${invented()} desk`])}`
    case 9:
      return `${pick(['Q:', 'A:', '-', '*', '•'])} ${pick(['Will the', 'Does the', 'The'])} ${invented(false)} ${pick(['plan', 'port', 'deal'])} ${pick(['cost more', 'go ahead', 'is on hold'])}${pick(['?', '.', ''])}`
    case 0:
      return pick(['Meet the candidates', 'Follow the money', 'Read the fine print', 'Background', 'Key facts', 'What happens next', 'Reaction', 'The background', 'Why it matters', 'What we know', 'Analysis', 'Timeline', 'Context', 'The numbers', 'Costs and delays', 'A long dispute'])
    case 1:
      return `By ${name()}${chance(0.3) ? ` and ${name()}` : ''}`
    case 2:
      return `${pick(places).toUpperCase()}${pick([':', ' --', ' —', ', ' + pick(monthNames) + ' ' + int(1, 28) + ' (' + pick(wireAgencies) + ') -'])}`
    case 3:
      return `${pick(['-', '*', '•', '1.', '2.'])} ${pick(['Fuel taxes cut by 5 percent', 'A new bridge over the river', 'More buses for rural routes', 'Pensions raised from April', 'Schools to reopen on Monday'])}`
    case 4:
      return `"${pick(['We will not give up', 'It is a good day', 'This is only the start', 'Nobody expected it'])}," ${pick(['she said', 'he said', 'the minister said'])}.`
    case 5:
      return pick(['Q. What did the council decide?', 'A. It approved the plan.', 'Table 1: Votes by district', 'Note: Figures are provisional.'])
    case 6:
      // Agency credits and datelines on their own line are part of wire copy, not page residue.
      return pick([
        pick(wireAgencies),
        `(${pick(wireAgencies)})`,
        `${pick(wireAgencies)}, ${pick(weekdays)} ${int(1, 28)} ${pick(monthShort)} ${int(2009, 2025)}`,
        `${pick(wireAgencies)} News Agency`,
        `${pick(places)}, ${pick(monthNames)} ${int(1, 28)} (${pick(wireAgencies)})`,
        `${pick(places).toUpperCase()}, ${pick(monthShort)} ${int(1, 28)}`,
        `By ${name()}, ${pick(wireAgencies)}`,
      ])
    default:
      return `${pick(first)} ${pick(last)}, ${pick(['a spokesman for the ministry', 'the port director', 'an analyst in ' + pick(places)])}`
  }
}

interface Sample {
  readonly x: number[]
  readonly y: 0 | 1
  /** The line, kept for `--stats`. */
  readonly text?: string
}

/**
 * A story from Brown paragraphs (or, as much copy is laid out, one sentence per line) with residue
 * and clean non-prose lines around and inside it. Both kinds of line stand alone or next to
 * others at the same rates, so where a line stands only says what its zone says.
 */
function buildStory(paragraphs: readonly string[]): { text: string; residue: Set<number>; tails: Set<number> } {
  const lines: { text: string; residue: boolean; gap: boolean; tail?: boolean }[] = []
  const push = (text: string, residue: boolean, gap = chance(0.5), tail = false) => lines.push({ text, residue, gap, tail })
  push(relatedHeadline(), false, true) // the headline
  // Header lines in any order: a byline or dateline may come before or after the page's labels
  // and time stamps, so standing just above the body says nothing by itself.
  const header: { text: string; residue: boolean }[] = []
  for (let i = int(0, 4); i > 0; i--) header.push({ text: residueLine(), residue: true })
  if (chance(0.4)) header.splice(int(0, header.length), 0, { text: cleanLine(), residue: false })
  for (const line of header) push(line.text, line.residue)
  paragraphs.forEach((p, i) => {
    if (i > 0 && chance(0.15)) push(residueLine(), true, chance(0.7))
    if (i > 0 && chance(0.12)) push(cleanLine(), false)
    // An end mark or credit glued to the end of a paragraph, after a space or none.
    if (chance(0.12)) push(`${p.trimEnd()}${chance(0.7) ? ' ' : ''}${endMark()}`, false, true, true)
    // Clean copy run on after a paragraph (a lost line break before a run-in subhead or dateline) is
    // no residue.
    // An agency credit in brackets closing a story is house style, not residue.
    else if (chance(0.04)) push(`${p.trimEnd()} (${pick(wireAgencies)})`, false, true)
    else if (chance(0.05)) push(`${p.trimEnd()} ${pick([cleanLine(), `${pick(places)}, ${pick(monthShort)}. ${int(1, 28)} -- (${pick(agenciesList)})`, `${pick(last)} ${pick(['National Park', 'River Valley', 'City Hall', 'Memorial Stadium'])}`])}`, false, true)
    else push(p, false, true)
  })
  // A subhead and a short list closing the story are part of it (fact boxes, key points).
  if (chance(0.25)) {
    push(pick(['Key facts', 'Key points', 'What we know', 'The numbers', 'Timeline', 'At a glance', 'Background']), false, true)
    for (let i = int(2, 4); i > 0; i--) push(listItem(), false, false)
  }
  // A related-story list with no label, between paragraphs or after the story.
  if (chance(0.15)) for (let i = int(3, 6); i > 0; i--) push(chance(0.5) ? relatedHeadline() : sentenceHeadline(), true, chance(0.3))
  if (chance(0.6)) {
    for (let i = int(1, 4); i > 0; i--) push(residueLine(), true)
    if (chance(0.4)) {
      push(`${pick(['Related', 'Also Read', 'More Stories', 'You May Also Like', 'Read More'])}${chance(0.5) ? ':' : ''}`, true)
      for (let i = int(2, 5); i > 0; i--) push(chance(0.5) ? relatedHeadline() : sentenceHeadline(), true, chance(0.3))
    }
  }
  let text = ''
  const residue = new Set<number>()
  const tails = new Set<number>()
  let lineIndex = 0
  lines.forEach((line, i) => {
    if (i > 0) {
      text += line.gap ? '\n\n' : '\n'
      lineIndex += line.gap ? 2 : 1
    }
    if (line.residue) residue.add(lineIndex)
    text += line.text
    lineIndex += line.text.split('\n').length - 1
    if (line.tail) tails.add(lineIndex)
  })
  return { text: `${text}\n`, residue, tails }
}

function samplesOf(stories: readonly { paragraphs: string[]; sentences: string[] }[], copies: number): { lines: Sample[]; tails: Sample[] } {
  const lines: Sample[] = []
  const tails: Sample[] = []
  for (let c = 0; c < copies; c++) {
    for (const source of stories) {
      const from = int(0, Math.max(0, source.paragraphs.length - 9))
      const body = chance(0.35)
        ? [source.sentences.slice(from * 3, from * 3 + int(6, 20)).join('\n')]
        : source.paragraphs.slice(from, from + int(3, 9))
      const { text, residue, tails: tailLines } = buildStory(body)
      const story = createStory(text)
      const context = residueContext(story)
      for (const line of story.lines) {
        // The first line is the headline; the rule scores it with a wider margin.
        if (line.blank || line.index === context.firstLine) continue
        if (!isCandidate(story, context, line)) {
          // The tail of a body line: an end mark glued to it, or the line's own last words.
          const tail = lineTail(story, line)
          if (!tail) continue
          const features = lineFeatures(story, context, line, tail)
          tails.push({ x: featureNames.map((n) => features[n]), y: tailLines.has(line.index) ? 1 : 0 })
          continue
        }
        // A short line with an end mark glued to it is neither clean nor a residue line.
        if (tailLines.has(line.index)) continue
        const features = lineFeatures(story, context, line)
        lines.push({ x: featureNames.map((n) => features[n]), y: residue.has(line.index) ? 1 : 0, text: line.text })
      }
    }
  }
  return { lines, tails }
}

/** Logistic regression by AdaGrad over shuffled samples. */
function fit(samples: readonly Sample[]): number[] {
  const weights = new Array<number>(featureNames.length).fill(0)
  const squares = new Array<number>(featureNames.length).fill(0)
  const order = samples.map((_, i) => i)
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j] as number, order[i] as number]
    }
    for (const index of order) {
      const sample = samples[index]
      if (!sample) continue
      let z = 0
      for (let k = 0; k < weights.length; k++) z += (weights[k] ?? 0) * (sample.x[k] ?? 0)
      const p = 1 / (1 + Math.exp(-z))
      const g = p - sample.y
      // AdaGrad: each feature's step shrinks with its accumulated gradient, so rare features learn too.
      for (let k = 0; k < weights.length; k++) {
        const grad = g * (sample.x[k] ?? 0) + l2 * (weights[k] ?? 0)
        squares[k] = (squares[k] ?? 0) + grad * grad
        weights[k] = (weights[k] ?? 0) - (rate * grad) / Math.sqrt((squares[k] ?? 0) + 1e-8)
      }
    }
  }
  return weights
}

/**
 * The threshold that flags at most `falseAlarms` of the clean samples of stories built from other
 * Brown files, with the recall it leaves on their residue.
 */
function calibrate(
  name: string,
  weights: readonly number[],
  held: readonly Sample[],
  real: readonly Sample[],
  falseAlarms: number,
): { weights: Record<string, number>; threshold: number } {
  const named = Object.fromEntries(featureNames.map((n, k) => [n, Number((weights[k] ?? 0).toFixed(4))]))
  const logit = (s: Sample) => residueLogit({ weights: named, threshold: 0 }, Object.fromEntries(featureNames.map((n, k) => [n, s.x[k] ?? 0])) as never)
  const cleanLogits = held.filter((s) => s.y === 0).map(logit).sort((a, b) => b - a)
  const residueLogits = held.filter((s) => s.y === 1).map(logit)
  const cut = Math.floor(cleanLogits.length * falseAlarms)
  // Nor may any line of the clean Brown copy itself be flagged (its odd layouts: lists glued with
  // `;;`, datelines run on).
  const realTop = Math.max(0, ...real.map(logit))
  const threshold = Math.max(0, Number((Math.max(cleanLogits[cut] ?? 0, realTop) + 0.001).toFixed(4)))
  if (args.has('stats')) {
    const top = held.filter((s) => s.y === 0).sort((a, b) => logit(b) - logit(a)).slice(0, 25)
    for (const s of top) console.log(`  clean ${logit(s).toFixed(2)} ${s.text?.slice(0, 90)}`)
    const low = held.filter((s) => s.y === 1).sort((a, b) => logit(a) - logit(b)).slice(0, 25)
    for (const s of low) console.log(`  residue ${logit(s).toFixed(2)} ${s.text?.slice(0, 90)}`)
  }
  const recall = residueLogits.filter((l) => l > threshold).length / Math.max(1, residueLogits.length)
  const flagged = cleanLogits.filter((l) => l > threshold).length / Math.max(1, cleanLogits.length)
  console.log(`${name}: calibration on ${residueLogits.length} residue and ${cleanLogits.length} clean samples`)
  console.log(`${name}: threshold ${threshold}: recall ${(100 * recall).toFixed(1)}% of synthetic residue, ${(100 * flagged).toFixed(2)}% of clean samples flagged`)
  for (const [n, w] of Object.entries(named).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 12)) console.log(`  ${n.padEnd(16)} ${w}`)
  return { weights: named, threshold }
}

/** The candidate lines and line tails of clean stories as they are (all clean samples). */
function realSamples(texts: readonly string[]): { lines: Sample[]; tails: Sample[] } {
  const lines: Sample[] = []
  const tails: Sample[] = []
  for (const text of texts) {
    const story = createStory(text)
    const context = residueContext(story)
    for (const line of story.lines) {
      if (line.blank || line.index === context.firstLine) continue
      const candidate = isCandidate(story, context, line)
      const tail = candidate ? undefined : lineTail(story, line)
      if (!candidate && !tail) continue
      const features = lineFeatures(story, context, line, tail)
      ;(candidate ? lines : tails).push({ x: featureNames.map((n) => features[n]), y: 0 })
    }
  }
  return { lines, tails }
}

const train: { paragraphs: string[]; sentences: string[] }[] = []
const calibration: { paragraphs: string[]; sentences: string[]; text: string }[] = []
brownPress('abc').forEach((story, index) => {
  const split = splitOf(true, index)
  const source = {
    text: story.text,
    paragraphs: story.text.split('\n\n').map((p) => p.trim()).filter(Boolean),
    sentences: story.sentences.map((s) => detokenize(s)),
  }
  if (split === 'train') train.push(source)
  else if (split === 'calibration') calibration.push(source)
})

const training = samplesOf(train, num('copies', 40))
console.log(`training: ${training.lines.length} candidate lines (${training.lines.filter((s) => s.y === 1).length} residue), ${training.tails.length} line tails (${training.tails.filter((s) => s.y === 1).length} residue)`)
// --stats=1 prints how often each feature is on in residue and in clean training lines.
if (args.has('stats')) {
  for (const [k, n] of featureNames.entries()) {
    const rate = (y: number) => { const xs = training.lines.filter((s) => s.y === y); return xs.filter((s) => (s.x[k] ?? 0) > 0).length / xs.length }
    console.log(`${n.padEnd(16)} residue ${(100 * rate(1)).toFixed(1)}%  clean ${(100 * rate(0)).toFixed(1)}%`)
  }
}
const lineWeights = fit(training.lines)
const tailWeights = fit(training.tails)
// Calibrate: a threshold flags at most `--fa` of clean candidate lines, and `--tailfa` of clean
// line tails (far more common in prose: every last line of a paragraph has one), of stories built
// from other Brown files.
const held = samplesOf(calibration, num('calcopies', 40))
const real = realSamples(calibration.map((c) => c.text))
const lineModel = calibrate('lines', lineWeights, held.lines, real.lines, targetFalseAlarms)
const tailModel = calibrate('tails', tailWeights, held.tails, real.tails, num('tailfa', 0.02))
const json = {
  description:
    'Line classifier of feed-boilerplate (residueLine, residueTail): logistic weights over the shape features of rules/lib/residue.ts for whole lines and for the short tails of body lines, trained by scripts/train-residue.ts on Brown press copy with generated residue and clean non-prose lines. Do not edit by hand: run `npm run train:residue`.',
  ...lineModel,
  tail: tailModel,
}
writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`)
console.log(`wrote ${out}`)
