import { toHashtag, uniqueHashtags } from '../render/hashtags'
import type { FanoutT } from '../i18n'
import { renderSocialCopy } from '../render/social-copy'
import type { PostForChannel } from './types'

/** The social copy of a post for a channel with the given length limit (Page and group alike). */
export const socialCopyOf = (post: PostForChannel, maxLength: number, t?: FanoutT) =>
  renderSocialCopy(
    {
      bipUrl: post.bipUrl,
      bodyText: post.bodyText,
      hashtags: uniqueHashtags([toHashtag(post.categoryLabel)]),
      lead: post.lead,
      maxLength,
      postUrl: post.postUrl,
      rulesUrl: post.rulesUrl,
      title: post.title,
      unitName: post.unitName,
      urgent: post.informationType === 'urgent_alert',
    },
    t,
  )
