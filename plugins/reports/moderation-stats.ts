import {
  type ComplaintState,
  MODERATION_ACTIONS,
  type ModerationAction,
} from '../../src/domain/moderation'
import { monthOf } from '../../src/domain/register-month'
import { inPeriod, type ReportPeriod } from './period'
import type { ComplaintRecord, EntryRecord } from './types'
import { median, round1 } from './stats'

export type ComplaintOutcome = 'pending' | 'rejected' | 'upheld'

export const complaintOutcomeOf = (state: string): ComplaintOutcome =>
  state === 'upheld' || state === 'rejected' ? state : 'pending'

export type ModerationMonth = {
  actions: Record<ModerationAction, number>
  complaints: Record<ComplaintOutcome, number>
  complaintsReceived: number
  /** Median days from a complaint's receipt to its decision, over the month's decided complaints. */
  decisionMedianDays: null | number
  month: string
  totalActions: number
}

const noActions = () =>
  Object.fromEntries(MODERATION_ACTIONS.map((a) => [a.value, 0])) as Record<
    ModerationAction,
    number
  >

/**
 * Moderation statistics per month: the register's actions by kind (by when they happened) and the
 * complaints by outcome (by when they were received; still open ones count as pending), with how
 * long deciding took. Every month of the period has a row, quiet months included.
 */
export const moderationStats = (input: {
  complaints: readonly ComplaintRecord[]
  entries: readonly EntryRecord[]
  months: readonly string[]
  period: Pick<ReportPeriod, 'from' | 'to'>
  /** Only the official profiles of this unit (entries and complaints name the unit they concern). */
  unit?: null | string
}): ModerationMonth[] => {
  const ofUnit = (unit: null | string | undefined) => !input.unit || unit === input.unit
  const rows = new Map(
    input.months.map((month) => [
      month,
      {
        actions: noActions(),
        complaints: { pending: 0, rejected: 0, upheld: 0 },
        days: [] as number[],
        received: 0,
      },
    ]),
  )
  for (const entry of input.entries) {
    if (!inPeriod(input.period, entry.occurredAt) || !ofUnit(entry.unit)) continue
    const row = rows.get(monthOf(entry.occurredAt))
    if (row && entry.action in row.actions) row.actions[entry.action as ModerationAction]++
  }
  for (const complaint of input.complaints) {
    if (!inPeriod(input.period, complaint.receivedAt) || !ofUnit(complaint.unit)) continue
    const row = rows.get(monthOf(complaint.receivedAt))
    if (!row) continue
    row.received++
    row.complaints[complaintOutcomeOf(complaint.state as ComplaintState)]++
    if (complaint.decidedAt && complaintOutcomeOf(complaint.state) !== 'pending')
      row.days.push(
        (new Date(complaint.decidedAt).getTime() - new Date(complaint.receivedAt).getTime()) /
          86_400_000,
      )
  }
  return input.months.map((month) => {
    const row = rows.get(month)!
    return {
      actions: row.actions,
      complaints: row.complaints,
      complaintsReceived: row.received,
      decisionMedianDays: round1(median(row.days)),
      month,
      totalActions: Object.values(row.actions).reduce((a, b) => a + b, 0),
    }
  })
}
