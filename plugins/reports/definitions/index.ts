/**
 * What each report shows, as plain data: its tables (the admin renders them as HTML, and the main
 * one is the CSV export, cell for cell) and its chart. Pure: the figures come from the report
 * functions; these files only name and arrange them, in the language of
 * the `t` they are given (Polish by default).
 * One file per report; the shared pieces in common.ts.
 */
export { activityChart, activityTable } from './activity'
export { bipChart, bipCsv, bipTables } from './bip'
export { chartTable, localDateTime, type ReportTable } from './common'
export { moderationChart, moderationTable } from './moderation'
export { REACH_GROUPINGS, reachChart, reachTable } from './reach'
