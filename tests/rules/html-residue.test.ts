import { describe, expect, test } from 'vitest'
import rule from '../../rules/html-residue.js'
import type { Diagnostic } from '../../src/engine/diagnostic.js'
import { describeDiagnostic, fixRule, lintRule } from '../helpers.js'

/** `messageId actual -> expected` (no arrow when the finding has no safe replacement). */
const brief = (d: Diagnostic) => `${d.messageId} ${d.actual}${d.expected.length > 0 ? ` -> ${d.expected[0]}` : ''}`

describe('html-residue: fires', () => {
  test.each([
    // entities, decoded by the `entities` package
    ['Brill &amp; Vance merged.', ['entity &amp; -> &']],
    ['Customers of AT&amp;T complained.', ['entity &amp; -> &']],
    ['The rate was &lt;5% and &gt;2%.', ['entity &lt; -> <', 'entity &gt; -> >']],
    ['He said &quot;no&quot; twice.', ['entity &quot; -> "', 'entity &quot; -> "']],
    ['It&#39;s late and it&apos;s cold.', ["entity &#39; -> '", "entity &apos; -> '"]],
    ['It&#8217;s over, it&#x2019;s done, it&rsquo;s gone.', ['entity &#8217; -> ’', 'entity &#x2019; -> ’', 'entity &rsquo; -> ’']],
    ['Wait &hellip; then &mdash; silence &ndash; and more.', ['entity &hellip; -> …', 'entity &mdash; -> —', 'entity &ndash; -> –']],
    ['The caf&eacute; in Z&uuml;rich.', ['entity &eacute; -> é', 'entity &uuml; -> ü']],
    ['A cp1252 reference &#150; decodes as HTML does.', ['entity &#150; -> –']],
    // encoded twice, and sloppy feeds without the semicolon
    ['It&amp;rsquo;s late; Tom &amp;amp; Jerry.', ['entity &amp;rsquo; -> ’', 'entity &amp;amp; -> &']],
    ['Tom &amp Jerry.', ['entity &amp -> &']],
    // white space and invisible characters
    ['Flood&nbsp;waters rose.', ['entitySpace &nbsp; ->  ']],
    ['Flood &nbsp; waters rose.', ['entityRemove &nbsp;  -> ']],
    ['&nbsp;Flood waters rose.', ['entityRemove &nbsp; -> ']],
    ['Flood&nbsp;&nbsp;waters rose.', ['entitySpace &nbsp;&nbsp; ->  ']],
    ['Zero&#8203;width and soft&shy;hyphen.', ['entityRemove &#8203; -> ', 'entityRemove &shy; -> ']],
    // tags
    ['Line one<br>Line two<br/>Line three<br />Line four<BR>Line five.', [
      'markupSpace <br> ->  ',
      'markupSpace <br/> ->  ',
      'markupSpace <br /> ->  ',
      'markupSpace <BR> ->  ',
    ]],
    ['<p>The council met.</p>', ['markup <p> -> ', 'markup </p> -> ']],
    ['Turnout was <strong>low</strong> and <em>late</em>.', [
      'markup <strong> -> ',
      'markup </strong> -> ',
      'markup <em> -> ',
      'markup </em> -> ',
    ]],
    ['It was <b>final</b>, she said.', ['markup <b> -> ', 'markup </b> -> ']],
    ['A word<i>with</i>tags.', ['markup <i> -> ', 'markup </i> -> ']],
    ['See <a href="https://example.com/x">the report</a>.', ['markup <a href="https://example.com/x"> -> ', 'markup </a> -> ']],
    ["See <a href='/x' target=_blank>this</a>.", ["markup <a href='/x' target=_blank> -> ", 'markup </a> -> ']],
    ['Text <span style="color:red">red</span> here.', ['markup <span style="color:red"> -> ', 'markup </span> -> ']],
    ['<div class="story-body">Rain fell.</div>', ['markup <div class="story-body"> -> ', 'markup </div> -> ']],
    ['Photo: <img src="a.jpg" alt="A dam"> above.', ['markup <img src="a.jpg" alt="A dam">  -> ']],
    ['End.</p><p>Start.', ['markupSpace </p><p> ->  ']],
    ['End.</p> <p>Start.', ['markupSpace </p> <p> ->  ']],
    ['<h2>Results</h2>', ['markup <h2> -> ', 'markup </h2> -> ']],
    ['One <!-- ad slot --> two.', ['markup <!-- ad slot -->  -> ']],
    ['<blockquote><p>&nbsp;</p></blockquote>', ['markup <blockquote><p>&nbsp;</p></blockquote> -> ']],
    ['Read:&nbsp;<a href="/x">more</a>', ['markupSpace &nbsp;<a href="/x"> ->  ', 'markup </a> -> ']],
    // fragments of a tag whose start was cut off: suggestions, no safe fix
    ['Dam bursts" width="976" height="549">', ['fragment " width="976" height="549">']],
    ['http://www.example.com/longer/pa…">Aid arrives', ['fragment http://www.example.com/longer/pa…">']],
    // escaped quotes from a serialiser
    ["\\'We will go,\\' he said.", ["escapedQuote \\' -> '", "escapedQuote \\' -> '"]],
  ] as const)('%s', (text, expected) => {
    expect(lintRule(rule, text).map(brief)).toEqual(expected)
  })
})

