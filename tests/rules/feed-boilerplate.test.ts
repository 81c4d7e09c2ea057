import { parseRuleOptions } from '../../src/config/resolve.js'
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { isEndMark } from '../../rules/lib/end-marks.js'
import rule, { boilerplateEntries, patternProblem } from '../../rules/feed-boilerplate.js'
import { describeDiagnostic, fixRule, lintRule } from '../helpers.js'

const lint = (text: string, options?: Record<string, unknown>) => lintRule(rule, text, options).map(describeDiagnostic)
const allIds = boilerplateEntries.map((e) => e.id)

describe('data list rules/data/feed-boilerplate.json', () => {
  test('is the file the rule loads, with unique kebab-case ids', () => {
    const raw = JSON.parse(readFileSync(new URL('../../rules/data/feed-boilerplate.json', import.meta.url), 'utf8')) as { entries: { id: string }[] }
    expect(raw.entries.map((e) => e.id)).toEqual(allIds)
    expect(new Set(allIds).size).toBe(allIds.length)
  })

  test.each(boilerplateEntries.map((e) => [e.id, e] as const))('%s: its example fires on its own', (_id, entry) => {
    const keep = new Set([entry.id, ...(entry.follows ?? [])])
    const diagnostics = lintRule(rule, entry.example, { exclude: allIds.filter((id) => !keep.has(id)) })
    expect(diagnostics.length).toBeGreaterThan(0)
    if (entry.follows) expect(diagnostics.map((d) => d.messageId)).toContain('lines')
  })

  test.each(boilerplateEntries.map((e) => [e.id, e] as const))('%s: its near miss does not fire', (_id, entry) => {
    expect(lint(entry.nearMiss)).toEqual([])
  })

  test.each(boilerplateEntries.map((e) => [e.id, e.pattern] as const))('%s: its pattern is safe', (_id, pattern) => {
    expect(patternProblem(pattern)).toBeUndefined()
  })
})

describe('patternProblem', () => {
  test.each([
    ['(a+)+', /nested unbounded/u],
    ['(?:\\w+\\s?)*', /nested unbounded/u],
    ['(a|ab)*', /nested unbounded/u],
    ['(x{1,3}){2,}', /nested unbounded/u],
    ['((a+)b)*', /nested unbounded/u],
    ['(a)\\1', /backreferences/u],
    ['(unclosed', /valid regular expression/u],
    ['a'.repeat(601), /at most 600/u],
  ])('rejects %s', (pattern, problem) => {
    expect(patternProblem(pattern)).toMatch(problem)
  })

  test.each(['^Watch: .{1,80}$', '(?:ab|cd){1,4}', '[(+*]{2,}', '\\(x+\\)+', '(?:a b){0,3}c+'])('accepts %s', (pattern) => {
    expect(patternProblem(pattern)).toBeUndefined()
  })
})

describe('options', () => {
  test('extra phrases match case-insensitively across whitespace, whole words only', () => {
    const options = { extra: ['sponsored by Harbor Bank'] }
    expect(lint('Ships waited.\n\nSponsored  by harbor bank\n\nThe port closed.', options)).toEqual([
      '3:1-5:1 line Unexpected feed residue `Sponsored by harbor bank`, remove the line',
    ])
    expect(lint('The race was sponsored by Harbor Banking Group.', options)).toEqual([])
    expect(lint('The race was sponsored by Harbor Bank, officials said.', options)).toEqual([
      '1:14-1:38 inline Unexpected feed residue `sponsored by Harbor Bank`, remove it',
    ])
  })

  test('extra /regex/ items match within a line, ^ and $ anchoring to it', () => {
    const options = { extra: ['/^Watch: .{1,80}$/'] }
    expect(lint('The port closed.\nWatch: crews clear the pier\nShips waited.', options)).toEqual([
      '2:1-3:1 line Unexpected feed residue `Watch: crews clear the pier`, remove the line',
    ])
    expect(lint('Residents can watch: the pier opens at noon.', options)).toEqual([])
  })

  test('unsafe or invalid user patterns are rejected at load with a clear message', () => {
    expect(() => parseRuleOptions(rule, { extra: ['/(a+)+$/'] })).toThrow(/nested unbounded quantifiers/u)
    expect(() => parseRuleOptions(rule, { extra: ['/(oops/'] })).toThrow(/valid regular expression/u)
    expect(() => parseRuleOptions(rule, { exclude: ['no-such-entry'] })).toThrow(/built-in entry/u)
    expect(() => parseRuleOptions(rule, { extras: [] })).toThrow()
  })

  test('exclude turns built-in entries off', () => {
    expect(lint('The port closed.\n\nAdvertisement', { exclude: ['advertisement'] })).toEqual([])
  })
})

