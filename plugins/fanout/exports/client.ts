/** The client components the plugin's collections name by path in the admin. */
export { DeliveriesPanel } from '../components/DeliveriesPanel'
export { CorrectionsPanel } from '../components/CorrectionsPanel'
// For the host's workflow panel: the post's state after its BIP entry was withdrawn.
export { useWithdrawalLabel } from '../components/useWithdrawalLabel'
export { LivePreview } from '../components/LivePreview'
