const POLISH: Record<string, string> = {
  ą: 'a',
  ć: 'c',
  ę: 'e',
  ł: 'l',
  ń: 'n',
  ó: 'o',
  ś: 's',
  ź: 'z',
  ż: 'z',
}

/** URL slug from a Polish title: `Sesja Rady Gminy – 12 maja` → `sesja-rady-gminy-12-maja`. */
export const slugify = (text: string, maxLength = 80): string =>
  text
    .toLocaleLowerCase('pl-PL')
    .replace(/[ąćęłńóśźż]/g, (c) => POLISH[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '')