describe('seed-like residue (invented copy)', () => {
  const story = [
    'Port strike ends in Norvale',
    '',
    'WNA | Norvale | Updated: 04-05-2023 11:20 IST | Created: 04-05-2023 11:20 IST',
    'Port strike ends in Norvale',
    'Representative Image . Image Credit: WNA',
    '  • Country:',
    '  • Freedonia',
    '',
    'Dockers in Norvale returned to work on Monday after a week-long strike.',
    '',
    '(This story has not been edited by Lantern Daily staff and is auto-generated from a syndicated feed.)',
    '',
    'Give Feedback',
  ].join('\n')

  test('flags each residue and removes it cleanly', () => {
    const found = lintRule(rule, story)
    expect(found.map((d) => d.actual.split('\n')[0]?.trim())).toEqual([
      'WNA | Norvale | Updated: 04-05-2023 11:20 IST | Created: 04-05-2023 11:20 IST',
      'Representative Image . Image Credit: WNA',
      '• Country:', // the bullet block takes the paragraph gap after it along, and puts back one line break
      '(This story has not been edited by Lantern Daily staff and is auto-generated from a syndicated feed.)',
      'Give Feedback', // the last paragraph leaves the blank line before it
    ])
    expect(found.map((d) => d.messageId)).toEqual(['line', 'line', 'lines', 'line', 'line'])
    expect(found.map((d) => d.expected[0])).toEqual(['', '', '\n', '', ''])
    expect(fixRule(rule, story)).toBe(
      'Port strike ends in Norvale\n\nPort strike ends in Norvale\n\nDockers in Norvale returned to work on Monday after a week-long strike.\n\n',
    )
  })
})

describe('good and bad lines', () => {
  test.each([
    ['Also Read: Floods close the valley road', 'line'],
    ['Share this:', 'line'],
    ['Tags: ports, strikes, Norvale', 'line'],
    ['Posted at 9:05 AM, Jun 3, 2022', 'line'],
    ['Source: City Desk 2023-06-03 14:02', 'line'],
    ['Story continues below advertisement', 'line'],
    ['Subscribe to our newsletter for the morning briefing.', 'line'],
    ['© Lantern Media 2022', 'line'],
    ['Read more »', 'line'],
    ['The port closed. Click here for the full list of closures.', 'inline'],
    ['The mayor opened the pier (AP Photo/Kim Lowe) on Monday.', 'inline'],
    ['Dockers went back to work. Enditem', 'inline'],
    ['Residents were told to follow us on Twitter for updates, the post said.', 'inline'],
  ])('fires: %s', (text, messageId) => {
    expect(lintRule(rule, text).map((d) => d.messageId)).toEqual([messageId])
  })

  test.each([
    'Readers can click the links in the digital edition, the editor said.',
    'He told reporters to "click here for details," the spokesman recalled.',
    'Related talks will resume in June.',
    'The advertisement ran in three papers.',
    'Copyright law was changed in 2019.',
    'Search teams found the boat on Tuesday.',
    'Top officials met in Norvale.',
    'The image of the pier was shared widely.',
    'Comments from residents were mixed.',
    'Updated: the pier reopens on Monday.',
    'Sources: two officials familiar with the talks.',
    'The share price rose after the Facebook post.',
  ])('does not fire: %s', (text) => {
    expect(lint(text)).toEqual([])
  })
})

