/** The app's own tasks on Payload's Jobs Queue and their schedules (plugins declare theirs). */
export const SCHEDULED_QUEUE = 'scheduled'
export const PUBLISH_DUE_POSTS_TASK = 'publishDuePosts'
export const MODERATION_TASK = 'moderationWork'

/** Every 10 seconds: due posts are published, and the queue of scheduled work is run. */
export const SCHEDULED_CRON = '*/10 * * * * *'
/** Fanpage comments for moderation every 5 minutes, at half a minute past. */
export const MODERATION_CRON = '30 */5 * * * *'
