/** For the host app's server code, scripts and tests: the watcher's slugs, task and queue. */
export { BIP_SOURCES, POLL_TASK, WATCH_FIELD, WATCH_QUEUE } from '../constants'
export type { BipWatchPluginOptions, Metryczka } from '../types'
