import type { GlobalConfig } from 'payload'

import { label } from '../../../src/domain/labels'
import { SITE_VERSION } from '../constants'

/**
 * One row: the public site's content version. Anyone may read it (it is an opaque token, and web
 * processes read it over the API); only the plugin's hooks write it, in the same transaction as
 * the change that alters a public page.
 */
export const siteVersionGlobal: GlobalConfig = {
  slug: SITE_VERSION,
  label: label('Wersja treści serwisu', 'Site content version'),
  access: { read: () => true, update: () => false },
  admin: { hidden: true },
  fields: [
    {
      name: 'version',
      type: 'text',
      label: label('Wersja', 'Version'),
    },
  ],
}