describe('html-residue: does not fire', () => {
  test.each([
    // ampersands that are not entities
    'AT&T, Q&A, R&D, M&A, S&P 500, P&G; and Smith & Sons.',
    'Books, maps &c. were sold; B&Q; opened; &foo; is not an entity.',
    'The &ltd firm and the &nbspx code.',
    // less-than and greater-than in prose
    'If x < y > z, then a <b> c holds.',
    'Turnout was <5% and growth >3%; 3<4 and 2>1.',
    'The letter <i> is a vowel; press <p> to print.',
    // addresses, links and instrument codes
    'Write to <desk@example.com> or <https://example.com/a>.',
    'Shares of Brill <BRV.N> and the euro <EUR=> rose; crude <LCOc1> fell.',
    // quotes and arrows
    'He said "no" -> then left; <<Breaking>> and >> more.',
    'A 5\' 10" player and the 12" record.',
    'Paths like C:\\data are fine.',
  ])('%s', (text) => {
    expect(lintRule(rule, text).map(describeDiagnostic)).toEqual([])
  })
})

describe('html-residue: fixes', () => {
  test.each([
    ['Brill &amp; Vance said it&#8217;s &ldquo;early&rdquo;.', 'Brill & Vance said it’s “early”.'],
    ['<p>The vote was close.</p><p>Turnout was <strong>low</strong>.</p>', 'The vote was close. Turnout was low.'],
    ['Read <a href="/x">the report</a> <!-- ad --> today.', 'Read the report today.'],
    ['Rain <br> fell.', 'Rain fell.'],
    ['Rain&nbsp;fell &nbsp; hard.', 'Rain fell hard.'],
    ['It&amp;rsquo;s &lt;b&gt;bold&lt;/b&gt;.', 'It’s bold.'],
    ["\\'Fine,\\' she said.", "'Fine,' she said."],
  ] as const)('%s', (text, output) => {
    expect(fixRule(rule, text)).toBe(output)
    expect(fixRule(rule, output)).toBe(output)
  })

  test('fragments carry no safe fix', () => {
    const [d] = lintRule(rule, 'Dam bursts" width="976" height="549">')
    expect(d?.expected).toEqual([])
  })

  test('long markup is shortened in the message, not in `actual`', () => {
    const tag = `<a href="https://example.com/${'x'.repeat(80)}">`
    const [d] = lintRule(rule, `See ${tag}this</a>.`)
    expect(d?.actual).toBe(tag)
    expect(d?.message).toBe(`Unexpected HTML markup \`${tag.slice(0, 59)}…\`, remove it`)
  })
})
