import type {
  CollectionBeforeChangeHook,
  CollectionBeforeValidateHook,
  PayloadRequest,
  Where,
} from 'payload'

import { APIError, ValidationError } from 'payload'

import { loadChannelPolicy } from '../../globals/CategoryPolicy'
import { belongsToUnit, idOf, roleOf } from '../../src/access/roles'
import { describeChanges } from '../../src/domain/change-summary'
import { unconfiguredChannels } from '../../plugins/fanout/exports/server'
import { channelPolicyProblem, policyFor, type PolicyRow } from '../../src/domain/channel-policy'
import { channelConfigProblem, unconfiguredRequired } from '../../src/domain/channel-readiness'
import { CORRECTABLE_FIELD_VALUES } from '../../src/domain/corrections'
import { say } from '../../src/domain/labels'
import { missingForApproval } from '../../src/domain/post-readiness'
import { slugify } from '../../src/domain/slug'
import { POSTS, UNITS } from '../../src/domain/slugs'
import { notTextFields } from '../../src/domain/text-fields'
import {
  canEditContent,
  planTransition,
  type LogEntry,
  type Role,
  type WorkflowAction,
  type WorkflowState,
} from '../../src/domain/workflow'
import { appendRows } from '../../src/fields/audit-trail'
import type { Post } from '../../src/payload-types'

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
  'channelCopy',
  'publishAt',
  'slug',
].map((name) => ({ label: name, name }))

const isCorrectable = (name: string) => CORRECTABLE_FIELD_VALUES.some((field) => field === name)

/** Fields the category channel policy looks at. */
const POLICY_FIELDS = ['category', 'channels'].map((name) => ({ label: name, name }))

const uniqueSlug = async (req: PayloadRequest, base: string, id?: number | string) => {
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

/** The category's required channels that cannot publish now, with the refusal naming them. */
const requiredButUnconfigured = async (
  req: PayloadRequest,
  rows: readonly PolicyRow[],
  category: null | string | undefined,
) => {
  const required = policyFor(rows, category)?.required ?? []
  if (!required.length) return null
  const unconfigured = Object.keys(await unconfiguredChannels(req.payload, required, req))
  const problem = channelConfigProblem(rows, category, unconfigured)
  return problem ? { channels: unconfiguredRequired(rows, category, unconfigured), problem } : null
}

/** Text checks and the unique slug, made from the title unless one is given. */
export const assignSlug: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
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
}

/** Editors' unit bounds, the content lock in review, and the workflow transition asked for. */
export const runWorkflow: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  // The scheduler publishes due posts without a user; nothing else may act as the system.
  const system = req.context?.workflowActor === 'system'
  const role = roleOf(req.user) as null | Role
  const before: Partial<Post> = originalDoc ?? {}
  const merged: Partial<Post> = { ...before, ...data }
  const from = (before.workflowState ?? 'draft') as WorkflowState
  const action = data.workflowAction as undefined | WorkflowAction
  const comment = data.workflowComment as string | undefined
  const override = data.workflowOverride === true
  delete data.workflowAction
  delete data.workflowComment
  delete data.workflowOverride

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
  // A published post's words and pictures change only through a correction, which waits for an
  // approver (the fan-out's `captureCorrection`); the rest of it is still the staff's to change.
  const locked = from === 'published' ? CONTENT.filter((f) => !isCorrectable(f.name)) : CONTENT
  if (
    operation === 'update' &&
    role &&
    !canEditContent(role, from) &&
    describeChanges(before, merged, locked)
  ) {
    throw new APIError(
      from === 'published'
        ? say(
            req,
            'W opublikowanym wpisie możesz poprawić tytuł, lead, treść i zdjęcia (jako sprostowanie do akceptacji); pozostałe pola zmienia osoba zatwierdzająca.',
            'In a published post you may correct the title, lead, body and images (a correction for approval); other fields are changed by an approver.',
          )
        : say(
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
        say(req, 'Zaloguj się, aby zmienić stan wpisu.', 'Log in to change the state of a post.'),
        401,
        undefined,
        true,
      )
    const approving = action === 'approve' || action === 'submit'
    const rows = approving ? await loadChannelPolicy(req) : []
    const policyProblem = approving
      ? channelPolicyProblem(rows, merged.category, data.channels ?? merged.channels)
      : null
    const channelConfig = approving
      ? await requiredButUnconfigured(req, rows, merged.category)
      : null
    const log = (before.approvalLog ?? []) as LogEntry[]
    const plan = planTransition({
      action,
      actor: role ? { id: req.user!.id, role } : { id: null, role: 'system' },
      author: idOf(before.author),
      comment,
      from: operation === 'create' ? 'draft' : from,
      log,
      missing: missingForApproval({ ...merged, channels: data.channels ?? merged.channels }),
      // The scheduler passes the time it decided on, so a post is judged by the same clock that picked it.
      now: system && req.context?.now instanceof Date ? req.context.now : new Date(),
      override,
      policyProblem,
      channelConfig,
      publishAt: merged.publishAt ? new Date(merged.publishAt) : null,
      unit: { approvalLevels: unit?.approvalLevels, trusted: unit?.trusted },
      urgent: merged.informationType === 'urgent_alert',
    })
    if (!plan.ok) throw new APIError(plan.message, plan.status, undefined, true)
    // The audit log's entry for this save carries the override with its reason.
    if (plan.note) req.context.workflowNote = plan.note
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
}
