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
