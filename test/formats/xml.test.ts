// TMX and XLIFF: segments read from streamed XML, entities decoded, inline
// codes kept out of the text as placeholders, positions exact in the file,
// and no DTD or external entity ever processed.

import {describe, expect, it} from 'vitest'
import {codeMark as placeholder} from '../../src/text/lexical/mask.js'
import {udhrPair} from '../fixtures/udhr.js'
import {applyEdit, expectPositionsMatchFile, fileText, readFiles, spanOf, writeFiles} from './helpers.js'

const {source, target} = udhrPair('eng', 'arb', 5)
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function tmx(pairs: Array<[string, string]>): string {
  const units = pairs.map(
    ([en, ar], index) => `    <tu tuid="${index}">\n      <tuv xml:lang="en-US"><seg>${en}</seg></tuv>\n      <tuv xml:lang="ar"><seg>${ar}</seg></tuv>\n    </tu>`
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n  <header srclang="en-US" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="none" creationtool="test" creationtoolversion="1"/>\n  <body>\n${units.join('\n')}\n  </body>\n</tmx>\n`
}

describe('TMX reader', () => {
  it('reads each <tu> as a segment, entities decoded and inline codes as placeholders', async () => {
    const pairs: Array<[string, string]> = source.map((text, index) => [escape(text), escape(target[index])])
    pairs[1] = [`Rights &amp; <bpt i="1">&lt;b&gt;</bpt>dignity<ept i="1">&lt;/b&gt;</ept> of <ph x="1">{name}</ph>`, `الحقوق &amp; <bpt i="1">&lt;b&gt;</bpt>الكرامة<ept i="1">&lt;/b&gt;</ept> ل<ph x="1">{name}</ph> &#x627;<![CDATA[<كل>]]>`]
    const files = writeFiles({'udhr.tmx': tmx(pairs)})
    const {units, problems} = await readFiles([files['udhr.tmx']])
    expect(problems).toEqual([])
    expect(units).toHaveLength(source.length)
    expect(units[0].source.text).toBe(source[0])
    expect(units[1].source.text).toBe(`Rights & ${placeholder}dignity${placeholder} of ${placeholder}`)
    expect(units[1].target.text).toBe(`الحقوق & ${placeholder}الكرامة${placeholder} ل${placeholder} ا<كل>`)
    const line = fileText(files['udhr.tmx']).split('\n').findIndex((row) => row.includes('الكرامة<ept')) + 1
    const column = fileText(files['udhr.tmx']).split('\n')[line - 1].indexOf('الكرامة<ept') + 1
    expect(units[1].target.position(units[1].target.text.indexOf('الكرامة'))).toEqual({line, column})
    for (const unit of units) {
      expectPositionsMatchFile(unit.source)
      expectPositionsMatchFile(unit.target)
    }
  })

  it('re-encodes a fix with XML escapes and keeps the inline codes around it', async () => {
    const files = writeFiles({'fix.tmx': tmx([['<g>a</g> b', 'أ <bpt i="1">&lt;i&gt;</bpt>الكرامة<ept i="1">&lt;/i&gt;</ept> &amp; ب']])})
    const {units} = await readFiles([files['fix.tmx']])
    const side = units[0].target
    applyEdit(side, spanOf(side, 'الكرامة'), 'الكرامة <و> & ')
    expect(fileText(files['fix.tmx'])).toContain('<seg>أ <bpt i="1">&lt;i&gt;</bpt>الكرامة &lt;و&gt; &amp; <ept i="1">&lt;/i&gt;</ept> &amp; ب</seg>')
    applyEdit(units[0].source, spanOf(units[0].source, 'a'), 'A')
    expect(fileText(files['fix.tmx'])).toContain('<seg><g>A</g> b</seg>')
  })

  it('keeps positions exact in a file read in many chunks', async () => {
    const pairs: Array<[string, string]> = []
    for (let round = 0; round < 40; round++) pairs.push(...source.map((text, index): [string, string] => [escape(text), `${round} ${escape(target[index])}`]))
    const files = writeFiles({'big.tmx': tmx(pairs).replace(/\n/g, '\r\n')})
    expect(fileText(files['big.tmx']).length).toBeGreaterThan(3 * 65536)
    const {units, problems} = await readFiles([files['big.tmx']])
    expect(problems).toEqual([])
    expect(units).toHaveLength(pairs.length)
    expect(new Set(units.map((unit) => unit.id)).size).toBe(units.length)
    for (const unit of [units[0], units[137], units[units.length - 1]]) expectPositionsMatchFile(unit.target)
    expect(units.at(-1)!.target.position(0).line).toBe(6 + (pairs.length - 1) * 4 + 2)
  })

  it('reports malformed XML at its position, after the units read before it', async () => {
    const text = tmx(source.map((text, index) => [escape(text), escape(target[index])])).replace(`<tu tuid="3">`, '<tu tuid="3"><oops>')
    const files = writeFiles({'broken.tmx': text})
    const {units, problems} = await readFiles([files['broken.tmx']])
    expect(units).toHaveLength(3)
    expect(problems).toHaveLength(1)
    expect(problems[0].message).toMatch(/^Malformed XML: /)
    expect(problems[0].line).toBeGreaterThan(text.split('\n').findIndex((row) => row.includes('<oops>')))
  })
})

