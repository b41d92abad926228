/** Minimal shape of a Lexical editor state: enough to tell whether it holds any text. */
type LexicalNode = { children?: LexicalNode[]; text?: string; type?: string }
export type LexicalState = { root?: LexicalNode } | null | undefined

export const lexicalHasContent = (state: LexicalState): boolean => {
  const visit = (node: LexicalNode | undefined): boolean =>
    !!node &&
    ((typeof node.text === 'string' && node.text.trim().length > 0) ||
      node.type === 'upload' ||
      (node.children ?? []).some(visit))
  return visit(state?.root)
}

export type PostForReadiness = {
  bipReference?: unknown
  body?: LexicalState
  category?: null | string
  channels?: null | string[]
  informationType?: null | string
  lead?: null | string
  title?: null | string
  unit?: unknown
}

/**
 * What a post still lacks before anyone may approve it, in words an editor understands.
 * Public information must cite its BIP entry: BIP comes first.
 */
export const missingForApproval = (post: PostForReadiness): string[] => {
  const missing: string[] = []
  if (!post.title?.trim()) missing.push('tytuł')
  if (!post.unit) missing.push('jednostka')
  if (!post.category) missing.push('kategoria')
  if (!post.informationType) missing.push('rodzaj informacji')
  if (!post.lead?.trim() && !lexicalHasContent(post.body))
    missing.push('treść (lead lub treść główna)')
  if (!post.channels?.length) missing.push('co najmniej jeden kanał publikacji')
  if (post.informationType === 'public_information' && !post.bipReference) {
    missing.push('odnośnik do wpisu w BIP (informacja publiczna musi najpierw ukazać się w BIP)')
  }
  return missing
}
