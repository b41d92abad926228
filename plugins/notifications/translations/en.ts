import type { pl } from './pl'

/** The notifications' texts in English. */
export const en: typeof pl = {
  notifications: {
    'kind-approved': 'The post “{{title}}” was approved.',
    'kind-changes_requested': 'Changes were requested in the post “{{title}}”.',
    'kind-channel_needs_action': 'The channel “{{title}}” needs an administrator.',
    'kind-correction_approved':
      'The correction of “{{title}}” was approved – it will reach every channel.',
    'kind-correction_proposed': 'A correction of “{{title}}” awaits approval.',
    'kind-correction_rejected': 'The correction of “{{title}}” was rejected.',
    'kind-failed': 'The post “{{title}}” could not be published in a channel.',
    'kind-handoff': 'The post “{{title}}” waits to be posted in the group by hand.',
    'kind-published': 'The post “{{title}}” was published.',
    'kind-submitted': 'The post “{{title}}” waits for approval.',
    'kind-withdrawal_task':
      'The BIP entry of “{{title}}” was withdrawn – remove the copy from the channel and confirm.',
    bell: 'Notifications',
    'bellUnread-few': 'Notifications: {{count}} unread',
    'bellUnread-many': 'Notifications: {{count}} unread',
    'bellUnread-one': 'Notifications: {{count}} unread',
    digestIntro: 'Unread notifications ({{count}}):',
    digestSubject: 'Herold: daily summary (notifications: {{count}})',
    emailFooter:
      'Sent by Herold. Change how notifications reach you on your account, in the field “Notification e-mails”.',
    emailOpen: 'Open in the admin: {{url}}',
    empty: 'You have no notifications.',
    markAllRead: 'Mark all as read',
    preference: 'Notification e-mails',
    preferenceDescription:
      'Notifications always show under the bell in the admin; here you choose whether they also come by e-mail.',
    'preference-daily': 'Daily summary (at 7:00)',
    'preference-immediately': 'Immediately',
    'preference-off': 'Do not send',
    signIn: 'Log in to see your notifications.',
    wrongRequest: 'Give a list of notification ids (“ids”) or “all”: true.',
  },
}
