// Shape features of a line for the residue classifier of feed-boilerplate (a pure helper shared with
// the training script, scripts/train-residue.ts). Like jusText and boilerpipe, a line is judged by
// what it looks like and where it stands, not by its words: length, function-word density,
// terminal punctuation, case pattern, digit and separator ratios, time and date cues, web-interface
// vocabulary, glued words, its zone relative to the story body and its neighbours.
import type { Line, Story } from '../../src/rule/types.js'
import { isEndMark } from './end-marks.js'
import { irregularPasts } from './grammar.js'
import { isWireCodeOnly } from './wire-codes.js'

/** Function words: prose has many, labels, widgets and timestamps few. */
const stopWords: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'is', 'are', 'was',
  'were', 'be', 'been', 'being', 'has', 'have', 'had', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'that', 'this', 'these', 'those', 'which', 'who', 'whom', 'as', 'not', 'will', 'would', 'could',
  'should', 'can', 'may', 'said', 'says', 'after', 'before', 'over', 'than', 'into', 'about', 'there', 'if', 'so', 'no',
  'up', 'out', 'also', 'when', 'while', 'what', 'all', 'more', 'most', 'some', 'any', 'such', 'him', 'them', 'do', 'did',
  'does', 'only', 'other', 'new', 'two', 'one', 'first', 'last', 'year', 'years', 'told', 'under', 'against', 'during',
])

/**
 * Words of web pages' chrome: navigation, sharing, comments, media players, section names and
 * time stamps. A feature counts their share of a line's words; prose uses a few of them, labels
 * and widgets are made of them. Not `may` (a month) nor `more` (as common in prose as in menus).
 */
const interfaceWords: ReadonlySet<string> = new Set([
  'home', 'menu', 'search', 'login', 'log', 'sign', 'signin', 'subscribe', 'subscription', 'newsletter', 'newsletters',
  'share', 'shares', 'tweet', 'facebook', 'twitter', 'instagram', 'whatsapp', 'linkedin', 'youtube', 'telegram',
  'pinterest', 'reddit', 'email', 'e-mail', 'print', 'comment', 'comments', 'reply', 'follow', 'related', 'latest',
  'popular', 'trending', 'top', 'read', 'watch', 'video', 'videos', 'photo', 'photos', 'gallery', 'live', 'news',
  'stories', 'story', 'posts', 'post', 'advertisement', 'sponsored', 'click', 'tap', 'download', 'app', 'apps', 'copy',
  'link', 'links', 'next', 'previous', 'prev', 'back', 'tags', 'tag', 'topics', 'categories', 'category', 'section',
  'edition', 'updated', 'update', 'posted', 'published', 'source', 'credit', 'credits', 'image', 'images', 'file', 'desk',
  'staff', 'bureau', 'agencies', 'feedback', 'rss', 'toggle', 'close', 'view', 'views', 'recommended', 'selections',
  'business', 'sports', 'sport', 'world', 'entertainment', 'lifestyle', 'opinion', 'politics', 'national', 'front', 'page',
  'breaking', 'exclusive', 'min', 'mins', 'ago', 'hrs', 'loading', 'player', 'play', 'pause', 'audio', 'listen', 'podcast',
  'channel', 'friend', 'write', 'leave', 'submit', 'privacy', 'policy', 'terms', 'contact', 'about', 'cookies', 'cookie',
  'logo', 'icon', 'arrow', 'chevron', 'author', 'editor', 'edited', 'reporter', 'correspondent', 'headlines', 'feed',
  'like', 'likes', 'followers', 'join', 'whatsapp', 'koo', 'quick', 'full', 'coverage', 'also', 'check', 'you',
  'send', 'add', 'enter', 'browser', 'device', 'playback', 'unsupported', 'picks', 'alerts', 'notifications', 'signup',
  'register', 'bookmark', 'save', 'newsletter', 'digest', 'briefing', 'unmute', 'mute', 'loaded', 'duration', 'trending',
  'tell', 'invite', 'forward', 'reactions', 'replies', 'contents', 'jump', 'skip', 'poll', 'polls', 'consent', 'preferences',
  'settings', 'enlarge', 'zoom', 'fullscreen',
])

/** Words that address the reader: page chrome talks to "you", news copy (outside quotations) seldom does. */
const readerWords: ReadonlySet<string> = new Set(['you', 'your', 'yours', 'our', 'ours', 'us', 'we'])

