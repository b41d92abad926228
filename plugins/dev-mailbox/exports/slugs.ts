/** The mailbox's collection slug, for the app and the tests. */
export { DEV_MAILBOX } from '../constants'
