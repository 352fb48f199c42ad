// What the CLI reads and writes through, and its version: small, so that
// `--version` loads nothing else.

import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export interface CliIo {
  cwd: string
  stdout: {write(text: string): unknown; isTTY?: boolean}
  stderr: {write(text: string): unknown; isTTY?: boolean}
}

export async function packageVersion(): Promise<string> {
  const manifest = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../package.json')
  return (JSON.parse(await readFile(manifest, 'utf8')) as {version: string}).version
}
