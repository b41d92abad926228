/** Small statistics shared by the reports; pure, and total over empty input. */

/** The median, or null for no values (a report cell then says "no data" rather than 0). */
export const median = (values: readonly number[]): null | number => {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** One decimal place: enough for hours and percentages in a report. */
export const round1 = (value: null | number): null | number =>
  value == null ? null : Math.round(value * 10) / 10

export const hoursBetween = (from: Date | string, to: Date | string) =>
  (new Date(to).getTime() - new Date(from).getTime()) / 3_600_000

/** A share in percent, or null when there is nothing to share out. */
export const percent = (part: number, whole: number): null | number =>
  whole ? round1((part / whole) * 100) : null

export const sum = (values: readonly (null | number | undefined)[]) =>
  values.reduce<number>((total, v) => total + (v ?? 0), 0)
