// name-consistency across documents: the same person spelled two ways in two
// files, through the CLI; the report does not depend on the order of files.

import {readFileSync} from 'node:fs'
import path from 'node:path'
import {expect, it} from 'vitest'
import type {LintResult} from '../../src/engine/types.js'
import {makeProject, repoRoot, runCli} from '../helpers/cli.js'

const sample = readFileSync(path.join(repoRoot, 'corpus/alalam-2020-07-08.txt'), 'utf8')
// The sample with its one spelling of Ayyūb: أيوب.
const consistent = sample.replace('علي ابوب', 'علي أيوب').replace('العماد علي ايوب', 'العماد علي أيوب')
const other = [
  'Syrian Defence Minister ‘Alī Ayyūb met the delegation in Damascus on Monday.',
  'Ayyūb said that the talks had covered the supply of food and medicine.',
  'التقى وزير الدفاع السوري علي ابوب الوفد في دمشق يوم الاثنين.',
  'وقال علي ابوب إن المحادثات تناولت إمدادات الغذاء والدواء.'
].join('\n')

it('reports a name spelled differently in another file, whatever the order of the files', async () => {
  const folder = makeProject({
    '.lintrc.json': {languages: {source: 'en', target: 'ar'}, rules: {'name-consistency': 'error'}},
    'a.txt': consistent,
    'b.txt': other
  })
  const forward = await runCli(['--format', 'json', 'a.txt', 'b.txt'], folder)
  const backward = await runCli(['--format', 'json', 'b.txt', 'a.txt'], folder)
  expect(backward.stdout).toBe(forward.stdout)
  const results = JSON.parse(forward.stdout) as LintResult[]
  const byName = Object.fromEntries(results.map((result) => [path.basename(result.filePath), result.messages]))
  expect(byName['a.txt']).toEqual([])
  const corpus = byName['b.txt'].filter((message) => message.messageId === 'corpusTypo')
  // One message for a file's misspelling, at its first mention.
  expect(corpus.map((message) => [message.line, message.message])).toEqual([[3, 'Name `ابوب` is spelled `أيوب` in a.txt (3 mentions): likely a typo']])
  expect(corpus[0].related?.[0]).toMatchObject({filePath: path.join(folder, 'a.txt')})
})
