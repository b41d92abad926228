/** Slugs of the plugin's collections and globals, for code outside the plugin. */
export { ACCOUNTS, ATTEMPTS, DELIVERIES, FEEDS } from '../constants'
export {
  CAMPAIGNS,
  NEWSLETTER_SETTINGS,
  PRIVACY_REQUESTS,
  RECIPIENTS,
  RETRY_CLAIMS,
  SUBSCRIBERS,
} from '../newsletter/constants'
