// The HTML report as a reader sees it: rendered by headless Chromium
// (Debian's `chromium`, which `.ci/run` installs), from the built binary's
// `--format html` output. UPDATE_SCREENSHOT=1 rewrites docs/report.png.

import {existsSync, mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {copyOfCorpus, enAr, makeProject, repoRoot, runCli} from './helpers/cli.js'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
let browser: Browser

interface Opened {
  page: Page
  /** Every request the page made, its own file included. */
  requests: string[]
  errors: string[]
}

async function htmlReport(cwd: string): Promise<string> {
  const run = await runCli(['--format', 'html', '--output-file', 'report.html'], cwd)
  expect(run.stderr).toBe('')
  return path.join(cwd, 'report.html')
}

async function open(file: string, viewport = {width: 1280, height: 860}): Promise<Opened> {
  const page = await browser.newPage({viewport})
  const requests: string[] = []
  const errors: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  await page.goto(pathToFileURL(file).href)
  return {page, requests, errors}
}

/** Milliseconds from running `code` in the page to the next frame painted after it. */
function timeToFrame(page: Page, code: string): Promise<number> {
  return page.evaluate(
    (source) =>
      new Promise<number>((resolve) => {
        const start = performance.now()
        new Function(source)()
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0))
      }),
    code
  )
}

const attack = '<script>window.pwned = 1</script> "><img src=x onerror="window.pwned = 2">'
let sample: string
let injected: string
let large: string
let largeLintMs: number

