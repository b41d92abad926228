/**
 * bench:site's data on the server's database (written from the bench's own process: SQLite in WAL
 * mode takes a second one): more published posts, and public information whose BIP entries the
 * withdrawal runs take back.
 */
import path from 'node:path'

export const fillSite = async (dir: string, posts: number, withdrawable: number) => {
  Object.assign(process.env, {
    DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
    HEROLD_AUTOSEED: 'false',
    HEROLD_JOBS_AUTORUN: 'false',
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'herold-e2e-secret-not-for-production',
  })
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { lexicalParagraphs } = await import('../src/seed/lexical')
  const { completedByCollection } = await import('../src/domain/create-data')
  const payload = await getPayload({ config })
  const first = async <T>(run: Promise<{ docs: T[] }>) => (await run).docs[0]
  const unit = await first(
    payload.find({
      collection: 'units',
      limit: 1,
      overrideAccess: true,
      where: { slug: { equals: 'osp-wislotki' } },
    }),
  )
  const admin = await first(
    payload.find({
      collection: 'users',
      limit: 1,
      overrideAccess: true,
      where: { role: { equals: 'admin' } },
    }),
  )
  const publish = async (i: number, extra: Record<string, unknown>) => {
    const post = await payload.create({
      collection: 'posts',
      // workflowState: the collection's default (draft).
      data: completedByCollection<'posts'>({
        body: lexicalParagraphs(
          `Treść komunikatu numer ${i}. `.repeat(30),
          'Drugi akapit z dodatkowymi informacjami dla mieszkańców.',
        ),
        category: 'safety',
        channels: ['rss'],
        informationType: 'local_news',
        lead: `Komunikat ${i}: krótkie streszczenie dla mieszkańców.`,
        slug: `komunikat-${i}`,
        title: `Komunikat OSP numer ${i}`,
        unit: unit.id,
        ...extra,
      }),
      overrideAccess: true,
      user: admin,
    })
    // A trusted unit's post is approved and published on submission.
    await payload.update({
      collection: 'posts',
      data: { workflowAction: 'submit' },
      id: post.id,
      overrideAccess: false,
      user: admin,
    })
  }
  for (let i = 1; i <= posts; i++) await publish(i, {})
  const runs: { bipId: number | string; slug: string }[] = []
  for (let i = 1; i <= withdrawable; i++) {
    const bip = await payload.create({
      collection: 'bip-references',
      data: {
        producingUnit: unit.id,
        state: 'published',
        title: `Obwieszczenie OSP nr ${i}`,
        url: `https://bip.wislotki.example/obwieszczenie-${i}`,
      },
      overrideAccess: true,
      user: admin,
    })
    const slug = `obwieszczenie-${i}`
    await publish(posts + i, {
      bipReference: bip.id,
      informationType: 'public_information',
      slug,
      title: `Obwieszczenie OSP numer ${i}`,
    })
    runs.push({ bipId: bip.id, slug })
  }
  await payload.destroy()
  return runs
}
