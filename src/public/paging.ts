/** Residents' list pages: 10 posts a page; page numbers come from the URL and are validated. */
export const PAGE_SIZE = 10

/** A page number from `?strona=`; null when it is not a positive whole number (the page answers 404). */
export const parsePage = (raw: string | string[] | undefined): null | number => {
  if (raw === undefined) return 1
  const value = Array.isArray(raw) ? raw[0] : raw
  if (!/^[1-9]\d{0,5}$/.test(value)) return null
  return Number(value)
}

/** Builds a list URL keeping the filters; page 1 has no parameter so it has one canonical address. */
export const listHref = (
  base: string,
  params: Record<string, null | number | string | undefined>,
) => {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '' || (key === 'strona' && value === 1))
      continue
    query.set(key, String(value))
  }
  const qs = query.toString()
  return qs ? `${base}?${qs}` : base
}

export { polishDate } from '../domain/dates'
