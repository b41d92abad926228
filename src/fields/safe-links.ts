import type { Block, Field, FieldHook, Plugin } from 'payload'

import { ValidationError } from 'payload'

import { unsafeLinksIn, unsafeLinksMessage } from '../domain/safe-link'

/**
 * Refuses a rich text whose links lead anywhere but http(s), mailto, tel, relative addresses or
 * anchors. A field hook, not `validate`: Payload skips validation for drafts, and a draft is shown
 * to staff in the admin and the preview too. Only a changed text is checked, so a workflow step or
 * a job never fails on an old text; the public pages render old texts safely (SafeRichText).
 */
export const refuseUnsafeLinks: FieldHook = ({
  collection,
  field,
  global,
  path,
  previousValue,
  req,
  value,
}) => {
  if (JSON.stringify(value ?? null) === JSON.stringify(previousValue ?? null)) return value
  const links = unsafeLinksIn(value)
  if (!links.length) return value
  // The field's label and req.t name the field in the top message too, in the user's language.
  const error = {
    label: field.label || undefined,
    message: unsafeLinksMessage(req, links),
    path: path.join('.'),
  }
  throw new ValidationError(
    { collection: collection?.slug, errors: [error], global: global?.slug, req },
    req.t,
  )
}

const guardBlock = (block: Block): Block => ({ ...block, fields: guardFields(block.fields) })

/** Every rich-text field, however deeply nested (groups, arrays, rows, tabs, blocks), gets the hook. */
const guardFields = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'richText')
      return {
        ...field,
        hooks: {
          ...field.hooks,
          beforeChange: [refuseUnsafeLinks, ...(field.hooks?.beforeChange ?? [])],
        },
      }
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: guardFields(tab.fields) })),
      }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map(guardBlock) }
    if ('fields' in field) return { ...field, fields: guardFields(field.fields) } as Field
    return field
  })

/**
 * Applied last among the plugins, so the collections other plugins add are covered too, as is any
 * rich-text field added later.
 */
export const safeLinksPlugin = (): Plugin => (config) => ({
  ...config,
  blocks: config.blocks?.map(guardBlock),
  collections: config.collections?.map((c) => ({ ...c, fields: guardFields(c.fields) })),
  globals: config.globals?.map((g) => ({ ...g, fields: guardFields(g.fields) })),
})
