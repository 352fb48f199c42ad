// `npm run bench` (issue #10): bilint on generated corpora of growing size,
// with the machine's floor for reading them and a peer on the same content.
//
// For each size (MB) it writes, in a temporary folder, the same verse pairs
// (bench/corpus.ts says how they stay distinct) as:
//   - a TSV: bilint with the recommended rules, with `--concurrency off` and
//     `--concurrency 2` when bilint has the option (else its default, with a
//     notice), and between them two `--concurrency off` runs side by side,
//     each on half of the TSV: what this machine gives two cores then;
//   - combined documents, one chapter per file: bilint with the recommended rules;
//   - a PO file: Translate Toolkit's `pofilter --language=ar
//     --excludefilter=spellcheck` and bilint with the rules comparable to
//     pofilter's checks (bench/README.md maps them), in the same run. pofilter
//     runs at about 2 MB/s, so by default both run on the smallest size only.
// Each run is a child process timed by GNU time (wall time, peak RSS); `cat`
// of the same files to /dev/null gives the floor. It prints a Markdown table
// and the ratios that the issue sets targets for, with PASS or MISS.
//
// Usage: node dist/bench/run.js [--sizes 10,100,1000 | --quick] [--kinds tsv,documents,po]
//          [--peer-sizes 10,100 | --peer-all] [--keep]

import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {loadVerses, writeDocuments, writeHalves, writePo, writeTsv, type Pair, type Written} from './corpus.js'
import {hasCommand, hasConcurrencyOption, hasGnuTime, measureBilint, measureBilintSideBySide, measureRead, measure, type Measure} from './measure.js'
import {ratios, table, type Kind, type Run, type Tool} from './report.js'

const usage = 'Usage: node dist/bench/run.js [--sizes 10,100,1000 | --quick] [--kinds tsv,documents,po] [--peer-sizes 10,100 | --peer-all] [--keep]'

/**
 * The rules that check what pofilter's default checks check (numbers,
 * punctuation spacing, end punctuation, brackets and quotes, white space,
 * untranslated and unchanged, blank, long and short, and invisible
 * characters, which pofilter's `escapes` and `validchars` come nearest to).
 */
const comparableRules = [
  'number-agreement',
  'punctuation-spacing',
  'terminal-punctuation',
  'quote-balance',
  'whitespace',
  'untranslated',
  'empty-segment',
  'length-ratio',
  'invisible-characters'
]

interface Options {
  sizes: number[]
  kinds: Kind[]
  peerSizes: number[]
  keep: boolean
}

const kindNames: Record<string, Kind> = {tsv: 'TSV', documents: 'documents', po: 'PO'}

function parseSizes(text: string | undefined, flag: string): number[] {
  const sizes = (text ?? '').split(',').map(Number)
  if (!text || sizes.some((size) => !(size > 0))) throw new Error(`${flag} takes sizes in MB, like 10,100\n${usage}`)
  return sizes
}

function parseOptions(argv: string[]): Options {
  const options: Options = {sizes: [10, 100, 1000], kinds: ['TSV', 'documents', 'PO'], peerSizes: [], keep: false}
  let peerAll = false
  let peerSizes: number[] | undefined
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index]
    if (flag === '--sizes') options.sizes = parseSizes(argv[++index], flag)
    else if (flag === '--quick') options.sizes = [1, 3]
    else if (flag === '--peer-sizes') peerSizes = parseSizes(argv[++index], flag)
    else if (flag === '--peer-all') peerAll = true
    else if (flag === '--keep') options.keep = true
    else if (flag === '--kinds') {
      options.kinds = (argv[++index] ?? '').split(',').map((name) => {
        if (!kindNames[name]) throw new Error(`--kinds takes tsv, documents and po\n${usage}`)
        return kindNames[name]
      })
    } else throw new Error(`Unknown option \`${flag}\`\n${usage}`)
  }
  options.peerSizes = peerAll ? options.sizes : (peerSizes ?? [Math.min(...options.sizes)])
  return options
}

const started = performance.now()

