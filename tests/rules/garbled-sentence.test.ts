import { describe, expect, test } from 'vitest'
import garbledSentence from '../../rules/garbled-sentence.js'
import { parseVerbData } from '../../rules/lib/garbled/missing-word.js'
import { parsePairData } from '../../rules/lib/garbled/patterns.js'
import { describeDiagnostic, lintRule } from '../helpers.js'

const patterns = { model: false }

describe('garbled-sentence patterns fire', () => {
  test.each([
    ['The levies the board has been collecting from the growers for years have gone a little is it not in vain.', 'inversion', 'is it not'],
    ['The reforms the council promised have gone somewhat isn’t it nowhere.', 'inversion', 'isn’t it'],
    ['The harbour fees rose so fast isn\u2019t there a cheaper berth in the next town.', 'inversion', 'isn\u2019t there'],
    ['The inquiry found that the was no record of the payment.', 'verbAfterFunctionWord', 'the was'],
    ['Water from the dam reached the fields of the of the lower valley.', 'repeatedPhrase', 'of the of the'],
    ['The minister told reporters that the talks with the unions and.', 'cutOff', 'and'],
    // Issue 13: a base verb after `will be`, a verb after its object, a preposition or `by` dropped after a verb.
    ['The two councils will be agree on the new fares by the end of June.', 'verbAfterFunctionWord', 'be agree'],
    ['The contract is expected to be approve by both boards next week.', 'verbAfterFunctionWord', 'be approve'],
    ['The board that will its annual accounts publish next week met on Friday.', 'wordOrder', 'will its annual accounts publish'],
    ['Officials said the river commission would their water survey finish by June.', 'wordOrder', 'would their water survey finish'],
    ['Ticket prices for the ferry will depend on fuel costs, which rely the exchange rate.', 'missingWord', 'rely the exchange rate'],
    ['Much of the growth in the valley stems the new irrigation canal, the report said.', 'missingWord', 'stems the new irrigation canal'],
    ['The inquiry was conducted a retired judge from the capital.', 'missingWord', 'conducted a retired judge'],
    ['The state government has announced to build three new schools in the district.', 'infinitive', 'announced to build'],
    ['The board had approved to raise the fares before the strike began.', 'infinitive', 'approved to raise'],
    // Issue 13: dropped function words (`of` after a quantity noun, the person told, `have` before `been`).
    ['The rally drew a huge number people from the coastal villages.', 'missingWord', 'huge number people'],
    ['Only a handful traders turned up at the auction on Monday.', 'missingWord', 'a handful traders'],
    ['Hundreds of villagers and a large number police gathered at the dam.', 'missingWord', 'large number police'],
    ['A spokesman for the water board told that supplies would resume on Friday.', 'missingObject', 'told that'],
    ['The district office later informed that the road had been reopened.', 'missingObject', 'informed that'],
    // Two alternatives an edit left side by side (issue 13: broken clause structure).
    ['The ferry company said on Monday Tuesday that the berth would reopen.', 'alternatives', 'Monday Tuesday'],
    ['The council will meet in June July or August to vote on the harbour plan.', 'alternatives', 'June July'],
    ['Photo: a rower during the men’s fourth fifth round race on the lake.', 'alternatives', 'fourth fifth'],
    // A subject ending in an abbreviation's full stop (`Govt.`, `Dept.`) is still the subject.
    ['The fisheries Dept. told that the boats must stay in port until Monday.', 'missingObject', 'told that'],
    ['The farmers said they had watched their fields been flooded twice this year.', 'missingAuxiliary', 'fields been'],
    ['According to her, she said.', 'doubleAttribution', 'According to her, she said'],
    ['According to the police, they said the bridge was closed at dawn.', 'doubleAttribution', 'According to the police, they said'],
    ['According to officials, the fire began in the kitchen, said they.', 'doubleAttribution', 'According to officials, the fire began in the kitchen, said they'],
    ['The seat went to young candidate from the hill district.', 'missingArticle', 'young candidate'],
    ['But Spanish player held on to win the final set.', 'missingArticle', 'Spanish player'],
    ['The villagers asked for new hospital to be built before the monsoon.', 'missingArticle', 'new hospital'],
    // `to` dropped before a verb after a verb that takes `to` and a verb (issue 13: dropped words).
    ['Three of the growers failed produce a permit at the hearing on Monday.', 'missingWord', 'failed produce'],
    ['The council decided hold the vote in the harbour hall next week.', 'missingWord', 'decided hold'],
    // Two function words that never meet, as a swap leaves them (issue 13: word-salad order).
    ['The of history the harbour goes back to the Romans.', 'wordOrder', 'The of'],
    ['The mayor talked out of one side our of mouth at the meeting.', 'wordOrder', 'our of'],
    ['The ferry carries crates, all for of the growers on the island.', 'wordOrder', 'for of'],
    // Pairs never met in Brown D-R (rules/data/garbled-pairs.json).
    ['The harbour board said the they would reopen the pier in May.', 'wordOrder', 'the they'],
    ['The mill paid the them growers a fair price this year.', 'wordOrder', 'the them'],
    // A negative opener followed by statement order (translated and non-native copy).
    ['Not only it has raised the fares, it has also cut the late ferry.', 'missingInversion', 'Not only it has'],
    ['Never I had seen the river so high in March, the farmer said.', 'missingInversion', 'Never I had'],
    ['The pier is old, and rarely they repair it before the monsoon.', 'missingInversion', 'rarely they repair'],
    ['The mayor said that neither they are ready to sell nor will the bank lend.', 'missingInversion', 'neither they are'],
    // A full stop inside a sentence (issue 13: scraped and hand-edited copy).
    ['The spokesman told regular reporters. briefing at the port on Monday.', 'strayStop', 'reporters. briefing'],
  ])('%s', (text, messageId, actual) => {
    const found = lintRule(garbledSentence, text, patterns)
    expect(found.map((d) => [d.messageId, d.actual])).toContainEqual([messageId, actual])
  })
})

