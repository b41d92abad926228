import { idOf } from '../../../src/access/roles'
import { polishLabelOf } from '../../../src/domain/labels'
import { POSTS } from '../../../src/domain/slugs'
import { CHANNELS } from '../../../src/domain/taxonomy'
import type { WithdrawalTaskListener } from '../../fanout/exports/types'
import { withdrawalTaskEvent } from '../rules/channel-events'
import { notify } from '../store/notify'

/** The fan-out's `onWithdrawalTask`: the editors of the post's unit are told to remove the copy. */
export const notifyWithdrawalTask: WithdrawalTaskListener = async (payload, task, req) => {
  const postId = idOf(task.delivery.post)
  if (postId == null) return
  const post = await payload.findByID({
    collection: POSTS,
    depth: 0,
    disableErrors: true,
    id: postId,
    overrideAccess: true,
    req,
    select: { title: true, unit: true },
  })
  if (!post) return
  const channel = polishLabelOf(CHANNELS, task.delivery.channel)
  await notify(
    payload,
    withdrawalTaskEvent(
      {
        deliveryId: task.delivery.id,
        post: post.id,
        title: post.title,
        unit: idOf(post.unit ?? task.delivery.unit),
      },
      `${channel}: ${task.reason}`,
    ),
    req,
  )
}
