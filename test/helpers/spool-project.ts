// A project with more findings than a small spool bound, of every kind the
// report orders: findings of units and of corpus-wide rules in one file,
// duplicates across files, directives (one naming an unknown rule), a file
// that cannot be read, and chunks of a segment file read apart.

import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {quranTsvRows} from '../fixtures/quran.js'
import {makeProject} from './cli.js'

function catalog(): string {
  let po = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ar\\n"\n\n'
  for (let entry = 0; entry < 40; entry++) {
    if (entry % 10 === 0) po += `# bilint-disable-next-line duplicate-unit, whitespace, no-such-rule -- kept on purpose ${entry}\n`
    if (entry === 25) po += '# bilint-disable number-agreement\n'
    po += `msgid "Chapter ${entry % 15} of  the book"\nmsgstr "الفصل ${(entry % 15) + (entry % 4 === 0 ? 1 : 0)} من الكتاب"\n\n`
  }
  return po
}

/** The project's folder; about 600 findings with bilint:recommended. */
export function spoolProject(): string {
  const rows = quranTsvRows(500)
  // Doubled spaces in every seventh pair (whitespace), every eighth pair again at the end (duplicate-unit).
  const verses = [...rows.map((row, index) => (index % 7 === 0 ? row.replace(' ', '  ') : row)), ...rows.filter((_, index) => index % 8 === 0)]
  const folder = makeProject({
    '.lintrc.json': {
      languages: {source: 'en', target: 'ar'},
      files: ['**/*.tsv', '**/*.po'],
      extends: ['bilint:recommended'],
      rules: {'duplicate-unit': 'error'}
    },
    'verses.tsv': verses.join('\n') + '\n',
    'more/verses.tsv': rows.slice(0, 60).join('\n') + '\n',
    'po/ar.po': catalog()
  })
  writeFileSync(path.join(folder, 'broken.tsv'), Buffer.from([0x66, 0xff, 0xfe, 0x0a]))
  return folder
}
