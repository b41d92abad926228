import type { pl } from './pl'

/** The fan-out's admin texts in English. */
export const en: typeof pl = {
  fanout: {
    bipCheckConnection: 'Connection error: {{detail}}',
    bipCheckTimeout: 'No answer within {{seconds}} s',
    envAccountName: 'The office’s fanpage (from environment variables)',
    secretNoKey:
      'The secret cannot be saved: the server has no encryption key (HEROLD_ENCRYPTION_KEY). Set it, or give the secret in an environment variable.',
    apiCannotTakeDown: 'This copy cannot be removed automatically.',
    apiDeliveryNotFound: 'Publication not found.',
    apiGroupPostSaved: 'The address of the group post is saved.',
    apiGroupPostUrl: 'Give the full address of the group post (https://www.facebook.com/groups/…).',
    apiPostNotFound: 'Post not found.',
    apiRecordOnlyGroup: 'A post address is recorded only for a group publication task.',
    apiRequeued: 'The publication is back in the queue.',
    apiRetryState: 'Only a failed publication or one needing action can be retried.',
    apiSignIn: 'Please log in.',
    apiTakeDownRole: 'A copy is removed by an approver or an administrator.',
    apiTakenDown: 'The copy was removed from the fanpage.',
    auditFlagged: 'flagged: BIP entry withdrawn – consider removing the copy',
    auditTakenDown: 'the copy was removed from the channel',
    bipMissing: 'Waiting for BIP: the post names no BIP entry.',
    bipNotPublished: 'Waiting for BIP: the BIP entry is not published yet.',
    bipScheduled: 'Waiting for BIP: the BIP publication is scheduled for {{when}}.',
    bipWithdrawnHeld: 'Held: the BIP entry was withdrawn.',
    commentGone:
      'The comment is no longer on Facebook (removed by its author or another Page administrator).',
    commentNoAnswer:
      'Facebook did not answer in time or there is no connection; check the comment on Facebook and try again.',
    commentNoPermission:
      'The Page token may not moderate comments (pages_read_user_content, pages_manage_engagement). A Page administrator must grant them and save a new token.',
    commentRateLimit: 'Facebook limited the number of calls; try again in {{minutes}} min.',
    commentRejected: 'Facebook refused the operation: {{detail}}.',
    commentTransient: 'A temporary error on Facebook’s side; try again in a moment.',
    errorCode: 'error {{code}}',
    errorUnknown: 'unknown error',
    fanpageNoPageId: 'The channel’s settings have no Page ID.',
    fanpageNoToken: 'The fanpage is not connected (no Page token) – ask an administrator.',
    feedAllDescription: 'All news: {{site}}',
    feedAllTitle: '{{site}} – all news',
    feedCategoryDescription: '{{category}}: news – {{site}}',
    feedUnitDescription: 'News: {{unit}} – {{site}}',
    feedUnitTitle: '{{unit}} – news',
    feedNotFound: 'There is no such RSS feed. The list of feeds is at /kanaly-rss.',
    feedUnavailable: 'The RSS feed is temporarily unavailable. Try again in a minute.',
    graphBadParameter: 'Facebook refused the post’s parameters: {{detail}}.',
    graphBlocked:
      'Facebook temporarily blocked publishing from this Page (a policy breach or suspected abuse). Check the messages in Meta Business Suite.',
    graphDuplicate: 'Facebook refused the post as a duplicate of an identical post just published.',
    graphInvalidParameter: 'invalid parameter',
    graphNetwork: 'No connection to Facebook; we will try again.',
    graphNoPermission:
      'The app may not publish on the Page (pages_manage_posts). A Page administrator must grant the permission and save a new token.',
    graphRateLimit: 'Facebook limited the number of calls; next attempt in {{minutes}} min.',
    graphRejected: 'Facebook refused the post: {{detail}}.',
    graphTimeout:
      'Facebook did not answer in time; we will check whether the post appeared before trying again.',
    graphTokenExpired:
      'The Page token expired or was revoked. An administrator must re-authorise the fanpage (a new token in the channel’s settings).',
    graphTransient: 'A temporary error on Facebook’s side; we will try again.',
    groupBadSignature:
      'The group operator refused the signature. Check the webhook secret in the channel’s settings (it must match the operator’s).',
    groupHandoff:
      'Publish this text in the residents’ group (paste it with the images), then enter the address of the group post here.',
    groupNoAnswer:
      'The group operator’s server did not answer; we will try again (no risk of a duplicate).',
    groupNoSecret:
      'The group is not connected (no operator webhook secret) – ask an administrator.',
    groupNoWebhookUrl: 'The channel’s settings have no address of the group operator’s webhook.',
    groupNotAccepted:
      'The group operator did not accept the post for now (HTTP {{status}}); we will try again.',
    groupPause: 'The group operator asks for a pause; next attempt in {{seconds}} s.',
    groupRejected: 'The group operator refused the post (HTTP {{status}}).',
    hashtagCount: { few: '{{n}} hashtags', many: '{{n}} hashtags', one: '{{n}} hashtag' },
    impressionsEmpty:
      'Facebook gave no impressions (the Page has fewer than 100 likes or the data is not ready yet).',
    impressionsFailed: 'The impressions could not be read; the last ones read are shown.',
    impressionsNoPermission: 'The Page token lacks read_insights – impressions are not read.',
    impressionsRetired: 'Facebook no longer gives posts’ impressions (a metric retired by Meta).',
    linkCount: { few: '{{n}} links', many: '{{n}} links', one: '{{n}} link' },
    lintCaps:
      'The text is written mostly in capitals ({{percent}}% of letters) – the group’s automatic moderation treats it as shouting or spam. Write in normal letters; keep capitals for sentence starts and names.',
    lintEmoji:
      'The post has {{emoji}} emoji – the group’s automatic moderation often holds such posts. Keep at most {{max}}.',
    lintHashtags:
      'The post has {{hashtags}} – the group’s automatic moderation takes too many hashtags for spam. Keep at most {{max}}.',
    lintLinks:
      'The post has {{links}} – posts with more than {{max}} are often held by the group’s automatic moderation. Keep the most important, e.g. the link to the BIP publication.',
    lintPhone:
      'A phone number in the first line ({{phone}}) looks like an advert or spam to the group’s automatic moderation – move it lower, into the post’s body.',
    lintShortener:
      'Shortened links ({{list}}) are often held by the group’s automatic moderation – use the full address.',
    moreLinks: { few: '{{n}} links', many: '{{n}} links', one: '{{n}} link' },
    notConfigured: 'The channel is not configured: {{problem}}',
    notConfiguredAccount: 'no channel account.',
    notConfiguredFanpage:
      'no fanpage account was added. The fanpage is not connected – ask an administrator (accounts are added in “Social channels”).',
    notConfiguredGroup:
      'no residents’ group was added. Add it in “Social channels” (an operator webhook or a task for an editor).',
    reachCannotRead: 'The reach cannot be read: {{problem}}',
    reachGone: 'The copy is no longer on Facebook; the last figures read are shown.',
    reasonChannelDisabled: 'The channel was disabled or removed.',
    reasonChannelNeedsAdmin: 'The channel needs an administrator.',
    reasonPostNotPublished: 'The post is no longer published.',
    reasonPostWithdrawn:
      'The post was withdrawn or sent back for changes before it reached the channel.',
    reasonThrottled: 'Held: Facebook’s call limit.',
    reasonWaitingForPublication: 'Waiting for the post’s publication time.',
    rssRefreshFailed: 'The RSS feeds could not be refreshed: {{detail}}',
    rulesDisabledOnly:
      'The channel “{{name}}” may be enabled only with published rules of discussion. {{problem}}',
    rulesMissing:
      'The channel names no rules of discussion. {{why}} Publish rules in “Rules of discussion” and choose them in the channel’s “Rules of discussion” field, or save the channel as disabled.',
    rulesNotFound:
      'The rules of discussion named were not found. Choose existing, published rules.',
    rulesNotGoverning:
      'The rules of discussion {{title}} do not cover a profile of the type “{{platform}}”. Add this profile in the rules’ “Applies to profiles” field or choose rules that cover it.',
    rulesTitleUnnamed: 'named in the channel',
    rulesUnpublished:
      'The rules of discussion {{title}} are not published. {{why}} Publish them (or choose other, published rules in the channel); the held posts will then be sent.',
    rulesWhy:
      'Every profile where residents discuss must have published rules of discussion: who runs it, how we moderate and where to complain.',
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
      'The fanpage and the group are neither connected nor enabled, so posts do not reach them – ask an administrator. An administrator adds them in {{accounts}} and enables them, naming published rules of discussion.',
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
