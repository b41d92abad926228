/** For the server code of other plugins: record their changes in the audit log. */
export { shortText } from '../change'
export { recordAudit } from '../record'
