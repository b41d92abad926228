import { roleOf } from '../../../src/access/roles'
import { queuesForRole } from '../rules/queues-for-role'
import type { DeskSnapshot, QueueContext, QueueId, QueueLoader } from '../types'
import { correctionsToApprove } from './corrections'
import { channelHealth, channelProblems, groupTasks } from './channels'
import { myDrafts, scheduled, toApprove, toCorrect, waitingForBip } from './posts'

const LOADERS: Record<QueueId, QueueLoader> = {
  channelHealth,
  channelProblems,
  correctionsToApprove,
  groupTasks,
  myDrafts,
  scheduled,
  toApprove,
  toCorrect,
  waitingForBip,
}

/** The queues of the user's role, each read with the user's own access. */
export const loadDesk = async (ctx: QueueContext): Promise<DeskSnapshot> => ({
  at: ctx.now.toISOString(),
  queues: await Promise.all(
    queuesForRole(roleOf(ctx.user)).map(async (id) => ({ id, ...(await LOADERS[id](ctx)) })),
  ),
})
