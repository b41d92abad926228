/**
 * A small gmina's two months (March and April 2025) with answers worked out by hand, for the
 * report functions (unit tests) and, stored in a real database, for the loaders (int tests).
 * Times are UTC; Warsaw is UTC+1 until 30 March 2025 and UTC+2 after, which some records straddle.
 */
export const PERIOD = { from: '2025-03', to: '2025-04' }
export const MONTHS = ['2025-03', '2025-04']

export { COMPLAINTS, ENTRIES } from './moderation'
export { EXPECTED_ACTIVITY } from './expected'
export { BIPS, DELIVERIES, POSTS, UNITS } from './publications'
