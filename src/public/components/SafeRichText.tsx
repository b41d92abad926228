import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { JSXConverter, JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import { RichText } from '@payloadcms/richtext-lexical/react'

import { isSafeHref } from '../../domain/safe-link'

/**
 * Payload's link converters write `fields.url` into `href` as stored. Saves refuse unsafe links,
 * but texts stored before that rule may still hold one: such a link is shown as its plain text.
 * Internal links are left to the converter (their address comes from the linked document).
 */
const guarded =
  <T extends SerializedAutoLinkNode | SerializedLinkNode>(
    converter: JSXConverter<T> | undefined,
  ): JSXConverter<T> =>
  (args) => {
    const { node, nodesToJSX } = args
    if (node.fields?.linkType !== 'internal' && !isSafeHref(String(node.fields?.url ?? '')))
      return <>{nodesToJSX({ nodes: node.children ?? [] })}</>
    return typeof converter === 'function' ? converter(args) : converter
  }

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  autolink: guarded(defaultConverters.autolink),
  link: guarded(defaultConverters.link),
})

/**
 * Rich text on the residents' pages: Payload's renderer with links checked by `isSafeHref`.
 * A stored rich-text field: the generated types' shape (`root.type: string`) is wider than
 * Lexical's `SerializedEditorState` (`type: 'root'`), so the value is asserted to the latter.
 */
export const SafeRichText = ({ data }: { data: unknown }) => (
  <RichText converters={converters} data={data as SerializedEditorState} disableContainer />
)
