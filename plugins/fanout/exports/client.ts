/** The client components the plugin's collections name by path in the admin. */
export { DeliveriesPanel } from '../components/DeliveriesPanel'
export { LivePreview } from '../components/LivePreview'
