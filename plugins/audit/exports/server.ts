/** For the server code of other plugins: record their changes, or audit the collections they add. */
export { shortText } from '../change'
export { ref, yesNo } from '../format'
export { withAudit } from '../hooks/audit-hooks'
export { recordAudit } from '../record'
