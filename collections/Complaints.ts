import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  FieldAccess,
  PayloadRequest,
} from 'payload'

import { APIError, ValidationError } from 'payload'

import { idOf, inUsersUnits, isStaff, roleOf } from '../src/access/roles'
import { planComplaintChange } from '../src/domain/complaint-decision'
import { label, option, polishLabelOf } from '../src/domain/labels'
import { COMPLAINT_STATES, type ComplaintState, isDecided } from '../src/domain/moderation'
import { COMPLAINTS, MODERATION_ENTRIES, UNITS, USERS } from '../src/domain/slugs'
import { appendRows, auditTrailField } from '../src/fields/audit-trail'
import { deliverAnswer } from '../src/moderation/complaint-answer'
import { complaintSubmitEndpoint } from '../src/moderation/complaint-endpoint'
import { syncEntryOutcome } from '../src/moderation/entry-outcome'
import { nextNumber } from '../src/moderation/numbering'

const staffRead: { read: FieldAccess } = { read: ({ req }) => isStaff(req.user) }
const systemField = { create: () => false, update: () => false }
const hiddenField = { create: () => false, read: () => false, update: () => false }
const dateAdmin = {
  date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' as const },
}

export const COMPLAINT_SOURCES = [
  option('form', 'Formularz na stronie', 'Website form'),
  option('staff', 'Wpisana przez urząd (e-mail, pismo, ePUAP)', 'Entered by the office'),
] as const

/** Complaints concern a removal, a hidden comment or a block, not the lifting of one. */
const COMPLAINABLE = ['comment_removed', 'comment_hidden', 'user_blocked']

type ComplaintData = {
  answer?: null | string
  decidedAt?: null | string
  decidedBy?: unknown
  entry?: unknown
  history?: unknown[]
  number?: number
  receivedAt?: null | string
  source?: string
  state?: ComplaintState
  unit?: unknown
}

const refuse = (req: PayloadRequest, path: string, message: string) =>
  new ValidationError({ collection: COMPLAINTS, errors: [{ message, path }], req })

const decide: CollectionBeforeChangeHook = async ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const d = data as ComplaintData
  const before = (originalDoc ?? {}) as ComplaintData
  const now = new Date().toISOString()
  const to = (d.state ?? before.state ?? 'received') as ComplaintState
  const from = operation === 'create' ? null : ((before.state ?? 'received') as ComplaintState)
  const plan = planComplaintChange({
    answer: d.answer ?? before.answer,
    from,
    role: roleOf(req.user),
    to,
  })
  if (!plan.ok) {
    if (plan.status === 403) throw new APIError(plan.message, 403, undefined, true)
    throw refuse(req, plan.message.startsWith('Wpisz odpowiedź') ? 'answer' : 'state', plan.message)
  }
  if (from && isDecided(from) && d.answer !== undefined && d.answer !== before.answer) {
    throw refuse(req, 'answer', 'Odpowiedź została już wysłana skarżącemu – nie można jej zmienić.')
  }

  if (operation === 'create') {
    const entry = (await req.payload.findByID({
      collection: MODERATION_ENTRIES,
      depth: 0,
      disableErrors: true,
      id: idOf(d.entry as never)!,
      overrideAccess: true,
      req,
    })) as { action?: string; unit?: unknown } | null
    if (!entry) throw refuse(req, 'entry', 'Nie ma w rejestrze moderacji wpisu o tym numerze.')
    if (!COMPLAINABLE.includes(entry.action ?? ''))
      throw refuse(
        req,
        'entry',
        'Skarga może dotyczyć usunięcia lub ukrycia komentarza albo blokady; ten wpis dotyczy odblokowania.',
      )
    d.number = await nextNumber(req, COMPLAINTS)
    d.unit = idOf(entry.unit as never)
    d.source = context.complaintFromForm ? 'form' : 'staff'
    d.receivedAt = d.receivedAt ?? now
    d.history = [
      {
        at: now,
        by: context.complaintFromForm ? null : idOf(req.user as never),
        what: context.complaintFromForm
          ? 'Wpłynęła przez formularz na stronie'
          : 'Wpisana przez urząd',
      },
    ]
    return d
  }
  if (to !== from) {
    if (plan.decided) {
      d.decidedAt = now
      d.decidedBy = idOf(req.user as never)
    }
    d.history = appendRows(before.history, [
      {
        at: now,
        by: idOf(req.user as never),
        what: `Stan: ${polishLabelOf(COMPLAINT_STATES, to)}`,
      },
    ])
  }
  return d
}

