// Name mentions found without a trained model: capitalised word sequences
// in cased scripts (Latin, Cyrillic, Greek), the words after a title in
// scripts without case (Arabic, Persian, Hebrew), and glossary terms.

import {detached} from '../detached.js'
import type {Span} from '../../engine/types.js'
import {arabicStems, foldedText, orthographicKey} from './arabic-keys.js'
import {foldLatin} from './latin-keys.js'
import {keptText, RecentTexts} from './recent-texts.js'
import {scanWords} from './word-scan.js'

export interface NameToken {
  span: Span
  text: string
}

export interface NameMention {
  /** The whole mention, title excluded. */
  span: Span
  text: string
  /** The words that carry the name: particles (al, bin, von) and titles left out. */
  words: NameToken[]
  /** Whether a title (General, اللواء) precedes the name: a person. */
  titled: boolean
  /**
   * A lone capitalised word at the start of a sentence, seen nowhere else in
   * the text: a name or just the first word (Thus). Good enough to be the
   * typo of a known name, not to set a spelling.
   */
  uncertain: boolean
}


const recentTokens = new RecentTexts<readonly NameToken[]>()

/** The words `nameTokens` found in a text, if it is one of the texts read last. */
export function recentNameTokens(text: string): readonly NameToken[] | undefined {
  return recentTokens.get(text)
}

/**
 * The words of a text with their spans (a shared array: do not change it):
 * runs of letters and marks, with an ayn/hamza mark at their start (‘Alī),
 * joined by hyphens or apostrophes (Al-‘Ālam); see `scanWords`.
 */
export function nameTokens(text: string): readonly NameToken[] {
  const cached = recentTokens.get(text)
  if (cached) return cached
  const tokens: NameToken[] = []
  scanWords(text, (start, end) => tokens.push({span: [start, end], text: text.slice(start, end)}))
  return recentTokens.remember(text, tokens)
}