describe('garbled-sentence patterns stay quiet', () => {
  test.each([
    // A doubled word is left to repeated-words (no second finding on the same span).
    'The growers sold the crop to the the mill in Vardo last week.',
    // A modal or `to` before a finite verb is grammar's modalForm (issue 13: one defect, one finding).
    'Officials said the new depot will was ready by next spring.',
    'The harbour board decided to went ahead with the dredging plan.',
    'Not only is it cheaper, it is also faster, the engineer said.',
    'Nor was it the first time the river had flooded the town.',
    'The old bridge would have collapsed had it not been for the new piers.',
    'Rarely does the council meet on a Sunday, and seldom has it voted so fast.',
    'Little did the growers know that the mill would close.',
    'He asked whether it was true, and was it not odd that nobody knew?',
    'What the growers objected to is the price of seed.',
    'The best harvest they had had in a decade came in 1959.',
    'She said that that plan was final.',
    'The will was read on Tuesday in the presence of the heirs.',
    'The can was found on the beach by two children.',
    'He did what he could, as did the others on the crew.',
    'The vote was 12 to 3 in favour of the plan.',
    'The sums they poured into the mill were lost, was it not, to the floods.',
    'The ferry operators said the will of the town was clear.',
    'The price rose from 10 to 20 and then to 30 in a year.',
    'The town expects to spend the money on roads in 1962 and 1963.',
    'It was the first time in a decade that the mill had shut, a spokesman said.',
    'The plant makes parts for the A and B series.',
    '"The plan has gone a little is it not in vain," the mayor said.',
    // Verbs that take a bare infinitive in any form, and a noun before a verb.
    'The growers were helping build the new pier last spring.',
    'Her claims seem odd to the harbour master and his staff.',
    // Function words side by side in good copy: particles, a preposition as a noun, Latin, names.
    'The swearing in of the new harbour master was on Friday, after the putting on of the robes.',
    'He had an in with the clerk, and the in-laws ran the to-do list from A to Z.',
    'Tests on the in vivo samples were done before the lab closed.',
    // Bare nouns in a pair need no article (a Brown false alarm: `done in wide screen and color`).
    'The ballet was filmed in wide screen and colour, and it opened at the harbour cinema.',
    // Participles and nouns after `will be`, and existential `there`.
    'The new ferry will be run by the port authority from June.',
    'There will be time for questions after the minister speaks.',
    'The winner would be head of the regional board for two years.',
    'The old quay will be torn down to make room for the new berth.',
    // A modal before its subject where English inverts, and clean noun phrases after verbs.
    'Only by dredging the harbour can the port authority hope to keep the ferries running.',
    'At no point would the board discuss the sale with the unions.',
    'As will the other growers, the cooperative will sell its crop in May.',
    'The survey was conducted a week later by a private firm.',
    // A participle after \`be\` that ends its clause before a new subject, and a fronted phrase
    // whose subject follows the participle (clean copy; the data behind the check came from Brown D-R only).
    // A name spelled like a modal is no verb for the model.
    'The growers backed the bid of Will Hughes for the council seat.',
    'The town council asked for the view of Will Barton on the pier.',
    // Stops after abbreviations, initials and brands, and a capitalised word before a stop.
    'The crates weigh 40 lbs. per box and cost $3 a lb. at the pier.',
    'The council met at 6 p.m. on Monday, approx. two hours late.',
    'The device was sold online. eBay listed it for a week.',
    'The shares of Acme Corp. rose and Harbour Bros. fell.',
    // Negative openers with the inversion English wants, or not opening the clause.
    'Never had they seen the river so high in March.',
    'Seldom does the late ferry leave on time.',
    'The harbour master said he never thought the pier would fall.',
    'Hardly anyone came to the auction on Monday.',
    'Neither he nor the mayor would talk to the growers.',
    'If the harbour plan is followed a new quay will be built by 1964.',
    'From this survey is derived the main argument of the port board.',
    // An active perfect of a verb clean text uses mostly as an adjective (\`was preoccupied with\`).
    'The dispute has preoccupied the harbour board for a year.',
    'The ferry was launched a year ago and still runs on time.',
    'Prices depend on the weather and rely on the exchange rate.',
    'The suspect was led away by two officers after the hearing.',
    'The state government has decided to open three new schools in the district.',
    'The villagers had waited to see whether the water would fall.',
    'The board has approved the plan to raise the fares.',
    // Quantity nouns with `of`, or as a modifier; tell verbs with their object or in the passive;
    // `been` after a form of `have`, however far back in an inverted clause (issue 13).
    'The rally drew a huge number of people from the coastal villages.',
    'The lot owners met the council about the new parking rules.',
    'The number plates of both trucks had been removed.',
    'A spokesman for the water board told reporters that supplies would resume.',
    'The growers were told that the mill would close, and when informed that it would reopen they cheered.',
    'The farmers were well informed that the dam might break.',
    'The crews of the fisheries Dept. were told that the boats must stay in port.',
    'The board met on Monday, Tuesday and Friday, and again on the first Monday of June.',
    'The ferry timetable reads Monday Tuesday Wednesday across the top of the board.',
    'The first second-half goal came late, and the club won its second and third round races.',
    'The markets may march higher in June, May and July, traders said.',
    'The fields have been flooded twice this year, and the roads have also been cut.',
    'What have the board’s first decisions on the canal been so far?',
    'Had the farmers’ warnings been heeded, the dam would have held.',
    // Singular nouns with their determiner, in a coordinated phrase, after `as`, or in a compound.
    'The seat went to a young candidate from the hill district.',
    'The meeting moved from the parlour or small hall to the church.',
    'She served as senior reporter on the city desk for a decade.',
    'The mill was built in 18th century style on the river bank.',
    'The exhibition covers Spanish player pianos of the last century.',
    'The clinic opened next door to the market in June.',
    // One attribution, or a second one inside a relative clause or a quotation.
    'According to the police, the bridge was closed at dawn.',
    'According to the ledger, which she said was complete, the mill paid its debts.',
    'According to the mayor, "they said it would hold" was the engineers\u2019 promise.',
    'The police said the bridge was closed at dawn, according to the radio.',
    // Locative `there` after a negated be form is not question order (issue 13).
    "The cash for the new clinic simply isn't there to pay the nurses this winter.",
    'Everyone agreed the road was needed, but the political will wasn\u2019t there.',
    "The funding for the ferry wasn't there when the council met in March.",
  ])('%s', (text) => {
    expect(lintRule(garbledSentence, text, patterns).map(describeDiagnostic)).toEqual([])
  })
})

