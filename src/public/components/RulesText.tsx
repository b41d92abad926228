import { pointAnchor, rulePoints } from '../../domain/rule-points'
import { SafeRichText } from './SafeRichText'

type Node = { children?: Node[]; type?: string } & Record<string, unknown>
type State = { root: Node }

/**
 * A rules text with its points marked the way the moderation register cites them (`rulePoints`):
 * each top-level list item, or each paragraph of a text without lists, is "Pkt N." with the
 * anchor `#pkt-N`; everything else (a preamble) is shown as written.
 */
export const RulesText = ({ data }: { data: unknown }) => {
  const state = data as State
  const blocks = state?.root?.children ?? []
  const sub = (children: Node[]): State => ({ root: { ...state.root, children } })
  const hasLists = blocks.some((b) => b.type === 'list')
  let number = 0
  const point = (key: string, content: State) => {
    // The same rule as the register: a block without text is not a point.
    if (!rulePoints(content).length) return <SafeRichText data={content} key={key} />
    number += 1
    return (
      <div className="rule-point" id={pointAnchor(number)} key={key}>
        <span className="rule-no">Pkt {number}.</span>
        <SafeRichText data={content} />
      </div>
    )
  }
  return (
    <div className="rich">
      {blocks.map((block, i) => {
        if (hasLists && block.type === 'list')
          return (block.children ?? []).map((item, j) =>
            point(`${i}.${j}`, sub([{ ...block, children: [item] }])),
          )
        if (!hasLists && (block.type === 'paragraph' || block.type === 'quote'))
          return point(String(i), sub([block]))
        return <SafeRichText data={sub([block])} key={i} />
      })}
    </div>
  )
}
