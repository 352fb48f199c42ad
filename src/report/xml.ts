// A small XML writer: elements as data, serialised with escaping, so no
// report is assembled from string templates. Only what JUnit reports need.

import {codePointLabel, escapeControls} from './escape.js'

export interface XmlElement {
  name: string
  attributes?: Record<string, string | number | undefined>
  children?: ReadonlyArray<XmlElement | string>
}

// Characters XML 1.0 does not allow at all (§2.2 Char) besides the controls
// `escapeControls` writes as `⟨U+0007⟩`: lone surrogates, U+FFFE and U+FFFF.
// They are labelled the same way, so a message quoting one stays readable.
const notXmlChar = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

function visible(text: string): string {
  return escapeControls(text, 'tab, LF and CR').replace(notXmlChar, (character) => codePointLabel(character.charCodeAt(0)))
}

export function escapeText(text: string): string {
  return visible(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

// In attributes, also quotes and the whitespace that attribute normalisation would turn into spaces.
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;')
}

function attributeText(element: XmlElement): string {
  return Object.entries(element.attributes ?? {})
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('')
}

/** The start tag of an element at `depth`, for a writer that gives its children one at a time. */
export function startTag(element: XmlElement, depth: number): string {
  return `${'  '.repeat(depth)}<${element.name}${attributeText(element)}>`
}

export function endTag(name: string, depth: number): string {
  return `${'  '.repeat(depth)}</${name}>`
}

/** An element at `depth` (its children one more level in), without a line break at the end. */
export function serialiseElement(element: XmlElement, depth: number): string {
  const indent = '  '.repeat(depth)
  const attributes = attributeText(element)
  const children = element.children ?? []
  if (children.length === 0) return `${indent}<${element.name}${attributes}/>`
  if (children.every((child) => typeof child === 'string')) {
    return `${indent}<${element.name}${attributes}>${children.map((child) => escapeText(child as string)).join('')}</${element.name}>`
  }
  const inner = children.map((child) => (typeof child === 'string' ? indent + '  ' + escapeText(child) : serialiseElement(child, depth + 1)))
  return [`${indent}<${element.name}${attributes}>`, ...inner, `${indent}</${element.name}>`].join('\n')
}

export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>\n'

/** An XML document with its declaration, UTF-8. */
export function serialiseXml(root: XmlElement): string {
  return `${xmlDeclaration}${serialiseElement(root, 0)}\n`
}
