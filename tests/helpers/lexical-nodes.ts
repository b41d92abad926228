/**
 * Builders of Lexical nodes and editor states, for the tests of lexicalToPlainText
 * (tests/unit/lexical-text-*.test.ts).
 */

export type Node = Record<string, unknown>

export const text = (value: string, format = 0): Node => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
})
export const paragraph = (...children: Node[]): Node => ({
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  type: 'paragraph',
  version: 1,
})
export const heading = (tag: string, ...children: Node[]): Node => ({
  children,
  tag,
  type: 'heading',
  version: 1,
})
export const quote = (...children: Node[]): Node => ({ children, type: 'quote', version: 1 })
export const list = (listType: 'bullet' | 'check' | 'number', items: Node[], start = 1): Node => ({
  children: items,
  listType,
  start,
  tag: listType === 'number' ? 'ol' : 'ul',
  type: 'list',
  version: 1,
})
export const item = (children: Node[], extra: Node = {}): Node => ({
  children,
  type: 'listitem',
  value: 1,
  version: 1,
  ...extra,
})
export const link = (url: string | undefined, children: Node[], linkType = 'custom'): Node => ({
  children,
  fields: { linkType, newTab: false, url },
  type: 'link',
  version: 3,
})
export const autolink = (url: string, children: Node[]): Node => ({
  children,
  fields: { linkType: 'custom', url },
  type: 'autolink',
  version: 2,
})
export const linebreak: Node = { type: 'linebreak', version: 1 }
export const tab: Node = { type: 'tab', version: 1 }
export const state = (...children: Node[]) => ({
  root: { children, direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 },
})
