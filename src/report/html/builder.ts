// Long HTML (a paragraph with tens of thousands of highlights, their list)
// built from small pieces. The pieces are joined a few thousand at a time,
// so the garbage collector copies one large string rather than thousands of
// small live ones each time it runs while the page grows.

const piecesPerChunk = 4096

export interface TextBuilder {
  push(...pieces: string[]): void
  text(): string
}

export function textBuilder(): TextBuilder {
  const chunks: string[] = []
  let pieces: string[] = []
  return {
    push(...added) {
      for (const piece of added) pieces.push(piece)
      if (pieces.length >= piecesPerChunk) {
        chunks.push(pieces.join(''))
        pieces = []
      }
    },
    text() {
      chunks.push(pieces.join(''))
      pieces = []
      return chunks.join('')
    }
  }
}
