import type { ActivityRow, ChannelCounts } from '../../../plugins/reports/activity'
import type { Channel } from '../../../src/domain/taxonomy'

/** The data set's answers worked out by hand (see ./index.ts). */

const channels = (
  c: Partial<Record<Channel, Partial<ChannelCounts>>>,
): Record<Channel, ChannelCounts> => {
  const counts = (k: Channel) => ({ failed: 0, sent: 0, waiting: 0, ...c[k] })
  return {
    fanpage: counts('fanpage'),
    group: counts('group'),
    newsletter: counts('newsletter'),
    rss: counts('rss'),
  }
}

/** The unit activity rows, worked out by hand. */
export const EXPECTED_ACTIVITY: Omit<ActivityRow, 'unitId'>[] = [
  {
    approvalMedianHours: 4, // 4 h, 24 h and 2 h
    approvals: 3,
    bipToSocialMedianHours: 2, // 3 h (first social copy at 11:00, BIP at 8:00) and 1 h
    bipToSocialPosts: 2,
    channels: channels({
      fanpage: { failed: 1, sent: 2 },
      group: { sent: 1 },
      newsletter: { waiting: 1 },
      rss: { sent: 2 },
    }),
    month: '2025-03',
    publicInformation: 2,
    publicInformationShare: 50, // b3 was withdrawn
    publicInformationWithBip: 1,
    published: 3,
    unitName: 'Urząd Gminy',
  },
  {
    approvalMedianHours: 0, // trusted: approved on submission; p7 has no log
    approvals: 1,
    bipToSocialMedianHours: null,
    bipToSocialPosts: 0,
    channels: channels({ rss: { sent: 1 } }), // the skipped fanpage delivery does not count
    month: '2025-04',
    publicInformation: 0,
    publicInformationShare: null,
    publicInformationWithBip: 0,
    published: 2,
    unitName: 'Szkoła Podstawowa',
  },
  {
    approvalMedianHours: 20, // 20 h
    approvals: 1,
    bipToSocialMedianHours: null,
    bipToSocialPosts: 0,
    channels: channels({ fanpage: { sent: 1 } }),
    month: '2025-04',
    publicInformation: 1,
    publicInformationShare: 0,
    publicInformationWithBip: 0,
    published: 1,
    unitName: 'Urząd Gminy',
  },
]
