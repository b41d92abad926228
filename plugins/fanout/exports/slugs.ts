/** Slugs of the plugin's collections, for code outside the plugin. */
export { ACCOUNTS, ATTEMPTS, CORRECTIONS, DELIVERIES, FEEDS } from '../constants'
