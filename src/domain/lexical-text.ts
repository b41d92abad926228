/**
 * Payload Lexical editor state → plain text for Facebook, which shows no formatting: blocks
 * separated by one blank line, lists with visible markers, links spelled out. Pure and total:
 * anything that is not a Lexical state gives ''.
 */
import type { SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'
import {
  convertLexicalToPlaintext,
  type PlaintextConverter,
  type PlaintextConverters,
} from '@payloadcms/richtext-lexical/plaintext'

/** A node after `guard`: `type` a string, `text` a string if present, `children` nodes. */
type Node = SerializedLexicalNode & { [key: string]: unknown; children?: Node[]; text?: string }
type Convert = Extract<PlaintextConverter<Node>, (...args: never[]) => unknown>
type ToPlaintext = Parameters<Convert>[0]['nodesToPlaintext']

/** Nodes that are media or custom blocks: they have no text of their own worth posting. */
const SKIPPED = new Set(['upload', 'relationship', 'block', 'inlineBlock'])
/** Nodes that live inside a block (a paragraph, heading, list item or quote). */
const INLINE = new Set(['text', 'linebreak', 'tab', 'link', 'autolink'])
/** The editor nests far less; the cap keeps hostile input from overflowing the stack. */
const MAX_DEPTH = 64
const HORIZONTAL_RULE = '———'
const INDENT = '  '

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Copies the tree in the shape the converters rely on, without what is not a node. */
const guard = (value: unknown, depth: number): Node[] => {
  if (!isObject(value)) return []
  const { children, text, type } = value
  const kept = Array.isArray(children) && depth < MAX_DEPTH ? children : []
  const nodes = kept.flatMap((child) => guard(child, depth + 1))
  return [
    {
      ...value,
      children: Array.isArray(children) ? nodes : undefined,
      text: typeof text === 'string' ? text : undefined,
      type: typeof type === 'string' ? type : '',
      version: 1,
    },
  ]
}

const isInline = (node: Node): boolean =>
  INLINE.has(node.type) ||
  // Unknown leaf nodes that carry text (mentions, emoji, hashtags from other editor features).
  (!SKIPPED.has(node.type) && node.text !== undefined && node.children === undefined)

/** Collapses runs of spaces and tabs, trims every line, drops edge and repeated blank lines. */
const cleanLines = (raw: string): string[] =>
  raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B\uFEFF]/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '')
    .split('\n')

const inlineText = (nodes: Node[] | undefined, toPlaintext: ToPlaintext): string =>
  toPlaintext({ converters: inline, nodes: nodes ?? [] }).join('')

/** Renders nodes as blocks one blank line apart; a run of inline nodes makes one paragraph. */
const blocksText = (nodes: Node[] | undefined, toPlaintext: ToPlaintext): string => {
  const grouped: Node[] = []
  let run: Node[] | undefined
  for (const node of nodes ?? []) {
    if (!isInline(node)) run = undefined
    if (run) run.push(node)
    else if (!isInline(node)) grouped.push(node)
    else grouped.push({ children: (run = [node]), type: 'paragraph', version: 1 })
  }
  const kept = toPlaintext({ converters: block, nodes: grouped })
  // A rule only separates text: never at the edges, never two in a row.
  const separated = kept.filter(
    (part, i) =>
      part !== HORIZONTAL_RULE || (i > 0 && i < kept.length - 1 && kept[i - 1] !== HORIZONTAL_RULE),
  )
  while (separated[separated.length - 1] === HORIZONTAL_RULE) separated.pop()
  return separated.join('\n\n')
}

/** Only addresses a reader can follow from Facebook; relative paths, anchors and scripts cannot. */
const isPublicUrl = (url: string): boolean => /^(?:https?:\/\/|www\.|mailto:|tel:)/i.test(url)

const comparable = (value: string): string =>
  value
    .trim()
    .toLowerCase()
    .replace(/^(?:https?:\/\/|mailto:|tel:)/, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '')

/** `mailto:` and `tel:` are noise in a post: Facebook recognises addresses and numbers itself. */
const displayUrl = (url: string): string => url.replace(/^(?:mailto:|tel:)/i, '')