const casedLetter = /[\p{Lu}\p{Ll}\p{Lt}]/u
const capitalised = /^[‘ʿʾ]?[\p{Lu}\p{Lt}]/u
/** Particle prefixes joined by a hyphen: al-Assad, bin-Salman. */
const particlePrefix = /^(?:al|el|ad|ar|as|at|az|an|ash|ibn|bin|abu|abd|d|l)[-‐'’]/iu
/** Before a sentence's first word: its end mark, a line break, an opening quote or bracket. */
const sentenceBoundary = /(?:(?:^|[.!?…:;\n\r—–])[\s“”"«»‘’'(\[]*|[“"«‘(\[]\s*)$/u
const joinerBetween = /^[^\S\r\n]+$/u

/**
 * Lower-case particles inside names: Arabic (al, bin, ibn, bint, abu),
 * Dutch/German (van, von, der, den), Romance (de, da, di, du, del, la, le, dos).
 */
const particles = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'ben', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'dos', 'das', 'ul', 'ter', 'af'])

/**
 * Titles before personal names, by language (capitalised forms for cased
 * scripts). Hand-written: CLDR has no list of honorifics and ranks.
 */
const titles: Readonly<Record<string, readonly string[]>> = {
  en: ['mr', 'mrs', 'ms', 'dr', 'president', 'minister', 'general', 'major', 'colonel', 'lieutenant', 'brigadier', 'admiral', 'captain', 'sergeant', 'marshal', 'sheikh', 'shaikh', 'king', 'queen', 'prince', 'princess', 'emir', 'amir', 'imam', 'ayatollah', 'sir', 'lord', 'lady', 'pope', 'senator', 'governor', 'chancellor', 'premier', 'ambassador', 'judge', 'professor', 'prof', 'rabbi', 'father', 'saint', 'st'],
  fr: ['m', 'mme', 'mlle', 'monsieur', 'madame', 'président', 'présidente', 'ministre', 'général', 'colonel', 'cheikh', 'roi', 'reine', 'prince', 'émir', 'docteur', 'dr'],
  de: ['herr', 'frau', 'dr', 'präsident', 'minister', 'ministerin', 'general', 'kanzler', 'kanzlerin', 'könig', 'scheich'],
  es: ['sr', 'sra', 'don', 'doña', 'presidente', 'ministro', 'ministra', 'general', 'rey', 'reina', 'jeque'],
  ru: ['господин', 'госпожа', 'президент', 'министр', 'генерал', 'премьер', 'король', 'шейх'],
  ar: ['اللواء', 'العماد', 'الرئيس', 'الوزير', 'السيد', 'السيدة', 'الشيخ', 'الشيخة', 'الدكتور', 'الدكتورة', 'الأمير', 'الأميرة', 'الملك', 'الملكة', 'العقيد', 'الفريق', 'المشير', 'العميد', 'النائب', 'السفير', 'الإمام', 'الأستاذ', 'المستشار', 'القاضي', 'الجنرال', 'آية الله', 'المرشد', 'الحاج'],
  fa: ['سرلشکر', 'سردار', 'آقای', 'خانم', 'دکتر', 'رئیس‌جمهور', 'وزیر', 'آیت‌الله', 'امام', 'سرتیپ', 'ژنرال'],
  he: ['מר', 'גברת', 'ד"ר', 'הנשיא', 'השר', 'השרה', 'ראש הממשלה', 'הרב', 'האלוף', 'אלוף', 'המלך']
}

/**
 * Words that end a name after a title in Arabic script: prepositions,
 * conjunctions, verbs of saying. Compared as written (على is not علي).
 */
const arabicStopWords = new Set([
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'أن', 'إن', 'ان', 'مع', 'بين', 'بعد', 'قبل', 'قال', 'وقال', 'الذي', 'التي',
  'هذا', 'هذه', 'أو', 'او', 'ثم', 'حيث', 'خلال', 'أمس', 'امس', 'اليوم', 'إلا', 'الا', 'ألا', 'لا', 'ما', 'لم', 'لن',
  'قد', 'لقد', 'هو', 'هي', 'كان', 'كانت', 'إذ', 'إذا', 'اذا', 'بل', 'حتى', 'كل', 'أي', 'يا', 'أيها'
])
/** Vowel signs and Quranic marks, not the hamza marks: stop words are compared as spelled. */
const vowelMarks = /[\u0610-\u061A\u064B-\u0653\u0656-\u065F\u0670\u06D6-\u06ED\u0640]/gu
const isStopWord = (word: string): boolean => arabicStopWords.has(word.replace(vowelMarks, '').normalize('NFC'))

const nisbaAdjective = /^(?:ال|ٱل).+(?:ي|ية|يه)$/u
const teMarbuta = /ة$/u

function language(lang: string): string {
  return lang.toLowerCase().split(/[-_]/u)[0]
}

const titleSets = new Map<string, Set<string>>()

function titleSet(lang: string): Set<string> {
  const base = language(lang)
  let set = titleSets.get(base)
  if (!set) {
    const list = titles[base] ?? []
    set = new Set(list.map((title) => (casedLetter.test(title) ? foldLatin(title) : orthographicKey(title))))
    titleSets.set(base, set)
  }
  return set
}

/**
 * Name mentions in one side's text. In cased scripts: runs of capitalised
 * words joined by particles, without the words the text also writes in
 * lower case (The, Day); a lone sentence-initial word capitalised nowhere
 * else is marked `uncertain` (Thus). In other scripts: up to three words
 * after a title, skipping nisba adjectives (الرئيس السوري بشار الأسد).
 */
export function findNameMentions(text: string, lang: string, cased = casedLetter.test(text)): NameMention[] {
  // `cased`: whether the text has a cased letter (every letter is inside a
  // word, so whether some word has one), passed by a caller that knows it.
  return cased ? casedMentions(text, titleSet(lang)) : titledMentions(text, titleSet(lang))
}

/** ASCII lower-case letters that start a particle prefix (al-, el-, ibn-, bin-, abu-, d', l'): `particlePrefix` below. */
const particleInitials = new Set([...'aeibdl'].map((letter) => letter.charCodeAt(0)))

function isCapitalised(word: string): boolean {
  // Most words start with an ASCII letter: decided without a regex (same answers as the patterns).
  const first = word.charCodeAt(0)
  if (first >= 65 && first <= 90) return true
  if (first >= 97 && first <= 122 && !particleInitials.has(first)) return false
  return capitalised.test(word) || (particlePrefix.test(word) && capitalised.test(word.replace(particlePrefix, '')))
}

/** Whether the text between two tokens is one line's blank space (`joinerBetween`), usually a single space. */
function joined(text: string, start: number, end: number): boolean {
  if (end === start + 1 && text.charCodeAt(start) === 32) return true
  return end > start && joinerBetween.test(text.slice(start, end))
}

/**
 * Of the capitalised words of a text in lower case (Day → day), those the
 * text also writes so (`lowerCase` of `casedMentions`): the only questions
 * asked of its lower-case words. A word whose length or first letter no such
 * question has is not looked up: most words of a text are lower case, and
 * a set of all of them was built for a handful of questions.
 */
function writtenInLowerCase(text: string, starts: readonly number[], ends: readonly number[], textOf: (index: number) => string, capitalisedToken: Uint8Array): Set<string> {
  const written = new Set<string>()
  const asked = new Set<string>()
  let lengths = 0
  let initials = 0
  for (let index = 0; index < starts.length; index++) {
    if (!capitalisedToken[index]) continue
    const lower = textOf(index).toLowerCase()
    asked.add(lower)
    lengths |= 1 << (lower.length & 31)
    initials |= 1 << (lower.charCodeAt(0) & 31)
  }
  if (asked.size === 0) return written
  for (let index = 0; index < starts.length; index++) {
    if (capitalisedToken[index]) continue
    if ((lengths & (1 << ((ends[index] - starts[index]) & 31))) === 0 || (initials & (1 << (text.charCodeAt(starts[index]) & 31))) === 0) continue
    const word = textOf(index)
    if (asked.has(word)) written.add(word)
  }
  return written
}

/** `isCapitalised` of the word at [start, end) of a text, cut out of it only when its first letter does not decide. */
function isCapitalisedAt(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start)
  if (first >= 65 && first <= 90) return true
  if (first >= 97 && first <= 122 && !particleInitials.has(first)) return false
  return isCapitalised(text.slice(start, end))
}

