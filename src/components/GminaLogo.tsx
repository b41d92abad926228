import type { ServerProps } from 'payload'

import { translator } from '../domain/translate'
import { gminaBrand } from '../public/brand'
import type { AppTranslationKeys } from '../translations'

// Served by src/app/herb/route.ts: the uploaded coat of arms, or the default shield.
const HERB_URL = '/herb'

/** The login page's logo: the gmina's coat of arms and name above the panel's name. */
export const GminaLogo = async ({ i18n, payload }: ServerProps) => {
  const t = translator<AppTranslationKeys>(i18n)
  const { herb, name } = await gminaBrand(payload)
  return (
    <div style={{ alignItems: 'center', display: 'flex', flexDirection: 'column', gap: '0.5rem' }}>
      <img
        alt={name ? t('herold:coatOfArmsOf', { name }) : t('herold:coatOfArms')}
        src={herb?.url ?? HERB_URL}
        style={{ height: '6rem', width: 'auto' }}
      />
      {name ? <strong style={{ fontSize: '1.5rem', textAlign: 'center' }}>{name}</strong> : null}
      <span style={{ color: 'var(--theme-elevation-600)' }}>{t('herold:adminPanel')}</span>
    </div>
  )
}

/** The small icon of the admin's navigation (the link to the dashboard): the coat of arms. */
export const GminaIcon = async ({ i18n, payload }: ServerProps) => {
  const t = translator<AppTranslationKeys>(i18n)
  const { herb, name } = await gminaBrand(payload)
  return (
    <img
      alt={name ? t('herold:coatOfArmsOf', { name }) : t('herold:coatOfArms')}
      src={herb?.url ?? HERB_URL}
      style={{ height: '1.5rem', width: 'auto' }}
    />
  )
}