beforeAll(async () => {
  if (!existsSync(executablePath)) throw new Error(`${executablePath} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`)
  // 10,000 findings: 10 documents of 50 English lines with 20 zero-width spaces each.
  const lines = Array.from({length: 50}, (_, line) => `Line ${line}: ` + Array.from({length: 20}, (_, word) => `word\u200b${word}`).join(' '))
  const arabic = Array.from({length: 50}, () => 'قال وزير الدفاع إن الاتفاق وقع اليوم في دمشق')
  const files: Record<string, string | object> = {'.lintrc.json': {languages: enAr.languages, files: ['corpus/*.txt'], rules: {'invisible-characters': 'error'}}}
  for (let document = 0; document < 10; document++) files[`corpus/doc${document}.txt`] = [...lines, ...arabic].join('\n') + '\n'
  const started = Date.now()
  const attackProject = makeProject({
    '.lintrc.json': {...enAr, files: ['corpus/*.txt']},
    'corpus/attack.txt': `The minister said ${attack} today.\n\nقال وزير الدفاع السوري إن الاتفاق الموقع اليوم في دمشق يعزز التعاون <script>window.pwned = 3</script> بين البلدين.\n`
  })
  // Reports are built in parallel with the browser's start: the test stays within ~30 s.
  ;[browser, sample, injected, large] = await Promise.all([
    chromium.launch({executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu']}),
    htmlReport(copyOfCorpus()),
    htmlReport(attackProject),
    htmlReport(makeProject(files)).then((file) => ((largeLintMs = Date.now() - started), file))
  ])
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

describe('the report of corpus/', () => {
  let opened: Opened
  beforeAll(async () => {
    opened = await open(sample)
  })

  it('sets Arabic cells right-to-left', async () => {
    const cells = await opened.page.$$eval('td[data-role=target]', (elements) => elements.map((cell) => [cell.getAttribute('lang'), getComputedStyle(cell).direction]))
    expect(cells.length).toBeGreaterThan(9)
    expect(new Set(cells.filter(([lang]) => lang === 'ar').map(([, direction]) => direction))).toEqual(new Set(['rtl']))
  })

  it('shows an empty English cell beside the Arabic headline of line 10', async () => {
    const row = await opened.page.$eval('.para[data-line="10"]', (paragraph) => {
      const cells = [...paragraph.closest('tr')!.cells]
      return cells.map((cell) => ({role: cell.dataset.role, className: cell.className, text: cell.querySelector('.tx')?.textContent ?? ''}))
    })
    expect(row[0]).toEqual({role: 'source', className: 'gap', text: ''})
    expect(row[1]).toMatchObject({role: 'target', text: 'ايران ستطور منظومات الدفاع الجوي السورية'})
  })

  it('highlights `ابوب` on line 16 with its rule and message', async () => {
    const mark = await opened.page.$eval('.para[data-line="16"] mark.fm[id]', (element) => ({
      text: element.textContent,
      title: element.getAttribute('title'),
      background: getComputedStyle(element).backgroundColor
    }))
    expect(mark.text).toBe('ابوب')
    expect(mark.title).toContain('name-consistency')
    expect(mark.background).not.toBe('rgba(0, 0, 0, 0)')
  })

  it('moves between findings with the keyboard, within the filter', async () => {
    const {page} = opened
    const visited: string[] = []
    while (visited.length < 10 && visited.at(-1) !== 'ابوب') {
      await page.keyboard.press('j')
      visited.push(await page.evaluate(() => document.activeElement?.textContent ?? ''))
    }
    expect(visited.at(-1)).toBe('ابوب')
    expect(await page.textContent('#status')).toMatch(/`ابوب`/)
    const mixed = await page.$eval('#filter-rule', (select) => [...(select as HTMLSelectElement).options].find((option) => option.text.startsWith('mixed-script'))!.value)
    await page.selectOption('#filter-rule', mixed)
    await page.locator('body').press('j')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('2011')
    expect(await page.textContent('#filter-count')).toMatch(/^1 of \d+ findings shown$/)
    await page.selectOption('#filter-rule', '')
  })

  it('makes no network request and runs without errors', () => {
    expect(opened.requests).toEqual([pathToFileURL(sample).href])
    expect(opened.errors).toEqual([])
  })

  it('fits a narrow window: the columns stack', async () => {
    const narrow = await open(sample, {width: 420, height: 800})
    const widths = await narrow.page.$eval('.para[data-line="16"]', (paragraph) => [paragraph.closest('td')!.getBoundingClientRect().width, document.documentElement.scrollWidth])
    expect(widths[1]).toBeLessThanOrEqual(420)
    expect(widths[0]).toBeGreaterThan(300)
    await narrow.page.close()
  })

  it('takes the README screenshot when asked', async () => {
    if (!process.env.UPDATE_SCREENSHOT) return
    const {page} = opened
    await page.$eval('.para[data-line="10"]', (element) => element.closest('table')!.scrollIntoView())
    await page.evaluate(() => window.scrollBy(0, -60))
    await page.$eval('.para[data-line="16"] mark.fm[id]', (element) => (element as HTMLElement).focus({preventScroll: true}))
    mkdirSync(path.join(repoRoot, 'docs'), {recursive: true})
    await page.setViewportSize({width: 1280, height: 1150})
    writeFileSync(path.join(repoRoot, 'docs/report.png'), await page.screenshot())
  })
})

it('shows injected markup as text and runs none of it', async () => {
  const {page, requests} = await open(injected)
  expect(await page.evaluate(() => (window as {pwned?: number}).pwned)).toBeUndefined()
  expect(await page.$$eval('main img, main script', (elements) => elements.length)).toBe(0)
  expect(await page.$eval('.para[data-line="1"] .tx', (element) => element.textContent)).toBe(`The minister said ${attack} today.`)
  expect(requests).toEqual([pathToFileURL(injected).href])
  await page.close()
})

it('opens and filters a report of 10,000 findings without freezing', async () => {
  const {page, errors} = await open(large)
  const loaded = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
    return {load: navigation.loadEventEnd, findings: document.querySelectorAll('li.fi').length}
  })
  expect(loaded.findings).toBe(10_000)
  const filter = await timeToFrame(page, `const s = document.getElementById('filter-severity'); s.value = 's1'; s.dispatchEvent(new Event('change'))`)
  const unfilter = await timeToFrame(page, `const s = document.getElementById('filter-severity'); s.value = ''; s.dispatchEvent(new Event('change'))`)
  const next = await timeToFrame(page, `document.dispatchEvent(new KeyboardEvent('keydown', {key: 'j', bubbles: true}))`)
  console.log(`10,000 findings: lint+render ${largeLintMs} ms; page load ${Math.round(loaded.load)} ms; filter ${Math.round(filter)} ms, unfilter ${Math.round(unfilter)} ms, next finding ${Math.round(next)} ms`)
  expect(await page.textContent('#filter-count')).toBe('10000 of 10000 findings shown')
  // Generous bounds for a loaded 2-core CI machine; a frozen page takes far longer.
  expect(loaded.load).toBeLessThan(15_000)
  expect(Math.max(filter, unfilter, next)).toBeLessThan(2_000)
  expect(errors).toEqual([])
  await page.close()
}, 30_000)
