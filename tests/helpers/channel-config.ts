import type { Payload } from 'payload'

import { startFakeSmtp } from '../fakes/smtp'
import { handoffGroup } from './fanout'
import { publishRules } from './rules'

/**
 * Makes every channel of a bare test instance able to publish: the Page (an account with its
 * token under published rules), the residents' group (posted by hand) and the newsletter (a real
 * SMTP server on loopback). No queue is run, so nothing reaches Facebook. Set
 * HEROLD_ENCRYPTION_KEY before the instance starts: the token is sealed when saved.
 */
export const configureAllChannels = async (payload: Payload) => {
  const smtp = await startFakeSmtp()
  Object.assign(process.env, smtp.env())
  const page = await publishRules(payload, 'Zasady dyskusji na fanpage', 'facebook_page')
  const group = await publishRules(payload, 'Zasady dyskusji w grupie', 'facebook_group')
  await payload.create({
    collection: 'channel-accounts',
    data: {
      discussionRules: page.id,
      enabled: true,
      fanpage: { pageId: '1000', pageToken: 'page-token-test' },
      kind: 'fanpage',
      name: 'Fanpage urzędu',
    },
    overrideAccess: true,
  })
  await handoffGroup(payload, group.id)
  return {
    close: async () => {
      for (const name of Object.keys(smtp.env())) delete process.env[name]
      await smtp.close()
    },
  }
}
