import { READ_CRON, REREAD_DAYS, WINDOW_MONTHS } from './constants'
import type { PageWatchPluginOptions, ResolvedOptions } from './types'

export const resolveOptions = (options: PageWatchPluginOptions = {}): ResolvedOptions => ({
  autoRun: options.autoRun ?? true,
  bipHosts: options.bipHosts ?? [],
  cron: options.cron ?? READ_CRON,
  disabled: options.disabled ?? false,
  rereadDays: options.rereadDays ?? REREAD_DAYS,
  windowMonths: options.windowMonths ?? WINDOW_MONTHS,
})
