/** The admin components the plugin's collections name by path. */
export { AdminOnlyTextField } from '../components/AdminOnlyTextField'
export { CampaignProgress } from '../components/CampaignProgress'
export { SendDigestNow } from '../components/SendDigestNow'
export { SubscriberPrivacy } from '../components/SubscriberPrivacy'
export { TimeZoneField } from '../components/TimeZoneField'
export { WeekdaysField } from '../components/WeekdaysField'
