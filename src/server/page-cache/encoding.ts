export type PageEncoding = 'br' | 'gzip' | 'identity'

/** The q-value the Accept-Encoding header gives a coding (0 when it is refused or not named). */
const qualityOf = (accept: string, coding: string): number => {
  let star: number | undefined
  for (const part of accept.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const value = q === undefined ? 1 : Number(q.slice(2))
    const quality = Number.isFinite(value) ? value : 0
    if (name.trim() === coding) return quality
    if (name.trim() === '*') star = quality
  }
  return star ?? 0
}

/**
 * The encoding of a cached page for this Accept-Encoding: brotli (smallest) when accepted, then
 * gzip, else the plain bytes. Ties in q go to the smaller encoding.
 */
export const chooseEncoding = (acceptEncoding: string | string[] | undefined): PageEncoding => {
  const accept = [acceptEncoding ?? ''].flat().join(',')
  const br = qualityOf(accept, 'br')
  const gzip = qualityOf(accept, 'gzip')
  if (br > 0 && br >= gzip) return 'br'
  if (gzip > 0) return 'gzip'
  return 'identity'
}
