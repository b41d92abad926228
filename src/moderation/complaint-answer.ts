import type { Payload, PayloadRequest } from 'payload'

import { classifySmtpFailure } from '../../plugins/newsletter/exports/server'
import { idOf } from '../access/roles'
import { isDecided } from '../domain/moderation'
import { COMPLAINTS, DISCUSSION_RULES, MODERATION_ENTRIES } from '../domain/slugs'
import type { Complaint, ModerationEntry } from '../payload-types'
import { sendAnswer } from './complaint-email'

type ComplaintDoc = {
  answer?: null | string
  answerEmail?: {
    attempts?: null | number
    lastError?: null | string
    sentAt?: null | string
  } | null
  email: string
  entry: Complaint['entry']
  id: number | string
  name?: null | string
  number: number
  receivedAt: string
  state: string
}

/** After this many failed sends the answer waits for a person (the admin sees the error). */
export const MAX_ANSWER_ATTEMPTS = 5

/**
 * Sends the decided complaint's answer to the complainant once, and records the outcome on the
 * complaint (sent, or the error and the attempt count for the next try).
 */
export const deliverAnswer = async (
  payload: Payload,
  complaintId: number | string,
  req?: Partial<PayloadRequest>,
): Promise<'failed' | 'not_due' | 'sent'> => {
  const complaint = (await payload.findByID({
    collection: COMPLAINTS,
    depth: 0,
    disableErrors: true,
    id: complaintId,
    overrideAccess: true,
    req,
    showHiddenFields: true,
  })) as ComplaintDoc | null
  if (
    !complaint ||
    !isDecided(complaint.state) ||
    complaint.answerEmail?.sentAt ||
    !complaint.answer
  )
    return 'not_due'
  const entry = (await payload.findByID({
    collection: MODERATION_ENTRIES,
    depth: 0,
    id: idOf(complaint.entry)!,
    overrideAccess: true,
    req,
  })) as {
    action: string
    channelName: string
    number: number
    occurredAt: string
    rule?: ModerationEntry['rule'] | null
  }
  const rulesId = idOf(entry.rule?.rules)
  const rules = rulesId
    ? ((await payload.findByID({
        collection: DISCUSSION_RULES,
        depth: 0,
        disableErrors: true,
        id: rulesId,
        overrideAccess: true,
        req,
      })) as {
        complaints?: { email?: null | string } | null
        operator?: string
        slug?: string
      } | null)
    : null
  const attempts = (complaint.answerEmail?.attempts ?? 0) + 1
  try {
    await sendAnswer(payload, complaint.email, {
      answer: complaint.answer,
      complaintNumber: complaint.number,
      entry,
      name: complaint.name,
      receivedAt: complaint.receivedAt,
      replyTo: rules?.complaints?.email,
      rulesSlug: rules?.slug,
      signature: rules?.operator,
      state: complaint.state as 'rejected' | 'upheld',
    })
    await payload.db.updateOne({
      collection: COMPLAINTS,
      data: { answerEmail: { attempts, lastError: null, sentAt: new Date().toISOString() } },
      id: complaint.id,
      req,
    })
    return 'sent'
  } catch (error) {
    payload.logger.warn({
      err: error,
      msg: `Complaint ${complaint.number}: the answer could not be sent (attempt ${attempts})`,
    })
    const reason = error instanceof Error ? error.message : String(error)
    // The mail server refusing our sending (login, relay…) says nothing about this answer: it is tried
    // again every round until the server is fixed, without using up the attempts before a person must act.
    const counted = classifySmtpFailure(error).kind === 'server' ? attempts - 1 : attempts
    await payload.db.updateOne({
      collection: COMPLAINTS,
      data: {
        answerEmail: {
          attempts: counted,
          lastError: `Nie udało się wysłać odpowiedzi: ${reason}`.slice(0, 500),
          sentAt: null,
        },
      },
      id: complaint.id,
      req,
    })
    return 'failed'
  }
}

/** Answers whose sending failed earlier are tried again by the periodic moderation work. */
export const retryUnsentAnswers = async (payload: Payload) => {
  const { docs } = await payload.find({
    collection: COMPLAINTS,
    depth: 0,
    limit: 50,
    overrideAccess: true,
    pagination: false,
    select: {}, // the id alone
    where: {
      and: [
        { state: { in: ['upheld', 'rejected'] } },
        { 'answerEmail.sentAt': { exists: false } },
        {
          or: [
            { 'answerEmail.attempts': { exists: false } },
            { 'answerEmail.attempts': { less_than: MAX_ANSWER_ATTEMPTS } },
          ],
        },
      ],
    },
  })
  let sent = 0
  for (const doc of docs as { id: number | string }[])
    if ((await deliverAnswer(payload, doc.id)) === 'sent') sent++
  return sent
}
