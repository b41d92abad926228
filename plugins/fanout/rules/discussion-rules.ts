import { polishLabelOf } from '../../../src/domain/labels'
import { PROFILE_PLATFORMS } from '../../../src/domain/taxonomy'

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

const WHY =
  'Każdy profil, na którym mieszkańcy dyskutują, musi mieć opublikowane zasady dyskusji: kto go prowadzi, jak moderujemy i gdzie złożyć skargę.'

/** Why the channel may not publish under these rules, in Polish with what to do; null when it may. */
export const rulesProblem = (
  kind: SocialKind,
  rules: GoverningRules | null | undefined,
): null | string => {
  if (!rules) {
    return `Kanał nie ma wskazanych zasad dyskusji. ${WHY} Opublikuj zasady w „Zasady dyskusji” i wybierz je w polu „Zasady dyskusji” kanału albo zapisz kanał jako wyłączony.`
  }
  const title = rules.title ? `„${rules.title}”` : 'wskazane w kanale'
  if (rules._status !== 'published') {
    return `Zasady dyskusji ${title} nie są opublikowane. ${WHY} Opublikuj je (albo wybierz w kanale inne, opublikowane zasady); wstrzymane wpisy zostaną wtedy wysłane.`
  }
  const platform = PLATFORM_OF[kind]
  if (!(rules.governs ?? []).some((g) => g.platform === platform)) {
    return `Zasady dyskusji ${title} nie dotyczą profilu typu „${polishLabelOf(PROFILE_PLATFORMS, platform)}”. Dodaj ten profil w polu „Dotyczy profili” zasad albo wybierz zasady, które go obejmują.`
  }
  return null
}

/** The public page of the rules, as every copy links to it; null when there is nothing to link to. */
export const rulesUrlOf = (
  siteUrl: string,
  rules: GoverningRules | null | undefined,
): null | string =>
  rules?._status === 'published' && rules.slug ? `${siteUrl}/zasady-dyskusji/${rules.slug}` : null
