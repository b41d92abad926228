/** The client component the plugin puts in the admin's header. */
export { NotificationBell } from '../components/NotificationBell'
