import { option } from './labels'

/** Kinds of units that publish through a gmina office. */
export const UNIT_KINDS = [
  option('office', 'Urząd gminy / miasta', 'Municipal office'),
  option('mayor', 'Wójt / burmistrz / prezydent', 'Mayor'),
  option('council', 'Rada gminy / miasta', 'Council'),
  option('councillor', 'Radny / radna', 'Councillor'),
  option('solectwo', 'Sołectwo / sołtys', 'Village (sołectwo)'),
  option('district_council', 'Rada dzielnicy / osiedla', 'District council'),
  option('school', 'Szkoła', 'School'),
  option('kindergarten', 'Przedszkole', 'Kindergarten'),
  option('nursery', 'Żłobek', 'Nursery'),
  option('library', 'Biblioteka', 'Library'),
  option('culture_centre', 'Centrum / dom kultury', 'Culture centre'),
  option('museum', 'Muzeum / izba pamięci', 'Museum'),
  option('sports_centre', 'Ośrodek sportu i rekreacji', 'Sports centre'),
  option('sports_club', 'Klub sportowy', 'Sports club'),
  option('osp', 'Ochotnicza straż pożarna (OSP)', 'Volunteer fire brigade (OSP)'),
  option('social_help', 'Pomoc społeczna (OPS / CUS)', 'Social help centre (OPS / CUS)'),
  option('health_centre', 'Ośrodek zdrowia', 'Health centre'),
  option('cuw', 'Centrum usług wspólnych (CUW)', 'Shared-services centre (CUW)'),
  option('municipal_company', 'Spółka / zakład komunalny', 'Municipal company'),
  option('ngo', 'Organizacja pozarządowa', 'NGO'),
] as const

/** Post categories: what the units publish. */
export const CATEGORIES = [
  option('official', 'Ogłoszenia i komunikaty urzędowe', 'Official announcements'),
  option('council_sessions', 'Sesje rady', 'Council sessions'),
  option('education', 'Edukacja i oświata', 'Education'),
  option('culture', 'Kultura i wydarzenia', 'Culture and events'),
  option('sport', 'Sport i aktywność', 'Sport'),
  option('safety', 'Bezpieczeństwo i ostrzeżenia', 'Safety and alerts'),
  option('social_health', 'Pomoc społeczna i zdrowie', 'Social help and health'),
  option('municipal_services', 'Gospodarka komunalna i inwestycje', 'Municipal services and works'),
  option('ngo_initiatives', 'Organizacje i inicjatywy lokalne', 'NGOs and local initiatives'),
  option('consultations', 'Konsultacje społeczne', 'Consultations'),
] as const

/** URL slugs of the categories (public lists and feeds): Polish, stable, ASCII. */
export const CATEGORY_SLUGS: Record<Category, string> = {
  council_sessions: 'sesje-rady',
  consultations: 'konsultacje',
  culture: 'kultura',
  education: 'edukacja',
  municipal_services: 'gospodarka-komunalna',
  ngo_initiatives: 'inicjatywy-lokalne',
  official: 'ogloszenia',
  safety: 'bezpieczenstwo',
  social_health: 'pomoc-spoleczna-i-zdrowie',
  sport: 'sport',
}

export const categoryOfSlug = (slug: string): Category | null =>
  (Object.entries(CATEGORY_SLUGS).find(([, s]) => s === slug)?.[0] as Category | undefined) ?? null

export const INFORMATION_TYPES = [
  option(
    'public_information',
    'Informacja publiczna (wymaga BIP)',
    'Public information (needs BIP)',
  ),
  option('local_news', 'Wiadomość lokalna', 'Local news'),
  option('urgent_alert', 'Pilny komunikat', 'Urgent alert'),
] as const

export const CHANNELS = [
  option('group', 'Grupa mieszkańców (Facebook)', "Residents' group (Facebook)"),
  option('fanpage', 'Fanpage urzędu (Facebook)', "Office's Facebook Page"),
  option('rss', 'Kanał RSS', 'RSS feed'),
  option('newsletter', 'Newsletter e-mail', 'Email newsletter'),
] as const

export const PROFILE_PLATFORMS = [
  option('facebook_page', 'Facebook – strona', 'Facebook Page'),
  option('facebook_group', 'Facebook – grupa', 'Facebook group'),
  option('instagram', 'Instagram', 'Instagram'),
  option('youtube', 'YouTube', 'YouTube'),
  option('x', 'X (Twitter)', 'X (Twitter)'),
  option('tiktok', 'TikTok', 'TikTok'),
  option('linkedin', 'LinkedIn', 'LinkedIn'),
  option('bluesky', 'Bluesky', 'Bluesky'),
  option('mastodon', 'Mastodon', 'Mastodon'),
  option('website', 'Strona internetowa', 'Website'),
  option('other', 'Inny', 'Other'),
] as const

export type UnitKind = (typeof UNIT_KINDS)[number]['value']
export type Category = (typeof CATEGORIES)[number]['value']
export type InformationType = (typeof INFORMATION_TYPES)[number]['value']
export type Channel = (typeof CHANNELS)[number]['value']
