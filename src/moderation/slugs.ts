/** The moderation register's slugs, kept here for the audit and reports code that imports them. */
export { COMPLAINTS, DISCUSSION_RULES, MODERATION_ENTRIES, SOCIAL_COMMENTS } from '../domain/slugs'
