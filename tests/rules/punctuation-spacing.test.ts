import { describe, expect, test } from 'vitest'
import rule from '../../rules/punctuation-spacing.js'
import { describeDiagnostic, fixRule, lintRule } from '../helpers.js'

const lint = (text: string, options?: Record<string, unknown>) => lintRule(rule, text, options).map(describeDiagnostic)

describe('fixes', () => {
  test.each([
    ['Representative photo . Credit: WNA', 'Representative photo. Credit: WNA'],
    ['Shares of Harbor Trust , the lender , rose .', 'Shares of Harbor Trust, the lender, rose.'],
    ['Why did it fail ? Nobody knows !', 'Why did it fail? Nobody knows!'],
    // a spaced doubled semicolon, spaces inside square brackets (issue 11)
    ['Dockers went back; ; the port reopened.', 'Dockers went back; the port reopened.'],
    ['Fares rose 5 % and tolls 12.5 %.', 'Fares rose 5% and tolls 12.5%.'],
    ['The port [ in Varna] reopened [on Monday ].', 'The port [in Varna] reopened [on Monday].'],
    ['NORVALE : Dockers went back to work ; the port reopened.', 'NORVALE: Dockers went back to work; the port reopened.'],
    ['"We are ready" , the mayor said.', '"We are ready", the mayor said.'],
    ['The port reopened (WNA) .', 'The port reopened (WNA).'],
    ['The mayor said.The pier will reopen.Crowds cheered.', 'The mayor said. The pier will reopen. Crowds cheered.'],
    ['Why now?Nobody knows.', 'Why now? Nobody knows.'],
    // issue 11 point 5: `.In` is a sentence, not an `.in` address; acronyms and numbers before a capital
    ['Orders from ferry firms.In June they fell.', 'Orders from ferry firms. In June they fell.'],
    ['Funds sold bonds.HSBC\'s unit bought them.', 'Funds sold bonds. HSBC\'s unit bought them.'],
    ['Talks end on Nov. 14.Bond yields fell.', 'Talks end on Nov. 14. Bond yields fell.'],
    ['The index rose.It was the best week.', 'The index rose. It was the best week.'],
    ['Allies backed NATO.The vote was close.', 'Allies backed NATO. The vote was close.'],
    ['The pier reopened (WNA).Crowds cheered.', 'The pier reopened (WNA). Crowds cheered.'],
    ['A letter from Mr.Petrov arrived.', 'A letter from Mr. Petrov arrived.'],
    // the space on the wrong side
    ['The pier reopened on Friday .Crowds cheered.', 'The pier reopened on Friday. Crowds cheered.'],
    ['Shares of Harbor Trust ,the lender, rose.', 'Shares of Harbor Trust, the lender, rose.'],
    // doubled full stops and an abbreviation missing its last period
    ['The index closed at 412..', 'The index closed at 412.'],
    ['He said it was serious.. Then he left.', 'He said it was serious. Then he left.'],
    ['The pier opened at 6:40 a.m.. Crowds cheered.', 'The pier opened at 6:40 a.m. Crowds cheered.'],
    ['The U.K economy and the U.A.E fund grew.', 'The U.K. economy and the U.A.E. fund grew.'],
    ['The  mayor opened   the pier.', 'The mayor opened the pier.'],
    ['The pier opened.  Crowds cheered  loudly.', 'The pier opened.  Crowds cheered loudly.'],
  ])('%s', (text, output) => {
    expect(lint(text).length).toBeGreaterThan(0)
    expect(fixRule(rule, text)).toBe(output)
    expect(lint(output)).toEqual([])
  })

  test('afterSentence also closes two-space sentence gaps', () => {
    expect(fixRule(rule, 'The pier opened.  Crowds cheered.\u201d  Then rain.', { afterSentence: true })).toBe(
      'The pier opened. Crowds cheered.\u201d Then rain.',
    )
  })
})

describe('ellipses made of full stops are suggested, not fixed', () => {
  test.each([
    ['The whole region..the whole world watched.', '1:11-1:22 doubledStop Unexpected doubled full stop in `region..the`, expected `region... the`'],
    ['Votes for the Left....Greens rose.', '1:15-1:29 malformedEllipsis Unexpected run of full stops in `Left....Greens`, expected an ellipsis `Left... Greens`'],
    ['He waited.... and then left.', '1:4-1:14 malformedEllipsis Unexpected run of full stops in `waited....`, expected an ellipsis `waited...`'],
  ])('%s', (text, diagnostic) => {
    expect(lint(text)).toEqual([diagnostic])
    expect(fixRule(rule, text)).toBe(text)
  })
})

describe('positions', () => {
  test('a space before a colon in a dateline', () => {
    expect(lint('NORVALE, May 3 : The port reopened.')).toEqual([
      '1:14-1:17 spaceBefore Unexpected space before `:` in `3 :`, expected `3:`',
    ])
  })

  test('hard-wrapped lines are checked line by line', () => {
    expect(lint('The port reopened\n. Crowds cheered.')).toEqual([])
  })
})

