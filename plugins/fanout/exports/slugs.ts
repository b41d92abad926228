/** Slugs of the plugin's collections, for code outside the plugin. */
export { ACCOUNTS, ATTEMPTS, DELIVERIES, FEEDS } from '../constants'
