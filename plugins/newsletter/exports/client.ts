/** The admin components the plugin's collections name by path. */
export { CampaignProgress } from '../components/CampaignProgress'
export { SendDigestNow } from '../components/SendDigestNow'
export { SubscriberPrivacy } from '../components/SubscriberPrivacy'