describe('residue line classifier', () => {
  // Our own stories: a body paragraph, then the line under test where residue or clean copy stands.
  const body = 'Dockers in Varna Bay went back to work on Monday after the union accepted a new pay offer from the port authority.'
  const after = (line: string) => `Port strike ends\n\n${body}\n\n${line}`
  const before = (line: string) => `Port strike ends\n\n${line}\n\n${body}\n\nThe strike had closed the port for nine days and left forty ships waiting offshore.`
  const residueLines = (text: string) => lintRule(rule, text).filter((d) => d.messageId === 'residueLine').map((d) => d.actual)

  test.each([
    ['after', 'TwitterFacebookTelegram'],
    ['after', 'Email | Print | Comments'],
    ['after', 'More Business News'],
    ['after', '#VarnaBay #Dockers'],
    ['after', '| | |'],
    ['after', 'shipping desk 9 minutes ago'],
    ['before', '3 Min Read'],
    ['before', 'March 3, 2020 / 10:42 AM / 2 years ago'],
    ['after', 'Send to a friend'],
    ['after', 'Join our Telegram channel for the latest updates'],
    ['before', 'Home | World | Business'],
  ])('flags page residue %s the body: %s', (where, line) => {
    expect(residueLines(where === 'after' ? after(line) : before(line))).toEqual([line])
  })

  test.each([
    ['before', 'By Ana Petrov and Li Wei'],
    ['before', 'VARNA BAY, March 3 (Reuters) -'],
    ['before', 'AFP, Tuesday 3 Mar 2020'],
    ['before', '(Xinhua)'],
    ['after', 'Background'],
    ['after', '"We are glad it is over," a docker said.'],
    ['after', '- Pay rises by 4 percent'],
  ])('leaves clean lines alone %s the body: %s', (where, line) => {
    expect(residueLines(where === 'after' ? after(line) : before(line))).toEqual([])
  })

  const tailed = (tail: string) =>
    `Port strike ends\n\n${body}\n\nThe strike had closed the port for nine days and left forty ships waiting offshore, the harbour master said.${tail}`
  const tails = (text: string) => lintRule(rule, text).filter((d) => d.messageId === 'residueTail').map((d) => d.actual)

  test.each([' --WNA', 'kl/rt', ' ./.'])('flags an end mark glued to the last paragraph: %s', (tail) => {
    expect(tails(tailed(tail))).toEqual([tail.trim()])
  })

  // Our own desk codes of every form (rules/lib/end-marks.ts): certain, whatever the classifier scores.
  test.each([' -- WNA', ' -Agencies', ' xy-zw/ab', ' END/KR/TL', ' (KR: Ana)', ' NNN', ' —ORB'])('flags an end mark glued to the last paragraph: %j', (tail) => {
    expect(tails(tailed(tail))).toEqual([tail.trim()])
  })

  test.each(['ab/cd', 'abc-de/fgh', 'END/KR/TL', 'WNA/KR/TL/0930 hrs', 'PTI KR TLM', '(KR: Ana Roe)', 'IST: 0930 HRS, MAR 3, 2021 / KR', 'NNN', './.', '--ORB'])(
    'flags an end mark on its own line: %j',
    (mark) => {
      expect(residueLines(after(mark))).toEqual([mark])
      expect(residueLines(`Strike ends\n\n${body}\n\n${mark}`)).toEqual([mark])
    },
  )

  test.each(['AC/DC', 'and/or', 'HIV/AIDS', '(Note: see below)', '- Pay rises by 4 percent', 'By Ana Roe', 'KR', '(Reuters)', 'Reporting by Ana Roe; Editing by Li Wei'])(
    'a line that only looks like an end mark is not one: %j',
    (line) => {
      expect(isEndMark(line)).toBe(false)
    },
  )

  test.each([' (Reuters)', '', ' He left at 9 a.m. Tuesday'])('leaves a story end alone: %j', (tail) => {
    expect(tails(tailed(tail))).toEqual([])
  })

  test('a text of one or two lines is not classified, and the option turns it off', () => {
    expect(residueLines('Latest Stories\n\nTwitterFacebookTelegram')).toEqual([])
    expect(lintRule(rule, after('TwitterFacebookTelegram'), { classifier: false })).toEqual([])
  })

  test('a line a pattern already flags is reported once, by the pattern', () => {
    const found = lintRule(rule, after('Give Feedback')).map((d) => d.messageId)
    expect(found).toEqual(['line'])
  })
})

