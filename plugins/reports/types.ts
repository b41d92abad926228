export type ReportsPluginOptions = {
  /** Leaves the admin without the reports and the API without their CSV export. */
  disabled?: boolean
}

/**
 * The plain records the report functions work on: what the loaders read from the database, with
 * ids as strings (so numeric and ObjectId ids compare alike) and instants as ISO strings.
 */
export type UnitRecord = { id: string; name: string; slug: string }

export type PostRecord = {
  approvalLog: { at: string; decision: string; from?: null | string; to?: null | string }[]
  bipReference: null | string
  category: string
  id: string
  informationType: string
  publishedAt: null | string
  slug: null | string
  /** Title, lead and body as plain text, for the "should this be in BIP?" heuristic. */
  text: string
  title: string
  unit: null | string
  workflowState: string
}

export type ReachFigures = {
  comments?: null | number
  fetchedAt?: null | string
  impressions?: null | number
  impressionsUnique?: null | number
  reactions?: null | number
  shares?: null | number
  state?: null | string
}

export type DeliveryRecord = {
  channel: string
  id: string
  post: string
  reach?: null | ReachFigures
  sentAt: null | string
  state: string
  unit: null | string
}

export type BipRecord = {
  caseReference: null | string
  id: string
  producingUnit: null | string
  publishedAt: null | string
  state: string
  title: string
  url: string
}

export type EntryRecord = {
  action: string
  channelName: string
  id: string
  number: number
  occurredAt: string
  unit?: null | string
}

export type ComplaintRecord = {
  decidedAt: null | string
  entry: string
  id: string
  receivedAt: string
  state: string
  unit?: null | string
}

/** A post of the Page as the Page watcher read it (`plugins/page-watch`). */
export type PagePostRecord = {
  createdTime: string
  id: string
  /** herold, public_without_bip, public_with_bip or other. */
  kind: string
  message: string
  permalink: null | string
  reason: null | string
}