describe('XLIFF reader', () => {
  it('reads XLIFF 1.2 trans-units, leaving out alt-trans, notes and units without target', async () => {
    const xliff = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="ar" datatype="plaintext" original="udhr">
    <body>
      <trans-unit id="1">
        <source>${escape(source[0])}</source>
        <target state="translated">${escape(target[0])}</target>
        <note>Title of the declaration</note>
        <alt-trans><source>Old</source><target>قديم</target></alt-trans>
      </trans-unit>
      <trans-unit id="2">
        <source>Everyone <g id="1">has</g> rights<x id="2"/></source>
        <target state="needs-review-translation">لكل <g id="1">شخص</g> حقوق<x id="2"/></target>
      </trans-unit>
      <trans-unit id="3"><source>${escape(source[1])}</source></trans-unit>
    </body>
  </file>
</xliff>
`
    const files = writeFiles({'udhr.xlf': xliff})
    const {units, problems} = await readFiles([files['udhr.xlf']])
    expect(problems).toEqual([])
    expect(units.map((unit) => [unit.source.text, unit.target.text])).toEqual([
      [source[0], target[0]],
      [`Everyone has rights${placeholder}`, `لكل شخص حقوق${placeholder}`]
    ])
    for (const unit of units) expectPositionsMatchFile(unit.target)
  })

  it('reads XLIFF 2.0 segments, with <pc>, <ph/> and <cp/>, leaving out <ignorable>', async () => {
    const xliff = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ar">
 <file id="f1">
  <unit id="u1">
   <segment state="final">
    <source>${escape(source[2])}</source>
    <target>${escape(target[2])}</target>
   </segment>
   <ignorable><source> </source><target> </target></ignorable>
   <segment>
    <source><pc id="1">Free</pc> and<ph id="2"/> equal<cp hex="0021"/></source>
    <target><pc id="1">أحرار</pc> ومتساوون<ph id="2"/><cp hex="061F"/></target>
   </segment>
  </unit>
 </file>
</xliff>`
    const files = writeFiles({'udhr.xliff': xliff})
    const {units, problems} = await readFiles([files['udhr.xliff']])
    expect(problems).toEqual([])
    expect(units.map((unit) => [unit.source.text, unit.target.text])).toEqual([
      [source[2], target[2]],
      [`Free and${placeholder} equal!`, `أحرار ومتساوون${placeholder}؟`]
    ])
    for (const unit of units) expectPositionsMatchFile(unit.source)
  })

  it('puts the end of a segment that ends with a line break at the start of the next line (#27, found by the fuzz test)', async () => {
    const xliff = `<xliff version="1.2"><file source-language="en" target-language="ar"><body>\n<trans-unit id="1"><source>Hi.</source><target>a\na\n</target></trans-unit>\n</body></file></xliff>\n`
    const files = writeFiles({'end.xlf': xliff})
    const {units} = await readFiles([files['end.xlf']])
    const {target} = units[0]
    expect([target.position(0), target.position(3), target.position(4)]).toEqual([
      {line: 2, column: 48},
      {line: 3, column: 2},
      {line: 4, column: 1}
    ])
  })

  it('reads a <cp/> past U+10FFFF as U+FFFD, and the units after it (#27)', async () => {
    const unit = (id: number, en: string, ar: string) => `<unit id="u${id}"><segment><source>${en}</source><target>${ar}</target></segment></unit>`
    const xliff = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ar"><file id="f1">\n${unit(1, 'Hello<cp hex="FFFFFFF"/> there.', 'مرحبا.')}\n${unit(2, 'Bye.', 'وداعا.')}\n</file></xliff>`
    const files = writeFiles({'cp.xliff': xliff})
    const {units, problems} = await readFiles([files['cp.xliff']])
    expect(problems).toEqual([])
    expect(units.map((unit) => [unit.source.text, unit.target.text])).toEqual([
      ['Hello\ufffd there.', 'مرحبا.'],
      ['Bye.', 'وداعا.']
    ])
  })
})

