import { smtpConfigured } from '../../../src/email'
import { CAMPAIGNS } from '../newsletter/constants'
import { startAlertCampaign } from '../newsletter/engine'
import { builtinAccount, type Channel } from './types'

/**
 * The email newsletter as a channel. An urgent alert becomes a campaign at once; any other post is
 * taken into the next daily or weekly digest, which the worker sends on its schedule.
 */
export const newsletterChannel = (siteUrl: string): Channel => ({
  builtin: builtinAccount('newsletter', 'Newsletter e-mail'),
  classify: (error) => ({
    kind: 'retry',
    message: `Nie udało się przygotować wysyłki newslettera: ${error instanceof Error ? error.message : String(error)}`,
  }),
  // Campaigns are unique per post: starting one again finds the first.
  findExisting: async () => null,
  misconfiguration: () =>
    smtpConfigured()
      ? null
      : 'nie skonfigurowano serwera poczty. Ustaw SMTP_HOST (oraz SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_FROM_ADDRESS).',
  publish: async (copy, ctx) => {
    if (!copy.payload.urgent)
      return {
        externalId: 'digest',
        note: 'Dołączony do najbliższego wydania zbiorczego (codziennego i tygodniowego).',
        url: null,
      }
    const campaign = await startAlertCampaign(ctx.payload, copy.payload.postId as number | string)
    if (!campaign) throw new Error('wpis nie istnieje')
    return {
      externalId: `campaign:${campaign.id}`,
      note: 'Wysłano jako pilny komunikat do subskrybentów, którzy chcą je otrzymywać.',
      url: `${siteUrl}/admin/collections/${CAMPAIGNS}/${campaign.id}`,
    }
  },
  render: (post) => ({
    payload: { postId: post.id, urgent: post.informationType === 'urgent_alert' },
    text: [
      post.title,
      post.lead,
      post.postUrl,
      post.bipUrl ? `Oficjalna publikacja w BIP: ${post.bipUrl}` : null,
    ]
      .filter(Boolean)
      .join('\n\n'),
  }),
  slug: 'newsletter',
})
