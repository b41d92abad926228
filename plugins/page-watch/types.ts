export type PageWatchPluginOptions = {
  /** Let the Next.js process run the watcher's queue itself (npm run dev / npm start). */
  autoRun?: boolean
  /** How often the Pages are read (a six-field cron expression, seconds first). */
  cron?: string
  /** Turns reading off; what was read stays for the reports. */
  disabled?: boolean
  /** Hosts of the gmina's BIP not named `bip.…`: a hand-made post linking there cites BIP. */
  bipHosts?: string[]
  /** Days of recent posts read again on every pass (edits, deletions). */
  rereadDays?: number
  /** Months of posts kept read: the report window. */
  windowMonths?: number
}

export type ResolvedOptions = {
  autoRun: boolean
  bipHosts: string[]
  cron: string
  disabled: boolean
  rereadDays: number
  windowMonths: number
}
