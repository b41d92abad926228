/** Options of the dev mailbox plugin. */
export type DevMailboxOptions = {
  /**
   * Whether e-mails are kept in the mailbox instead of being sent. The app turns it on in
   * development without an SMTP server only; the collection exists either way (one schema), hidden
   * and unreadable while this is off.
   */
  enabled: boolean
  /** The sender shown on kept messages, as the real transport would set it. */
  fromAddress: string
  fromName: string
}

/** A message as the mailbox keeps it. */
export type KeptMessage = {
  from: string
  html: string
  sentAt: string
  subject: string
  text: string
  to: string
}
