/**
 * Payload Lexical editor state → plain text for Facebook, which shows no formatting: blocks
 * separated by one blank line, lists with visible markers, links spelled out. Pure and total:
 * anything that is not a Lexical state gives ''.
 */

type LexicalNode = {
  type?: unknown
  children?: unknown
  text?: unknown
  tag?: unknown
  listType?: unknown
  start?: unknown
  checked?: unknown
  url?: unknown
  fields?: unknown
}

/** Nodes that are media or custom blocks: they have no text of their own worth posting. */
const SKIPPED = new Set(['upload', 'relationship', 'block', 'inlineBlock'])
/** Nodes that live inside a block (a paragraph, heading, list item or quote). */
const INLINE = new Set(['text', 'linebreak', 'tab', 'link', 'autolink'])

/** Deeper trees are not produced by the editor; the cap keeps hostile input from overflowing the stack. */
const MAX_DEPTH = 64
const HORIZONTAL_RULE = '———'
const INDENT = '  '

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const nodeType = (node: LexicalNode): string => (typeof node.type === 'string' ? node.type : '')

const childrenOf = (node: LexicalNode): LexicalNode[] =>
  Array.isArray(node.children) ? (node.children.filter(isObject) as LexicalNode[]) : []

const isInline = (node: LexicalNode): boolean => {
  const type = nodeType(node)
  if (INLINE.has(type)) return true
  // Unknown leaf nodes that carry text (mentions, emoji, hashtags from other editor features).
  return !SKIPPED.has(type) && typeof node.text === 'string' && !Array.isArray(node.children)
}

/** Collapses runs of spaces and tabs, trims every line and drops blank lines at the edges. */
const cleanLines = (raw: string): string[] => {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B\uFEFF]/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
  const out: string[] = []
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue
    out.push(line)
  }
  while (out.length && out[out.length - 1] === '') out.pop()
  return out
}

// ---- links -------------------------------------------------------------------------------------

const linkFields = (node: LexicalNode): { url: string; internal: boolean } => {
  const fields = isObject(node.fields) ? node.fields : {}
  const url = typeof fields.url === 'string' ? fields.url : typeof node.url === 'string' ? node.url : ''
  return { internal: fields.linkType === 'internal', url: url.trim() }
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

const renderLink = (node: LexicalNode, depth: number): string => {
  const text = cleanLines(renderInline(childrenOf(node), depth + 1)).join(' ')
  const { internal, url } = linkFields(node)
  if (internal || !url || !isPublicUrl(url)) return text
  if (text === '' || comparable(text) === comparable(url)) return displayUrl(url)
  return `${text} (${displayUrl(url)})`
}

// ---- inline ------------------------------------------------------------------------------------

function renderInline(nodes: LexicalNode[], depth: number): string {
  if (depth > MAX_DEPTH) return ''
  let out = ''
  for (const node of nodes) {
    const type = nodeType(node)
    if (type === 'linebreak') out += '\n'
    else if (type === 'tab') out += '\t'
    else if (type === 'link' || type === 'autolink') out += renderLink(node, depth)
    else if (SKIPPED.has(type)) continue
    else if (typeof node.text === 'string') out += node.text
    else if (Array.isArray(node.children)) out += renderInline(childrenOf(node), depth + 1)
  }
  return out
}

// ---- lists -------------------------------------------------------------------------------------

const listMarker = (listType: unknown, number: number, checked: unknown): string => {
  if (listType === 'number') return `${number}.`
  if (listType === 'check') return checked === true ? '☑' : '☐'
  return '•'
}

const renderList = (list: LexicalNode, level: number, depth: number): string[] => {
  if (depth > MAX_DEPTH) return []
  const start = typeof list.start === 'number' && Number.isInteger(list.start) ? list.start : 1
  // Numbers follow the printed items: an item that only wraps a nested list, or an empty one,
  // takes no number (as in the editor, where a wrapper item is not counted).
  let number = start
  const lines: string[] = []
  for (const item of childrenOf(list)) {
    const itemChildren = nodeType(item) === 'listitem' ? childrenOf(item) : [item]
    const inline: LexicalNode[] = []
    const nested: LexicalNode[] = []
    for (const child of itemChildren) (nodeType(child) === 'list' ? nested : inline).push(child)
    // Inline nodes run together; a block inside an item (a paragraph, say) starts a new line.
    const raw = inline
      .map((child) => (isInline(child) ? renderInline([child], depth + 1) : `\n${renderBlock(child, depth + 1)}\n`))
      .join('')
    const textLines = cleanLines(raw).filter((line) => line !== '')
    if (textLines.length) {
      const marker = listMarker(list.listType, number, item.checked)
      const pad = INDENT.repeat(level)
      const hang = ' '.repeat([...marker].length + 1)
      lines.push(`${pad}${marker} ${textLines[0]}`, ...textLines.slice(1).map((line) => `${pad}${hang}${line}`))
      number += 1
    }
    for (const child of nested) lines.push(...renderList(child, level + 1, depth + 1))
  }
  return lines
}

// ---- blocks ------------------------------------------------------------------------------------

/** Renders one block-level node; '' when it has nothing to say. */
function renderBlock(node: LexicalNode, depth: number): string {
  if (depth > MAX_DEPTH) return ''
  const type = nodeType(node)
  if (SKIPPED.has(type)) return ''
  switch (type) {
    case 'paragraph':
    case 'heading':
      return cleanLines(renderInline(childrenOf(node), depth + 1)).join('\n')
    case 'quote': {
      const text = renderBlocks(childrenOf(node), depth + 1)
      return text ? `„${text}”` : ''
    }
    case 'list':
      return renderList(node, 0, depth + 1).join('\n')
    case 'listitem':
      return renderList({ children: [node], listType: 'bullet' }, 0, depth + 1).join('\n')
    case 'horizontalrule':
      return HORIZONTAL_RULE
    default:
      if (isInline(node)) return cleanLines(renderInline([node], depth + 1)).join('\n')
      return renderBlocks(childrenOf(node), depth + 1)
  }
}

/** Renders a sequence of nodes as blocks; runs of inline nodes count as one paragraph. */
function renderBlocks(nodes: LexicalNode[], depth: number): string {
  if (depth > MAX_DEPTH) return ''
  const blocks: string[] = []
  let run: LexicalNode[] = []
  const flush = () => {
    if (run.length) blocks.push(cleanLines(renderInline(run, depth + 1)).join('\n'))
    run = []
  }
  for (const node of nodes) {
    if (isInline(node)) {
      run.push(node)
      continue
    }
    flush()
    blocks.push(renderBlock(node, depth + 1))
  }
  flush()
  const kept = blocks.filter((block) => block !== '')
  // A rule only separates text: never at the edges, never two in a row.
  const separated = kept.filter(
    (block, i) => block !== HORIZONTAL_RULE || (i > 0 && i < kept.length - 1 && kept[i - 1] !== HORIZONTAL_RULE),
  )
  while (separated[separated.length - 1] === HORIZONTAL_RULE) separated.pop()
  return separated.join('\n\n')
}

const parse = (state: unknown): unknown => {
  if (typeof state !== 'string') return state
  try {
    return JSON.parse(state)
  } catch {
    return null
  }
}

export const lexicalToPlainText = (state: unknown): string => {
  try {
    const parsed = parse(state)
    if (!isObject(parsed) || !isObject(parsed.root)) return ''
    return renderBlocks(childrenOf(parsed.root as LexicalNode), 0)
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+|\s+$/g, '')
  } catch {
    // Getters that throw, or anything else no editor produces.
    return ''
  }
}
