import { toHashtag, uniqueHashtags } from '../render/hashtags'
import type { FanoutT } from '../i18n'
import { renderSocialCopy } from '../render/social-copy'
import type { PostForChannel } from './types'

/** The social copy of a post for a channel (Page or group) with its length limit and own text. */
export const socialCopyOf = (
  post: PostForChannel,
  channel: 'fanpage' | 'group',
  maxLength: number,
  t?: FanoutT,
) =>
  renderSocialCopy(
    {
      bipUrl: post.bipUrl,
      bodyText: post.bodyText,
      hashtags: uniqueHashtags([toHashtag(post.categoryLabel)]),
      lead: post.lead,
      maxLength,
      override: post.copy?.[channel],
      postUrl: post.postUrl,
      rulesUrl: post.rulesUrl,
      title: post.title,
      unitName: post.unitName,
      urgent: post.informationType === 'urgent_alert',
    },
    t,
  )
