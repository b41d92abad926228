import { polishLabelOf } from '../../../src/domain/labels'
import { PROFILE_PLATFORMS } from '../../../src/domain/taxonomy'
import { type FanoutT, polishT } from '../i18n'

/**
 * A social channel may publish only under published rules of discussion that govern it (they say
 * who runs the profile, how moderation is documented, where to complain). One rule for the admin
 * saving the channel and for the engine about to send.
 */
export type SocialKind = 'fanpage' | 'group'

/** The profile platform (as in `governs[].platform` of the rules) each social channel publishes to. */
export const PLATFORM_OF: Record<SocialKind, string> = {
  fanpage: 'facebook_page',
  group: 'facebook_group',
}

export const isSocialKind = (kind: unknown): kind is SocialKind =>
  kind === 'fanpage' || kind === 'group'

export type GoverningRules = {
  _status?: null | string
  governs?: null | { platform?: null | string }[]
  id: number | string
  slug?: null | string
  title?: null | string
}

/** Why the channel may not publish under these rules, with what to do; null when it may. */
export const rulesProblem = (
  kind: SocialKind,
  rules: GoverningRules | null | undefined,
  t: FanoutT = polishT,
): null | string => {
  const why = t('fanout:rulesWhy')
  if (!rules) return t('fanout:rulesMissing', { why })
  const title = rules.title ? `„${rules.title}”` : t('fanout:rulesTitleUnnamed')
  if (rules._status !== 'published') return t('fanout:rulesUnpublished', { title, why })
  const platform = PLATFORM_OF[kind]
  if (!(rules.governs ?? []).some((g) => g.platform === platform)) {
    // The platform's name comes from the shared taxonomy, which names it in Polish.
    return t('fanout:rulesNotGoverning', {
      platform: polishLabelOf(PROFILE_PLATFORMS, platform),
      title,
    })
  }
  return null
}

/** The public page of the rules, as every copy links to it; null when there is nothing to link to. */
export const rulesUrlOf = (
  siteUrl: string,
  rules: GoverningRules | null | undefined,
): null | string =>
  rules?._status === 'published' && rules.slug ? `${siteUrl}/zasady-dyskusji/${rules.slug}` : null
