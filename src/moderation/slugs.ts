/** Collections of the moderation register (issue 5), named once for the code that reaches across them. */
export const MODERATION_ENTRIES = 'moderation-entries'
export const COMPLAINTS = 'complaints'
export const SOCIAL_COMMENTS = 'social-comments'
export const DISCUSSION_RULES = 'discussion-rules'
