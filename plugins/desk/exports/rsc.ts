/** The server component the plugin puts on the admin's dashboard. */
export { DeskDashboard } from '../components/DeskDashboard'
/** The server component the plugin puts above the posts list. */
export { PostViews } from '../components/PostViews'
