/** The desk's endpoint under the API route: `GET /api/desk` answers the user's queues. */
export const DESK_ENDPOINT = '/desk'

/** How many rows each queue shows; the rest is one click away in the filtered list. */
export const ROWS_PER_QUEUE = 5

/** How often an open dashboard asks for fresh counts. */
export const POLL_MS = 30_000

/** The queues, in the order a dashboard shows them. */
export const QUEUE_IDS = [
  'toApprove',
  'waitingForBip',
  'channelProblems',
  'myDrafts',
  'toCorrect',
  'scheduled',
  'groupTasks',
  'channelHealth',
] as const

/** The calendar's segment of the admin's address: /admin/kalendarz. */
export const CALENDAR_PATH = 'kalendarz'

/** `GET /api/desk/calendar?from=&to=&unit=&category=&channel=`: the posts of a period. */
export const CALENDAR_ENDPOINT = '/desk/calendar'

/** `POST` (create or regenerate) and `DELETE` (revoke) the user's secret calendar feed. */
export const CALENDAR_FEED_ENDPOINT = '/desk/calendar/feed'

/** `GET /api/desk/calendar.ics?token=…`: the user's calendar for calendar applications. */
export const CALENDAR_ICS_ENDPOINT = '/desk/calendar.ics'

/** The users' field keeping the SHA-256 of their feed token (the token itself is never stored). */
export const FEED_TOKEN_FIELD = 'calendarFeedTokenHash'

/** The gmina's clocks: days, hours and "today" of the calendar are read on them. */
export const TIME_ZONE = 'Europe/Warsaw'

/** The longest period one request may ask for (a month view with its leading and trailing days). */
export const MAX_RANGE_DAYS = 62

/** What the feed covers around its reading: recent publications and everything planned ahead. */
export const FEED_DAYS_BACK = 60
export const FEED_DAYS_AHEAD = 365

/** The states a post is planned in (by `publishAt`); published posts are placed by `publishedAt`. */
export const PLANNED_STATES = ['draft', 'in_review', 'changes_requested', 'approved'] as const

/** More posts than a gmina plans in two months; a city's calendar filters by unit. */
export const CALENDAR_LIMIT = 1000
