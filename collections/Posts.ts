import type { CollectionConfig, Where } from 'payload'

import { APIError, ValidationError } from 'payload'

import { loadChannelPolicy } from '../globals/CategoryPolicy'
import { belongsToUnit, idOf, inUsersUnits, isStaff, roleOf } from '../src/access/roles'
import { describeChanges } from '../src/domain/change-summary'
import { channelPolicyProblem } from '../src/domain/channel-policy'
import { label, say } from '../src/domain/labels'
import { missingForApproval } from '../src/domain/post-readiness'
import { publicPostsWhere } from '../src/domain/public-visibility'
import { slugify } from '../src/domain/slug'
import { BIP_REFERENCES, MEDIA, POSTS, UNITS, USERS } from '../src/domain/slugs'
import { CATEGORIES, CHANNELS, INFORMATION_TYPES } from '../src/domain/taxonomy'
import { notTextFields } from '../src/domain/text-fields'
import { validateSlug } from '../src/domain/validators'
import {
  canEditContent,
  LOG_DECISIONS,
  planTransition,
  WORKFLOW_ACTIONS,
  WORKFLOW_STATES,
  type LogEntry,
  type Role,
  type WorkflowAction,
  type WorkflowState,
} from '../src/domain/workflow'
import { appendRows, auditTrailField } from '../src/fields/audit-trail'
import type { Post } from '../src/payload-types'

/** Fields whose change counts as editing the content (as opposed to moving it through the workflow). */
const CONTENT = [
  'title',
  'lead',
  'body',
  'unit',
  'category',
  'informationType',
  'bipReference',
  'images',
  'channels',
  'publishAt',
  'slug',
].map((name) => ({ label: name, name }))

/** Fields the category channel policy looks at. */
const POLICY_FIELDS = ['category', 'channels'].map((name) => ({ label: name, name }))

/** Editors may touch their own units' posts while they are theirs to edit (or to pull back from review). */
const EDITOR_STATES: WorkflowState[] = ['draft', 'changes_requested', 'in_review']

