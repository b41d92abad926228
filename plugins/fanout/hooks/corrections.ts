import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { idOf, roleOf } from '../../../src/access/roles'
import {
  CORRECTABLE_FIELD_VALUES,
  changedFields,
  correctableContent,
} from '../../../src/domain/corrections'
import type { Role } from '../../../src/domain/workflow'
import type { PostCorrection } from '../../../src/payload-types'
import { CORRECTIONS } from '../constants'
import { unitsSlug } from '../engine/post-view'
import { requestT } from '../i18n'
import {
  APPLYING_CORRECTION,
  applyCorrectionContent,
  planCorrectionDeliveries,
} from '../outbox/corrections'
import {
  type Approval,
  type CorrectionState,
  initialCorrectionState,
  planCorrectionDecision,
} from '../rules/correction-approval'

const unitOf = async (req: PayloadRequest, unit: unknown) => {
  const id = idOf(unit as null | number | string | { id: number | string })
  return id == null
    ? null
    : req.payload.findByID({
        collection: unitsSlug(req.payload),
        depth: 0,
        disableErrors: true,
        id,
        overrideAccess: true,
        req,
      })
}

/**
 * Editing a published post proposes a correction: the post keeps what residents know until the
 * correction is approved (a trusted unit's is approved at once and the edit goes through).
 * A later edit replaces the pending proposal and starts its approvals again.
 */
export const captureCorrection: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc || req.context?.[APPLYING_CORRECTION]) return data
  // Server code acting without a user (the seed, scripts) writes as it says; people propose.
  if (!req.user) return data
  if (originalDoc.workflowState !== 'published') return data
  if (data.workflowState && data.workflowState !== 'published') return data
  const changed = changedFields(originalDoc, data)
  if (!changed.length) return data

  const unit = await unitOf(req, originalDoc.unit)
  const state = initialCorrectionState({
    approvalLevels: unit?.approvalLevels,
    trusted: unit?.trusted,
  })
  const now = new Date().toISOString()
  const proposal = {
    approvals: [],
    approvedBy: [],
    changed,
    previous: correctableContent(originalDoc),
    proposed: correctableContent({ ...originalDoc, ...data }),
    proposedAt: now,
    proposedBy: req.user?.id ?? null,
  }
  const pending = await req.payload.find({
    collection: CORRECTIONS,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    where: { and: [{ post: { equals: originalDoc.id } }, { state: { equals: 'pending' } }] },
  })
  if (state === 'pending' && pending.docs[0])
    await req.payload.update({
      collection: CORRECTIONS,
      data: proposal,
      id: pending.docs[0].id,
      overrideAccess: true,
      req,
    })
  else
    await req.payload.create({
      collection: CORRECTIONS,
      data: {
        ...proposal,
        decidedAt: state === 'approved' ? now : null,
        post: originalDoc.id,
        state,
        unit: idOf(originalDoc.unit),
      },
      overrideAccess: true,
      req,
    })
  // Pending: residents keep the published words until an approver accepts the correction.
  if (state === 'pending')
    for (const field of CORRECTABLE_FIELD_VALUES)
      if (field in data) data[field] = originalDoc[field]
  return data
}

/** An approver's `decision` on a correction, by the unit's rules (four eyes). */
export const decideCorrection: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const decision = data.decision as 'approve' | 'reject' | undefined
  delete data.decision
  // The comment belongs to a decision: it is not rewritten afterwards.
  if (!decision) delete data.comment
  if (operation !== 'update' || !decision || !originalDoc) return data
  const role = roleOf(req.user) as null | Role
  const t = requestT(req)
  if (!role || !req.user)
    throw new APIError(t('fanout:correction:onlyApprovers'), 403, undefined, true)
  const unit = await unitOf(req, originalDoc.unit)
  const now = new Date()
  const plan = planCorrectionDecision(
    {
      actor: { id: req.user.id, role },
      approvals: (originalDoc.approvals ?? []) as Approval[],
      comment: data.comment as null | string | undefined,
      decision,
      now,
      proposedBy: idOf(originalDoc.proposedBy),
      state: originalDoc.state as CorrectionState,
      unit: { approvalLevels: unit?.approvalLevels, trusted: unit?.trusted },
    },
    t,
  )
  if (!plan.ok) throw new APIError(plan.message, plan.status, undefined, true)
  data.state = plan.state
  data.approvals = plan.approvals
  data.approvedBy = plan.approvals.map((a) => a.by)
  if (plan.state !== 'pending') data.decidedAt = now.toISOString()
  return data
}

/**
 * Once approved: the post gets the corrected content (a trusted unit's edit already wrote it) and
 * each channel that carried the post gets its correction delivery, in the same transaction.
 */
export const applyApprovedCorrection: CollectionAfterChangeHook<PostCorrection> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (doc.state !== 'approved' || (operation === 'update' && previousDoc?.state === 'approved'))
    return doc
  if (operation === 'update') await applyCorrectionContent(req.payload, doc, req)
  await planCorrectionDeliveries(req.payload, doc, req)
  return doc
}
