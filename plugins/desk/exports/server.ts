/** For server code and tests of the host app: the queues one user sees. */
export { loadDesk } from '../queues'
export type { DeskSnapshot, Queue, QueueId, QueueRow } from '../types'