describe('does not fire', () => {
  test.each([
    // every semicolon doubled: a tokeniser's convention (Brown), not a slip; one doubled among singles is
    'Dockers went back;; the port reopened;; ships sailed.',
    // a narrow no-break space before the per cent sign is SI typography
    'Fares rose 5\u202f% on Monday.',
    'Inflation rose 3.5 percent; the index hit 1,000.5 at 10:30 a.m.',
    'Visit example.com, www.norvale.gov.in or mail desk@example.org today.',
    'The U.S. and U.K. envoys met at 9 a.m. on Monday, e.g. in Geneva.',
    'Dr. Kim Lowe, Ph.D., met J.R.R. Smith in St. Louis.',
    'He paused ... then left .... and came back …',
    'A .22 rifle and a .NET library were listed.',
    'The score was 3 : 1 at half-time.',
    'Great news :) said the post.',
    '    Indented quotation lines stay.\n\tSo does a tab.',
    'The pier opened.  Crowds cheered.',
    'The pier opened?  Crowds cheered!  Then rain:  heavy rain.',
    'Name      Age   Town\nKim Lowe  34    Norvale',
    'Trailing spaces are invisible.   ',
    'Files such as report.Final.docx and the site Harbor.Com stay.',
    'The x.Y variable and the A.B. plan stay.',
    'Shares of 0700.HK and 7203.T rose; see report.PDF or photo.JPG today.',
    'Visit norvale.in, norvale.co.uk, Harbor.Com or mail ed@norvale.org.In short, write.',
    '1.Introduction\n2.Methods',
    'He waited .... then left. It was over.... The end came.',
    'It was over...\u201d She left. Wait... what? Then…the end.',
    'Pages 1..10 and ../data and Chapter 1 ........ 5 stay.',
    'The U.S. dollar, J.K. Rowling, the U.S President and U.S. troops stay.',
    'A .NET team, a .22 rifle and the .Com era stay.',
    'Two Ph.Ds bought BRK.A, RELI.NS and (PELL.O) shares.',
    'The vote was 3 : 1, not 3:1.',
  ])('%s', (text) => {
    expect(lint(text)).toEqual([])
  })
})

describe('paragraph ends, dashes and open compounds (issue 12)', () => {
  const ids = (text: string) => lintRule(rule, text).map((d) => `${d.messageId}:${d.actual}:${d.severity}`)
  const body = 'Dock workers in Varna returned to work on Monday after the union accepted the offer.'

  test.each([
    // a body paragraph whose sentence lost its full stop
    [`Strike ends\n\n${body}\n\nThe union said its members had voted by a wide margin to accept the offer on pay and hours\n\nShips sailed at noon.`, ['missingStop:hours:warning']],
    // a standfirst before the body, long enough not to be a headline
    [`Strike ends\n\nThe union said on Monday that its members had voted by a wide margin to accept the offer on pay, hours and pensions after a strike that closed the port for nine days\n\nVARNA, May 3 (WNA) - ${body}`, ['missingStop:days:warning']],
  ])('missing full stop: %s', (text, expected) => {
    expect(ids(text)).toEqual(expected)
  })

  test.each([
    // headlines, stacked headlines, kickers, short captions and the story's last paragraph
    `Dock workers return to work in Varna after the union accepts a new pay offer from the port\n\n${body}`,
    `${body}\n\nPort talks to resume next month as unions weigh offer\nShipping firms count the cost of the strike\n\n${body}`,
    `${body}\n\nThe Daily Fix: why the port strike in Varna should worry every exporter in the country\n\n${body}`,
    `${body}\n\nDock workers at the gate on Monday\n\n${body}`,
    `${body}\n\nThe union said its members had voted by a wide margin to accept the offer on pay and hours`,
    // a lower-case start is broken-paragraph's
    `Strike ends\n\n${body}\n\nThe union said its members had voted by a wide margin to accept the offer on pay and\n\nhours, the union said on Monday.`,
  ])('no missing full stop: %s', (text) => {
    expect(ids(text).filter((id) => id.startsWith('missingStop'))).toEqual([])
  })

  test.each([
    ['Fares rose – sharply – and the rates are - for now - fixed.', ['hyphenDash:are - for:warning', 'hyphenDash:now - fixed:warning']],
    ['The rates are - for now - fixed.', ['hyphenDash:are - for:info', 'hyphenDash:now - fixed:info']],
    ['ABU DHABI - Shares rose.\n\nThe score was 3 - 2.\n\nVARNA, Norland - The port opened.\n\nUpdated 9 pm IST - NEW DELHI', []],
    ['Wages are paid at the end of every ten day period to each 15 member crew.', ['compoundHyphen:ten day:info', 'compoundHyphen:15 member:info']],
    ['The 2020 season ticket, one day trips, ten days of talks, a ten-day period and 50 state hospitals.', []],
    // a hyphen spaced on one side (issue 11), but not a suspended hyphen, an end mark or a minus
    ['Fares rose -and the rates rose- sharply.', ['lopsidedDash:rose -and:error', 'lopsidedDash:rose- sharply.:error']],
    ['Pre- and post-war fares, nine- or ten-year-olds, Fares rose -PTI and fell -5 points.', []],
  ])('dashes and compounds: %s', (text, expected) => {
    expect(ids(text)).toEqual(expected)
  })

  test.each([
    ['She told the weekly press. briefing in Varna.', ['strayStop:press. briefing:error']],
    // a lower-cased acronym or a two-letter word after the stop is a lost capital
    ['The troops were good men. un forces left, and the dams were better. tva engineers came.', []],
    // a whole sentence, then a determiner or a pronoun: a new sentence that lost its capital (capitalisation's)
    ['The ferry crews worked through the long night. the port reopened, and they went home.', []],
  ])('stray full stops: %s', (text, expected) => {
    expect(ids(text)).toEqual(expected)
  })
})

