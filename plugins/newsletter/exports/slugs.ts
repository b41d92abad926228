/** Slugs of the plugin's collections and global, for code outside the plugin. */
export {
  CAMPAIGNS,
  NEWSLETTER_SETTINGS,
  PRIVACY_REQUESTS,
  RECIPIENTS,
  RETRY_CLAIMS,
  SUBSCRIBERS,
} from '../constants'
