// `npm run bench:paragraphs` (issue #27): the paragraph alignment of one long
// document pair in bounded memory. It writes `x.en.txt` and `x.ar.txt`, one
// news sentence pair a line (bench/news-po.ts without its planted defects,
// so lines differ in length and numbers), with about 1 % of the Arabic lines
// left out so that the alignment has paragraphs without counterpart to find,
// and runs bilint with paragraph-count alone under GNU time: wall time, peak
// RSS (target below 500 MB at 100,000 paragraphs a side) and the findings.
//
// Usage: node dist/bench/paragraphs.js [--paragraphs 100000] [--keep]

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {hasGnuTime, measureBilint, type Measure} from './measure.js'
import {newsEntries, writePieces} from './news-po.js'
import {PythonRandom} from './python-random.js'

/** Peak RSS that 100,000 paragraphs a side must stay below (issue #27). */
const peakTargetMB = 500
/** Share of the Arabic lines left out. */
const leftOut = 0.01

export interface PairWritten {
  bytes: number
  sourceParagraphs: number
  targetParagraphs: number
}

/** Write the pair of `paragraphs` English lines into `folder`; the Arabic side lacks about 1 % of them (seed 27). */
export function writeParagraphPair(folder: string, paragraphs: number): PairWritten {
  const random = new PythonRandom(27)
  const source: string[] = []
  const target: string[] = []
  for (const {source: english, target: arabic, label} of newsEntries()) {
    if (source.length === paragraphs) break
    // A planted defect (an empty target, a lost sentence) is not this bench's business.
    if (label !== 'none') continue
    source.push(english + '\n')
    if (random.random() >= leftOut) target.push(arabic + '\n')
  }
  const bytes = writePieces(path.join(folder, 'x.en.txt'), source) + writePieces(path.join(folder, 'x.ar.txt'), target)
  return {bytes, sourceParagraphs: source.length, targetParagraphs: target.length}
}

/** `"ruleId":` keys in a JSON report: its findings. */
function findings(file: string): number {
  return readFileSync(file, 'utf8').split('"ruleId":').length - 1
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}

/** One line of the report: the figure, its target, PASS or MISS. */
function verdict(paragraphs: number, written: PairWritten, run: Measure, found: number | undefined): string {
  if (run.failure) return `- ${paragraphs.toLocaleString('en-US')} paragraphs a side: FAILED (${run.failure}) — MISS`
  const pass = run.peakMB < peakTargetMB
  return (
    `- ${written.sourceParagraphs.toLocaleString('en-US')} English paragraphs against ${written.targetParagraphs.toLocaleString('en-US')} Arabic ` +
    `(${(written.bytes / 1e6).toFixed(1)} MB), paragraph-count alone: ${run.seconds.toFixed(1)} s, peak RSS ${run.peakMB.toFixed(0)} MB ` +
    `(target < ${peakTargetMB} MB), ${found ?? '?'} findings, exit ${run.exit} — ${pass ? 'PASS' : 'MISS'}`
  )
}

function main(): number {
  if (!hasGnuTime()) {
    console.error('GNU time is needed at /usr/bin/time (apt-get install time)')
    return 2
  }
  const paragraphs = Number(option('--paragraphs') ?? 100000)
  if (!Number.isInteger(paragraphs) || paragraphs < 1) {
    console.error('Usage: node dist/bench/paragraphs.js [--paragraphs 100000] [--keep]')
    return 2
  }
  const folder = mkdtempSync(path.join(tmpdir(), 'bilint-paragraphs-'))
  try {
    const written = writeParagraphPair(folder, paragraphs)
    // A side of 100,000 news lines is 13 (English) to 20 MB (Arabic), over the default `maxUnitSize` of 10 MB.
    const config = {languages: {source: 'en', target: 'ar'}, rules: {'paragraph-count': 'error'}, maxUnitSize: 50_000_000}
    writeFileSync(path.join(folder, '.lintrc.json'), JSON.stringify(config))
    const run = measureBilint(['--format', 'json', '--output-file', 'report.json', '--concurrency', 'off', 'x.en.txt'], folder)
    console.log(`bilint paragraph alignment (issue #27), ${new Date().toISOString()}, Node ${process.version}`)
    console.log(verdict(paragraphs, written, run, run.failure ? undefined : findings(path.join(folder, 'report.json'))))
    if (process.argv.includes('--keep')) console.log(`kept in ${folder}`)
    return run.failure ? 1 : 0
  } finally {
    if (!process.argv.includes('--keep')) rmSync(folder, {recursive: true, force: true})
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main()