const afterDecision: CollectionAfterChangeHook = async ({
  context,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const entryId = idOf(doc.entry)
  if (entryId != null && (operation === 'create' || doc.state !== previousDoc?.state))
    await syncEntryOutcome(req.payload, entryId, req)
  // The complainant hears the decision at once; a failed send is retried by the periodic work.
  // (The demo seed's complainants are invented: it records its decisions without mailing them.)
  if (isDecided(doc.state) && !isDecided(previousDoc?.state) && !context.demoSeed)
    await deliverAnswer(req.payload, doc.id, req)
  return doc
}

/**
 * Complaints (skargi) about a removed or hidden comment or a block: filed by residents through the
 * public form or entered by staff; approvers and admins decide, and the complainant gets the
 * answer by e-mail. Personal data: the e-mail address and name are for approvers and admins only.
 */
export const Complaints: CollectionConfig = {
  slug: COMPLAINTS,
  labels: {
    plural: label('Skargi na moderację', 'Moderation complaints'),
    singular: label('Skarga na moderację', 'Moderation complaint'),
  },
  admin: {
    defaultColumns: ['number', 'entry', 'state', 'receivedAt', 'decidedAt'],
    description: label(
      'Skargi mieszkańców na usunięcie lub ukrycie komentarza albo blokadę. Decyzję (uwzględniona / nieuwzględniona) podejmuje osoba zatwierdzająca lub administrator; odpowiedź trafia do skarżącego e-mailem, a wynik – do publicznego rejestru.',
      'Complaints about a removal or a block. Approvers and admins decide; the answer is e-mailed and the outcome shown in the public register.',
    ),
    group: label('Przejrzystość', 'Transparency'),
    useAsTitle: 'number',
  },
  access: {
    create: ({ req }) => isStaff(req.user),
    // Kept with their outcome: the public register shows it.
    delete: () => false,
    // Editors see complaints about their units' moderation, to help answer them; never the complainant's contact.
    read: ({ req }) =>
      isStaff(req.user) ? true : req.user ? inUsersUnits(req.user, 'unit') : false,
    update: ({ req }) => isStaff(req.user),
  },
  endpoints: [complaintSubmitEndpoint],
  hooks: { afterChange: [afterDecision], beforeChange: [decide] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'number',
          access: systemField,
          admin: { readOnly: true },
          index: true,
          label: label('Nr skargi', 'Complaint no.'),
          unique: true,
        },
        {
          name: 'entry',
          type: 'relationship',
          admin: {
            description: label(
              'Wpis w rejestrze moderacji, którego dotyczy skarga.',
              'The register entry complained about.',
            ),
          },
          index: true,
          label: label('Wpis w rejestrze', 'Register entry'),
          relationTo: MODERATION_ENTRIES,
          required: true,
        },
        {
          name: 'unit',
          type: 'relationship',
          access: systemField,
          admin: { hidden: true },
          index: true,
          relationTo: UNITS,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          access: staffRead,
          label: label('Imię i nazwisko (nieobowiązkowe)', 'Name (optional)'),
          maxLength: 200,
        },
        {
          name: 'email',
          type: 'email',
          access: staffRead,
          admin: {
            description: label(
              'Na ten adres wysyłamy odpowiedź.',
              'The answer goes to this address.',
            ),
          },
          label: label('E-mail skarżącego', 'Complainant’s e-mail'),
          required: true,
        },
      ],
    },
    {
      name: 'message',
      type: 'textarea',
      label: label('Treść skargi', 'Complaint'),
      maxLength: 5000,
      required: true,
    },
    {
      name: 'state',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'received',
      index: true,
      label: label('Stan', 'State'),
      options: [...COMPLAINT_STATES],
      required: true,
    },
    {
      name: 'answer',
      type: 'textarea',
      admin: {
        description: label(
          'Uzasadnienie decyzji. Wysyłane skarżącemu e-mailem w chwili zapisania decyzji „Uwzględniona” lub „Nieuwzględniona”; potem nie można go zmienić.',
          'The reasons, e-mailed to the complainant when the decision is saved; fixed afterwards.',
        ),
      },
      label: label('Odpowiedź', 'Answer'),
      maxLength: 10000,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'receivedAt',
          type: 'date',
          access: { update: () => false },
          admin: { ...dateAdmin, position: 'sidebar' },
          label: label('Wpłynęła', 'Received at'),
        },
        {
          name: 'decidedAt',
          type: 'date',
          access: systemField,
          admin: { ...dateAdmin, position: 'sidebar', readOnly: true },
          label: label('Rozstrzygnięta', 'Decided at'),
        },
      ],
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      access: systemField,
      admin: { position: 'sidebar', readOnly: true },
      label: label('Rozstrzygnął(-ęła)', 'Decided by'),
      relationTo: USERS,
    },
    {
      name: 'source',
      type: 'select',
      access: systemField,
      admin: { position: 'sidebar', readOnly: true },
      label: label('Źródło', 'Source'),
      options: [...COMPLAINT_SOURCES],
    },
    {
      name: 'answerEmail',
      type: 'group',
      access: { ...systemField, ...staffRead },
      admin: { position: 'sidebar', readOnly: true },
      label: label('Wysłanie odpowiedzi', 'Answer e-mail'),
      fields: [
        { name: 'sentAt', type: 'date', admin: dateAdmin, label: label('Wysłano', 'Sent at') },
        { name: 'attempts', type: 'number', label: label('Próby', 'Attempts') },
        { name: 'lastError', type: 'text', label: label('Błąd', 'Error') },
      ],
    },
    // A keyed hash of the sender's address: counts submissions per visitor (rate limit), identifies nobody.
    { name: 'ipHash', type: 'text', access: hiddenField, admin: { hidden: true }, index: true },
    auditTrailField(
      'history',
      { plural: label('Przebieg', 'History'), singular: label('Zdarzenie', 'Event') },
      [
        {
          name: 'at',
          type: 'date',
          admin: dateAdmin,
          label: label('Kiedy', 'When'),
          required: true,
        },
        { name: 'by', type: 'relationship', label: label('Kto', 'Who'), relationTo: USERS },
        { name: 'what', type: 'text', label: label('Co', 'What'), required: true },
      ],
    ),
  ],
}
