// What a rule computes of each paragraph of a document, kept while the
// rule walks the alignment's beads past it: beads come in text order, and
// the analyses of every paragraph of a long document kept to its end would
// outweigh the document itself.

export class ParagraphWindow<T> {
  readonly #values: Array<T | undefined>
  readonly #compute: (index: number) => T
  /** Paragraphs before this one are forgotten. */
  #low = 0

  constructor(count: number, compute: (index: number) => T) {
    this.#values = new Array<T | undefined>(count)
    this.#compute = compute
  }

  /** The analysis of a paragraph: computed on first use, and again if asked after it was forgotten. */
  at(index: number): T {
    let value = this.#values[index]
    if (value === undefined) this.#values[index] = value = this.#compute(index)
    return value
  }

  /** Forget the paragraphs before `index`: the beads left to walk start at it. */
  forgetBefore(index: number): void {
    for (; this.#low < index; this.#low++) this.#values[this.#low] = undefined
  }
}
