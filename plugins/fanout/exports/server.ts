/**
 * For the server code of other plugins: a channel plugin (the newsletter) renders posts as the
 * fan-out sees them and writes the deliveries it owns through the outbox, so the delivery audit
 * sees every change.
 */
export { builtinAccount } from '../channels/types'
export { officeName } from '../engine/office'
export { findDeliveries, updateDelivery } from '../outbox/store'
export { loadPost, postForChannel } from '../engine/post-view'
export { deliveryQueues } from '../jobs'
// Whether channels can publish now (the workflow refuses approvals to channels that cannot), and
// where a post's copies stand after its BIP entry was withdrawn (the posts list).
export { unconfiguredChannels } from '../engine/readiness'
export { postWithdrawalLabel } from '../outbox/withdrawal'
export { cutCleanly } from '../render/cut'
export { cleanCopyOverride } from '../render/copy-override'
// Live previews of unsaved posts, for a channel plugin's own preview actions (a test e-mail).
export { draftFromRequest } from '../engine/draft-post'
export { retryDelayMs } from '../delivery/retry'
export { fanoutOptions } from '../engine/context'
// Moderation of the Page's comments by the host app: its accounts and the comment calls.
export {
  deleteComment,
  describeCommentFailure,
  type GraphComment,
  hideComment,
  listPostComments,
} from '../channels/fanpage-comments'
export {
  type AccountDoc,
  canReadPage,
  enabledAccounts,
  findAccount,
  throttleAccount,
  toChannelAccount,
} from '../engine/accounts'
// The group operator's webhook signature, for a client that posts as the operator does.
export { signWebhookBody } from '../channels/group'
// Deliveries that are posts of their own (a correction edited in place is not), for comments and reach.
export { ownPostsWhere } from '../delivery/own-posts'
// What needs a person among the deliveries, for the editors' desk.
export { deliveryProblemsWhere, handoffTasksWhere } from '../delivery/attention'
// The codes of a delivery waiting for a person: a group hand-off, rules of discussion held back.
export { HANDOFF } from '../constants'
export { RULES_HELD } from '../engine/account-rules'
// Reading the Page's own posts (the Page watcher): the Graph API call and its failures' meaning.
export { graphCall, type GraphOptions } from '../channels/graph-client'
export { classifyGraphError } from '../channels/graph-errors'
