import { gminaBrand } from '../../public/brand'
import { DEFAULT_HERB_SVG } from '../../public/default-herb'
import { sitePayload } from '../../public/site'

/**
 * The icon of the admin's and the residents' browser tabs: the office's uploaded coat of arms
 * (its file, where Payload serves it), or a plain default shield. Browsers ask often: cached
 * for a few minutes, so a newly uploaded coat of arms shows within them.
 */
export const GET = async () => {
  const { herb } = await gminaBrand(await sitePayload())
  const cache = 'public, max-age=300'
  if (herb)
    return new Response(null, {
      headers: { 'cache-control': cache, location: herb.url },
      status: 302,
    })
  return new Response(DEFAULT_HERB_SVG, {
    headers: { 'cache-control': cache, 'content-type': 'image/svg+xml; charset=utf-8' },
  })
}
