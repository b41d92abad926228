/** The server component the plugin puts on the admin's dashboard. */
export { DeskDashboard } from '../components/DeskDashboard'
/** The server component the plugin puts above the posts list. */
export { PostViews } from '../components/PostViews'
/** The calendar's admin view (/admin/kalendarz) and its link in the navigation. */
export { CalendarNavLink } from '../components/CalendarNavLink'
export { CalendarView } from '../components/CalendarView'
