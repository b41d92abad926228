/** Slugs of the Page watcher's collections, for code outside the plugin (the reports). */
export { PAGE_POSTS, PAGE_READS } from '../constants'
