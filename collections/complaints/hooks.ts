import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { APIError, ValidationError } from 'payload'

import { idOf, roleOf, type Ref } from '../../src/access/roles'
import { planComplaintChange } from '../../src/domain/complaint-decision'
import { polishLabelOf } from '../../src/domain/labels'
import { COMPLAINT_STATES, type ComplaintState, isDecided } from '../../src/domain/moderation'
import { COMPLAINTS, MODERATION_ENTRIES } from '../../src/domain/slugs'
import { appendRows } from '../../src/fields/audit-trail'
import { deliverAnswer } from '../../src/moderation/complaint-answer'
import { syncEntryOutcome } from '../../src/moderation/entry-outcome'
import { nextNumber } from '../../src/moderation/numbering'

/** Complaints concern a removal, a hidden comment or a block, not the lifting of one. */
const COMPLAINABLE = ['comment_removed', 'comment_hidden', 'user_blocked']

type ComplaintData = {
  answer?: null | string
  decidedAt?: null | string
  decidedBy?: unknown
  entry?: null | Ref
  history?: unknown[]
  number?: number
  receivedAt?: null | string
  source?: string
  state?: ComplaintState
  unit?: unknown
}

const refuse = (req: PayloadRequest, path: string, message: string) =>
  new ValidationError({ collection: COMPLAINTS, errors: [{ message, path }], req })

export const decide: CollectionBeforeChangeHook = async ({
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
    const entry = await req.payload.findByID({
      collection: MODERATION_ENTRIES,
      depth: 0,
      disableErrors: true,
      id: idOf(d.entry)!,
      overrideAccess: true,
      req,
    })
    if (!entry) throw refuse(req, 'entry', 'Nie ma w rejestrze moderacji wpisu o tym numerze.')
    if (!COMPLAINABLE.includes(entry.action ?? ''))
      throw refuse(
        req,
        'entry',
        'Skarga może dotyczyć usunięcia lub ukrycia komentarza albo blokady; ten wpis dotyczy odblokowania.',
      )
    d.number = await nextNumber(req, COMPLAINTS)
    d.unit = idOf(entry.unit)
    d.source = context.complaintFromForm ? 'form' : 'staff'
    d.receivedAt = d.receivedAt ?? now
    d.history = [
      {
        at: now,
        by: context.complaintFromForm ? null : idOf(req.user),
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
      d.decidedBy = idOf(req.user)
    }
    d.history = appendRows(before.history, [
      {
        at: now,
        by: idOf(req.user),
        what: `Stan: ${polishLabelOf(COMPLAINT_STATES, to)}`,
      },
    ])
  }
  return d
}

export const afterDecision: CollectionAfterChangeHook = async ({
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