describe('kinds of page residue from sites never seen (issue 11), in our own words', () => {
  const body = 'Dockers in Varna Bay went back to work on Monday after the union accepted a new pay offer from the port authority.'
  const body2 = 'The strike had closed the port for nine days and left forty ships waiting offshore, the harbour master said.'
  const place = {
    before: (line: string) => `Port strike ends\n\n${line}\n\n${body}\n\n${body2}`,
    between: (line: string) => `Port strike ends\n\n${body}\n\n${line}\n\n${body2}`,
    after: (line: string) => `Port strike ends\n\n${body}\n\n${body2}\n\n${line}`,
  } as const
  /** The flagged text of every finding (list, classifier or end-mark grammar). */
  const flagged = (text: string) => lintRule(rule, text).map((d) => (d.actual ?? '').trim())

  test.each([
    // navigation and section labels
    ['before', 'World News'],
    ['before', 'HARBOUR NEWS'],
    ['before', 'Home › Business › Shipping'],
    ['before', 'HomeWorldBusinessShipping'],
    // related-story blocks
    ['after', 'Read More...'],
    ['after', 'Up next in Business'],
    // bylines and time stamps glued to lines
    ['before', 'Korivan Desk'],
    ['before', 'Dalmo Staff4 Min Read'],
    ['before', 'April 3, 2021 / 8:15 PM / 3 years ago'],
    ['before', 'shipping desk23 minutes ago'],
    ['before', 'Updated: 04-03-2021 20:15 IST'],
    ['before', '8:15 PM, April 3, 2021'],
    // share and comment widgets
    ['after', 'Tell a friend'],
    ['after', 'Post your comments'],
    ['after', 'Leave your comment3 comments'],
    ['after', '• copy link'],
    ['after', 'Email|Print|Comments'],
    // newsletter, app and channel pitches, reader appeals
    ['after', 'Get the latest Korivan Herald news on your phone: download our app'],
    ['after', 'Subscribe to the Dalmo Daily newsletter for free'],
    ['after', 'Join our WhatsApp channel for breaking news'],
    ['after', 'Click here to read more shipping news.'],
    // media-player messages, short or as long as a sentence of prose
    ['between', 'This video cannot be played in your browser'],
    ['after', 'Audio is not supported on your device.'],
    ['between', 'Loading player...'],
    ['after', 'Older browsers are not supported. To watch the video, open this page in a newer browser.'],
    ['after', 'The recording could not be played, either because the link expired or the file type is not supported here.'],
    // a long caption opened by its picture
    ['after', 'WNA file pic shows dock workers unloading crates at the quay in Dorvik.'],
    // photo credits
    ['between', 'Ana Roe/AFP'],
    ['after', 'Photo by Korivan Herald'],
    // reading times, counts and labels over link lists
    ['after', 'Reading time: 4 min'],
    ['before', 'Harbour desk · 12 min ago'],
    ['after', 'Picked for you'],
    ['after', 'Shares 48'],
    // pitches written as prose: a call to act or words to the reader after the story
    ['after', 'Enjoyed this? Share it with a friend and follow us for more.'],
    // notes of the page about the copy itself, as long as a sentence of prose
    ['after', 'This article first appeared in the Korivan Herald and is republished with permission.'],
    ['between', 'THIS IS A BREAKING NEWS UPDATE. The earlier story follows below, with the harbour master’s figures.'],
    // session 9: captions in the present, writers' bios, cookie and consent banners
    ['between', 'Two nurses carry a stretcher across the flooded square in Kelm on Friday, a day after the river burst its banks.'],
    ['after', 'A street sweeper clears fallen leaves outside the town hall in Dalmo on Monday morning.'],
    ['after', '(The writer teaches maritime law at Dalmo University. Views expressed are personal.)'],
    ['after', 'Ana Roe is a staff reporter covering the harbour. She can be reached at ana.roe@korivan.example.'],
    ['between', 'We use cookies to tailor what you see. By continuing you accept our cookie policy.'],
    ['after', 'Manage consent preferences'],
  ] as const)('flags %s the body: %s', (where, line) => {
    expect(flagged(place[where](line))).toContainEqual(expect.stringContaining(line.slice(0, 12)))
  })

  test('a list of headlines after the story is a related-story block', () => {
    const list = ['Korivan port workers vote on new shift plan', 'Floods close the northern rail line for a week', 'Dalmo council delays its budget vote again']
    const text = `${place.after(list.join('\n'))}\n`
    expect(flagged(text)).toEqual(list)
  })

  test('a bare time stamp standing first is residue, not a headline', () => {
    expect(flagged(`April 3, 2021 8:15 pm\n\n${body}\n\n${body2}`)).toEqual(['April 3, 2021 8:15 pm'])
  })

  test.each([
    ['between', 'Background'],
    ['between', 'Key facts'],
    ['between', 'What happens next'],
    ['between', 'A long dispute over night shifts'],
    ['before', 'By Ana Roe and Tomas Lind'],
    ['before', 'VARNA BAY, April 3 (WNA) -'],
    ['before', 'AFP, Saturday 3 Apr 2021'],
    ['between', 'Reuters reported on Monday that the port would reopen after the union accepted the offer, citing two officials.'],
    ['between', '"You will see ships moving by Tuesday," the harbour master told reporters.'],
    ['after', 'Reporting by Ana Roe; Editing by Tomas Lind'],
    ['between', '- Night shifts end at 10 pm'],
    // an imperative or `you` inside a quotation is the story's, and so is a short subhead
    ['between', '"Follow the money," the auditor told the committee on Tuesday, and the ministry said it would publish its accounts.'],
    ['between', 'Rising costs'],
    ['before', '• AAP-Kyodo'],
    // news about a video or a photograph is story text (issue 11: media notes are the page's)
    ['between', 'The footage could not be independently verified by WNA.'],
    ['between', 'A photograph taken in 1988 shows the pier before the storm, the museum said.'],
    ['between', 'Officials said the livestream was not available in the north for two days.'],
    ['between', 'Follow the money'],
    // A past-tense report, a review in the present after its subject is named, a present-tense
    // sentence with an auxiliary: story text, whatever their place or day.
    ['between', 'Two nurses carried a stretcher across the flooded square in Kelm on Friday after the river burst its banks.'],
    ['between', 'She sings the part of the harbour master in the Dalmo production on Friday, and the hall is full.'],
    ['between', 'The council is expected to approve the harbour plan at its meeting in Kelm on Friday.'],
    ['between', 'Bakers in Kelm sold more cookies this winter than in any year since 1990, the guild reported.'],
  ] as const)('leaves clean copy alone %s the body: %s', (where, line) => {
    expect(flagged(place[where](line))).toEqual([])
  })

  test('the story\'s own credit line stays, even next to residue', () => {
    expect(flagged(place.after('Give Feedback\n\nReporting by Ana Roe; editing by the Korivan desk'))).toEqual(['Give Feedback'])
  })

  test('a brief of short sentences has no body unit, and none of its sentences is residue', () => {
    expect(flagged('Port strike ends\n\nDockers went back to work.\n\nShips waited offshore.\n\nThe harbour reopened at noon.')).toEqual([])
  })

  test('a headline, its deck and a subhead above the body are no related block', () => {
    const text = `Port strike ends after nine days\n\nDockers accept a new pay offer from the port authority\n\nA long dispute over night shifts\n\n${body}\n\n${body2}`
    expect(flagged(text)).toEqual([])
  })

  // Session 9 (issue 11): shapes of residue the classifier missed as lines, in our own words.
  test.each([
    ['labelled, between paragraphs', place.between('Also read\nKelm ferry fares to double in spring\nTwo arrested after depot fire in Dalmo\nNew head named at Korivan port')],
    ['labelled and numbered, after the body', place.after('Most Read\n1. Kelm ferry fares to double in spring\n2. Depot fire in Dalmo\n3. New head named at Korivan port')],
    ['unlabelled, between paragraphs', place.between('Kelm ferry fares to double in spring\nTwo arrested after depot fire in Dalmo\nNew head named at Korivan port')],
  ])('a list of story links is residue as a block: %s', (_where, text) => {
    expect(flagged(text).join('\n')).toMatch(/Kelm ferry fares[^]*Depot fire in Dalmo|Kelm ferry fares[^]*depot fire in Dalmo[^]*Korivan port/iu)
    expect(flagged(text).filter((f) => /Korivan port/u.test(f))).toHaveLength(1)
  })

  // The story's own inset box: a short head over verbless items, set between body paragraphs.
  test.each([
    ['a fact box', 'Key facts\nCost: 40 million euros\nSailings: 12 a day\nOpened: Tuesday after ten years of delays'],
    ['a list of items under a short head', 'What the terminal offers\nTwo covered waiting halls\nA car deck for 80 vehicles\nDirect bus links to the town centre'],
  ])('leaves the story\'s own box between paragraphs alone: %s', (_what, box) => {
    expect(flagged(place.between(box))).toEqual([])
  })

  test('a menu label over the story\'s headline and deck takes neither of them', () => {
    const text = `Latest News\n\nPort strike ends after nine days\n\nDockers accept a new pay offer from the port authority\n\n${body}\n\n${body2}`
    expect(flagged(text).filter((f) => /Port strike|Dockers accept/u.test(f))).toEqual([])
  })


})

