// What ties a JSON Schema to the validator compiled from it: Ajv's options
// and a digest of the schema's JSON. The build compiles the bundled schemas
// ahead of time (`scripts/build-validators.ts`) under these keys; at run time
// a schema whose digest has no compiled validator is compiled by Ajv, so a
// validator can never answer for a schema other than its own.

import {createHash} from 'node:crypto'

/** Ajv's options, the same ahead of time and at run time (`verbose` gives `parentSchema`, which errors quote). */
export const ajvOptions = {allErrors: false, strict: false, useDefaults: false, verbose: true} as const

/** A digest of a schema's JSON: the key of its compiled validator. */
export function schemaKey(schema: unknown): string {
  return 'v' + createHash('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 32)
}
