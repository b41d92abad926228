import { PostList } from '../../public/components/PostList'
import { listPublicPosts, siteName } from '../../public/site'

export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const [name, latest] = await Promise.all([siteName(), listPublicPosts({ page: 1 })])
  return (
    <>
      <h1>{name}: aktualności</h1>
      <p className="lead">
        Najnowsze komunikaty urzędu i jednostek gminy. Możesz je też śledzić przez{' '}
        <a href="/kanaly-rss">kanał RSS</a> albo <a href="/newsletter">newsletter e-mail</a> – bez
        konta w mediach społecznościowych.
      </p>
      {latest.docs.length ? (
        <PostList posts={latest.docs} />
      ) : (
        <p>Nie ma jeszcze opublikowanych aktualności.</p>
      )}
      {latest.totalDocs > latest.docs.length ? (
        <p>
          <a href="/aktualnosci">Wszystkie aktualności ({latest.totalDocs})</a>
        </p>
      ) : null}
    </>
  )
}