describe('XML safety', () => {
  it('does not read a local file an external entity references (XXE), and says why', async () => {
    const files = writeFiles({'secret.txt': 'TOP-SECRET-CONTENT', 'placeholder.tmx': ''})
    const xxe = tmx([['&xxe;', 'سر']]).replace('<!DOCTYPE tmx SYSTEM "tmx14.dtd">', `<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file://${files['secret.txt']}">]>`)
    const attack = writeFiles({'xxe.tmx': xxe})
    const {units, problems} = await readFiles([attack['xxe.tmx']])
    expect(units).toEqual([])
    expect(problems).toEqual([
      {
        file: 'xxe.tmx',
        message:
          'The document type declares entities; bilint does not process DTDs or entities (a guard against XXE and billion-laughs files), so this file is not read',
        line: 2,
        column: 1
      }
    ])
    expect(JSON.stringify(problems)).not.toContain('TOP-SECRET')
  })

  it('refuses a billion-laughs file at once', async () => {
    const entities = Array.from({length: 9}, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`).join('')
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY lol0 "lol">${entities}]>\n<xliff version="1.2"><file><body><trans-unit id="1"><source>&lol9;</source><target>&lol9;</target></trans-unit></body></file></xliff>`
    const files = writeFiles({'bomb.xlf': bomb})
    const started = performance.now()
    const {units, problems} = await readFiles([files['bomb.xlf']])
    expect(performance.now() - started).toBeLessThan(1000)
    expect(units).toEqual([])
    expect(problems.map((problem) => problem.line)).toEqual([2])
  })
})

describe('XLIFF states', () => {
  const xliff12 = (units: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file source-language="en" target-language="ar" datatype="plaintext" original="udhr">\n<body>\n${units.join('\n')}\n</body>\n</file>\n</xliff>\n`
  const xliff20 = (units: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="ar">\n<file id="f1">\n${units.join('\n')}\n</file>\n</xliff>\n`

  it('leaves out units nobody translated yet (1.2 target state, 2.x segment state), unless told', async () => {
    const files = writeFiles({
      'a.xlf': xliff12([
        `<trans-unit id="1"><source>${escape(source[1])}</source><target state="new">${escape(source[1])}</target></trans-unit>`,
        `<trans-unit id="2"><source>${escape(source[3])}</source><target state="translated">${escape(target[3])}</target><note>Checked by the editor.</note></trans-unit>`,
        `<trans-unit id="3"><source>${escape(source[5])}</source><target>${escape(target[5])}</target></trans-unit>`
      ]),
      'b.xlf': xliff20([
        `<unit id="1"><segment state="initial"><source>${escape(source[1])}</source><target>${escape(source[1])}</target></segment></unit>`,
        `<unit id="2"><notes><note>Article 2</note></notes><segment state="final"><source>${escape(source[3])}</source><target>${escape(target[3])}</target></segment></unit>`
      ])
    })
    const {units, problems} = await readFiles([files['a.xlf'], files['b.xlf']])
    expect(problems).toEqual([])
    expect(units.map((unit) => unit.target.text)).toEqual([target[3], target[5], target[3]])
    const all = await readFiles([files['a.xlf'], files['b.xlf']], {name: 'xliff', skipStates: []})
    expect(all.units.map((unit) => unit.target.text)).toEqual([source[1], target[3], target[5], source[1], target[3]])
  })

  it('reports a file of another XML vocabulary at its root element, and reads nothing of it', async () => {
    const files = writeFiles({'page.xlf': `<?xml version="1.0"?>\n<html><body><p>${escape(source[0])}</p></body></html>\n`, 'page.tmx': '<?xml version="1.0"?>\n<xliff version="1.2"/>\n'})
    const {units, problems} = await readFiles([files['page.tmx'], files['page.xlf']])
    expect(units).toEqual([])
    expect(problems).toEqual([
      {file: 'page.tmx', message: 'The root element is `<xliff>`, expected `<tmx>`: not a TMX file, so it is not read', line: 2, column: 1},
      {file: 'page.xlf', message: 'The root element is `<html>`, expected `<xliff>`: not an XLIFF file, so it is not read', line: 2, column: 1}
    ])
  })
})
