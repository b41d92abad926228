import type { CollectionConfig } from 'payload'

import { label } from '../src/domain/labels'
import { POSTS } from '../src/domain/slugs'
import { access } from './posts/access'
import { fields } from './posts/fields'
import { assignSlug, runWorkflow } from './posts/hooks'

export const Posts: CollectionConfig = {
  slug: POSTS,
  labels: { plural: label('Wpisy', 'Posts'), singular: label('Wpis', 'Post') },
  admin: {
    defaultColumns: ['title', 'unit', 'category', 'informationType', 'workflowState', 'publishAt'],
    group: label('Treści', 'Content'),
    listSearchableFields: ['title', 'lead', 'slug'],
    useAsTitle: 'title',
  },
  // Every save is kept; the editorial workflow (posts/hooks.ts) decides what is public, so Payload drafts are not used here.
  versions: { maxPerDoc: 50 },
  access,
  hooks: { beforeChange: [runWorkflow], beforeValidate: [assignSlug] },
  fields,
}