test('npm run train:residue rebuilds the committed model byte for byte', async () => {
  const { spawnSync } = await import('node:child_process')
  const { mkdtempSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const path = await import('node:path')
  const root = path.resolve(import.meta.dirname, '../..')
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'wirelint-residue-')), 'model.json')
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/train-residue.ts', `--out=${out}`], { cwd: root, encoding: 'utf8' })
  expect(result.stderr).toBe('')
  expect(readFileSync(out, 'utf8')).toBe(readFileSync(path.join(root, 'rules/data/residue-model.json'), 'utf8'))
}, 240_000)

describe('a removed line is reported where its text starts', () => {
  test('the last line of a paragraph: the span starts at the text and the paragraph gap survives the fix', () => {
    const text = 'The port closed on Monday.\nGive Feedback\n\nShips waited offshore.'
    const [finding] = lintRule(rule, text, { classifier: false })
    expect(finding).toMatchObject({ line: 2, column: 1, actual: 'Give Feedback\n\n', expected: ['\n'] })
    expect(fixRule(rule, text, { classifier: false })).toBe('The port closed on Monday.\n\nShips waited offshore.')
  })

  test('the last line of the story keeps the line break before it', () => {
    const text = 'The port closed on Monday.\nGive Feedback\n'
    expect(lintRule(rule, text, { classifier: false })[0]).toMatchObject({ line: 2, column: 1, actual: 'Give Feedback\n' })
    expect(fixRule(rule, text, { classifier: false })).toBe('The port closed on Monday.\n')
  })
})

// Inline patterns run without the `u` flag on stories where it cannot matter (issue 14): a story
// with a long s or a Kelvin sign (which `iu` folds to `s` and `k`), or an astral character, must
// still match as with `u`.
describe('inline patterns with and without the u flag', () => {
  const story = (residue: string) => `The port reopened on Monday after the storm.\n\n${residue}\n\nShips queued outside the harbour.\n`
  test.each([
    ['The mayor said pleaſe enable JavaScript.', '3:16-3:41 inline Unexpected browser banner `pleaſe enable JavaScript.`, remove it'],
    ['Readers were told to clic\u212a here for more.', '3:22-3:42 inline Unexpected link prompt `clic\u212a here for more.`, remove it'],
    ['The mayor said \u{1F6A2} please enable JavaScript.', '3:19-3:44 inline Unexpected browser banner `please enable JavaScript.`, remove it'],
    ['The mayor said please enable JavaScript.', '3:16-3:41 inline Unexpected browser banner `please enable JavaScript.`, remove it'],
  ])('%s', (residue, expected) => {
    expect(lint(story(residue))).toEqual([expected])
  })
})
