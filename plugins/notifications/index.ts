import type { CollectionConfig, Config } from 'payload'

import { deepMergeSimple } from 'payload'

import { POSTS, USERS } from '../../src/domain/slugs'
import { ACCOUNTS, CORRECTIONS } from '../fanout/exports/slugs'
import { notificationsCollection } from './collections/notifications'
import { NOTIFICATIONS_QUEUE, QUEUE_CRON } from './constants'
import { feedEndpoint, readEndpoint } from './endpoints/feed'
import { preferenceField } from './fields/preference'
import { notifyOnAccountChange } from './hooks/channel-accounts'
import { notifyOnCorrection } from './hooks/corrections'
import { notifyOnPostChange } from './hooks/posts'
import { deleteUsersNotifications } from './hooks/users'
import { digestTask } from './tasks/digest'
import { emailTask } from './tasks/email'
import { translations } from './translations'
import type { NotificationsPluginOptions } from './types'

export type { NotificationsPluginOptions } from './types'

type Hooks = NonNullable<CollectionConfig['hooks']>
const afterChange = (c: CollectionConfig, hook: NonNullable<Hooks['afterChange']>[number]) => ({
  ...c,
  hooks: { ...c.hooks, afterChange: [...(c.hooks?.afterChange ?? []), hook] },
})

/**
 * Notifications: the workflow's steps, failed copies, group hand-offs and channels needing an
 * admin reach the people they concern, under the bell in the admin and by e-mail as each prefers.
 * Delivery changes come from the fan-out's `onDeliveryState` (see exports/server).
 */
export const notificationsPlugin =
  (options: NotificationsPluginOptions = {}) =>
  (config: Config): Config => {
    const own = { ...notificationsCollection, endpoints: [feedEndpoint, readEndpoint] }
    const collections = [...(config.collections ?? []), own]
    if (options.disabled)
      return { ...config, collections: [...(config.collections ?? []), notificationsCollection] }
    const siteUrl = (options.siteUrl ?? 'http://localhost:3000').replace(/\/$/, '')
    const admin = config.admin?.components
    const jobs = config.jobs
    const autoRun = Array.isArray(jobs?.autoRun) ? jobs.autoRun : []
    return {
      ...config,
      admin: {
        ...config.admin,
        components: {
          ...admin,
          actions: [
            ...(admin?.actions ?? []),
            '/plugins/notifications/exports/client#NotificationBell',
          ],
        },
      },
      collections: collections.map((c) => {
        if (c.slug === POSTS) return afterChange(c, notifyOnPostChange)
        if (c.slug === ACCOUNTS) return afterChange(c, notifyOnAccountChange)
        if (c.slug === CORRECTIONS) return afterChange(c, notifyOnCorrection)
        if (c.slug === USERS)
          return {
            ...c,
            fields: [...c.fields, preferenceField],
            hooks: {
              ...c.hooks,
              beforeDelete: [...(c.hooks?.beforeDelete ?? []), deleteUsersNotifications],
            },
          }
        return c
      }),
      i18n: {
        ...config.i18n,
        translations: deepMergeSimple(translations, config.i18n?.translations ?? {}),
      },
      jobs: {
        ...jobs,
        autoRun:
          options.autoRun === false
            ? autoRun
            : [...autoRun, { cron: QUEUE_CRON, limit: 20, queue: NOTIFICATIONS_QUEUE }],
        tasks: [...(jobs?.tasks ?? []), emailTask(siteUrl), digestTask(siteUrl)],
      },
    }
  }
