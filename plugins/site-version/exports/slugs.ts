/** The global's slug, for the web server that reads the version over the API. */
export { SITE_VERSION } from '../constants'