/** Progress on stderr, so stdout is only the report. */
function progress(message: string): void {
  const elapsed = ((performance.now() - started) / 1000).toFixed(0).padStart(5)
  process.stderr.write(`[${elapsed} s] ${message}\n`)
}

/** Problems in a bilint JSON report (ESLint's `LintResult[]`). */
function bilintFindings(file: string): number | undefined {
  try {
    const results = JSON.parse(readFileSync(file, 'utf8')) as Array<{messages: unknown[]}>
    return results.reduce((sum, result) => sum + result.messages.length, 0)
  } catch {
    return undefined
  }
}

const pofilterComment = /^# \(pofilter\) /gm

/** Failures in pofilter's output: one `# (pofilter) test: message` comment each. */
function pofilterFindings(file: string): number | undefined {
  try {
    return readFileSync(file, 'utf8').match(pofilterComment)?.length ?? 0
  } catch {
    return undefined
  }
}

interface Context {
  folder: string
  runs: Run[]
  concurrency: boolean
  peer: boolean
}

/** Measure one tool on one corpus and record it as a row. */
function record(context: Context, kind: Kind, size: number, written: Written, tool: Tool, run: () => Measure, count?: () => number | undefined): void {
  progress(`${tool} on ${kind} ${size} MB …`)
  const measured = run()
  const findings = count && !measured.failure ? count() : undefined
  context.runs.push({kind, size, ...written, tool, measure: measured, findings})
  progress(`  ${measured.failure ? `FAILED: ${measured.failure}` : `${measured.seconds.toFixed(2)} s, ${(written.bytes / 1e6 / measured.seconds).toFixed(2)} MB/s, ${measured.peakMB.toFixed(0)} MB`}`)
}

/** bilint with a config on a target (file or folder, relative to the bench folder). */
function bilint(context: Context, config: string, target: string, extra: string[] = []): [() => Measure, () => number | undefined] {
  const report = path.join(context.folder, 'report.json')
  rmSync(report, {force: true})
  return [() => measureBilint(['-c', config, '--format', 'json', '--output-file', report, ...extra, target], context.folder), () => bilintFindings(report)]
}

function benchTsv(context: Context, size: number, verses: Pair[]): Written {
  const target = `tsv-${size}mb.tsv`
  progress(`writing ${target}`)
  const written = writeTsv(path.join(context.folder, target), verses, size)
  // The halves for the ceiling of two threads, written before any run is timed.
  const halves = context.concurrency ? writeHalves(path.join(context.folder, target)) : []
  record(context, 'TSV', size, written, 'read floor (cat)', () => measureRead(target, context.folder))
  if (!context.concurrency) {
    record(context, 'TSV', size, written, 'bilint recommended', ...bilint(context, 'recommended.json', target))
    return written
  }
  record(context, 'TSV', size, written, 'bilint recommended, --concurrency off', ...bilint(context, 'recommended.json', target, ['--concurrency', 'off']))
  // Just after the single-threaded run, what this machine gives two cores:
  // the ceiling for `--concurrency 2`, which runs next.
  const halfRuns = halves.map((half, index) => ['-c', 'recommended.json', '--format', 'json', '--output-file', `half-${index + 1}.json`, '--concurrency', 'off', path.basename(half)])
  record(context, 'TSV', size, written, 'two runs, --concurrency off, each on half, side by side', () => measureBilintSideBySide(halfRuns, context.folder))
  for (const file of [...halves, ...['half-1.json', 'half-2.json'].map((name) => path.join(context.folder, name))]) rmSync(file, {force: true})
  record(context, 'TSV', size, written, 'bilint recommended, --concurrency 2', ...bilint(context, 'recommended.json', target, ['--concurrency', '2']))
  return written
}

function benchDocuments(context: Context, size: number, verses: Pair[]): void {
  const target = `documents-${size}mb`
  progress(`writing ${target}/`)
  const written = writeDocuments(path.join(context.folder, target), verses, size)
  record(context, 'documents', size, written, 'read floor (cat)', () => measureRead(target, context.folder))
  record(context, 'documents', size, written, 'bilint recommended', ...bilint(context, 'recommended.json', target))
}

