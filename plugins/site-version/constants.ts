/** The global holding the public site's content version (one row in every database). */
export const SITE_VERSION = 'site-version'
