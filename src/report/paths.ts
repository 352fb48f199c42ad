// Paths as CI services want them: relative to the project folder, with `/`.

import path from 'node:path'

/** `filePath` relative to `cwd`, POSIX separators (GitHub, GitLab and SARIF all want these). */
export function relativePath(cwd: string, filePath: string): string {
  return path.relative(cwd, filePath).split(path.sep).join('/')
}

/** A relative URI reference for a path: each segment percent-encoded (spaces, `#`, `%`, `?`). */
export function relativeUri(cwd: string, filePath: string): string {
  return relativePath(cwd, filePath).split('/').map(encodeURIComponent).join('/')
}
