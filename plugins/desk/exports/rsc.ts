/** The server component the plugin puts on the admin's dashboard. */
export { DeskDashboard } from '../components/DeskDashboard'
