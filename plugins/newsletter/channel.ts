import type { I18n } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { builtinAccount } from '../fanout/exports/server'
import type { Channel, ChannelAlert } from '../fanout/exports/types'
import { CAMPAIGNS } from './constants'
import { newsletterOptions } from './context'
import { newsletterPreview } from './email/post-preview'
import { startAlertCampaign } from './sending/campaigns'
import { newsletterBatchTask } from './tasks/batch'
import { newsletterBounceMailboxTask } from './tasks/bounce-mailbox'
import { newsletterMaintenanceTask } from './tasks/maintenance'
import { translator } from '../../src/domain/translate'
import type { NewsletterTranslationKeys } from './translations'
import type { NewsletterPluginOptions } from './types'
import { newsletterPolish, newsletterTexts } from './translate'

/** While the mail server refuses us (login, relay…) the channel needs action: its campaigns wait. */
const heldCampaigns = async (payload: Payload, i18n: I18n): Promise<ChannelAlert[]> => {
  const t = translator<NewsletterTranslationKeys>(i18n)
  const held = await payload.find({
    collection: CAMPAIGNS,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    sort: '-hold.since',
    where: { state: { equals: 'needs_action' } },
  })
  if (!held.totalDocs) return []
  const reason = held.docs[0]?.hold?.reason
  return [
    {
      action: { label: t('newsletter:checkMailServer'), path: '/api/newsletter/smtp-check' },
      detail: `– ${reason ? t('newsletter:mailServerRefusesWith', { reason }) : t('newsletter:mailServerRefuses')}. ${t('newsletter:newsletterHeldHelp')}`,
      href: `/admin/collections/${CAMPAIGNS}?where[state][equals]=needs_action`,
      key: 'newsletter',
      title: t('newsletter:newsletterHeld', { count: held.totalDocs }),
    },
  ]
}

/**
 * The email newsletter as a fan-out channel, given to `fanoutPlugin({ channels })` beside the
 * newsletter plugin itself (with the same options). An urgent alert becomes a campaign at once;
 * any other post is taken into the next daily or weekly digest, sent on the settings' schedule.
 */
export const newsletterChannel = (options: Pick<NewsletterPluginOptions, 'smtp'>): Channel => ({
  alerts: heldCampaigns,
  builtin: builtinAccount('newsletter', 'Newsletter e-mail'),
  classify: (error) => ({
    kind: 'retry',
    message: `Nie udało się przygotować wysyłki newslettera: ${error instanceof Error ? error.message : String(error)}`,
  }),
  // Campaigns are unique per post: starting one again finds the first.
  findExisting: async () => null,
  jobs: {
    maintenance: [newsletterMaintenanceTask, newsletterBounceMailboxTask],
    tasks: [newsletterBatchTask],
  },
  misconfiguration: () =>
    options.smtp.configured() ? null : newsletterPolish('newsletter:channel-noMailServer'),
  publish: async (copy, ctx) => {
    if (!copy.payload.urgent)
      return {
        externalId: 'digest',
        note: (await newsletterTexts(ctx.payload))('newsletter:channel-digestNote'),
        url: null,
      }
    const campaign = await startAlertCampaign(ctx.payload, copy.payload.postId as number | string)
    if (!campaign) throw new Error('wpis nie istnieje')
    return {
      externalId: `campaign:${campaign.id}`,
      note: (await newsletterTexts(ctx.payload))('newsletter:channel-alertNote'),
      url: `${newsletterOptions(ctx.payload).siteUrl}/admin/collections/${CAMPAIGNS}/${campaign.id}`,
    }
  },
  // A correction is an entry in the next digest (`sending/digest-corrections.ts`), never a mail of its own.
  correct: async (_copy, ctx) => ({
    externalId: 'digest',
    note: (await newsletterTexts(ctx.payload))('newsletter:channel-correctionNote'),
    url: null,
  }),
  preview: async (post, { req }) => ({
    ...(await newsletterPreview(req.payload, post)),
    actions: [
      {
        label: translator<NewsletterTranslationKeys>(req.i18n)('newsletter:testSend'),
        path: '/api/newsletter/test-send',
      },
    ],
  }),
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
