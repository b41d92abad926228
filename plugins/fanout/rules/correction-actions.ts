// What each channel does with an approved correction, given what changed and where the copy is.
import type { CorrectableField } from '../../../src/domain/corrections'

/**
 * - `update`: the Page's copy edited in place (`POST /{post-id}` with the new message);
 * - `repost`: the Page cannot change a post's photos, so a new post starting "Sprostowanie:";
 * - `update_event`: the group operator's webhook gets a `post.updated` event;
 * - `handoff`: an editor edits the group post by hand (a task, as for a new group post);
 * - `rebuild`: the feeds are rebuilt (the item keeps its guid and gets the new content);
 * - `digest_entry`: a "Sprostowanie" entry in the next newsletter digest, never a mail of its own.
 */
export const CORRECTION_ACTIONS = [
  'update',
  'repost',
  'update_event',
  'handoff',
  'rebuild',
  'digest_entry',
] as const
export type CorrectionAction = (typeof CORRECTION_ACTIONS)[number]

export type CorrectionTarget = {
  channel: string
  /** The group account's publishing mode (`webhook` or `handoff`). */
  groupMode?: null | string
  /** The state of the copy the correction would correct. */
  originalState: string
}

export type CorrectionPlan =
  { action: CorrectionAction; skip: false } | { reason: 'not_sent' | 'unknown_channel'; skip: true }

/**
 * The correction of one channel's copy. A copy not out yet needs none: when it goes out it is
 * rendered from the corrected post.
 */
export const correctionPlan = (
  target: CorrectionTarget,
  changed: readonly CorrectableField[],
): CorrectionPlan => {
  if (target.originalState !== 'sent') return { reason: 'not_sent', skip: true }
  switch (target.channel) {
    case 'fanpage':
      return { action: changed.includes('images') ? 'repost' : 'update', skip: false }
    case 'group':
      return {
        action: target.groupMode === 'webhook' ? 'update_event' : 'handoff',
        skip: false,
      }
    case 'rss':
      return { action: 'rebuild', skip: false }
    case 'newsletter':
      return { action: 'digest_entry', skip: false }
    default:
      return { reason: 'unknown_channel', skip: true }
  }
}
