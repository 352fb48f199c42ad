// Writes what is generated from the rules: docs/rules/<id>.md,
// schema/lintrc.json and the rules table in README.md. Run `npm run generate`
// after changing a rule; test/generated.test.ts fails while they are stale.

import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {generatedFiles} from '../src/report/generated.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

for (const [file, render] of Object.entries(generatedFiles)) {
  const target = path.join(root, file)
  let current = ''
  try {
    current = readFileSync(target, 'utf8')
  } catch {
    // A new file.
  }
  const next = render(current)
  if (next === current) continue
  mkdirSync(path.dirname(target), {recursive: true})
  writeFileSync(target, next)
  console.log(`wrote ${file}`)
}
