import type { pl } from './pl'

/** The dev mailbox's texts in English. */
export const en: typeof pl = {
  devMailbox: {
    description:
      'E-mails the instance sent in development without a mail server: nobody received them. Nothing lands here in production.',
    from: 'From',
    group: 'Administration',
    html: 'HTML body',
    message: 'Test message',
    messages: 'Test mailbox',
    noHtml: 'This message has no HTML version.',
    preview: 'Preview',
    sentAt: 'Sent',
    subject: 'Subject',
    text: 'Text body',
    to: 'To',
  },
}
