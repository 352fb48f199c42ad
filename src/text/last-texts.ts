// A function of a text that remembers its last two answers. Several rules
// ask the same question of a unit's two versions in turn (whitespace and
// duplicate-unit, the three number rules), so the last two texts are the
// ones asked again; a table of every text would keep the corpus.
//
// What it holds: two texts and their answers per thread, until other texts
// replace them. A paragraph's text is a slice of its document, so that can
// keep the last document read alive until the next unit, never more.

/** `compute`, remembering the answers for the last two texts it was called with. */
export function lastTwoTexts<T>(compute: (text: string) => T): (text: string) => T {
  let firstText: string | undefined
  let firstAnswer: T
  let secondText: string | undefined
  let secondAnswer: T
  return (text) => {
    if (text === firstText) return firstAnswer
    if (text === secondText) return secondAnswer
    const answer = compute(text)
    secondText = firstText
    secondAnswer = firstAnswer
    firstText = text
    firstAnswer = answer
    return answer
  }
}
