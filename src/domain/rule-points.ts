import { lexicalToPlainText } from './lexical-text'

/**
 * The citable points of a discussion-rules text. A moderation entry cites (document, version,
 * point) and keeps the point's words, so the citation stays true after the rules are revised:
 * the version says which published text is meant, the quote says what it said.
 *
 * Numbering: when the text has lists, each top-level list item is a point (paragraphs around them
 * are preamble), numbered 1, 2, … through all the lists; a text without lists is cited by its
 * paragraphs. Public pages number the points the same way (anchors `#pkt-N`).
 */
export type RulePoint = { number: number; text: string }

type Node = { children?: unknown; type?: unknown }

const childrenOf = (node: Node | undefined): Node[] =>
  Array.isArray(node?.children)
    ? (node.children as unknown[]).filter((c): c is Node => typeof c === 'object' && c !== null)
    : []

const textOf = (nodes: Node[]) => lexicalToPlainText({ root: { children: nodes, type: 'root' } })

const parse = (state: unknown): null | { root?: Node } => {
  if (typeof state === 'string') {
    try {
      return JSON.parse(state) as { root?: Node }
    } catch {
      return null
    }
  }
  return typeof state === 'object' && state !== null ? (state as { root?: Node }) : null
}

export const rulePoints = (state: unknown): RulePoint[] => {
  const blocks = childrenOf(parse(state)?.root)
  const lists = blocks.filter((b) => b.type === 'list')
  const texts = lists.length
    ? lists.flatMap((list) =>
        childrenOf(list).map((item) =>
          // The item alone, as a bullet list of one, so nested lists keep their structure; then the bullet goes.
          textOf([{ children: [item], type: 'list' } as Node]).replace(/^•\s*/, ''),
        ),
      )
    : blocks.filter((b) => b.type === 'paragraph' || b.type === 'quote').map((b) => textOf([b]))
  return texts.filter((t) => t.trim() !== '').map((text, i) => ({ number: i + 1, text }))
}

/** The anchor of a point on the public rules page. */
export const pointAnchor = (point: number) => `pkt-${point}`
