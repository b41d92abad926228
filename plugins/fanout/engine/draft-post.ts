// An unsaved post (the admin form's values) as the fan-out reads a saved one, for live previews.
import type { PayloadRequest } from 'payload'

import { belongsToUnit, isStaff } from '../../../src/access/roles'
import { slugify } from '../../../src/domain/slug'
import type { BIP_REFERENCES, MEDIA } from '../../../src/domain/slugs'
import type { Media } from '../../../src/payload-types'
import { requestT } from '../i18n'
import { parsePreviewInput, type PreviewInput } from '../rules/preview-input'
import { fanoutContext } from './context'
import { type PostView, unitsSlug } from './post-view'

/**
 * The post the form describes, relations read with the user's own access (nobody previews what
 * they may not read). The copy leaves only once its BIP entry is published, so an entry that is
 * not out yet is shown as it will be, with its link; a withdrawn one is not linked.
 */
export const draftPostView = async (
  req: PayloadRequest,
  input: PreviewInput,
): Promise<PostView> => {
  const { payload } = req
  const { collections } = fanoutContext(payload).options
  const byId = { depth: 0, disableErrors: true, overrideAccess: false, req } as const
  const unit =
    input.unit == null
      ? null
      : await payload.findByID({ ...byId, collection: unitsSlug(payload), id: input.unit })
  const bip =
    input.bipReference == null
      ? null
      : await payload.findByID({
          ...byId,
          collection: collections.bipReferences as typeof BIP_REFERENCES,
          id: input.bipReference,
        })
  const found = input.images.length
    ? (
        await payload.find({
          collection: collections.media as typeof MEDIA,
          depth: 0,
          limit: input.images.length,
          overrideAccess: false,
          pagination: false,
          req,
          where: { id: { in: input.images } },
        })
      ).docs
    : []
  // In the editor's order: the first image is the lead image.
  const images = input.images
    .map((id) => found.find((m) => String(m.id) === String(id)))
    .filter((m): m is Media => m !== undefined)
  return {
    bipReference: bip && bip.state !== 'withdrawn' ? { ...bip, state: 'published' } : null,
    body: input.body,
    category: input.category,
    channelCopy: input.channelCopy,
    channels: null,
    images,
    informationType: input.informationType,
    // An unsaved post has no id yet; 0 is never a stored post's.
    id: typeof input.id === 'number' ? input.id : 0,
    lead: input.lead,
    publishAt: null,
    // What saving will make of the title (the saved slug may get a number if it is taken).
    slug: input.slug ?? (slugify(input.title) || null),
    title: input.title,
    // The unit, once chosen; `0` (no unit) renders without a unit name, as postForChannel reads it.
    unit: unit ?? 0,
    workflowState: 'draft',
  }
}

export type DraftFromRequest =
  { ok: true; view: PostView } | { ok: false; message: string; status: 400 | 401 | 403 }

/**
 * The unsaved post a request sends as `{ data }` (the post form's values), for a signed-in user;
 * an editor only for their own units. Otherwise the status and the message to answer with.
 */
export const draftFromRequest = async (req: PayloadRequest): Promise<DraftFromRequest> => {
  const t = requestT(req)
  if (!req.user) return { message: t('fanout:apiSignIn'), ok: false, status: 401 }
  let body: unknown
  try {
    body = await req.json?.()
  } catch {
    body = null
  }
  const parsed = parsePreviewInput(body)
  if (!parsed.ok)
    return { message: t(parsed.problem.key, parsed.problem.vars), ok: false, status: 400 }
  const { unit } = parsed.value
  if (unit != null && !isStaff(req.user) && !belongsToUnit(req.user, unit))
    return { message: t('fanout:live:unitNotYours'), ok: false, status: 403 }
  return { ok: true, view: await draftPostView(req, parsed.value) }
}
