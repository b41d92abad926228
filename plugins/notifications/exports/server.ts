/**
 * For the host app: the fan-out's `onDeliveryState` listener, the queue and tasks a worker runs,
 * and the daily summary for scripts and tests.
 */
export { notifyDeliveryState } from '../hooks/deliveries'
export { notifyWithdrawalTask } from '../hooks/withdrawals'
export { DIGEST_TASK, EMAIL_TASK, NOTIFICATIONS, NOTIFICATIONS_QUEUE } from '../constants'
export { sendDailySummaries } from '../tasks/digest'
export type { Feed, FeedItem, NotificationKind } from '../types'
