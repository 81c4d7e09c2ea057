import { describe, expect, test } from 'vitest'
import rule from '../../rules/punctuation-spacing.js'
import { describeDiagnostic, fixRule, lintRule } from '../helpers.js'

const lint = (text: string, options?: Record<string, unknown>) => lintRule(rule, text, options).map(describeDiagnostic)

describe('fixes', () => {
  test.each([
    ['Representative photo . Credit: WNA', 'Representative photo. Credit: WNA'],
    ['Shares of Harbor Trust , the lender , rose .', 'Shares of Harbor Trust, the lender, rose.'],
    ['Why did it fail ? Nobody knows !', 'Why did it fail? Nobody knows!'],
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