/** The PO of the same pairs as the TSV of this size (or of `size` MB when no TSV was written). */
function benchPo(context: Context, size: number, verses: Pair[], tsv: Written | undefined): void {
  const target = `po-${size}mb.po`
  progress(`writing ${target}`)
  const written = writePo(path.join(context.folder, target), verses, tsv ? {count: tsv.pairs} : {megabytes: size})
  record(context, 'PO', size, written, 'read floor (cat)', () => measureRead(target, context.folder))
  record(context, 'PO', size, written, 'bilint comparable rules', ...bilint(context, 'comparable.json', target))
  if (!context.peer) return
  const args = ['--progress=none', '--language=ar', '--excludefilter=spellcheck', '-i', target, '-o', 'pofilter-out.po']
  const output = path.join(context.folder, 'pofilter-out.po')
  rmSync(output, {force: true})
  record(context, 'PO', size, written, 'pofilter', () => measure('pofilter', args, context.folder), () => pofilterFindings(output))
}

function writeConfigs(folder: string): void {
  const languages = {source: 'en', target: 'ar'}
  writeFileSync(path.join(folder, 'recommended.json'), JSON.stringify({languages, extends: ['bilint:recommended']}, null, 2))
  const rules = Object.fromEntries(comparableRules.map((id) => [id, 'error']))
  writeFileSync(path.join(folder, 'comparable.json'), JSON.stringify({languages, rules}, null, 2))
}

/** Remove what one size wrote, so 1 GB corpora do not pile up on disk. */
function removeSize(folder: string, size: number): void {
  for (const name of [`tsv-${size}mb.tsv`, `documents-${size}mb`, `po-${size}mb.po`, 'report.json', 'pofilter-out.po']) {
    rmSync(path.join(folder, name), {recursive: true, force: true})
  }
}

function header(options: Options, context: Context): string {
  const notices = [
    `bilint benchmark, ${new Date().toISOString()}, Node ${process.version}, sizes ${options.sizes.join(', ')} MB`,
    context.concurrency ? '' : 'Notice: this bilint has no `--concurrency` option yet: TSV runs use its default, the concurrency rows are skipped.',
    context.peer ? `pofilter (Translate Toolkit) runs on the PO of ${options.peerSizes.join(', ')} MB only (\`--peer-sizes\`, \`--peer-all\` for more).` : 'Notice: pofilter is not installed (`apt-get install translate-toolkit`): the peer rows are skipped.'
  ]
  return notices.filter(Boolean).join('\n')
}

function main(): number {
  let options: Options
  try {
    options = parseOptions(process.argv.slice(2))
  } catch (error) {
    console.error((error as Error).message)
    return 2
  }
  if (!hasGnuTime()) {
    console.error('The benchmark needs GNU time at /usr/bin/time (`apt-get install time`).')
    return 2
  }
  const folder = mkdtempSync(path.join(tmpdir(), 'bilint-bench-'))
  const context: Context = {folder, runs: [], concurrency: hasConcurrencyOption(), peer: hasCommand('pofilter')}
  const intro = header(options, context)
  progress(intro.replace(/\n/g, '\n         '))
  progress(`corpus folder: ${folder}`)
  try {
    writeConfigs(folder)
    const verses = loadVerses()
    for (const size of options.sizes) {
      mkdirSync(folder, {recursive: true})
      const tsv = options.kinds.includes('TSV') ? benchTsv(context, size, verses) : undefined
      if (options.kinds.includes('documents')) benchDocuments(context, size, verses)
      if (options.kinds.includes('PO') && options.peerSizes.includes(size)) benchPo(context, size, verses, tsv)
      if (!options.keep) removeSize(folder, size)
    }
  } finally {
    if (!options.keep) rmSync(folder, {recursive: true, force: true})
  }
  console.log(`${intro}\n\n${table(context.runs)}\n\n${ratios(context.runs, context.concurrency)}`)
  if (options.keep) console.log(`\nCorpus kept in ${folder}`)
  return 0
}

process.exitCode = main()
