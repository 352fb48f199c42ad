// Validators for the config's JSON Schemas. The bundled schemas (the core
// keys and every core rule's options) are compiled when bilint is built
// (`scripts/build-validators.ts` writes `validators.generated.cjs` beside
// this module in `dist/`), so a run does not load Ajv nor compile Ajv's
// meta-schema, which took 107 ms of a 1.5 s run on the sample corpus. A
// schema the build did not see (a plugin rule's; every schema when this
// module runs from source, as under vitest) is compiled by Ajv on first use.
//
// Both are loaded with `require`: the generated module and Ajv are CommonJS,
// and validation is synchronous.

import {createRequire} from 'node:module'
import type {Ajv2020, ValidateFunction} from 'ajv/dist/2020.js'
import {ajvOptions, schemaKey} from './schema-key.js'

export type {ErrorObject, ValidateFunction} from 'ajv/dist/2020.js'

const require = createRequire(import.meta.url)

/** The file the build writes next to this module. */
export const generatedValidatorsFile = 'validators.generated.cjs'

let generated: Readonly<Record<string, ValidateFunction>> | undefined
let ajv: Ajv2020 | undefined
const validators = new WeakMap<object, ValidateFunction>()

function generatedValidators(): Readonly<Record<string, ValidateFunction>> {
  if (!generated) {
    try {
      generated = require(`./${generatedValidatorsFile}`) as Record<string, ValidateFunction>
    } catch (error) {
      // Running from source (tests): there is no build output to read.
      if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error
      generated = {}
    }
  }
  return generated
}

function compile(schema: object): ValidateFunction {
  if (!ajv) {
    const {Ajv2020} = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')
    ajv = new Ajv2020(ajvOptions)
  }
  return ajv.compile(schema)
}

/** The validator of `schema`: compiled by the build when it is one of bilint's, else by Ajv now; kept per schema object. */
export function validatorFor(schema: object): ValidateFunction {
  let validator = validators.get(schema)
  if (!validator) {
    const key = schemaKey(schema)
    validator = Object.hasOwn(generatedValidators(), key) ? generatedValidators()[key] : compile(schema)
    validators.set(schema, validator)
  }
  return validator
}
