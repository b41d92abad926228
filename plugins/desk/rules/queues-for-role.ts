import type { Role } from '../../../src/domain/workflow'
import type { QueueId } from '../types'

const BY_ROLE: Record<Role, readonly QueueId[]> = {
  admin: ['toApprove', 'correctionsToApprove', 'waitingForBip', 'channelProblems', 'channelHealth'],
  approver: ['toApprove', 'correctionsToApprove', 'waitingForBip', 'channelProblems'],
  editor: ['myDrafts', 'toCorrect', 'scheduled', 'groupTasks'],
}

/** The queues a role works from: approvers review and watch, editors write and hand off. */
export const queuesForRole = (role: null | Role): readonly QueueId[] => (role ? BY_ROLE[role] : [])
