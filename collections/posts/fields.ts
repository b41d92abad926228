import type { ArrayField, Field } from 'payload'

import { inUsersUnits, isStaff } from '../../src/access/roles'
import { label } from '../../src/domain/labels'
import { BIP_REFERENCES, MEDIA, UNITS, USERS } from '../../src/domain/slugs'
import { CATEGORIES, CHANNELS, INFORMATION_TYPES } from '../../src/domain/taxonomy'
import { validateSlug } from '../../src/domain/validators'
import { LOG_DECISIONS, WORKFLOW_ACTIONS, WORKFLOW_STATES } from '../../src/domain/workflow'
import { auditTrailField } from '../../src/fields/audit-trail'

/** The approval log read as a list (when, who, decision, from → to, comment), not as array rows. */
const withApprovalLogView = (field: ArrayField): ArrayField => ({
  ...field,
  admin: {
    ...field.admin,
    components: { ...field.admin?.components, Field: '/src/components/ApprovalLog#ApprovalLog' },
  },
})

export const fields: Field[] = [
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
    admin: {
      components: { Cell: '/src/components/WorkflowStateCell#WorkflowStateCell' },
      position: 'sidebar',
      readOnly: true,
    },
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
    name: 'workflowOverride',
    type: 'checkbox',
    admin: { hidden: true },
    label: label(
      'Zatwierdź mimo nieskonfigurowanych kanałów',
      'Approve despite unconfigured channels',
    ),
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
  withApprovalLogView(
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
  ),
]
