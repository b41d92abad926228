import type { pl } from './pl'

/** The fan-out's admin texts in English. */
export const en: typeof pl = {
  fanout: {
    accountNeedsAction: 'needs an administrator.',
    alerts: 'Channels need attention',
    alertsRegion: 'Channel status',
    bipWithdrawn: 'The BIP entry was withdrawn – consider removing the copy.',
    channel: 'Channel',
    'channel-fanpage': 'Fanpage',
    'channel-group': 'Residents’ group',
    'channel-newsletter': 'Newsletter',
    'channel-rss': 'RSS',
    deliveries: 'Publication in channels',
    deliveriesAfterApproval: 'The post goes to the channels once approved.',
    deliveriesAfterSave: 'The preview and the channels’ status appear once the post is saved.',
    details: 'Details',
    failedDeliveries: 'Failed publications: {{count}}',
    groupPostText: 'Text to paste in the group',
    groupPostUrl: 'Address of the group post',
    noChannels:
      'Social channels are neither configured nor enabled: the fanpage and the group are skipped. Add them in {{accounts}} (or set FACEBOOK_PAGE_ID and FACEBOOK_PAGE_TOKEN) and enable them, naming published discussion rules.',
    postsWaiting: 'posts wait – {{problem}}',
    preview: 'Preview: {{channel}}',
    previewWarnings: 'Preview: {{channel}} – warnings: {{count}}',
    reauthorize:
      'Re-authorisation: an administrator saves a new page token in “Social channels”; held publications resume by themselves.',
    retryNow: 'Retry now',
    saveGroupPostUrl: 'Save the post address',
    state: 'State',
    takeDown: 'Remove the copy from the fanpage',
    viewCopy: 'View the copy',
    waitingDeliveries: 'Publications waiting for an editor: {{count}}',
  },
}
