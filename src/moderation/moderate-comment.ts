import type { PayloadRequest } from 'payload'

import {
  deleteComment,
  describeCommentFailure,
  fanoutOptions,
  findAccount,
  hideComment,
  toChannelAccount,
} from '../../plugins/fanout/exports/server'
import { belongsToUnit, idOf, isStaff } from '../access/roles'
import { checkAnonymisedSummary } from '../domain/anonymised-summary'
import { type ModerationAction } from '../domain/moderation'
import { MODERATION_ENTRIES, SOCIAL_COMMENTS } from '../domain/slugs'
import type { ModerationEntry, SocialComment } from '../payload-types'
import { resolveCitation } from './citation'
import { withNumberRetry } from './numbering'

export type CommentDoc = {
  account?: SocialComment['account']
  authorId?: null | string
  authorName?: null | string
  commentId: string
  createdTime?: null | string
  id: SocialComment['id']
  message?: null | string
  moderation?: SocialComment['moderation'] | null
  permalink?: null | string
  post?: SocialComment['post']
  state?: null | string
  unit?: SocialComment['unit']
}

export const COMMENT_ACTIONS = {
  delete: 'comment_removed',
  hide: 'comment_hidden',
} as const satisfies Record<string, ModerationAction>
export type CommentAction = keyof typeof COMMENT_ACTIONS

export type ModerationRequest = {
  action?: unknown
  point?: unknown
  rules?: unknown
  summary?: unknown
}
export type ModerationResult =
  | {
      entry: { id: ModerationEntry['id']; number: number }
      message: string
      ok: true
      state: 'deleted' | 'hidden'
    }
  | { message: string; ok: false; status: number }

const fail = (status: number, message: string): ModerationResult => ({ message, ok: false, status })

/** The comment, if this user may moderate it: staff any, editors their units' posts' comments. */
export const commentFor = async (req: PayloadRequest, id: string): Promise<CommentDoc | null> => {
  if (!req.user) return null
  const comment = (await req.payload.findByID({
    collection: SOCIAL_COMMENTS,
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
    showHiddenFields: true,
  })) as CommentDoc | null
  if (!comment || (!isStaff(req.user) && !belongsToUnit(req.user, comment.unit))) return null
  return comment
}

const setCommentState = (req: PayloadRequest, id: number | string, data: Record<string, unknown>) =>
  req.payload.db.updateOne({ collection: SOCIAL_COMMENTS, data, id, req })

/**
 * Hides or deletes a fanpage comment by the rule it breaks, and writes the register entry in the
 * same motion: the snapshot is the comment, the public summary is generated (or the person's own,
 * checked for personal data). Facebook is asked first, so the register never records an act that
 * did not happen; the entry's key (comment + action) makes a second click or a race harmless.
 */
export const moderateComment = async (
  req: PayloadRequest,
  comment: CommentDoc,
  input: ModerationRequest,
): Promise<ModerationResult> => {
  const action =
    input.action === 'hide' || input.action === 'delete' ? (input.action as CommentAction) : null
  if (!action) return fail(400, 'Wybierz działanie: ukryj albo usuń komentarz.')
  if (comment.state === 'deleted' || comment.state === 'gone')
    return fail(409, 'Tego komentarza nie ma już na Facebooku.')
  if (action === 'hide' && comment.state === 'hidden')
    return fail(409, 'Komentarz jest już ukryty.')

  const rulesId =
    typeof input.rules === 'string' || typeof input.rules === 'number' ? input.rules : null
  const cited = await resolveCitation(req.payload, rulesId, input.point, req)
  if (!cited.ok) return fail(400, cited.message)
  const summary =
    typeof input.summary === 'string' && input.summary.trim() ? input.summary.trim() : null
  if (summary) {
    const check = checkAnonymisedSummary(summary, [comment.authorName])
    if (check !== true) return fail(400, check)
  }

  const accountDoc = comment.account ? await findAccount(req.payload, idOf(comment.account)!) : null
  const account = accountDoc ? toChannelAccount(req.payload, accountDoc) : null
  if (!account?.secret)
    return fail(
      409,
      'Kanał fanpage nie ma tokenu strony – administrator musi go zapisać w ustawieniach kanału.',
    )
  const { graph } = fanoutOptions(req.payload)
  try {
    if (action === 'hide') await hideComment(graph, account.secret, comment.commentId)
    else await deleteComment(graph, account.secret, comment.commentId)
  } catch (error) {
    const failure = describeCommentFailure(error)
    if (failure.kind === 'gone') {
      await setCommentState(req, comment.id, { state: 'gone' })
      return fail(409, `${failure.message} Nie dodano wpisu do rejestru.`)
    }
    return fail(failure.kind === 'wait' ? 429 : 502, failure.message)
  }

  const sourceKey = `facebook-comment:${comment.commentId}:${action}`
  let entry: { id: ModerationEntry['id']; number: number }
  try {
    // Another act recorded at the same moment may take the next number first: then take the one after.
    // Numbered by the register's hook on creation; the generated type leaves `number` optional.
    entry = (await withNumberRetry(() =>
      req.payload.create({
        collection: MODERATION_ENTRIES,
        data: {
          account: idOf(comment.account),
          action: COMMENT_ACTIONS[action],
          occurredAt: new Date().toISOString(),
          rule: { point: cited.citation.point, rules: cited.citation.rules },
          snapshot: {
            authorName: comment.authorName ?? null,
            commentId: comment.commentId,
            commentUrl: comment.permalink ?? null,
            postedAt: comment.createdTime ?? null,
            text: comment.message ?? '',
          },
          sourceKey,
          // Empty: made from the action and the rule.
          summary: summary ?? '',
          unit: idOf(comment.unit),
        },
        overrideAccess: true,
        req,
      }),
    )) as unknown as { id: ModerationEntry['id']; number: number }
  } catch (error) {
    // Someone else recorded this very act a moment ago: theirs is the entry.
    // Every stored entry is numbered (see above).
    const existing = (
      await req.payload.find({
        collection: MODERATION_ENTRIES,
        depth: 0,
        limit: 1,
        overrideAccess: true,
        req,
        where: { sourceKey: { equals: sourceKey } },
      })
    ).docs[0] as unknown as { id: ModerationEntry['id']; number: number } | undefined
    if (!existing) {
      req.payload.logger.error({
        err: error,
        msg: `Comment ${comment.commentId} was ${action === 'hide' ? 'hidden' : 'deleted'} on Facebook, but its register entry could not be written`,
      })
      return fail(
        500,
        `Komentarz ${action === 'hide' ? 'ukryto' : 'usunięto'} na Facebooku, ale nie udało się zapisać wpisu w rejestrze moderacji. Dodaj wpis ręcznie (Przejrzystość → Rejestr moderacji).`,
      )
    }
    entry = existing
  }
  const state = action === 'hide' ? 'hidden' : 'deleted'
  await setCommentState(req, comment.id, {
    moderation: { at: new Date().toISOString(), by: idOf(req.user), entry: entry.id },
    state,
  })
  return {
    entry: { id: entry.id, number: entry.number },
    message: `Komentarz ${action === 'hide' ? 'ukryto' : 'usunięto'}. W rejestrze moderacji zapisano wpis nr ${entry.number}.`,
    ok: true,
    state,
  }
}
