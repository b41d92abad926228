/** For the host app and tests: one reading run over every Page, outside the jobs queue. */
export { readPages } from '../tasks/read'
export { resolveOptions as pageWatchOptions } from '../options'
