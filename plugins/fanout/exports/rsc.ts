/** The server components the plugin adds to the admin. */
export { ChannelAlerts } from '../components/ChannelAlerts'
