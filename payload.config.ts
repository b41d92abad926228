import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { pl } from '@payloadcms/translations/languages/pl'
import path from 'node:path'
import { buildConfig, deepMergeSimple } from 'payload'
import sharp from 'sharp'

import { BipReferences } from './collections/BipReferences'
import { Complaints } from './collections/Complaints'
import { DiscussionRules } from './collections/DiscussionRules'
import { LoginAttempts } from './collections/LoginAttempts'
import { Media, MEDIA_MAX_BYTES } from './collections/Media'
import { ModerationEntries } from './collections/ModerationEntries'
import { Posts } from './collections/Posts'
import { SocialComments } from './collections/SocialComments'
import { Units } from './collections/Units'
import { Users } from './collections/Users'
import { AccessibilityStatement } from './globals/AccessibilityStatement'
import { CategoryPolicy } from './globals/CategoryPolicy'
import { auditPlugin } from './plugins/audit'
import { bipWatchPlugin } from './plugins/bip-watch'
import { deskPlugin } from './plugins/desk'
import { devMailboxPlugin } from './plugins/dev-mailbox'
import { fanoutPlugin } from './plugins/fanout'
import {
  newsletterChannel,
  newsletterPlugin,
  type NewsletterPluginOptions,
} from './plugins/newsletter'
import { notificationsPlugin } from './plugins/notifications'
import { notifyDeliveryState, notifyWithdrawalTask } from './plugins/notifications/exports/server'
import { pageWatchPlugin } from './plugins/page-watch'
import { reportsPlugin } from './plugins/reports'
import { siteVersionPlugin } from './plugins/site-version'
import { wasOrIsPublished } from './plugins/site-version/exports/server'
import { payloadInternalsPlugin } from './src/access/payload-internals'
import { clientIpFrom } from './src/client-ip'
import { databaseAdapter } from './src/db'
import {
  devMailboxOn,
  emailAdapter,
  fromAddress,
  fromName,
  smtpConfigured,
  verifySmtp,
} from './src/email'
import { safeLinksPlugin } from './src/fields/safe-links'
import { idGuardPlugin } from './src/hooks/reject-malformed-id'
import { publishDuePostsTask } from './src/jobs/publish-due-posts'
import { SCHEDULED_CRON, SCHEDULED_QUEUE } from './src/jobs/tasks'
import { moderationTask } from './src/moderation/moderation-task'
import { resolveSecret } from './src/secret'
import {
  ACCESSIBILITY_STATEMENT,
  BIP_REFERENCES,
  COMPLAINTS,
  DISCUSSION_RULES,
  MEDIA,
  MODERATION_ENTRIES,
  POSTS,
  UNITS,
} from './src/domain/slugs'
import { COOKIE_PREFIX } from './src/server/same-origin'
import { seedIfEmpty } from './src/seed/auto'
import { translations } from './src/translations'
import { payloadOverrides } from './src/translations/payload-overrides'

const root = path.dirname(new URL(import.meta.url).pathname)
// How long a delivery being sent belongs to its worker (crash tests shorten it).
const fanoutLeaseMs = Number(process.env.HEROLD_FANOUT_LEASE_MS) || undefined
// The newsletter sends through the app's mail transport and trusts the proxies the app trusts.
const newsletter: NewsletterPluginOptions = {
  // Later bounces: the VERP return path, the mailbox it delivers to, providers' signed webhooks.
  bounces: {
    address: {
      domain: process.env.HEROLD_BOUNCE_DOMAIN || undefined,
      localPart: process.env.HEROLD_BOUNCE_LOCAL_PART || undefined,
    },
    imap: () => ({
      password: process.env.HEROLD_BOUNCE_IMAP_PASSWORD,
      url: process.env.HEROLD_BOUNCE_IMAP_URL,
      user: process.env.HEROLD_BOUNCE_IMAP_USER,
    }),
    webhookSecret: () => process.env.HEROLD_BOUNCE_WEBHOOK_SECRET || undefined,
  },
  clientIp: (headers) => clientIpFrom(headers),
  senderName: process.env.SMTP_FROM_NAME,
  sending: {
    inFlight: Number(process.env.HEROLD_NEWSLETTER_IN_FLIGHT) || undefined,
    leaseMs: Number(process.env.HEROLD_NEWSLETTER_LEASE_MS) || undefined,
  },
  siteUrl: process.env.SERVER_URL || undefined,
  smtp: { configured: smtpConfigured, verify: verifySmtp },
}