/**
 * The words of a text as lists of starts and ends (the words of
 * `nameTokens`), and their strings on demand: a cased text is read for its
 * mentions only, most of its words are decided by their first letter, and
 * objects are made for the words of mentions alone.
 */
function wordLists(text: string): {starts: number[]; ends: number[]; textOf: (index: number) => string} {
  const starts: number[] = []
  const ends: number[] = []
  scanWords(text, (start, end) => {
    starts.push(start)
    ends.push(end)
  })
  const texts: Array<string | undefined> = []
  return {starts, ends, textOf: (index) => (texts[index] ??= text.slice(starts[index], ends[index]))}
}

/** The starts and ends of some words. */
function spansOf(tokens: readonly NameToken[]): {starts: number[]; ends: number[]} {
  return {starts: tokens.map((token) => token.span[0]), ends: tokens.map((token) => token.span[1])}
}

/**
 * Flags per token of `casedMentions`, reused from call to call (it calls
 * nothing that reads mentions again) and cleared for each: a typed array
 * of more than 64 bytes, a text of more than 64 words, is allocated outside
 * the heap, which costs more than filling it. A text of more words than
 * `keptTokenFlags` gets arrays of its own, so that one long document does
 * not leave megabytes behind.
 */
let tokenFlags = {capitalisedToken: new Uint8Array(256), initialToken: new Uint8Array(256)}
const keptTokenFlags = 1 << 16

function tokenFlagsFor(count: number): typeof tokenFlags {
  if (count > keptTokenFlags) return {capitalisedToken: new Uint8Array(count), initialToken: new Uint8Array(count)}
  if (tokenFlags.capitalisedToken.length < count) {
    const length = Math.min(count * 2, keptTokenFlags)
    tokenFlags = {capitalisedToken: new Uint8Array(length), initialToken: new Uint8Array(length)}
  }
  tokenFlags.capitalisedToken.fill(0, 0, count)
  tokenFlags.initialToken.fill(0, 0, count)
  return tokenFlags
}

function casedMentions(text: string, titleWords: Set<string>): NameMention[] {
  const {starts, ends, textOf} = wordLists(text)
  const count = starts.length
  // Once per token, since the loops below ask again for the same token: whether
  // it is capitalised, and whether it starts a sentence (0 unknown, 1 no, 2 yes).
  const {capitalisedToken, initialToken} = tokenFlagsFor(count)
  for (let index = 0; index < count; index++) if (isCapitalisedAt(text, starts[index], ends[index])) capitalisedToken[index] = 1
  const lowerCase = writtenInLowerCase(text, starts, ends, textOf, capitalisedToken)
  const initial = (index: number): boolean => {
    if (initialToken[index] === 0) {
      const start = starts[index]
      initialToken[index] = sentenceBoundary.test(text.slice(Math.max(0, start - 8), start)) ? 2 : 1
    }
    return initialToken[index] === 2
  }
  const capitalisedInside = new Set<string>()
  for (let index = 0; index < count; index++) if (capitalisedToken[index] && !initial(index)) capitalisedInside.add(textOf(index))

  const mentions: NameMention[] = []
  // The run being read, as token indices.
  const run: number[] = []
  const flush = (): void => {
    // Most tokens end no run: nothing to do, nothing to allocate.
    if (run.length === 0) return
    let uncertain = false
    while (run.length > 0 && particles.has(textOf(run[run.length - 1]).toLowerCase())) run.pop()
    if (run.length > 0) {
      const first = run[0]
      const commonWord = lowerCase.has(textOf(first).toLowerCase())
      uncertain = run.length === 1 && initial(first) && !capitalisedInside.has(textOf(first))
      if (initial(first) && commonWord) run.shift()
    }
    let titled = false
    while (run.length > 0 && titleWords.has(foldLatin(textOf(run[0])))) {
      run.shift()
      titled = true
    }
    const words: NameToken[] = []
    for (const index of run) if (!particles.has(textOf(index).toLowerCase())) words.push({span: [starts[index], ends[index]], text: textOf(index)})
    if (words.length > 0) {
      const span: Span = [starts[run[0]], ends[run[run.length - 1]]]
      mentions.push({span, text: text.slice(span[0], span[1]), words, titled, uncertain: uncertain && !titled})
    }
    run.length = 0
  }
  for (let index = 0; index < count; index++) {
    if (run.length > 0 && !joined(text, ends[index - 1], starts[index])) flush()
    // A capitalised word also written in lower case is a common noun or a
    // capitalised pronoun (Day, He), whatever its position.
    if (capitalisedToken[index] && !lowerCase.has(textOf(index).toLowerCase())) run.push(index)
    else if (run.length > 0 && particles.has(textOf(index).toLowerCase())) run.push(index)
    else flush()
  }
  flush()
  return mentions
}

