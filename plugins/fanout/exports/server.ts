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
export { cutCleanly } from '../render/cut'
export { retryDelayMs } from '../delivery/retry'
