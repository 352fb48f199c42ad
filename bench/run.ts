// `npm run bench`: bilint against a peer on the same corpus, at the same
// moment on the same machine, reported as ratios (wall time, throughput,
// peak memory). The peer is Translate Toolkit's `pofilter`, the closest
// rule-based checker of translated segments (`apt-get install
// translate-toolkit`); without it, bilint's own figures are printed alone.
//
// The corpus is generated in a temporary folder from real text nobody here
// wrote: the Quran in Arabic with its English translation (quran-json,
// 6,236 verse pairs), repeated to the sizes asked, as PO files and as
// combined documents (one chapter per file). Nothing is committed.
//
// Usage: node dist/bench/run.js [--sizes 6236,24944,99776] [--keep]

import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

interface Verse {
  text: string
  translation: string
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bin = path.join(root, 'bin/bilint.js')

function chapters(): Array<{verses: Verse[]}> {
  const require = createRequire(import.meta.url)
  return JSON.parse(readFileSync(require.resolve('quran-json/dist/quran_en.json'), 'utf8'))
}

/** A C string for a PO file. */
function poString(text: string): string {
  return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"'
}

function writePo(file: string, pairs: Verse[]): void {
  const entries = ['msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ar\\n"\n']
  pairs.forEach((pair, index) => entries.push(`#: quran:${index + 1}\nmsgid ${poString(pair.translation)}\nmsgstr ${poString(pair.text)}\n`))
  writeFileSync(file, entries.join('\n'))
}

interface Measure {
  seconds: number
  peakKiB: number
  exit: number
}

/** Wall time and peak resident memory of a command, by GNU time. */
function measure(command: string, args: string[], cwd: string): Measure {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], {cwd, encoding: 'utf8', maxBuffer: 1 << 30})
  const last = run.stderr.trim().split('\n').at(-1) ?? ''
  const [seconds, peakKiB] = last.split(' ').map(Number)
  return {seconds, peakKiB, exit: run.status ?? -1}
}

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0
}

function row(cells: Array<string | number>): string {
  return '| ' + cells.join(' | ') + ' |'
}

function main(): void {
  const args = process.argv.slice(2)
  const sizesArg = args[args.indexOf('--sizes') + 1]
  const sizes = args.includes('--sizes') ? sizesArg.split(',').map(Number) : [6236, 24944]
  const keep = args.includes('--keep')
  const verses = chapters().flatMap((chapter) => chapter.verses)
  const folder = mkdtempSync(path.join(tmpdir(), 'bilint-bench-'))
  const peer = hasCommand('pofilter')
  const lines: string[] = [
    `bilint benchmark, ${new Date().toISOString()}, Node ${process.version}, ${peer ? 'peer: pofilter' : 'no peer (install translate-toolkit)'}`,
    '',
    row(['corpus', 'size', 'tool', 'seconds', 'MB/s', 'units/s', 'peak RSS MiB', 'time vs peer', 'memory vs peer']),
    row(['---', '---', '---', '---', '---', '---', '---', '---', '---'])
  ]
  for (const size of sizes) {
    const pairs = Array.from({length: size}, (_, index) => verses[index % verses.length])
    const poFile = path.join(folder, `quran-${size}.po`)
    writePo(poFile, pairs)
    const megabytes = statSync(poFile).size / 1e6
    writeFileSync(path.join(folder, '.lintrc.json'), JSON.stringify({languages: {source: 'en', target: 'ar'}, extends: ['bilint:recommended']}))
    const ours = measure(process.execPath, [bin, '--format', 'json', '--output-file', path.join(folder, 'out.json'), path.basename(poFile)], folder)
    let theirs: Measure | undefined
    if (peer) theirs = measure('pofilter', ['--progress=none', '-i', poFile, '-o', path.join(folder, 'out.po')], folder)
    for (const [tool, result] of [['bilint', ours], ['pofilter', theirs]] as const) {
      if (!result) continue
      const versus = (ours: number, peer?: number) => (tool === 'bilint' && peer ? `${(ours / peer).toFixed(2)}×` : '')
      lines.push(
        row([
          'PO, en→ar verse pairs',
          `${size} (${megabytes.toFixed(1)} MB)`,
          tool,
          result.seconds.toFixed(2),
          (megabytes / result.seconds).toFixed(2),
          Math.round(size / result.seconds),
          (result.peakKiB / 1024).toFixed(0),
          versus(ours.seconds, theirs?.seconds),
          versus(ours.peakKiB, theirs?.peakKiB)
        ])
      )
    }
  }
  // Documents: one chapter a file, both versions in it, a few copies of the Quran.
  const documents = path.join(folder, 'documents')
  mkdirSync(documents)
  const copies = 2
  let bytes = 0
  for (let copy = 0; copy < copies; copy++) {
    chapters().forEach((chapter, index) => {
      const text = [...chapter.verses.map((verse) => verse.translation), ...chapter.verses.map((verse) => verse.text)].join('\n') + '\n'
      bytes += Buffer.byteLength(text)
      writeFileSync(path.join(documents, `${copy}-${index + 1}.txt`), text)
    })
  }
  const docs = measure(process.execPath, [bin, '--format', 'json', '--output-file', path.join(folder, 'docs.json'), 'documents'], folder)
  lines.push(
    row([
      'combined documents (chapters)',
      `${copies * 114} files (${(bytes / 1e6).toFixed(1)} MB)`,
      'bilint',
      docs.seconds.toFixed(2),
      (bytes / 1e6 / docs.seconds).toFixed(2),
      Math.round((copies * 114) / docs.seconds),
      (docs.peakKiB / 1024).toFixed(0),
      '',
      ''
    ])
  )
  console.log(lines.join('\n'))
  if (!keep) rmSync(folder, {recursive: true, force: true})
  else console.log(`\ncorpus kept in ${folder}`)
}

main()