function titledMentions(text: string, titleWords: Set<string>): NameMention[] {
  const mentions: NameMention[] = []
  // A title is a stem of a word, its key a substring of the text's key: most texts have none, and need no words.
  const key = foldedText(text)
  if (!someTitleIn(key, titleWords)) return mentions
  // Spans only, and a string per word while it is read: a document's words as objects would outweigh its text.
  const {starts, ends} = text.length > keptText ? wordLists(text) : spansOf(nameTokens(text))
  const textOf = (index: number): string => text.slice(starts[index], ends[index])
  const {isTitle, endsName} = titleTests(titleWords)
  for (let index = 0; index < starts.length; index++) {
    if (!isTitle(textOf(index))) continue
    const words: NameToken[] = []
    let next = index + 1
    // An adjective of origin may stand between title and name.
    while (next < starts.length && words.length === 0 && nisbaAdjective.test(textOf(next)) && next - index <= 2) next++
    for (; next < starts.length && words.length < 3; next++) {
      const candidate = textOf(next)
      const gap = text.slice(ends[next - 1], starts[next])
      if (!joinerBetween.test(gap) || endsName(candidate) || isStopWord(candidate)) break
      if (words.length > 0 && teMarbuta.test(candidate)) break
      words.push({span: [starts[next], ends[next]], text: candidate})
    }
    if (words.length === 0) continue
    const span: Span = [words[0].span[0], words[words.length - 1].span[1]]
    mentions.push({span, text: text.slice(span[0], span[1]), words, titled: true, uncertain: false})
  }
  return mentions
}

/**
 * Per title set, one pattern of its keys: a single pass over the text's key
 * rather than a search per title. Without the `u` flag it compares code
 * units, as `includes` does, and runs several times faster.
 */
const titlePatterns = new WeakMap<Set<string>, RegExp>()
const regexSpecial = /[.*+?^${}()|[\]\\]/g

function someTitleIn(key: string, titleWords: Set<string>): boolean {
  if (titleWords.size === 0) return false
  let pattern = titlePatterns.get(titleWords)
  if (!pattern) titlePatterns.set(titleWords, (pattern = new RegExp([...titleWords].map((title) => title.replace(regexSpecial, '\\$&')).join('|'))))
  return pattern.test(key)
}

/** Per title set, whether a word is a title, or ends a name, by word: words repeat. */
const titleTestCaches = new WeakMap<Set<string>, {title: Map<string, boolean>; end: Map<string, boolean>}>()
const maxCachedWords = 50_000

function cachedTest(cache: Map<string, boolean>, word: string, test: (word: string) => boolean): boolean {
  let result = cache.get(word)
  if (result === undefined) {
    result = test(word)
    if (cache.size >= maxCachedWords) cache.clear()
    cache.set(detached(word), result)
  }
  return result
}

function titleTests(titleWords: Set<string>): {isTitle: (word: string) => boolean; endsName: (word: string) => boolean} {
  let caches = titleTestCaches.get(titleWords)
  if (!caches) titleTestCaches.set(titleWords, (caches = {title: new Map(), end: new Map()}))
  const {title, end} = caches
  const isTitle = (word: string): boolean => arabicStems(word).some(({stem}) => titleWords.has(orthographicKey(stem)))
  // وزير, ووزير: a title without its article starts a new phrase (وزير الدفاع) and ends the name.
  const endsName = (word: string): boolean =>
    arabicStems(word).some(({stem}) => titleWords.has(orthographicKey(stem)) || titleWords.has(orthographicKey('ال' + stem)))
  return {
    isTitle: (word) => cachedTest(title, word, isTitle),
    endsName: (word) => cachedTest(end, word, endsName)
  }
}