const link: Convert = ({ node, nodesToPlaintext }) => {
  const text = cleanLines(inlineText(node.children, nodesToPlaintext)).join(' ')
  const fields = isObject(node.fields) ? node.fields : {}
  const raw = typeof fields.url === 'string' ? fields.url : node.url
  const url = typeof raw === 'string' ? raw.trim() : ''
  if (fields.linkType === 'internal' || !isPublicUrl(url)) return text
  if (text === '' || comparable(text) === comparable(url)) return displayUrl(url)
  return `${text} (${displayUrl(url)})`
}

const listMarker = (listType: unknown, number: number, checked: unknown): string => {
  if (listType === 'number') return `${number}.`
  if (listType === 'check') return checked === true ? '☑' : '☐'
  return '•'
}

const listLines = (list: Node, level: number, toPlaintext: ToPlaintext): string[] => {
  // Numbers follow the printed items: an item that only wraps a nested list, or an empty one,
  // takes no number (as in the editor, where a wrapper item is not counted).
  let number = typeof list.start === 'number' && Number.isInteger(list.start) ? list.start : 1
  const lines: string[] = []
  for (const item of list.children ?? []) {
    const children = item.type === 'listitem' ? (item.children ?? []) : [item]
    // Inline nodes run together; a block inside an item (a paragraph, say) starts a new line.
    const raw = children
      .filter((child) => child.type !== 'list')
      .map((child) =>
        isInline(child)
          ? inlineText([child], toPlaintext)
          : `\n${toPlaintext({ converters: block, nodes: [child] }).join('\n\n')}\n`,
      )
      .join('')
    const [first, ...rest] = cleanLines(raw).filter((line) => line !== '')
    if (first !== undefined) {
      const marker = listMarker(list.listType, number, item.checked)
      const pad = INDENT.repeat(level)
      const hang = ' '.repeat([...marker].length + 1)
      lines.push(`${pad}${marker} ${first}`, ...rest.map((line) => `${pad}${hang}${line}`))
      number += 1
    }
    for (const child of children) {
      if (child.type === 'list') lines.push(...listLines(child, level + 1, toPlaintext))
    }
  }
  return lines
}

// Payload's default keeps text, line breaks and tabs, and gives any other node its text or its
// children's; custom blocks carry neither.
const skip: Convert = () => ''
/** A block met inside a block runs on, where Payload's default would break the line. */
const runOn: Convert = ({ node, nodesToPlaintext }) => inlineText(node.children, nodesToPlaintext)
const paragraph: Convert = ({ node, nodesToPlaintext }) =>
  cleanLines(inlineText(node.children, nodesToPlaintext)).join('\n')

const inline: PlaintextConverters<Node> = {
  autolink: link,
  heading: runOn,
  link,
  list: runOn,
  listitem: runOn,
  paragraph: runOn,
  relationship: skip,
  upload: skip,
}

/** A list, or an item outside one, which reads as a bullet. */
const list: Convert = ({ node, nodesToPlaintext }) => {
  const items: Node = node.type === 'list' ? node : { children: [node], type: 'list', version: 1 }
  return listLines(items, 0, nodesToPlaintext).join('\n')
}
const quote: Convert = ({ node, nodesToPlaintext }) => {
  const text = blocksText(node.children, nodesToPlaintext)
  return text && `„${text}”`
}
/** Payload joins the top level with nothing, so the state's root comes here as one node. */
const root: Convert = ({ node, nodesToPlaintext }) => blocksText(node.children, nodesToPlaintext)

const block: PlaintextConverters<Node> = {
  heading: paragraph,
  horizontalrule: () => HORIZONTAL_RULE,
  list,
  listitem: list,
  paragraph,
  quote,
  relationship: skip,
  root,
  upload: skip,
}

export const lexicalToPlainText = (state: unknown): string => {
  try {
    const parsed: unknown = typeof state === 'string' ? JSON.parse(state) : state
    const [content] = isObject(parsed) ? guard(parsed.root, 0) : []
    if (!content) return ''
    const frame = { direction: null, format: '', indent: 0, type: 'root', version: 1 } as const
    const data = { root: { ...frame, children: [{ ...content, type: 'root' }] } }
    // Text Payload's default gives nodes the editor does not have may end in blanks; a nested
    // list's indent may open the text.
    return convertLexicalToPlaintext({ converters: block, data }).replace(/^\n+|\s+$/g, '')
  } catch {
    // Text that is not JSON, getters that throw, or anything else no editor produces.
    return ''
  }
}