export default buildConfig({
  admin: {
    avatar: 'default',
    // The gmina's coat of arms and name (its office unit) instead of Payload's logo and icon.
    components: {
      graphics: {
        Icon: '/src/components/GminaLogo#GminaIcon',
        Logo: '/src/components/GminaLogo#GminaLogo',
      },
    },
    dateFormat: 'd MMMM yyyy, HH:mm',
    importMap: {
      baseDir: root,
      importMapFile: path.resolve(root, 'src/app/(payload)/admin/importMap.js'),
    },
    meta: {
      // src/app/herb/route.ts: the uploaded coat of arms, or a default shield.
      icons: [{ rel: 'icon', url: '/herb' }],
      titleSuffix: ' · Herold',
    },
    user: Users.slug,
  },
  collections: [
    Posts,
    BipReferences,
    Media,
    DiscussionRules,
    ModerationEntries,
    Complaints,
    SocialComments,
    Units,
    Users,
    LoginAttempts,
  ],
  // Named here because the API route's guard recognises the session cookie by it (src/server/same-origin.ts).
  cookiePrefix: COOKIE_PREFIX,
  db: databaseAdapter(process.env.DATABASE_URI, root),
  editor: lexicalEditor(),
  email: emailAdapter(),
  globals: [CategoryPolicy, AccessibilityStatement],
  graphQL: { disable: true },
  // Refusals the product itself raises (403 for an editor who tries to approve…) and the client's own
  // mistakes (a query on a field that does not exist, a wrong login) are not server errors.
  loggingLevels: { APIError: 'info', AuthenticationError: 'info', QueryError: 'info' },
  jobs: {
    // The Next.js process runs scheduled work itself; HEROLD_JOBS_AUTORUN=false leaves it to a worker.
    autoRun: [{ cron: SCHEDULED_CRON, queue: SCHEDULED_QUEUE }],
    shouldAutoRun: () =>
      process.env.HEROLD_JOBS_AUTORUN !== 'false' && process.env.NODE_ENV !== 'test',
    tasks: [publishDuePostsTask, moderationTask],
  },
  i18n: {
    fallbackLanguage: 'pl',
    supportedLanguages: { en, pl },
    translations: deepMergeSimple(translations, payloadOverrides),
  },
  onInit: async (payload) => {
    await seedIfEmpty(payload)
  },
  // The audit's place does not matter: a plugin audits the collections it adds itself (the fan-out
  // its channel accounts). The id guard and safe links come after every plugin that adds
  // collections or rich text, so they cover those too; Payload's own internals go last: no plugin
  // after them loosens what they lock.
  plugins: [
    fanoutPlugin({
      channels: [newsletterChannel(newsletter)],
      graph: {
        baseUrl: process.env.FACEBOOK_GRAPH_URL,
        timeoutMs: Number(process.env.FACEBOOK_GRAPH_TIMEOUT_MS) || undefined,
        version: process.env.FACEBOOK_GRAPH_VERSION,
      },
      // Read at each use, so a rotated secret applies without a restart.
      secrets: () => ({
        encryptionKey: process.env.HEROLD_ENCRYPTION_KEY,
        fanpage: {
          pageId: process.env.FACEBOOK_PAGE_ID,
          pageToken: process.env.FACEBOOK_PAGE_TOKEN,
        },
        groupWebhookSecret: process.env.GROUP_WEBHOOK_SECRET,
      }),
      // Failed copies and group hand-offs reach people through the notifications.
      onDeliveryState: notifyDeliveryState,
      // Copies to remove after a BIP withdrawal reach the unit's editors the same way.
      onWithdrawalTask: notifyWithdrawalTask,
      siteName: process.env.SITE_NAME || undefined,
      siteUrl: process.env.SERVER_URL || undefined,
      timing: { leaseMs: fanoutLeaseMs, requeueAfterMs: fanoutLeaseMs },
    }),
    newsletterPlugin(newsletter),
    auditPlugin(),
    reportsPlugin(),
    deskPlugin(),
    // Reads each gmina's BIP; its timeout comes from the environment so tests can shorten it.
    bipWatchPlugin({
      http: { timeoutMs: Number(process.env.HEROLD_BIP_TIMEOUT_MS) || undefined },
    }),
    // Reads every post of the Page, those posted by hand too, for the BIP comparison.
    pageWatchPlugin(),
    notificationsPlugin({ siteUrl: process.env.SERVER_URL || undefined }),
    // Every collection the residents' pages read (src/public, src/app/(public), the register):
    // a change of any of them gives the site a new content version, and cached pages go.
    siteVersionPlugin({
      collections: [
        { reachesPublic: wasOrIsPublished, slug: POSTS },
        BIP_REFERENCES,
        MEDIA,
        DISCUSSION_RULES,
        MODERATION_ENTRIES,
        COMPLAINTS,
        UNITS,
      ],
      globals: [ACCESSIBILITY_STATEMENT],
    }),
    // In development without SMTP, e-mails are kept for admins to read (Poczta testowa).
    devMailboxPlugin({
      enabled: devMailboxOn(process.env),
      fromAddress: fromAddress(),
      fromName: fromName(),
    }),
    idGuardPlugin,
    safeLinksPlugin(),
    payloadInternalsPlugin(),
  ],
  secret: resolveSecret(root),
  serverURL: process.env.SERVER_URL || '',
  sharp,
  telemetry: false,
  // Types are generated on purpose (npm run generate:types), not by every process that starts
  // Payload outside production: each test file and worker would spawn a generator of its own.
  typescript: { autoGenerate: false, outputFile: path.resolve(root, 'src/payload-types.ts') },
  upload: {
    abortOnLimit: true,
    limits: { fileSize: MEDIA_MAX_BYTES },
    responseOnLimit: `Plik jest za duży. Największy dopuszczalny rozmiar to ${MEDIA_MAX_BYTES / 1024 / 1024} MB – zmniejsz zdjęcie i spróbuj ponownie.`,
  },
})
