// A few texts seen last and what was computed of them, compared by `===`.

/**
 * Texts up to this many code units are remembered; what is computed of a
 * longer one (a document's every word) would outweigh the text, and is
 * read again by each step instead.
 */
export const keptText = 1 << 16

/**
 * What was computed of the texts seen last (their words, their candidates):
 * a unit's text is asked for them by several steps of its analysis. A few
 * slots compared by `===`
 * (callers pass the side's own text), filled in turn: a Map evicting its
 * oldest key on every miss was five times slower than splitting again.
 * The arrays handed out are shared and must not be changed.
 */
export class RecentTexts<T> {
  private readonly texts: Array<string | undefined> = [undefined, undefined, undefined, undefined]
  private readonly values: Array<T | undefined> = []
  private next = 0

  get(text: string): T | undefined {
    for (let slot = 0; slot < this.texts.length; slot++) if (this.texts[slot] === text) return this.values[slot]
    return undefined
  }

  remember(text: string, value: T): T {
    if (text.length > keptText) return value
    this.texts[this.next] = text
    this.values[this.next] = value
    this.next = (this.next + 1) % this.texts.length
    return value
  }
}

