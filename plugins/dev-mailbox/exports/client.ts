/** The client component the mailbox's message view names by path. */
export { MessagePreview } from '../components/MessagePreview'
