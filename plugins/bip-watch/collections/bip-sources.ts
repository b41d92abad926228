import type { CollectionConfig, CollectionSlug, Field, PayloadRequest } from 'payload'

import { adminsOnly } from '../../../src/access/roles'
import { translator } from '../../../src/domain/translate'
import { BIP_SOURCES } from '../constants'
import { l } from '../labels'
import type { BipWatchTranslationKeys } from '../translations'
import { en } from '../translations/en'
import { pl } from '../translations/pl'

const dateField = (name: string, key: BipWatchTranslationKeys): Field => ({
  name,
  type: 'date',
  admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm:ss', pickerAppearance: 'dayAndTime' } },
  label: l(key),
})

const urlField = (
  name: string,
  key: BipWatchTranslationKeys,
  description: BipWatchTranslationKeys,
): Field => ({
  name,
  type: 'text',
  admin: { description: l(description) },
  label: l(key),
  validate: (
    value: null | string | undefined,
    { req, siblingData }: { req: PayloadRequest; siblingData: unknown },
  ) => {
    const t = translator<BipWatchTranslationKeys>(req.i18n)
    const data = siblingData as { feedUrl?: string; sitemapUrl?: string }
    if (!data.feedUrl?.trim() && !data.sitemapUrl?.trim()) return t('bipWatch:needUrl')
    if (!value) return true
    try {
      const url = new URL(value.trim())
      return url.protocol === 'http:' || url.protocol === 'https:' ? true : t('bipWatch:badUrl')
    } catch {
      return t('bipWatch:badUrl')
    }
  },
})

/**
 * The BIPs the watcher polls, per gmina (and later per tenant): a feed and/or a sitemap, and the
 * unit imported entries fall back to. Admins only; the health group is the watcher's to write.
 */
export const bipSources = (unitsSlug: CollectionSlug): CollectionConfig => ({
  slug: BIP_SOURCES,
  labels: { plural: l('bipWatch:sources'), singular: l('bipWatch:source') },
  admin: {
    defaultColumns: ['name', 'feedUrl', 'sitemapUrl', 'health.lastSuccessAt', 'health.lastError'],
    description: {
      en: en.bipWatch.sourcesDescription,
      pl: pl.bipWatch.sourcesDescription,
    },
    group: { en: 'Administration', pl: 'Administracja' },
    useAsTitle: 'name',
  },
  access: { create: adminsOnly, delete: adminsOnly, read: adminsOnly, update: adminsOnly },
  fields: [
    { name: 'name', type: 'text', label: l('bipWatch:name'), required: true },
    {
      name: 'unit',
      type: 'relationship',
      admin: { description: l('bipWatch:unitDescription') },
      label: l('bipWatch:unit'),
      relationTo: unitsSlug,
      required: true,
    },
    urlField('feedUrl', 'bipWatch:feedUrl', 'bipWatch:feedUrlDescription'),
    {
      name: 'feedComplete',
      type: 'checkbox',
      admin: { description: l('bipWatch:feedCompleteDescription') },
      defaultValue: false,
      label: l('bipWatch:feedComplete'),
    },
    urlField('sitemapUrl', 'bipWatch:sitemapUrl', 'bipWatch:sitemapUrlDescription'),
    {
      type: 'row',
      fields: [
        { name: 'enabled', type: 'checkbox', defaultValue: true, label: l('bipWatch:enabled') },
        { name: 'importNew', type: 'checkbox', defaultValue: true, label: l('bipWatch:importNew') },
      ],
    },
    {
      name: 'health',
      type: 'group',
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
      label: l('bipWatch:health'),
      fields: [
        dateField('lastPollAt', 'bipWatch:lastPollAt'),
        dateField('lastSuccessAt', 'bipWatch:lastSuccessAt'),
        dateField('lastErrorAt', 'bipWatch:lastErrorAt'),
        { name: 'lastError', type: 'textarea', label: l('bipWatch:lastError') },
        {
          // The validators of the last complete read of each document, for conditional GET.
          name: 'validators',
          type: 'json',
          admin: { hidden: true },
          label: l('bipWatch:validators'),
        },
      ],
    },
  ],
})
