import type { CollectionSlug } from 'payload'

import type { PostBlock } from './email/messages'

/** Reads request headers (a Fetch `Headers`, or anything with `get`). */
export type HeaderReader = { get: (name: string) => null | string }

/** The IMAP mailbox bounces are delivered to; `url` is imap://host:port or imaps://host:port. */
export type BounceImapAccount = { password?: string; url?: string; user?: string }

export type NewsletterPluginOptions = {
  /**
   * Bounces that arrive later, by mail or from a provider (see bounces/): the VERP return path
   * `localPart+<token>@domain` of every message; without a domain messages keep the default return
   * path and no mailbox is read. The account and the webhook's secret are read at each use.
   */
  bounces?: {
    address?: { domain?: string; localPart?: string }
    imap?: () => BounceImapAccount
    webhookSecret?: () => string | undefined
  }
  /** Slugs of the instance's collections the newsletter reads (posts to send, units to choose). */
  collections?: { posts?: CollectionSlug; units?: CollectionSlug }
  /** Turns the newsletter off; its collections stay so that data and the admin keep working. */
  disabled?: boolean
  /**
   * The client's address of a request, for the per-IP limit and the consent record (where it is
   * kept only as a keyed hash): the app's policy on which proxies to believe.
   */
  clientIp: (headers: HeaderReader) => string
  /** The app's mail transport, which also sends the newsletter through `payload.sendEmail`. */
  smtp: {
    /** Whether a mail server is configured at all; without one the channel is misconfigured. */
    configured: () => boolean
    /** Throws the server's refusal when it does not take us (connection, greeting, TLS, login). */
    verify: () => Promise<unknown>
  }
  /** The sender's name when the gmina has no office unit to name it. */
  senderName?: string
  /** Public URL of the site, for the links in every email. */
  siteUrl?: string
  sending?: {
    /** Messages claimed and not yet recorded at any time: enough to keep every SMTP connection busy. */
    inFlight?: number
    /** A recipient still `sending` after this long belongs to a worker that died. */
    leaseMs?: number
  }
}

export type ResolvedNewsletterOptions = Required<
  Omit<NewsletterPluginOptions, 'bounces' | 'collections' | 'sending' | 'senderName'>
> & {
  bounces: {
    address: { domain: string; localPart: string } | null
    imap: () => BounceImapAccount
    webhookSecret: () => string | undefined
  }
  collections: Required<NonNullable<NewsletterPluginOptions['collections']>>
  senderName: string
  sending: Required<NonNullable<NewsletterPluginOptions['sending']>>
}

/** What a subscriber asked for. */
export type Preferences = {
  categories: string[]
  digest: 'daily' | 'off' | 'weekly'
  units: (number | string)[]
  urgentAlerts: boolean
}

/** A subscriber as the subscription code reads it (tokens included: server only). */
export type SubscriberDoc = {
  confirmationSentAt?: null | string
  confirmToken?: null | string
  email: string
  id: number | string
  manageToken?: null | string
  preferences?: {
    categories?: null | string[]
    digest?: Preferences['digest']
    units?: ({ id: number | string } | number | string)[] | null
    urgentAlerts?: boolean | null
  }
  state: 'bounced' | 'confirmed' | 'pending' | 'unsubscribed'
}

export type CampaignKind = 'alert' | 'digest_daily' | 'digest_weekly'
export type DigestKind = Exclude<CampaignKind, 'alert'>

/** A campaign as the sending engine reads it through the database adapter. */
export type CampaignDoc = {
  chain?: null | string
  /** `alerts`: the alert campaigns of a digest's urgent posts, so nobody gets an alert twice. */
  content: {
    alerts?: { campaign: number | string; post: string }[]
    blocks: PostBlock[]
    intro: string
    senderName: string
    title: string
  }
  cursor?: null | string
  finishedAt?: string
  heartbeatAt?: null | string
  /** Why the mail server stopped the campaign (state `needs_action`), and when it is checked again. */
  hold?: { checkAt?: null | string; reason?: null | string; since?: null | string } | null
  id: number | string
  kind: CampaignKind
  periodEnd?: string
  state: 'done' | 'needs_action' | 'sending'
  subject: string
  total?: number
}

/** A subscriber as a message needs them: read straight from the adapter, only what it uses. */
export type SubscriberRow = {
  email: string
  id: number | string
  manageToken: string
  preferences?: {
    categories?: null | string[]
    digest?: string
    units?: (number | string | { id: number | string })[] | null
    urgentAlerts?: boolean | null
  }
}