const uniqueSlug = async (
  req: Parameters<
    NonNullable<NonNullable<CollectionConfig['hooks']>['beforeValidate']>[number]
  >[0]['req'],
  base: string,
  id?: number | string,
) => {
  const root = base || 'wpis'
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`
    const where: Where =
      id != null
        ? { and: [{ slug: { equals: candidate } }, { id: { not_equals: id } }] }
        : { slug: { equals: candidate } }
    const { totalDocs } = await req.payload.count({
      collection: POSTS,
      overrideAccess: true,
      req,
      where,
    })
    if (totalDocs === 0) return candidate
  }
}

export const Posts: CollectionConfig = {
  slug: POSTS,
  labels: { plural: label('Wpisy', 'Posts'), singular: label('Wpis', 'Post') },
  admin: {
    defaultColumns: ['title', 'unit', 'category', 'informationType', 'workflowState', 'publishAt'],
    group: label('Treści', 'Content'),
    listSearchableFields: ['title', 'lead', 'slug'],
    useAsTitle: 'title',
  },
  // Every save is kept; the editorial workflow below decides what is public, so Payload drafts are not used here.
  versions: { maxPerDoc: 50 },
  access: {
    create: ({ req }) => !!req.user,
    delete: ({ req }) => {
      if (roleOf(req.user) === 'admin') return true
      if (!req.user) return false
      // Only unsent work can disappear; anything that went out stays on record (withdraw it instead).
      return { and: [inUsersUnits(req.user, 'unit'), { workflowState: { equals: 'draft' } }] }
    },
    read: ({ req }) => {
      if (isStaff(req.user)) return true
      // Outside its unit, a post is readable exactly when residents may see it (BIP comes first).
      const publicPosts = publicPostsWhere(new Date())
      if (!req.user) return publicPosts
      return { or: [publicPosts, inUsersUnits(req.user, 'unit')] }
    },
    readVersions: ({ req }) =>
      isStaff(req.user) ? true : req.user ? inUsersUnits(req.user, 'version.unit') : false,
    update: ({ req }) => {
      if (isStaff(req.user)) return true
      if (!req.user) return false
      return { and: [inUsersUnits(req.user, 'unit'), { workflowState: { in: EDITOR_STATES } }] }
    },
  },
  hooks: {
    beforeValidate: [
      async ({ data, originalDoc, req }) => {
        if (!data) return data
        // The slug is made from the title: anything but text there is refused before it is used.
        const notText = notTextFields(data, ['title', 'slug'])
        if (notText.length)
          throw new ValidationError({
            collection: POSTS,
            errors: notText.map((path) => ({
              message: say(req, 'To pole musi być tekstem.', 'This field must be text.'),
              path,
            })),
            req,
          })
        const wanted = data.slug || (originalDoc?.slug ? undefined : slugify(data.title ?? ''))
        if (wanted !== undefined && wanted !== originalDoc?.slug)
          data.slug = await uniqueSlug(req, wanted, originalDoc?.id)
        return data
      },
    ],
    beforeChange: [
      async ({ data, operation, originalDoc, req }) => {
        // The scheduler publishes due posts without a user; nothing else may act as the system.
        const system = req.context?.workflowActor === 'system'
        const role = roleOf(req.user) as null | Role
        const before: Partial<Post> = originalDoc ?? {}
        const merged: Partial<Post> = { ...before, ...data }
        const from = (before.workflowState ?? 'draft') as WorkflowState
        const action = data.workflowAction as undefined | WorkflowAction
        const comment = data.workflowComment as string | undefined
        delete data.workflowAction
        delete data.workflowComment

        if (role === 'editor') {
          for (const unit of [before.unit, data.unit]) {
            if (unit != null && !belongsToUnit(req.user, unit)) {
              throw new APIError(
                say(
                  req,
                  'Możesz pisać tylko w imieniu swoich jednostek.',
                  'You may write only for your own units.',
                ),
                403,
                undefined,
                true,
              )
            }
          }
        }
        if (
          operation === 'update' &&
          role &&
          !canEditContent(role, from) &&
          describeChanges(before, merged, CONTENT)
        ) {
          throw new APIError(
            say(
              req,
              'Wpis czeka na akceptację – cofnij go do szkicu, aby wprowadzić zmiany.',
              'The post is in review: pull it back to draft to edit it.',
            ),
            403,
            undefined,
            true,
          )
        }

        const unit = merged.unit
          ? await req.payload.findByID({
              id: idOf(merged.unit)!,
              collection: UNITS,
              depth: 0,
              disableErrors: true,
              overrideAccess: true,
              req,
            })
          : null
        if (operation === 'create') {
          data.author = req.user?.id ?? null
          data.workflowState = 'draft'
          if (!data.channels?.length && unit?.defaultChannels) data.channels = unit.defaultChannels
        }

        if (action) {
          if (!role && !system)
            throw new APIError(
              say(
                req,
                'Zaloguj się, aby zmienić stan wpisu.',
                'Log in to change the state of a post.',
              ),
              401,
              undefined,
              true,
            )
          const policyProblem =
            action === 'approve' || action === 'submit'
              ? channelPolicyProblem(
                  await loadChannelPolicy(req),
                  merged.category,
                  data.channels ?? merged.channels,
                )
              : null
          const log = (before.approvalLog ?? []) as LogEntry[]
          const plan = planTransition({
            action,
            actor: role ? { id: req.user!.id, role } : { id: null, role: 'system' },
            comment,
            from: operation === 'create' ? 'draft' : from,
            log,
            missing: missingForApproval({ ...merged, channels: data.channels ?? merged.channels }),
            // The scheduler passes the time it decided on, so a post is judged by the same clock that picked it.
            now: system && req.context?.now instanceof Date ? req.context.now : new Date(),
            policyProblem,
            publishAt: merged.publishAt ? new Date(merged.publishAt) : null,
            unit: { approvalLevels: unit?.approvalLevels, trusted: unit?.trusted },
            urgent: merged.informationType === 'urgent_alert',
          })
          if (!plan.ok) throw new APIError(plan.message, plan.status, undefined, true)
          data.workflowState = plan.to
          data.approvalLog = appendRows(log, plan.entries)
          if (plan.to === 'published') data.publishedAt = plan.entries.at(-1)!.at
        } else if (operation === 'update') {
          data.approvalLog = before.approvalLog
          // An approved post keeps within its category's channel policy when its channels change.
          if (
            ['approved', 'published'].includes(from) &&
            describeChanges(before, merged, POLICY_FIELDS)
          ) {
            const problem = channelPolicyProblem(
              await loadChannelPolicy(req),
              merged.category,
              merged.channels,
            )
            if (problem) throw new APIError(problem, 400, undefined, true)
          }
        }
        return data
      },
    ],
  },
  fields: [
    { name: 'title', type: 'text', label: label('Tytuł', 'Title'), maxLength: 200, required: true },
    {
      name: 'lead',
      type: 'textarea',
      admin: {
        description: label(
          'Jedno–dwa zdania: trafiają do mediów społecznościowych i newslettera.',
          'One or two sentences, used by social media and newsletters.',
        ),
      },
      label: label('Lead', 'Lead'),
      maxLength: 600,
    },
    { name: 'body', type: 'richText', label: label('Treść', 'Body') },
    {
      name: 'images',
      type: 'upload',
      admin: {
        description: label(
          'Pierwsze zdjęcie jest zdjęciem głównym.',
          'The first image is the lead image.',
        ),
      },
      hasMany: true,
      label: label('Zdjęcia', 'Images'),
      maxRows: 10,
      relationTo: MEDIA,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'unit',
          type: 'relationship',
          // Editors pick among their own units; system updates (no user) are not narrowed.
          filterOptions: ({ req }) =>
            !req.user || isStaff(req.user) ? true : inUsersUnits(req.user, 'id'),
          index: true,
          label: label('Jednostka', 'Unit'),
          relationTo: UNITS,
          required: true,
        },
        {
          name: 'category',
          type: 'select',
          index: true,
          label: label('Kategoria', 'Category'),
          options: [...CATEGORIES],
          required: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'informationType',
          type: 'select',
          defaultValue: 'local_news',
          index: true,
          label: label('Rodzaj informacji', 'Information type'),
          options: [...INFORMATION_TYPES],
          required: true,
        },
        {
          name: 'bipReference',
          type: 'relationship',
          admin: {
            condition: (data) => data?.informationType !== 'local_news',
            description: label(
              'Informacja publiczna wychodzi do kanałów dopiero po publikacji wpisu w BIP; każda kopia linkuje do BIP.',
              'Public information goes out only after its BIP entry is published; every copy links to BIP.',
            ),
          },
          index: true,
          label: label('Wpis w BIP', 'BIP entry'),
          relationTo: BIP_REFERENCES,
        },
      ],
    },
    {
      name: 'channels',
      type: 'select',
      admin: {
        description: label('Domyślnie kanały jednostki.', "The unit's channels by default."),
      },
      hasMany: true,
      label: label('Kanały publikacji', 'Channels'),
      options: [...CHANNELS],
    },
    {
      name: 'channelPolicy',
      type: 'ui',
      admin: { components: { Field: '/src/components/ChannelPolicyNote#ChannelPolicyNote' } },
      label: label('Zasady kanałów dla kategorii', 'Channel policy of the category'),
    },
    {
      name: 'slug',
      type: 'text',
      admin: {
        description: label(
          'Adres publicznej strony wpisu; tworzony z tytułu.',
          'Public URL of the post; made from the title.',
        ),
        position: 'sidebar',
      },
      index: true,
      label: label('Adres (slug)', 'Slug'),
      unique: true,
      validate: validateSlug,
    },
    {
      name: 'publishAt',
      type: 'date',
      admin: {
        date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' },
        description: label(
          'Puste = od razu po zatwierdzeniu. Pilne komunikaty nie czekają na harmonogram.',
          'Empty = as soon as approved.',
        ),
        position: 'sidebar',
      },
      index: true,
      label: label('Publikacja od', 'Publish at'),
    },
    {
      name: 'workflow',
      type: 'ui',
      admin: {
        components: { Field: '/src/components/WorkflowPanel#WorkflowPanel' },
        position: 'sidebar',
      },
      label: label('Obieg', 'Workflow'),
    },
    {
      name: 'workflowState',
      type: 'select',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
      defaultValue: 'draft',
      index: true,
      label: label('Stan', 'State'),
      options: [...WORKFLOW_STATES],
      required: true,
    },
    {
      name: 'workflowAction',
      type: 'select',
      admin: { hidden: true },
      label: label('Akcja obiegu', 'Workflow action'),
      options: [...WORKFLOW_ACTIONS],
      virtual: true,
    },
    {
      name: 'workflowComment',
      type: 'textarea',
      admin: { hidden: true },
      label: label('Komentarz do decyzji', 'Decision comment'),
      virtual: true,
    },
    {
      name: 'author',
      type: 'relationship',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
      label: label('Autor', 'Author'),
      relationTo: USERS,
    },
    {
      name: 'publishedAt',
      type: 'date',
      access: { create: () => false, update: () => false },
      admin: {
        date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' },
        position: 'sidebar',
        readOnly: true,
      },
      index: true,
      label: label('Opublikowano', 'Published at'),
    },
    auditTrailField(
      'approvalLog',
      {
        plural: label('Dziennik akceptacji', 'Approval log'),
        singular: label('Decyzja', 'Decision'),
      },
      [
        {
          name: 'at',
          type: 'date',
          admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
          label: label('Kiedy', 'When'),
          required: true,
        },
        { name: 'by', type: 'relationship', label: label('Kto', 'Who'), relationTo: USERS },
        {
          name: 'decision',
          type: 'select',
          label: label('Decyzja', 'Decision'),
          options: [...LOG_DECISIONS],
          required: true,
        },
        {
          type: 'row',
          fields: [
            {
              name: 'from',
              type: 'select',
              label: label('Ze stanu', 'From'),
              options: [...WORKFLOW_STATES],
            },
            {
              name: 'to',
              type: 'select',
              label: label('Do stanu', 'To'),
              options: [...WORKFLOW_STATES],
            },
          ],
        },
        { name: 'comment', type: 'textarea', label: label('Komentarz', 'Comment') },
      ],
    ),
  ],
}
