/** What the app needs of the site version: the rule for posts, for the plugin's options. */
export { wasOrIsPublished } from '../rules/was-or-is-published'