describe('garbled-sentence model', () => {
  test('clean press-style sentences stay quiet', () => {
    const clean = [
      'The committee said on Tuesday that the new bridge over the river would open in May.',
      'Police arrested two men after a brawl outside the market late on Saturday night.',
      'The company, which employs 4,200 people, said profits rose 12 percent in the third quarter.',
      'Mr. Halvorsen, who was elected in 1958, told reporters he would not seek another term.',
      'Farmers in the valley have waited three years for the irrigation canal to be finished.',
    ]
    for (const text of clean) expect(lintRule(garbledSentence, text).map(describeDiagnostic)).toEqual([])
  })

  test('licensed inversions and a comma outside the quote mark stay quiet with the model on', () => {
    const clean = [
      'Not only is it cheaper, it is also faster, the engineer said.',
      'What the growers objected to is the price of seed.',
      'Nor was it the first time the river had flooded the town.',
      'Rarely does the council meet on a Sunday, and seldom has it voted so fast.',
      '"The tender for the new jetty will open next week", said Mirela Dostal.',
      '"We will finish the canal before the rains", said the district engineer.',
    ]
    for (const text of clean) expect(lintRule(garbledSentence, text).map(describeDiagnostic)).toEqual([])
  })

  // Issue 13: clean press copy the model flagged. Each shape made its tag trigrams look like a
  // garble although clean copy uses them often, or reached across a heading run into the text.
  test.each([
    // Ellipsis after a coordinator (`and some for up to`).
    'Dock hands usually work eight-hour shifts and some for up to 14 hours in the harvest season.',
    // A gerund read as a noun after `both for` (`both for hearing the`).
    'The hall will be opened both for rehearsing the new pieces and for recording them.',
    // A quantity with `of` and a number (`$4 million of debts`, `about double the`).
    'The mill ran up some $4 million of debts owed to three banks over the winter.',
    'Exports reached $2.3 billion last year, about double the $1.1 billion of 1957.',
    // `like` as an adjective (`in the like period`).
    'Orders rose to 1,950 units from 702 in the like period a year earlier.',
    // A month naming a contract (`for March delivery were up`).
    'Copper futures for March delivery were up 1.2 percent at the close.',
    // A fronted time phrase (`for three years did`).
    'Before joining the board, Halvorsen for three years did accounting work for a shipping firm.',
    // A conditional inversion after `would`.
    'The mayor said he would have built more roads had it not been for the floods.',
    // Subheads run into their paragraph (a broken paragraph, not a garble).
    'The ferry deal is close Harbour in works The port board met on Friday.',
    'Delay on trials The minister was worried about the cost of the new dam.',
    'A fight in the council The Council opened its spring session on Monday.',
    // Reduplication.
    'He had waited for weeks and weeks and still the permit did not come.',
  ])('clean copy stays quiet: %s', (text) => {
    expect(lintRule(garbledSentence, text).map(describeDiagnostic)).toEqual([])
  })

  test('a scrambled sentence is flagged at the broken words, not the whole sentence', () => {
    const text = 'The committee said on Tuesday that the new bridge the over river would open in May.'
    const found = lintRule(garbledSentence, text)
    expect(found.map((d) => d.messageId)).toEqual(['wordOrder'])
    const [d] = found
    expect(d && d.endOffset - d.offset).toBeLessThan(20)
    expect(d?.actual).toContain('the over')
  })

  test('the model can be switched off', () => {
    const text = 'The committee said on Tuesday that the new bridge the over river would open in May.'
    expect(lintRule(garbledSentence, text, { model: false })).toEqual([])
  })

  test('headlines, datelines and short fragments are not scored', () => {
    const text = 'Port in turmoil after the strike spreads\n\nVARDO | Updated: 10-01-2022 14:58 IST\n\nThe port was shut on Monday.'
    expect(lintRule(garbledSentence, text)).toEqual([])
  })

  test('it is deterministic', () => {
    const text = 'Officials the said talks would resume on Monday in the capital after a pause of weeks.'
    expect(lintRule(garbledSentence, text)).toEqual(lintRule(garbledSentence, text))
  })
})

describe('garbled-sentence verb data', () => {
  test('a file without the to-infinitive forms is refused naming the field', () => {
    const data = { preposition: {}, passive: [], noInfinitive: [] }
    expect(() => parseVerbData(data)).toThrow(/toInfinitive/u)
    expect(parseVerbData({ ...data, toInfinitive: ['tried'] }).toInfinitive.has('tried')).toBe(true)
  })
})

describe('garbled-sentence pair data', () => {
  test('a damaged pair list is refused naming the field', () => {
    expect(() => parsePairData({ pairs: ['the'] })).toThrow(/pairs/u)
    expect(() => parsePairData({})).toThrow(/pairs/u)
    expect(parsePairData({ pairs: ['the they'] }).has('the they')).toBe(true)
  })
})