describe('a comma between a named subject and its verb (issue 12)', () => {
  const ids = (text: string) => lintRule(rule, text).map((d) => `${d.messageId}:${d.actual}`)
  test.each([
    ['Lena Dorvik, told reporters the pier was safe.', ['subjectComma:Lena Dorvik, told']],
    ['After a long meeting with the unions on Monday, Dorvik, announced that talks would go on.', ['subjectComma:Dorvik, announced']],
    // appositives, inserted attributions and quotes
    ['Its chairman, Lena Dorvik, said the pier was safe.', []],
    ['On Monday the head of the union, Lena Dorvik, said talks would go on.', []],
    ['The mood, said Dorvik, was grim. "It is safe," said Dorvik.', []],
    ['No, said he, the pier is safe.', []],
  ])('%s', (text, expected) => {
    expect(ids(text).filter((id) => id.startsWith('subjectComma'))).toEqual(expected)
  })
})

describe('doubled semicolons (issue 11)', () => {
  test('one glued doubled semicolon among single ones is a slip', () => {
    expect(lint('Dockers went back; the port reopened;; ships sailed; crews rested.')).toEqual([
      '1:29-1:39 doubledMark Unexpected doubled punctuation in `reopened;;`, expected `reopened;`',
    ])
  })
})

describe('square brackets (issue 11)', () => {
  test('an evenly spaced insertion is tokenised text, not a slip', () => {
    expect(lint('He said [ Hearst ] would run, and J. Vernon, prop.". Then rain.')).toEqual([])
  })
})

describe('doubled end marks, brackets, dashes and ranges in rewritten copy', () => {
  const found = (text: string) => lintRule(rule, text).map((d) => `${d.messageId}:${d.severity}:${d.actual}`)
  test.each([
    // a doubled end mark is sure beside single ones; alone it may be a tokenised corpus's convention
    ['Why now? The pier reopened on Monday!! Crowds cheered.', ['doubledMark:error:Monday!!']],
    ['The pier reopened on Monday!! Crowds cheered.', ['doubledMark:info:Monday!!']],
    ['The pier reopened on Monday!!! Crowds cheered.', ['doubledMark:error:Monday!!!']],
    ['Why now?? The pier reopened on Monday!! Crowds cheered.', []],
    ['Why now?? The pier reopened on Monday!!! Crowds cheered.', ['doubledMark:error:Monday!!!']],
    ['Why now?! They asked. Was it "this"?? Nobody knew.', []],
    // brackets: mid-sentence asides warn, whole-sentence asides may close paragraphs away
    ['The pier (rebuilt in 1990 reopened on Monday.', ['unclosedBracket:warning:(']],
    ['The pier rebuilt in 1990) reopened on Monday.', ['unopenedBracket:warning:)']],
    ['The pier reopened. (Crowds cheered.\n\nShips sailed.\n\nTrains ran.\n\nBuses ran.', ['unclosedBracket:info:(']],
    ['The pier reopened. (Crowds cheered.\n\nShips sailed.)', []],
    ['Options: a) rebuild, b) sell, or 2) wait :) for now.', []],
    // a full stop shut inside an aside that opened mid-sentence; not after an abbreviation or a whole sentence
    ['Fares rose (by 12 per cent.) Crowds came.', ['stopInBracket:error:cent.)']],
    ['Fares rose (from 2019.) Crowds came.', ['stopInBracket:error:2019.)']],
    ['She joined Acme (then Acme Inc.) In May she left. Fares rose. (Crowds came.) Ships sailed.', []],
    // dashes of two hyphens spaced on one side only
    ['The vote was close-- very close.', ['lopsidedDash:error:close-- very']],
    ['The vote was close -- very close--and final.', []],
    // spaced year ranges, not scores
    ['She was mayor (2012 - 2014).', ['rangeDash:warning:2012 - 2014']],
    ['She was mayor 2012 \u20132014.', ['rangeDash:warning:2012 \u20132014']],
    ['The score was 3 - 2 and the years 2014 - 2012 ran in reverse.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  test('a comma at a line end and another at the next line start: the second goes', () => {
    expect(fixRule(rule, 'The pier reopened,\n, and crowds cheered.')).toBe('The pier reopened,\nand crowds cheered.')
  })
})
