import type { plChannelWork } from './pl-channel-work'

/** The fan-out's English texts for what staff do with copies: BIP withdrawals and skipped copies. */
export const enChannelWork: typeof plChannelWork = {
  withdrawal: {
    auditTakedownQueued: 'BIP entry withdrawn: automatic removal of the copy scheduled',
    auditTask: 'BIP entry withdrawn: a task for the editors was created',
    copyRemoved: 'Withdrawn from BIP – the copy was removed from the channel.',
    copyRemoving: 'Withdrawn from BIP – the copy is being removed from the Page.',
    copyTask: 'Withdrawn from BIP – a task for the editors: remove the copy and confirm.',
    markRemoved: 'Copy removed – confirm',
    notATask: 'A removal is confirmed only for a task after a BIP withdrawal.',
    postRemoved: 'Withdrawn from BIP – copy removed from the Page',
    postRemovedOther: 'Withdrawn from BIP – copies removed from the channels',
    postRemoving: 'Withdrawn from BIP – removing the copy from the Page',
    postTask: 'Withdrawn from BIP – a task for the editors',
    recorded: 'Recorded: the copy was removed from the channel.',
    taskFanpage:
      'The BIP entry was withdrawn. Remove the copy from the Page (the "Remove copy from the fanpage" button, or by hand in Meta Business Suite), then confirm the removal.',
    taskFanpageFailed:
      'The BIP entry was withdrawn, but the automatic removal of the Page copy failed ({{problem}}). Remove it by hand and confirm the removal.',
    taskGroup:
      "The BIP entry was withdrawn. Remove the post from the residents' group (or ask the group's operator to), then confirm the removal.",
  },
  sendNow: {
    action: 'Send now',
    alert: 'Skipped copies from the last 14 days that can be sent now: {{count}}.',
    alreadySent: 'This copy is already out – it is not sent twice.',
    bipWithdrawn: 'The BIP entry was withdrawn – the copy is not sent.',
    bulk: 'Send skipped copies from the last 14 days ({{count}})',
    bulkDone: {
      few: '{{n}} skipped copies were queued.',
      many: '{{n}} skipped copies were queued.',
      one: '{{n}} skipped copy was queued.',
    },
    inProgress: 'This copy is already on its way to the channel.',
    notConfigured:
      'The channel "{{channel}}" is still not configured: {{problem}} Ask an administrator to configure it in "Social channels".',
    notConfiguredNoAccount: 'there is no enabled account of this channel.',
    notSkipped: 'Only a skipped copy can be sent now.',
    postNotPublished: 'The post is not published (withdrawn or sent back) – the copy is not sent.',
    queued: 'The copy is queued for sending.',
    reason: 'Sent on request ("Send now").',
    role: 'Skipped copies are sent by an approver or an administrator.',
    waitingForBip: 'The copy waits for the BIP entry and goes out right after it.',
  },
}
