import type { CollectionSlug } from 'payload'

/** The statutory metadata of a BIP entry (art. 8 ust. 6), as far as its page states it. */
export type Metryczka = {
  enteredBy?: string
  modifiedAt?: string
  modifiedBy?: string
  producedAt?: string
  producedBy?: string
  publishedAt?: string
  responsible?: string
  sharedBy?: string
}

/** One entry as a feed or a sitemap lists it. */
export type ListedEntry = {
  publishedAt: null | string
  title: null | string
  updatedAt: null | string
  url: string
}

/** A feed or a sitemap, read. `complete`: it lists every entry, so absence from it means something. */
export type Listing = {
  complete: boolean
  entries: ListedEntry[]
  kind: 'atom' | 'rss' | 'sitemap'
}

export type BipWatchPluginOptions = {
  /** Let the Next.js process run the watcher's queue itself (npm run dev / npm start). */
  autoRun?: boolean
  /** Slugs of the instance's collections the watcher works with. */
  collections?: { bipReferences?: CollectionSlug; posts?: CollectionSlug; units?: CollectionSlug }
  /** How often the sources are polled (a six-field cron expression, seconds first). */
  cron?: string
  /** Turns polling off; the sources and what was recorded stay. */
  disabled?: boolean
  /** Limits of every request to a BIP. */
  http?: { maxBytes?: number; timeoutMs?: number; userAgent?: string }
  /**
   * Per poll and source: how many new entries are imported (the rest on the next poll), and how
   * many published entries have their page read again, those unchecked for `recheckAfterMs` first.
   */
  limits?: { imports?: number; rechecks?: number; recheckAfterMs?: number }
}

export type ResolvedOptions = {
  autoRun: boolean
  collections: Required<NonNullable<BipWatchPluginOptions['collections']>>
  cron: string
  disabled: boolean
  http: Required<NonNullable<BipWatchPluginOptions['http']>>
  limits: Required<NonNullable<BipWatchPluginOptions['limits']>>
}
