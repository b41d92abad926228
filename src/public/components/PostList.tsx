import { categoryLabel, imageOf, type PublicPost } from '../site'
import { polishDate } from '../paging'

/** A list of posts as residents see it: title, unit, date, lead, thumbnail with its alt text. */
export const PostList = ({ posts }: { posts: PublicPost[] }) => (
  <ul className="posts">
    {posts.map((post) => {
      const image = imageOf(post, 'thumbnail')
      return (
        <li className={image ? 'with-image' : undefined} key={String(post.id)}>
          {image ? (
            <img
              alt={image.alt}
              height={image.height}
              loading="lazy"
              src={image.url}
              width={image.width}
            />
          ) : null}
          <div>
            <h2>
              <a href={`/aktualnosci/${post.slug}`}>{post.title}</a>
            </h2>
            <p className="meta">
              {post.unit?.name ? `${post.unit.name} · ` : ''}
              {categoryLabel(post.category)} ·{' '}
              <time dateTime={post.publishedAt ?? undefined}>{polishDate(post.publishedAt)}</time>
            </p>
            {post.lead ? <p>{post.lead}</p> : null}
          </div>
        </li>
      )
    })}
  </ul>
)
