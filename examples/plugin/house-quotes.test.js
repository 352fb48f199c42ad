// The plugin's own tests, as a plugin author writes them: bilint's rule
// tester runs the rule's examples (the same checks as bilint's core rules)
// and the extra cases below.

import {describe, it} from 'vitest'
import {RuleTester} from 'bilint/testing'
import {houseQuotes} from './house-quotes.js'

RuleTester.describe = describe
RuleTester.it = it

new RuleTester().run(houseQuotes, {
  valid: [
    {
      name: 'Apostrophes and single quotes are not double quotation marks',
      source: 'The Syrian side’s ‘position’ was confirmed.',
      target: 'وأكدت الاتفاقية الموقعة بين الطرفين على تطوير التعاون العسكري'
    }
  ],
  invalid: [
    {
      name: 'A quotation left open in the Arabic version',
      source: 'Bāqerī stated: “The agreement that has been signed has strengthened our mutual will.”',
      target: 'قائلا إن “الاتفاقية الموقعة تعزز إرادتنا وتصميمنا على التعاون المشترك',
      errors: [{messageId: 'wrongMark', data: {found: '“', expected: '«', language: 'Arabic', open: '«', close: '»'}, side: 'target', line: 1, column: 10}],
      output: {
        source: 'Bāqerī stated: “The agreement that has been signed has strengthened our mutual will.”',
        target: 'قائلا إن «الاتفاقية الموقعة تعزز إرادتنا وتصميمنا على التعاون المشترك'
      }
    }
  ]
})
