/** The server components the plugin adds to the admin: its link, dashboard cards and view. */
export { ReportsDashboard } from '../components/ReportsDashboard'
export { ReportsNavLink } from '../components/ReportsNavLink'
export { ReportsView } from '../components/ReportsView'