const months = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s{0,2}\d{1,2}\b|\b\d{1,2}\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\b|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b,|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/iu
const times = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?|hrs?|ist|gmt|bst|est|edt|et|utc|bjt|pst|cet|jst|hkt|sgt)?\b|\b\d{1,2}\s?[ap]\.?m\.?(?![\p{L}])|\b\d{1,3}\s(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\sago\b|\b\d{1,2}\smins?\sread\b|\bread(?:ing)?\stime:?\s\d{1,2}\s?(?:minutes?|mins?)\b/iu
const terminal = /[.!?]["'\u201d\u2019)\]]{0,2}$/u
/** A sentence end inside a line: a full stop, `!` or `?` after a letter, digit or closing quote. */
const sentenceEnd = /[\p{L}\p{N}"'\u201d\u2019)][.!?]["'\u201d\u2019)\]]{0,2}(?=[\s\p{Ll}(\-\u2013\u2014]|$)/gu
const gluedWords = /\p{Ll}{2}\p{Lu}\p{Ll}/u
/** News agencies' names as they appear in credits. */
const agencyNames =
  'AP|AFP|Reuters|REUTERS|PTI|ANI|IANS|UNI|EPA|Xinhua|XINHUA|Getty|Bloomberg|Yonhap|Kyodo|TASS|Tass|AAP|APP|WAM|SPA|KUNA|Anadolu|Bernama|NNN|Sputnik|RIA|UPI|DPA|dpa|Jiji|JIJI|Antara|ANTARA|ANSA|EFE|Efe|Interfax|INTERFAX|Lusa|LUSA|IRNA|KCNA|MENA|SANA|QNA|Notimex|PAP|CTK|HINA|BSS|NAN|PNA|VNA|Belga|BELGA|ANP|Ritzau|Itar-Tass|ITAR-TASS'
const agencies = new RegExp(`(?:^|[^\\p{L}])(?:${agencyNames})(?![\\p{L}])`, 'u')

/** A word that is an agency's name. */
const agencyName = new RegExp(`^(?:${agencyNames})$`, 'u')

/** A photo credit: an agency's name and a slash (`REUTERS/Ana Roe`). */
const photoCredit = new RegExp(`^(?:${agencyNames})\\s?/`, 'u')

/** A tail that ends with an agency's name in brackets. */
const bracketedCredit = new RegExp(`\\((?:${agencyNames})\\)$`, 'u')

/** A wire story's own credit line (`Reporting by Ana Roe; Editing by Li Wei`), which belongs to it. */
const storyCredit = /^\(?(?:(?:Additional\s)?[Rr]eporting|Writing|Editing|Compiled|Written|Edited)\sby\s\p{Lu}[^;|\n]{1,60}(?:;\s(?:additional\s)?(?:[Rr]eporting|[Ww]riting|[Ee]diting)\sby\s[^;|\n]{1,60}){1,3}\)?$/u

/** What a classifier needs of a story, computed once: where the body starts and ends. */
export interface ResidueContext {
  /** Start of the first body unit (a prose paragraph), or -1 when the story has none. */
  readonly bodyStart: number
  /** End of the last body unit, or -1. */
  readonly bodyEnd: number
  /** Index of the first non-blank line that is not a bare time stamp (the headline or whatever stands there). */
  readonly firstLine: number
}

/**
 * A body unit: ten words or more, ending a sentence (maybe before a short tail, such as an end
 * mark glued to the last paragraph), with function words in prose proportion.
 */
export function isBodyText(story: Story, span: { start: number; end: number; text: string }): boolean {
  let end = span.end
  if (!terminal.test(span.text.trimEnd())) {
    const cut = tailCut(span.text)
    if (cut < 0) return false
    end = span.start + cut
  }
  const words = story.wordsIn({ start: span.start, end })
  if (words.length < 10) return false
  return words.filter((w) => stopWords.has(w.normal)).length / words.length >= 0.2
}

/**
 * The body's extent and the first line of a story. A unit that reads as a page's pitch (it talks to
 * the reader, calls to act or states rights) is prose in form but no part of the body, so the body
 * ends before a pitch block closing the page and the lines around it stand in the footer.
 */
export function residueContext(story: Story): ResidueContext {
  let bodyStart = -1
  let bodyEnd = -1
  for (const unit of story.units) {
    if (!isBodyText(story, unit) || isPitchLike(story, unit)) continue
    if (bodyStart < 0) bodyStart = unit.start
    bodyEnd = unit.end
  }
  // A bare time stamp over the headline (`October 6, 2018`) is the page's, so the headline is the
  // first line that is not one.
  let firstLine = story.lines.findIndex((l) => !l.blank)
  const first = story.lines[firstLine]
  if (first && isStampOnly(first.text.trim(), story.wordsIn(first))) {
    const next = story.lines.findIndex((l, i) => i > firstLine && !l.blank)
    if (next >= 0) firstLine = next
  }
  return { bodyStart, bodyEnd, firstLine }
}

/**
 * Whether a line is worth scoring: not blank, not body prose (unless it talks to the reader), at
 * most 160 characters, or 240 when it talks to the reader, or 400 when it does not end a sentence
 * (icon rows and glued link lists run long; prose ends with a full stop).
 */
export function isCandidate(story: Story, context: ResidueContext, line: Line): boolean {
  if (line.blank) return false
  const text = line.text.trim()
  // Wire codes in brackets (`[nL4N2AB0CD]`, `<KST.O>`) are wire-code findings.
  if (text.length === 0 || text.length > 400 || (text.length > 240 && terminal.test(text)) || isWireCodeOnly(text)) return false
  if (!isBodyText(story, { start: line.start, end: line.end, text })) return text.length <= 160 || !terminal.test(text)
  // A line of prose is scored too when it reads as a page's pitch (see isPitchLike), as news copy,
  // outside quotations, seldom does.
  return isPitchLike(story, line)
}

/** A rights notice: a copyright sign or word (`(c) 2019`, `(c) WNA 2019`), or `all rights reserved`. */
const rightsNotice = /\u00a9|\(c\)\s?(?:\d{4}|\p{L}[\p{L}.&-]{0,30}(?:\s\p{L}[\p{L}.&-]{0,30}){0,3},?\s(?:19|20)\d\d\b)|\bcopyright\b|\ball rights reserved\b/iu

/**
 * Whether `text` holds a rights notice ({@link rightsNotice}). Every match holds one of a few plain
 * strings in lower case (or a long s, which the case-blind pattern folds to s); most lines hold none,
 * and the case-blind pattern run on every line and span cost a tenth of the rule's time (issue 14).
 */
function hasRightsNotice(text: string): boolean {
  const lower = text.toLowerCase()
  if (!lower.includes('\u00a9') && !lower.includes('(c)') && !lower.includes('copyright') && !lower.includes('rights') && !lower.includes('\u017f')) return false
  return rightsNotice.test(text)
}

/**
 * A page's note about the copy itself: a sentence opening `This story/article/page ... is, was,
 * has, will` (`This story will be updated.`, `This article first appeared on ...`), or an earlier
 * version that follows below. News copy speaks of its subject, not of itself (Brown's `this column`
 * and `this page` stand inside sentences).
 */
const selfNote = /(?:^|[.!?]\s{1,3})This (?:story|article|report|page|post|video|piece|update) (?:is|was|has|had|will|may|first|originally|appeared|contains|follows)\b|\b(?:earlier|original|previous) (?:story|version|report) (?:follows|is below|appears below)\b/iu

/**
 * A media player's or browser's note about itself: a player, video, clip, media, stream or browser
 * that is loading, unavailable, unsupported, failed to load or play, or needs something enabled
 * (`Your browser does not support the audio element.`, `The clip could not be played because ...`).
 * News copy says a video `could not be verified`, never that it could not be loaded or played.
 */
const mediaWord = /\b(?:video|videos|audio|media|player|clip|recording|podcast|stream|livestream|embed|playback|browser|javascript|html5|flash|ie\s?\d{1,2})\b/iu
const mediaFailure =
  /\b(?:(?:could|can)(?:not|'t|\u2019t| not) (?:be )?(?:load|loaded|play|played|display|displayed|start|started)|(?:is|are) (?:not |no longer |currently )?(?:available|unavailable|supported|unsupported|loading|blocked|restricted|disabled)|(?:does|do)(?:n't|\u2019t| not) (?:support|play)|(?:failed|fails) to (?:load|play|start)|(?:is|are) required|must be enabled)\b/iu
const mediaCall =
  /\b(?:enable|turn on|allow|update|upgrade|switch) (?:your )?(?:javascript|cookies|browser|autoplay|flash)\b|\b(?:another|a different|a newer|a modern|a supported|an up-to-date) (?:web )?browser\b|\b(?:loading|buffering) (?:the )?(?:video|player|audio|media|clip)\b|^(?:video|audio|media|this video|this clip) (?:unavailable|not available|loading)\b/iu

/** A cheap case-blind test for the letters every media word or call holds: most lines fail it. */
const mediaStems = /video|audio|media|player|clip|record|podcast|stream|embed|playback|browser|javascript|html|flash|ie\s?\d|cookie|autoplay/iu

/**
 * Whether a media word ({@link mediaWord}) is followed, within 60 characters of the same sentence,
 * by a failure ({@link mediaFailure}); or the text calls to enable or change something for the
 * player, or says it is loading ({@link mediaCall}). Tested word by word rather than as one
 * pattern with a bounded gap, which a backtracking check cannot analyse in time.
 */
function mediaNoteCue(text: string): boolean {
  // Every match of either pattern holds one of these letter runs; most lines hold none, and the
  // two case-blind patterns cost a tenth of the rule's time when run on every line (issue 14).
  if (!mediaStems.test(text)) return false
  if (mediaCall.test(text)) return true
  for (let from = 0; from < text.length; ) {
    const match = mediaWord.exec(text.slice(from))
    if (!match) return false
    const end = from + match.index + match[0].length
    const stop = text.slice(end).search(/[.!?\n]/u)
    const window = text.slice(end - 1, stop < 0 ? text.length : end + stop)
    const failure = mediaFailure.exec(window)
    if (failure && failure.index >= 1 && failure.index <= 61) return true
    from = from + match.index + Math.max(1, match[0].length)
  }
  return false
}

/**
 * A writer's bio or the opinion page's disclaimer closing a piece: `The writer is a ...`, `... can
 * be reached at ...`, `Views expressed are personal`, or a name that `writes about ... for` a
 * publication. News copy speaks of its subject, not of its writer.
 */
const bioNote =
  /^\(?(?:the )?(?:writer|author|columnist|contributor)s? (?:is|was|are) (?:a|an|the)\b|\bcan be (?:reached|contacted|emailed) (?:at|on|via)\b|\bviews (?:and opinions )?expressed (?:here |in this \p{L}{3,10} )?are (?:personal|(?:those )?of the (?:author|writer)s?|(?:his|her|their|the author['\u2019]s) own)\b|\bopinions are (?:the author['\u2019]s|(?:his|her|their)) own\b/iu
const bioByline = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2} (?:writes|reports) (?:on|about) [^.\n]{3,60} for (?:the )?\p{Lu}/u

/** Whether a text holds a writer's bio or an opinion disclaimer ({@link bioNote}). */
function isBioNote(text: string): boolean {
  return bioNote.test(text) || bioByline.test(text)
}

/**
 * A site's cookie or consent banner or button: cookies with what a banner says of them (`We use
 * cookies to ...`, `Accept all cookies`), consent or privacy choices (`Manage consent preferences`),
 * the site's policies by name. A news story on cookies (the food, or the law) has none of these.
 */
const consentNotice =
  /\bcookies?\b[^.\n]{0,60}\b(?:use|uses|accept|consent|settings|policy|preferences|experience|browsing|continuing|personalis|personaliz)|\b(?:accept|reject|decline|manage|allow|customi[sz]e)\b[^.\n]{0,20}\b(?:cookies|consent|preferences|tracking)\b|\b(?:privacy|cookie|consent) (?:policy|settings|preferences|choices|notice|centre|center)\b|\bterms (?:of|and) (?:use|service|conditions)\b/iu

/** Attribution: a story reporting what someone said (`..., the company said`), not a page's note. */
const attribution = /\b(?:said|says|told|according to|reported|added)\b/iu

/** A media player's or browser's note ({@link mediaNoteCue}) that reports no one's words. */
function isMediaNote(text: string): boolean {
  return mediaNoteCue(text) && !attribution.test(text)
}

/**
 * The lead of a photo caption, as a page's picture block opens: a few words, then a picture word
 * and `shows` (`Agency file pic shows ...`), or a kind of picture and `of` or `from` (`A handout
 * picture of ...`). News prose names a photograph with a verb of its own (`A photograph taken in
 * 1962 shows`) and says `the picture of` only as a subject with a verb after it.
 */
const captionLead =
  /^(?:[\p{L}\p{N}.'\u2019-]{1,30}\s){0,3}?(?:(?:file|handout|undated|pool|representational|representative|archive)\s)?(?:photo|photograph|pic|picture|image|still|screengrab|screenshot)s?\s(?:shows?|showing)\s|^(?:(?:an?|this)\s)?(?:file|handout|undated|pool|representational|representative|archive)\s(?:photo|photograph|pic|picture|image)s?\s(?:of|from)\s/iu

/** Words that open prose about something already named, never a caption's subject. */
const anaphoricOpeners: ReadonlySet<string> = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'here', 'his', 'her', 'its', 'their', 'our',
  'such', 'but', 'and', 'so', 'yet', 'if', 'when', 'while', 'as', 'in', 'on', 'at', 'for', 'by', 'with', 'after', 'before',
])

/** A scene's place or time: a weekday, or a capitalised place after `in`, `at`, `near`, `outside` (a date is {@link months}). */
const sceneCue = /\bon (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:in|at|near|outside|off|along|across) (?:the )?\p{Lu}\p{Ll}/u

/** Past forms the same as their base (`set`, `put`): no sign of the present. */
const pastLikeBase = /^(?:put|cut|set|hit|let|cost|hurt|spread|shut|quit|read|beat|cast|bet|split|bid|broadcast|forecast|upset|burst|shed|rid|come|become|run)$/u

/** Words in `-ed` that are no past tense. */
const notPast: ReadonlySet<string> = new Set(['need', 'speed', 'seed', 'feed', 'shed', 'bed', 'red', 'hundred', 'breed', 'deed', 'weed', 'bleed', 'proceed', 'succeed', 'exceed', 'embed', 'shred', 'sled'])

/** Words that open a clause of its own, where a caption may tell what came before (`after the storm passed`). */
const subordinators: ReadonlySet<string> = new Set(['after', 'as', 'when', 'while', 'since', 'before', 'until', 'because', 'once', 'where'])

/** Finite forms of `be`, `have` and `do` and the modals: a clause with one is not a caption's bare present. */
const finiteAux = /^(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should)$/u

/**
 * A photo caption written as a sentence: the picture's present (`A fisherman mends his nets on the
 * beach at Vell on Tuesday.`, `Rescue workers search the rubble in Dorvik, March 3, 2021.`). One
 * sentence standing alone, opening with a noun phrase (no pronoun or conjunction), naming a place,
 * a day or a date, with no quotation, attribution, auxiliary or past-tense verb, and a verb in the
 * present simple (a verb tag that is not a participle after a determiner or adjective). News prose
 * tells what happened in the past tense and attributes it; a review's present tense opens with its
 * subject already named (`He sings ...`) or leans on `is` and `has`.
 */
export function isPresentCaption(story: Story, span: { start: number; end: number; text: string }): boolean {
  const text = span.text.trim()
  if (text.length < 50 || text.length > 320 || !/^\p{Lu}/u.test(text) || !/[.]$/u.test(text) || /["\u201c\u201d]/u.test(text)) return false
  if ([...text.matchAll(sentenceEnd)].length !== 1 || !(sceneCue.test(text) || months.test(text)) || attribution.test(text)) return false
  // A story's lead after its dateline (`DORVIK, May 3 (WNA) -- ...`) is news, whatever its tense.
  if (/\)\s?[-\u2013\u2014]{1,2}\s/u.test(text)) return false
  const tokens = story.tags(span).filter((t) => t.pos !== 'PUNCT')
  if (anaphoricOpeners.has(tokens[0]?.lower ?? '') || tokens[0]?.pos === 'PRON') return false
  let present = false
  for (const [i, token] of tokens.entries()) {
    const word = token.lower
    if (finiteAux.test(word)) return false
    // A past form (`dimmed`, `went`; the tagger often calls an `-ed` word a noun) makes the sentence
    // a report, unless it stands in a clause after `after`, `as`, `when`... (`..., a day after the
    // storm passed`); a participle before its noun (`a collapsed building`) is none.
    const past = irregularPasts.has(word) || (/^\p{Ll}{2,}ed$/u.test(word) && !['DET', 'ADJ', 'ADP', 'ADV'].includes(tokens[i - 1]?.pos ?? '') && !notPast.has(word))
    if (past && !tokens.slice(Math.max(0, i - 4), i).some((t) => subordinators.has(t.lower))) return false
    if (!present && i >= 1 && token.pos === 'VERB' && !past && !/(?:ed|ing)$/u.test(word) && !pastLikeBase.test(word)) present = true
  }
  return present
}

/** Sentence starts of a text: its first word and every capitalised word after a sentence end. */
const sentenceStart = /(?:^|[.!?:]["'\u201d\u2019)]{0,2}\s{1,3})["'\u201c\u2018(]?(\p{Lu}\p{Ll}{1,15})(?![\p{L}\p{N}'\u2019-])/gu

/**
 * Whether a span of prose reads as a page's pitch rather than story text: it talks to the reader
 * (`you`, `your` outside quotations), one of its sentences opens with a verb of a page's call to
 * the reader (`... Sign up today.`, `Please enable ...`), states rights (`Copyright ...`), speaks of
 * the copy itself ({@link selfNote}) or of the page's media player ({@link isMediaNote}), or opens as
 * a photo caption ({@link captionLead}, {@link isPresentCaption}), a writer's bio ({@link bioNote}) or a
 * cookie banner ({@link consentNotice}).
 * Such prose is scored by the classifier like any short line, and never counts as body.
 */
export function isPitchLike(story: Story, span: { start: number; end: number; text: string }): boolean {
  if (hasRightsNotice(span.text) || selfNote.test(span.text) || isMediaNote(span.text) || captionLead.test(span.text) || isBioNote(span.text) || consentNotice.test(span.text) || isPresentCaption(story, span)) return true
  for (const match of span.text.matchAll(sentenceStart)) if (pageVerbs.has((match[1] ?? '').toLowerCase())) return true
  return story.wordsIn(span).some((w) => (w.normal === 'you' || w.normal === 'your') && !story.inQuotation(w))
}

/** Verbs that open a page's call to the reader. */
const pageVerbs: ReadonlySet<string> = new Set([
  'click', 'tap', 'subscribe', 'download', 'sign', 'join', 'follow', 'share', 'support', 'donate', 'visit', 'watch',
  'listen', 'install', 'register', 'enable', 'allow', 'like', 'get', 'stay', 'never', 'please', 'contact', 'tell',
])

/**
 * Where the short tail of a text starts: the end of its last sentence, when at most 60 characters
 * follow it; -1 when there is none.
 */
function tailCut(text: string): number {
  const trimmed = text.trimEnd()
  let cut = -1
  for (const match of trimmed.matchAll(sentenceEnd)) cut = match.index + match[0].length
  if (cut < 0 || cut >= trimmed.length) return -1
  const tail = trimmed.slice(cut).trim()
  return tail.length > 0 && tail.length <= 60 ? cut : -1
}

/**
 * The tail of a body line: what follows its last sentence end when that is short and prose comes
 * before it: an agency end mark, desk initials or a credit glued to the last paragraph
 * (`... said. --WNA`, `... said.abc/xy`, `... said. (KR: Ana)`), or a sentence's last words.
 */
export function lineTail(story: Story, line: Line): { start: number; end: number; text: string } | undefined {
  // Only where a block of text ends: a hard-wrapped line goes on in the next.
  const paragraph = line.paragraph === undefined ? undefined : story.paragraphs[line.paragraph]
  if (!paragraph || (paragraph.shape === 'wrapped' && line.end < paragraph.end)) return undefined
  const cut = tailCut(line.text)
  if (cut < 0 || story.wordsIn({ start: line.start, end: line.start + cut }).length < 6) return undefined
  const rest = line.text.slice(cut)
  const tail = rest.trim()
  // A tail that ends in a comma or semicolon is a list or a sentence going on, never an end mark;
  // wire codes in brackets are wire-code findings.
  if (/[,;]$/u.test(tail) || isWireCodeOnly(tail)) return undefined
  // Plain words (`New York`, `First, Honolulu`) are a dateline or subhead run on after a lost line
  // break; residue glued to a sentence carries a mark: a dash, slash, bracket, figure, symbol, or an
  // agency's or the page's words.
  if (/^[\p{L}\p{M}][\p{L}\p{M} ,.'\u2019]*$/u.test(tail) && !agencies.test(tail) && !isEndMark(tail) && !tail.split(/[\s,.]+/u).some((w) => interfaceWords.has(w.toLowerCase()))) return undefined
  // An agency credit in brackets closing a story or a dateline (`... said. (WNA)`) is house style;
  // a photographer's credit (`REUTERS/Ana Roe`) closes a caption, which caption-residue judges.
  if ((bracketedCredit.test(tail) || photoCredit.test(tail)) && !isEndMark(tail)) return undefined
  const start = line.start + cut + (rest.length - rest.trimStart().length)
  return { start, end: start + tail.length, text: tail }
}

/** Names of the features, in vector order (the model's weights are keyed by these). */
export const featureNames = [
  'bias',
  'logChars',
  'words0',
  'words1',
  'words2',
  'words3to4',
  'words5to8',
  'words9to15',
  'words16up',
  'stopRatio',
  'noStopWords',
  'terminal',
  'colonEnd',
  'capitalRatio',
  'capsRatio',
  'lowerStart',
  'digitRatio',
  'separatorRatio',
  'time',
  'date',
  'glued',
  'hashOrHandle',
  'url',
  'interfaceRatio',
  'agency',
  'creditLine',
  'zoneHeader',
  'zoneFooter',
  'zoneBody',
  'zoneNone',
  'prevShort',
  'nextShort',
  'nextBody',
  'alone',
  'symbolOnly',
  'imperative',
  'reader',
  'oddTokens',
  'shortWords',
  'tail',
  'stampOnly',
  'foreignScript',
  'titleCase',
  'labelColon',
  'captionCredit',
  'headlineRun',
  'headlineBlock',
  'labelPrefix',
  'listEnd',
  'proseLine',
  'rights',
  'callToAction',
  'verbless',
  'afterLabel',
  'selfNote',
  'interfaceContent',
  'creditOpening',
  'joinedLabel',
  'captionYear',
  'mediaNote',
  'captionLead',
  'presentCaption',
  'bio',
  'consent',
] as const

/** One feature vector. */
export type Features = Record<(typeof featureNames)[number], number>

function isShortLine(story: Story, line: Line | undefined): boolean {
  if (!line || line.blank) return false
  const text = line.text.trim()
  return text.length > 0 && text.length <= 60 && !terminal.test(text)
}

/** The previous and next non-blank lines around `index`. */
function neighbours(story: Story, index: number): { previous: Line | undefined; next: Line | undefined; alone: boolean } {
  const lines = story.lines
  let p = index - 1
  while (p >= 0 && lines[p]?.blank) p--
  let n = index + 1
  while (n < lines.length && lines[n]?.blank) n++
  const alone = (lines[index - 1]?.blank ?? true) && (lines[index + 1]?.blank ?? true)
  return { previous: lines[p], next: lines[n], alone }
}

/** Words that go with a time stamp (`Updated: ...`, `Posted on ...`, `Last modified at ...`). */
const stampWords: ReadonlySet<string> = new Set([
  'updated', 'update', 'posted', 'published', 'created', 'modified', 'last', 'first', 'on', 'at', 'date', 'time', 'am', 'pm',
  'ist', 'gmt', 'bst', 'est', 'edt', 'et', 'utc', 'bjt', 'pst', 'cet', 'jst', 'hkt', 'sgt', 'pkt', 'hrs', 'ago', 'min', 'mins',
  'minutes', 'hours', 'read', 'and', 'by', 'of', 'the',
])

/** Month and weekday names (and their short forms), which a time stamp is made of. */
const calendarWord = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}$|^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?$/u

/**
 * Whether a line is a time stamp and little else: a time, or a date with a year, no agency, and at
 * most two words that are not figures, calendar words or stamp words, fewer than those (`Updated: Nov 7 2014 | 9:12 PM IST - NEW DELHI`).
 */
function isStampOnly(text: string, words: readonly { normal: string; text: string }[]): boolean {
  // A dateline has a day and a month; a stamp has a time or a year too, and no agency's credit.
  if (!times.test(text) && !(months.test(text) && /\b(?:19|20)\d\d\b/u.test(text))) return false
  if (agencies.test(text)) return false
  const stamp = words.filter((w) => /^\p{N}/u.test(w.text) || calendarWord.test(w.normal)).length
  const rest = words.filter((w) => !/^\p{N}/u.test(w.text) && !calendarWord.test(w.normal) && !stampWords.has(w.normal)).length
  return rest <= 2 && stamp >= 2 && stamp > rest
}

/**
 * A photo credit closing a line of caption words: an agency or `photo`/`file` credit in brackets
 * (`... in Dorvik (WNA)`, `(Photo: Ana Roe)`, `[Photo/WNA]`), or a credit with a slash (`Ana Roe/WNA`,
 * `WNA/Ana Roe`).
 */
const captionCreditEnd = new RegExp(
  `(?:[([](?:(?:${agencyNames})(?:\\s(?:photo|file|pic)s?)?|(?:photo|file|image|pic|picture|courtesy)[^()[\\]]{0,40})[)\\]]\\s?\\|?|\\p{Lu}\\p{Ll}{1,20}\\s?\\/\\s?(?:${agencyNames})|(?:${agencyNames})\\s?\\/\\s?\\p{Lu}\\p{Ll}{1,20}(?:\\s\\p{Lu}\\p{Ll}{1,20})?)$`,
  'iu',
)

/** A line shaped as a headline: three to sixteen words, most content words capitalised, no full stop. */
function isTitleCase(text: string, words: readonly { normal: string; text: string }[]): boolean {
  if (words.length < 3 || words.length > 16 || terminal.test(text)) return false
  const content = words.filter((w) => !stopWords.has(w.normal) && /^\p{L}/u.test(w.text))
  return content.length >= 2 && content.filter((w) => /^\p{Lu}/u.test(w.text)).length / content.length >= 0.75
}

/** A line shaped as a headline in any case: four to sixteen words, a capital first, no full stop, no list number. */
function isHeadlineShaped(story: Story, line: Line | undefined): boolean {
  if (!line || line.blank) return false
  const text = line.text.trim()
  if (text.length > 160 || terminal.test(text) || !/^[\p{Lu}\p{N}]/u.test(text) || /^\p{N}{1,2}[.)]/u.test(text)) return false
  const n = story.wordsIn(line).length
  return n >= 4 && n <= 16
}

/**
 * Whether a line stands in a block of three or more headline-shaped lines (at most one blank line
 * between two of them), not counting the story's first line (its headline): a related-story list,
 * which a story's own headline, deck and subhead never form.
 */
function inHeadlineBlock(story: Story, line: Line, firstLine: number): boolean {
  if (line.index === firstLine || !isHeadlineShaped(story, line)) return false
  const step = (from: number, direction: 1 | -1): number => {
    let count = 0
    for (let i = from + direction; ; i += direction) {
      let candidate = story.lines[i]
      if (candidate?.blank) {
        i += direction
        candidate = story.lines[i]
      }
      if (candidate?.index === firstLine || !isHeadlineShaped(story, candidate)) return count
      count++
      if (count >= 2) return count
    }
  }
  return step(line.index, -1) + step(line.index, 1) >= 2
}

/**
 * A line of a list of story links: a headline's shape (three to sixteen words, a capital or figure
 * first, no full stop), maybe after a list number or bullet (`2. Storm warning for the coast`), and
 * no byline (`By Ana Roe and Li Wei`).
 */
function isListedHeadline(story: Story, line: Line): boolean {
  const text = line.text.trim()
  const marker = /^(?:\p{N}{1,2}[.)]|[•·▪*\u2013-])\s?/u.exec(text)?.[0] ?? ''
  const rest = text.slice(marker.length)
  if (rest.length > 160 || /[.!]["'\u201d\u2019]?$/u.test(rest) || !/^[\p{Lu}\p{N}]/u.test(rest) || /^By\s/u.test(rest)) return false
  const n = story.wordsIn({ start: line.start + (line.text.length - line.text.trimStart().length) + marker.length, end: line.end }).length
  return n >= 3 && n <= 16
}

/**
 * The indices of the lines of a list of story links under a page's label (`Also read`, `Most Read`,
 * `You may also like:`): the run of lines shaped as listed headlines ({@link isListedHeadline})
 * right after the label, at most one blank line between two. jusText's context idea: a list is
 * residue as a block, the label tells what it is, and its lines alone read as headlines or subheads.
 * Empty when the line is no such label (a story's own `Key facts` is no page word), when the run is
 * one line, or above the body, where a site's menu label stands over the story's own headline and
 * deck.
 */
export function labelledList(story: Story, context: ResidueContext, labelIndex: number): number[] {
  const label = story.lines[labelIndex]
  if (!label || label.end <= context.bodyStart || !isChromeLabel(story, label)) return []
  const list = listRun(story, context, labelIndex, 1)
  return list.length >= 2 ? list : []
}

/**
 * The run of listed headlines ({@link isListedHeadline}) from line `index` on, in `direction`, not
 * counting `index` itself, the story's first line or a line past a body unit; at most one blank
 * line between two.
 */
function listRun(story: Story, context: ResidueContext, index: number, direction: 1 | -1): number[] {
  const run: number[] = []
  for (let i = index + direction; i >= 0 && i < story.lines.length; i += direction) {
    let line = story.lines[i]
    if (line?.blank) line = story.lines[(i += direction)]
    if (!line || line.blank || line.index === context.firstLine || !isListedHeadline(story, line)) break
    run.push(line.index)
  }
  return run
}

/**
 * The block of listed headlines line `index` stands in (three lines or more, below the body's start),
 * or empty: a list of story links with no label, which is residue as a block when most of its lines
 * read as residue alone. Above the body a site's header lines and the story's headline and deck
 * make such blocks too.
 */
export function headlineList(story: Story, context: ResidueContext, index: number): number[] {
  const line = story.lines[index]
  if (!line || line.end <= context.bodyStart || !isListedHeadline(story, line)) return []
  const block = [...listRun(story, context, index, -1).reverse(), index, ...listRun(story, context, index, 1)]
  return block.length >= 3 ? block : []
}

/**
 * A short label before a colon, bar or arrow, made of page words, heading the line (`Also Read: ...`,
 * `You May Also Like: ...`, `Source:WNA ...`); the feature also wants no sentence end (`Reply: no.`
 * in a question-and-answer column is prose).
 */
function hasLabelPrefix(text: string): boolean {
  const match = /^([^:|»›\n]{2,30}?)\s?[:|»›]\s?\S/u.exec(text)
  if (!match) return false
  const label = (match[1] ?? '').toLowerCase().split(/\s+/u).filter(Boolean)
  return label.length <= 4 && label.filter((w) => interfaceWords.has(w)).length * 2 >= label.length
}

/**
 * A picture credit heading a line: a picture word and a credit word (`Photo courtesy of the city
 * museum`, `Image by ...`, `Pictures: courtesy ...`), or a credit word and its colon or `of`
 * (`Courtesy: ...`, `Credit: ...`). The name after it may be anyone's, an organisation's too.
 */
const creditOpening = /^[([]?(?:(?:file|pool|handout|representational|representative)\s)?(?:photo(?:graph)?|image|picture|pic|video|graphic|illustration)s?\s?(?:[:/|-]\s?)?(?:courtesy|credits?|by|source)\b|^(?:courtesy|(?:photo\s|image\s)?credits?)\s?(?::|of\b|by\b)/iu

/** Capitalised words joined by `&`, as section menus name theirs (`Trade & Ports`, `UK & Europe`). */
const joinedLabel = /^\p{Lu}[\p{L}\p{M}'\u2019.-]*(?:\s\p{Lu}[\p{L}\p{M}'\u2019.-]*){0,2}\s?&\s?\p{Lu}[\p{L}\p{M}'\u2019.-]*(?:\s\p{Lu}[\p{L}\p{M}'\u2019.-]*){0,2}$/u

/** A year closing a line after a comma or a preposition, maybe with a month (`..., June 1998`, `... in 2011`). */
const yearEnd = /(?:,\s?|\s(?:in|of|from|since|circa)\s)(?:\p{L}{3,9}\.?\s)?(?:19|20)\d\d\)?\.?$/iu

/** Parts of speech that open a widget's call (`Tell a friend`, `Be the first to comment`) rather than prose. */
const callOpeners: ReadonlySet<string> = new Set(['VERB', 'AUX', 'INTJ'])

/** A token glued of letters and slashes, bars or leading dashes, or of letters and digits (`ab/cd`, `--WNA`, `Tw2sl`). */
const oddToken = /\p{L}[/|]|[/|]\p{L}|^[-\u2013\u2014]{1,2}\p{L}|\p{Ll}\p{N}|\p{N}\p{Ll}{2}|\p{L}:\p{L}/u

/**
 * The feature vector of a candidate line, or of a segment of it (`segment`, a line's tail): the
 * segment's own text, the line's place and neighbours.
 */
export function lineFeatures(story: Story, context: ResidueContext, line: Line, segment?: { start: number; end: number; text: string }): Features {
  const text = (segment?.text ?? line.text).trim()
  const span = segment ?? line
  const words = story.wordsIn(span)
  const n = words.length
  const letters = text.replace(/[^\p{L}]/gu, '').length
  const digits = text.replace(/[^\p{N}]/gu, '').length
  const seps = text.replace(/[^|•·▪►▸›»«/\\#@*_=~^]/gu, '').length
  const capital = words.filter((w) => /^\p{Lu}/u.test(w.text)).length
  const caps = words.filter((w) => w.text.length >= 2 && /\p{Lu}/u.test(w.text) && !/\p{Ll}/u.test(w.text)).length
  const stops = words.filter((w) => stopWords.has(w.normal)).length
  // An agency's name (`APP`) or `News Agency` after it is a credit, not web-page vocabulary.
  const pageWords = words.filter((w, i) => interfaceWords.has(w.normal) && !agencyName.test(w.text) && !(w.normal === 'news' && words[i + 1]?.normal === 'agency')).length
  const tags = story.tags(span)
  // One page word in a line shaped as prose (a function word among its words, all in lower case
  // after the first, no verb opening a call: `In matters related`, `Officials said the latest`, a
  // sentence cut short) is a word of the story, not of the page: labels and widgets are made of
  // page words, or open with a verb (`Tell a friend`).
  const proseShaped =
    n >= 3 &&
    seps === 0 &&
    !callOpeners.has(tags[0]?.pos ?? '') &&
    words[0]?.normal !== 'please' &&
    words.some((w) => stopWords.has(w.normal)) &&
    words.slice(1).every((w) => !/^\p{Lu}/u.test(w.text))
  const chrome = pageWords === 1 && proseShaped ? 0 : pageWords
  const content = words.filter((w) => !stopWords.has(w.normal) && /^\p{L}/u.test(w.text)).length
  const verbless = n >= 2 && text.length <= 200 && !tags.some((t) => t.pos === 'VERB' || t.pos === 'AUX')
  const { previous, next, alone } = neighbours(story, line.index)
  const tokens = text.split(/\s+/u).filter(Boolean)
  const first = words[0]
  const firstTag = first ? story.tags({ start: first.start, end: first.end })[0] : undefined
  const imperative =
    first !== undefined &&
    words.length >= 2 &&
    /^\p{Lu}?\p{Ll}+$/u.test(first.text) &&
    (first.normal === 'please' || (firstTag?.pos === 'VERB' && !/(?:ed|ing|s)$/u.test(first.normal)))
  const zone =
    context.bodyStart < 0 ? 'none' : line.end <= context.bodyStart ? 'header' : line.start >= context.bodyEnd ? 'footer' : 'body'
  const nextText = next ? next.text.trim() : ''
  return {
    bias: 1,
    logChars: Math.log1p(text.length) / 5,
    words0: n === 0 ? 1 : 0,
    words1: n === 1 ? 1 : 0,
    words2: n === 2 ? 1 : 0,
    words3to4: n >= 3 && n <= 4 ? 1 : 0,
    words5to8: n >= 5 && n <= 8 ? 1 : 0,
    words9to15: n >= 9 && n <= 15 ? 1 : 0,
    words16up: n >= 16 ? 1 : 0,
    stopRatio: n === 0 ? 0 : stops / n,
    noStopWords: n > 0 && stops === 0 ? 1 : 0,
    terminal: terminal.test(text) ? 1 : 0,
    colonEnd: /:$/u.test(text) ? 1 : 0,
    capitalRatio: n === 0 ? 0 : capital / n,
    capsRatio: n === 0 ? 0 : caps / n,
    lowerStart: /^\p{Ll}/u.test(text) ? 1 : 0,
    digitRatio: digits / Math.max(1, letters + digits),
    separatorRatio: Math.min(1, seps / Math.max(1, n)),
    time: times.test(text) ? 1 : 0,
    date: months.test(text) ? 1 : 0,
    glued: gluedWords.test(text) ? 1 : 0,
    hashOrHandle: /(?:^|\s)[#@][\p{L}\p{N}_]{2}/u.test(text) ? 1 : 0,
    // A web or email address (`www.example.org`, `desk@example.org`).
    url: /\bhttps?:\/\/|\bwww\.[\p{L}\p{N}-]{2}|[\p{L}\p{N}._-]@[\p{L}\p{N}-]{2,40}\.\p{L}{2}/u.test(text) ? 1 : 0,
    interfaceRatio: n === 0 ? 0 : chrome / n,
    agency: agencies.test(text) ? 1 : 0,
    // An agency credit, byline or dateline (`WNA, Tuesday 3 Mar 2020`, `By Ana Roe, WNA`): an agency
    // and another word, no interface word, no separator but commas and brackets, no leading dash
    // (`--WNA` is an end mark); or the story's own credit line (`Reporting by ...; Editing by ...`).
    // A list bullet before the credit (`• WNA-KPX`) is layout, not a separator.
    creditLine: isCreditLine(text.replace(/^[•·▪]\s?/u, ''), n, chrome) ? 1 : 0,
    zoneHeader: zone === 'header' ? 1 : 0,
    zoneFooter: zone === 'footer' ? 1 : 0,
    zoneBody: zone === 'body' ? 1 : 0,
    zoneNone: zone === 'none' ? 1 : 0,
    // Not the headline nor a stamp above it: a short line over the body's lines.
    prevShort: isShortLine(story, previous) && (previous?.index ?? -1) > context.firstLine ? 1 : 0,
    nextShort: isShortLine(story, next) ? 1 : 0,
    nextBody: next !== undefined && nextText.length > 0 && isBodyText(story, { start: next.start, end: next.end, text: nextText }) ? 1 : 0,
    alone: alone ? 1 : 0,
    symbolOnly: letters === 0 ? 1 : 0,
    imperative: imperative ? 1 : 0,
    reader: words.some((w) => readerWords.has(w.normal) && (w.normal !== 'us' || w.text === 'us') && !story.inQuotation(w)) ? 1 : 0,
    oddTokens: tokens.length === 0 ? 0 : tokens.filter((t) => oddToken.test(t)).length / tokens.length,
    shortWords: n > 0 && words.reduce((sum, w) => sum + w.text.length, 0) / n <= 3.5 ? 1 : 0,
    tail: segment ? 1 : 0,
    stampOnly: isStampOnly(text, words) ? 1 : 0,
    foreignScript: letters === 0 ? 0 : Math.min(1, text.replace(/[^\p{L}]|[\p{Script=Latin}]/gu, '').length / letters),
    // Shapes of whole lines (a tail is the end of a sentence line, never a headline or a caption).
    titleCase: !segment && isTitleCase(text, words) ? 1 : 0,
    labelColon: !segment && /:$/u.test(text) && n <= 4 && chrome > 0 ? 1 : 0,
    // A credit after four words or more that are no dateline (`BEIJING, May 17 (WNA)` is one).
    captionCredit: !segment && n >= 4 && !months.test(text) && captionCreditEnd.test(text) ? 1 : 0,
    headlineRun: !segment && isTitleCase(text, words) && [previous, next].some((l) => l !== undefined && isTitleCase(l.text.trim(), story.wordsIn(l))) ? 1 : 0,
    // A headline, its deck and a subhead stand above the body: a block counts without the headline.
    headlineBlock: !segment && inHeadlineBlock(story, line, context.firstLine) ? 1 : 0,
    labelPrefix: !terminal.test(text) && hasLabelPrefix(text) ? 1 : 0,
    listEnd: /[,;]$/u.test(text) ? 1 : 0,
    // Prose that got here only by reading as a pitch (see isPitchLike).
    proseLine: !segment && n >= 10 && terminal.test(text) ? 1 : 0,
    rights: hasRightsNotice(text) ? 1 : 0,
    callToAction: [...text.matchAll(sentenceStart)].some((m) => pageVerbs.has((m[1] ?? '').toLowerCase())) ? 1 : 0,
    // Labels, stamps, credits and menus have no verb; sentences, headlines and most captions do.
    verbless: verbless ? 1 : 0,
    // A line under a short label of page words (`Related`, `Most read:`) heads a block of links.
    afterLabel: !segment && isChromeLabel(story, previous) ? 1 : 0,
    selfNote: selfNote.test(text) ? 1 : 0,
    // The share of content words that are page words: a widget is made of them (`Tell a friend`), a
    // subhead seldom (`Follow the money`).
    interfaceContent: content === 0 ? 0 : Math.min(1, chrome / content),
    creditOpening: !segment && n <= 12 && creditOpening.test(text) ? 1 : 0,
    joinedLabel: !segment && verbless && joinedLabel.test(text) ? 1 : 0,
    // A caption with no verb closed by its year (`The old ferry pier at Kelm, 1998`); a subhead with
    // a year is shorter (`Exports since 2015`).
    captionYear: !segment && n >= 5 && verbless && yearEnd.test(text) ? 1 : 0,
    mediaNote: isMediaNote(text) ? 1 : 0,
    captionLead: !segment && captionLead.test(text) ? 1 : 0,
    presentCaption: !segment && isPresentCaption(story, span) ? 1 : 0,
    bio: isBioNote(text) ? 1 : 0,
    consent: consentNotice.test(text) ? 1 : 0,
  }
}

/** An agency credit, byline or dateline, or the story's own credit line (see the `creditLine` feature). */
function isCreditLine(text: string, words: number, chrome: number): boolean {
  const seps = text.replace(/[^|•·▪►▸›»«/\\#@*_=~^]/gu, '').length
  // One agency's name or several joined (`WNA-KPX`) credit the copy as well as a name and a place do.
  const agencyOnly = text.split(/[\s\-\u2013&]+/u).every((token) => agencyName.test(token))
  return (agencies.test(text) && chrome === 0 && seps === 0 && (words >= 2 || agencyOnly || /^\(/u.test(text)) && /^[\p{L}(]/u.test(text)) || storyCredit.test(text)
}

/** A short line of page words with no sentence end (`Related News`, `ALSO READ:`, `More from us`). */
function isChromeLabel(story: Story, line: Line | undefined): boolean {
  if (!line || line.blank) return false
  const text = line.text.trim()
  if (text.length > 40 || terminal.test(text)) return false
  const words = story.wordsIn(line)
  return words.length >= 1 && words.length <= 4 && words.filter((w) => interfaceWords.has(w.normal)).length * 2 >= words.length
}

/**
 * A trained model: logistic weights by feature name and the calibrated threshold on the logit; or,
 * with `hidden`, a perceptron of one hidden layer, whose units weigh the features (a unit's own bias
 * is its `bias` feature's weight) and whose output `weights` are keyed `h0`, `h1`, ... and `bias`.
 */
export interface LogisticModel {
  readonly weights: Readonly<Record<string, number>>
  readonly threshold: number
  readonly hidden?: readonly Readonly<Record<string, number>>[] | undefined
}

/** The residue classifier: a model for whole lines and one for the tails of body lines. */
export interface ResidueModel extends LogisticModel {
  readonly tail: LogisticModel
}

/**
 * `data` (rules/data/residue-model.json) as a residue model, or an error naming the first field that
 * is not one. Checked by hand rather than with a zod schema: the hidden layer holds a few thousand
 * weights, and a schema walk over them cost a few milliseconds of every cold start (issue 14).
 */
export function parseResidueModel(data: unknown): ResidueModel {
  const model = checkedLogistic(data, 'model')
  const { description, tail } = data as { description?: unknown; tail?: unknown }
  if (typeof description !== 'string') throw new Error('rules/data/residue-model.json: description: expected a string')
  return { ...model, tail: checkedLogistic(tail, 'tail') }
}

function checkedLogistic(data: unknown, where: string): LogisticModel {
  const fail = (field: string, expected: string): never => {
    throw new Error(`rules/data/residue-model.json: ${where}.${field}: expected ${expected}`)
  }
  if (typeof data !== 'object' || data === null) return fail('', 'an object')
  const { weights, threshold, hidden } = data as { weights?: unknown; threshold?: unknown; hidden?: unknown }
  if (typeof threshold !== 'number' || !Number.isFinite(threshold)) fail('threshold', 'a number')
  const record = (value: unknown, field: string): Record<string, number> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(field, 'an object of weights')
    for (const [key, weight] of Object.entries(value)) if (typeof weight !== 'number' || !Number.isFinite(weight)) fail(`${field}.${key}`, 'a number')
    return value as Record<string, number>
  }
  if (hidden !== undefined && !Array.isArray(hidden)) fail('hidden', 'an array')
  return {
    weights: record(weights, 'weights'),
    threshold: threshold as number,
    ...(hidden === undefined ? {} : { hidden: (hidden as unknown[]).map((unit, j) => record(unit, `hidden.${j}`)) }),
  }
}

/** The model's logit for a feature vector. */
export function residueLogit(model: LogisticModel, features: Features): number {
  const hidden = model.hidden
  const x = featureVector(features)
  if (!hidden) return weighted(vectorOf(model.weights), x)
  let sum = model.weights.bias ?? 0
  hidden.forEach((unit, j) => {
    sum += (model.weights[`h${j}`] ?? 0) * Math.tanh(weighted(vectorOf(unit), x))
  })
  return sum
}

/**
 * A weight table as a vector in {@link featureNames} order (0 for a missing weight), made once per
 * table: a line's score reads every weight of every hidden unit, and looking each up by name cost
 * a third of the residue model's time (issue 14). The sums are the same, term by term and in order.
 */
const weightVectors = new WeakMap<Readonly<Record<string, number>>, Float64Array>()

function vectorOf(weights: Readonly<Record<string, number>>): Float64Array {
  let vector = weightVectors.get(weights)
  if (!vector) weightVectors.set(weights, (vector = Float64Array.from(featureNames, (name) => weights[name] ?? 0)))
  return vector
}

function featureVector(features: Features): Float64Array {
  return Float64Array.from(featureNames, (name) => features[name])
}

function weighted(weights: Float64Array, x: Float64Array): number {
  let sum = 0
  for (let k = 0; k < x.length; k++) sum += (weights[k] as number) * (x[k] as number)
  return sum
}
