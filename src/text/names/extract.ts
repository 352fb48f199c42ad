// Name mentions found without a trained model: capitalised word sequences
// in cased scripts (Latin, Cyrillic, Greek), the words after a title in
// scripts without case (Arabic, Persian, Hebrew), and glossary terms.

import type {Span} from '../../engine/types.js'
import {arabicStems, foldedText, orthographicKey} from './arabic-keys.js'
import {foldLatin} from './latin-keys.js'

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

/** A word, with an ayn/hamza mark at its start (‘Alī) and joined by hyphens or apostrophes (Al-‘Ālam). */
const wordPattern = /[‘ʿʾ]?[\p{L}\p{M}]+(?:[-‐'’‘ʿʾʼ]+[\p{L}\p{M}]+)*/gu

/**
 * The words of texts seen last: a unit's text is split into words for its
 * mentions, its candidates and its typo scan. A few slots compared by `===`
 * (callers pass the side's own text), filled in turn: a Map evicting its
 * oldest key on every miss was five times slower than splitting again.
 * The arrays handed out are shared and must not be changed.
 */
class RecentTexts<T> {
  private readonly texts: Array<string | undefined> = [undefined, undefined, undefined, undefined]
  private readonly values: Array<T | undefined> = []
  private next = 0

  get(text: string): T | undefined {
    for (let slot = 0; slot < this.texts.length; slot++) if (this.texts[slot] === text) return this.values[slot]
    return undefined
  }

  remember(text: string, value: T): T {
    this.texts[this.next] = text
    this.values[this.next] = value
    this.next = (this.next + 1) % this.texts.length
    return value
  }
}

const recentTokens = new RecentTexts<readonly NameToken[]>()
const recentCandidates = new RecentTexts<readonly NameCandidate[]>()

/** The words of a text with their spans (a shared array: do not change it). */
export function nameTokens(text: string): readonly NameToken[] {
  const cached = recentTokens.get(text)
  if (cached) return cached
  const tokens: NameToken[] = []
  wordPattern.lastIndex = 0
  for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) {
    tokens.push({span: [match.index, match.index + match[0].length], text: match[0]})
  }
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
export function findNameMentions(text: string, lang: string): NameMention[] {
  const tokens = nameTokens(text)
  // Every letter is inside a word, so this is whether some word has a cased letter.
  const cased = casedLetter.test(text)
  return cased ? casedMentions(text, tokens, titleSet(lang)) : titledMentions(text, tokens, titleSet(lang))
}

function isCapitalised(word: string): boolean {
  return capitalised.test(word) || (particlePrefix.test(word) && capitalised.test(word.replace(particlePrefix, '')))
}

function casedMentions(text: string, tokens: readonly NameToken[], titleWords: Set<string>): NameMention[] {
  // Once per token: the loops below ask again for the same token.
  const capitalisedToken = tokens.map((token) => isCapitalised(token.text))
  const lowerCase = new Set(tokens.filter((_, index) => !capitalisedToken[index]).map((token) => token.text))
  const initial = (token: NameToken): boolean => sentenceBoundary.test(text.slice(Math.max(0, token.span[0] - 8), token.span[0]))
  const capitalisedInside = new Set(tokens.filter((token, index) => capitalisedToken[index] && !initial(token)).map((token) => token.text))

  const mentions: NameMention[] = []
  let run: NameToken[] = []
  let uncertain = false
  const flush = (): void => {
    uncertain = false
    while (run.length > 0 && particles.has(run[run.length - 1].text.toLowerCase())) run.pop()
    if (run.length > 0) {
      const first = run[0]
      const commonWord = lowerCase.has(first.text.toLowerCase())
      uncertain = run.length === 1 && initial(first) && !capitalisedInside.has(first.text)
      if (initial(first) && commonWord) run.shift()
    }
    let titled = false
    while (run.length > 0 && titleWords.has(foldLatin(run[0].text))) {
      run.shift()
      titled = true
    }
    const words = run.filter((token) => !particles.has(token.text.toLowerCase()))
    if (words.length > 0) {
      const span: Span = [run[0].span[0], run[run.length - 1].span[1]]
      mentions.push({span, text: text.slice(span[0], span[1]), words, titled, uncertain: uncertain && !titled})
    }
    run = []
  }
  for (const [index, token] of tokens.entries()) {
    const previous = tokens[index - 1]
    const adjacent = previous !== undefined && joinerBetween.test(text.slice(previous.span[1], token.span[0]))
    if (run.length > 0 && !adjacent) flush()
    // A capitalised word also written in lower case is a common noun or a
    // capitalised pronoun (Day, He), whatever its position.
    if (capitalisedToken[index] && !lowerCase.has(token.text.toLowerCase())) run.push(token)
    else if (run.length > 0 && particles.has(token.text.toLowerCase())) run.push(token)
    else flush()
  }
  flush()
  return mentions
}

function titledMentions(text: string, tokens: readonly NameToken[], titleWords: Set<string>): NameMention[] {
  const mentions: NameMention[] = []
  // A title is a stem of a word, its key a substring of the text's key: most texts have none.
  const key = foldedText(text)
  if (!someTitleIn(key, titleWords)) return mentions
  const {isTitle, endsName} = titleTests(titleWords)
  for (const [index, token] of tokens.entries()) {
    if (!isTitle(token)) continue
    const words: NameToken[] = []
    let next = index + 1
    // An adjective of origin may stand between title and name.
    while (next < tokens.length && words.length === 0 && nisbaAdjective.test(tokens[next].text) && next - index <= 2) next++
    for (; next < tokens.length && words.length < 3; next++) {
      const candidate = tokens[next]
      const gap = text.slice(tokens[next - 1].span[1], candidate.span[0])
      if (!joinerBetween.test(gap) || endsName(candidate) || isStopWord(candidate.text)) break
      if (words.length > 0 && teMarbuta.test(candidate.text)) break
      words.push(candidate)
    }
    if (words.length === 0) continue
    const span: Span = [words[0].span[0], words[words.length - 1].span[1]]
    mentions.push({span, text: text.slice(span[0], span[1]), words, titled: true, uncertain: false})
  }
  return mentions
}

function someTitleIn(key: string, titleWords: Set<string>): boolean {
  for (const title of titleWords) if (key.includes(title)) return true
  return false
}

/** Per title set, whether a word is a title, or ends a name, by word: words repeat. */
const titleTestCaches = new WeakMap<Set<string>, {title: Map<string, boolean>; end: Map<string, boolean>}>()
const maxCachedWords = 50_000

function cachedTest(cache: Map<string, boolean>, word: string, test: (word: string) => boolean): boolean {
  let result = cache.get(word)
  if (result === undefined) {
    result = test(word)
    if (cache.size >= maxCachedWords) cache.clear()
    cache.set(word, result)
  }
  return result
}

function titleTests(titleWords: Set<string>): {isTitle: (token: NameToken) => boolean; endsName: (token: NameToken) => boolean} {
  let caches = titleTestCaches.get(titleWords)
  if (!caches) titleTestCaches.set(titleWords, (caches = {title: new Map(), end: new Map()}))
  const {title, end} = caches
  const isTitle = (word: string): boolean => arabicStems(word).some(({stem}) => titleWords.has(orthographicKey(stem)))
  // وزير, ووزير: a title without its article starts a new phrase (وزير الدفاع) and ends the name.
  const endsName = (word: string): boolean =>
    arabicStems(word).some(({stem}) => titleWords.has(orthographicKey(stem)) || titleWords.has(orthographicKey('ال' + stem)))
  return {
    isTitle: (token) => cachedTest(title, token.text, isTitle),
    endsName: (token) => cachedTest(end, token.text, endsName)
  }
}

/** A stem of a token that may hold a name, with its span (clitics of Arabic script peeled). */
export interface NameCandidate {
  span: Span
  text: string
}

/**
 * Every word of `[start, end)` as a possible name, and in Arabic script
 * each of its stems without the joined conjunction, preposition or article.
 */
export function nameCandidates(text: string, [start, end]: Span = [0, text.length]): readonly NameCandidate[] {
  // A whole text (a segment) is asked for again by each step of a unit's analysis.
  const whole = start === 0 && end === text.length
  const cached = whole ? recentCandidates.get(text) : undefined
  if (cached) return cached
  const candidates: NameCandidate[] = []
  for (const token of nameTokens(whole ? text : text.slice(start, end))) {
    const tokenStart = start + token.span[0]
    for (const {stem, offset} of arabicStems(token.text)) {
      candidates.push({span: [tokenStart + offset, tokenStart + offset + stem.length], text: stem})
      if (!arabicLetter.test(stem)) break
    }
  }
  return whole ? recentCandidates.remember(text, candidates) : candidates
}

const arabicLetter = /\p{sc=Arabic}/u
