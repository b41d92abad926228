import type { pl } from './pl'

/** The newsletter's admin texts in English. */
export const en: typeof pl = {
  newsletter: {
    checkMailServer: 'Check the mail server now',
    mailServerRefuses: 'the mail server refuses',
    mailServerRefusesWith: 'the mail server refuses: {{reason}}',
    newsletterHeld: 'Newsletter: held sendings ({{count}})',
    newsletterHeldHelp:
      'Nobody was unsubscribed, unsent messages wait. Fix the mail settings (SMTP_HOST, SMTP_USER, SMTP_PASSWORD, sender address) or the server and restart the sending process; the server is checked every minute and sending resumes by itself.',
  },
}
