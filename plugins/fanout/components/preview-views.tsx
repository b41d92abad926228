'use client'
// One view per channel of the live previews: the copy as its readers see it, with its figures.
import { Banner, Button, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { Previews } from '../engine/previews'
import type { FanoutTranslationKeys, FanoutTranslations } from '../translations'

type Fanpage = NonNullable<Previews['fanpage']>
type Group = NonNullable<Previews['group']>
type Newsletter = NonNullable<Previews['newsletter']>
type Rss = Previews['rss']

const useT = () => useTranslation<FanoutTranslations, FanoutTranslationKeys>().t

const card: React.CSSProperties = {
  background: 'var(--theme-elevation-0)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m)',
  maxWidth: '34rem',
  padding: 'calc(var(--base) * 0.8)',
}
const muted: React.CSSProperties = { color: 'var(--theme-elevation-500)' }
const frame: React.CSSProperties = {
  background: '#fff',
  border: '1px solid var(--theme-elevation-150)',
  height: '28rem',
  width: '100%',
}

/** The text as the feed shows it: the part before the fold, then the fold, then the rest, greyed. */
const FoldedText: React.FC<{ seeMore: Fanpage['seeMore'] }> = ({ seeMore }) => {
  const t = useT()
  return (
    <div data-testid="preview-text" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {seeMore.visible}
      {seeMore.hidden ? (
        <>
          <strong data-testid="see-more">… {t('fanout:live:seeMore')}</strong>
          <span style={{ ...muted, display: 'block', marginTop: 'calc(var(--base) / 2)' }}>
            {seeMore.hidden}
          </span>
        </>
      ) : null}
    </div>
  )
}

/** Counts and where the text is cut, for the Page and the group. */
const SocialFigures: React.FC<{ preview: Fanpage | Group }> = ({ preview }) => {
  const t = useT()
  return (
    <ul data-testid="preview-figures" style={{ ...muted, margin: 'var(--base) 0 0' }}>
      <li>{t('fanout:live:chars', { count: preview.chars, limit: preview.limit })}</li>
      <li>
        {preview.seeMore.hidden
          ? t('fanout:live:seeMoreAt', { count: preview.seeMore.cutAt })
          : t('fanout:live:seeMoreNone')}
      </li>
      {preview.shortened ? <li>{t('fanout:live:shortened', { limit: preview.limit })}</li> : null}
      {preview.ownCopy ? <li>{t('fanout:live:ownCopy')}</li> : null}
      <li>
        {preview.bipUrl
          ? t('fanout:live:bipLink', { url: preview.bipUrl })
          : t('fanout:live:noBip')}
      </li>
    </ul>
  )
}

const PhotoGrid: React.FC<{ images: { alt: string; url: string }[] }> = ({ images }) => {
  const t = useT()
  if (!images.length) return null
  const shown = images.slice(0, 4)
  return (
    <figure aria-label={t('fanout:live:photos', { count: images.length })} style={{ margin: 0 }}>
      <div
        style={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: shown.length > 1 ? '1fr 1fr' : '1fr',
          marginTop: 'calc(var(--base) / 2)',
        }}
      >
        {shown.map((image, i) => (
          <div key={image.url + i} style={{ position: 'relative' }}>
            {/* The images the post will carry, at the size the channel receives. */}
            <img
              alt={image.alt}
              src={image.url}
              style={{ aspectRatio: '1.91', objectFit: 'cover', width: '100%' }}
            />
            {i === shown.length - 1 && images.length > shown.length ? (
              <span
                style={{
                  background: 'rgba(0,0,0,0.5)',
                  color: '#fff',
                  display: 'grid',
                  fontSize: '2rem',
                  inset: 0,
                  placeItems: 'center',
                  position: 'absolute',
                }}
              >
                +{images.length - shown.length}
              </span>
            ) : null}
          </div>
        ))}
      </div>
    </figure>
  )
}

export const FanpageView: React.FC<{ preview: Fanpage }> = ({ preview }) => {
  const t = useT()
  return (
    <div>
      <article data-testid="preview-fanpage" style={card}>
        <FoldedText seeMore={preview.seeMore} />
        <PhotoGrid images={preview.images} />
        {preview.link ? (
          <aside
            aria-label={t('fanout:live:linkCard')}
            style={{
              background: 'var(--theme-elevation-50)',
              marginTop: 'calc(var(--base) / 2)',
              padding: 'calc(var(--base) / 2)',
            }}
          >
            <div style={{ ...muted, textTransform: 'uppercase' }}>{preview.link.host}</div>
            <strong>{preview.link.title}</strong>
          </aside>
        ) : null}
      </article>
      <SocialFigures preview={preview} />
    </div>
  )
}

export const GroupView: React.FC<{ preview: Group }> = ({ preview }) => {
  const t = useT()
  return (
    <div>
      {preview.lint.length ? (
        <Banner type="error">
          {t('fanout:live:lintWarnings')}
          <ul data-testid="preview-lint" style={{ margin: 0 }}>
            {preview.lint.map((w) => (
              <li key={w.rule}>{w.message}</li>
            ))}
          </ul>
        </Banner>
      ) : (
        <Banner type="success">{t('fanout:live:noLintWarnings')}</Banner>
      )}
      <article data-testid="preview-group" style={card}>
        <FoldedText seeMore={preview.seeMore} />
        <PhotoGrid images={preview.images} />
      </article>
      <SocialFigures preview={preview} />
    </div>
  )
}

/** Posts the unsaved post to a channel plugin's endpoint (a test e-mail) and says the answer. */
const ActionButton: React.FC<{ data: unknown; label: string; path: string }> = (props) => {
  const [answer, setAnswer] = useState<null | { error: boolean; text: string }>(null)
  const run = async () => {
    const res = await fetch(props.path, {
      body: JSON.stringify({ data: props.data }),
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const body = await res.json().catch(() => ({}))
    const text = body?.message ?? body?.error ?? body?.errors?.[0]?.message ?? `HTTP ${res.status}`
    setAnswer({ error: !res.ok, text })
  }
  return (
    <div style={{ margin: 'calc(var(--base) / 2) 0' }}>
      <Button buttonStyle="secondary" margin={false} onClick={() => void run()} size="small">
        {props.label}
      </Button>
      {answer ? (
        <div role="status" style={{ marginTop: 'calc(var(--base) / 2)' }}>
          <Banner type={answer.error ? 'error' : 'success'}>{answer.text}</Banner>
        </div>
      ) : null}
    </div>
  )
}

export const NewsletterView: React.FC<{ data: unknown; preview: Newsletter | null }> = (props) => {
  const t = useT()
  const { preview } = props
  if (!preview) return <Banner>{t('fanout:live:noNewsletter')}</Banner>
  return (
    <div data-testid="preview-newsletter">
      <p>
        <strong>{t('fanout:live:subject', { subject: preview.subject })}</strong>
      </p>
      {(preview.actions ?? []).map((a) => (
        <ActionButton data={props.data} key={a.path} label={a.label} path={a.path} />
      ))}
      <h4>{t('fanout:live:htmlPart')}</h4>
      {/* No scripts, no same origin: the e-mail's HTML cannot reach the admin. */}
      <iframe sandbox="" srcDoc={preview.html} style={frame} title={t('fanout:live:htmlPart')} />
      <h4>{t('fanout:live:textPart')}</h4>
      <p style={muted}>{t('fanout:live:charsNoLimit', { count: preview.chars })}</p>
      <pre style={{ whiteSpace: 'pre-wrap' }}>{preview.text}</pre>
    </div>
  )
}

export const RssView: React.FC<{ preview: Rss }> = ({ preview }) => {
  const t = useT()
  return (
    <dl data-testid="preview-rss" style={{ display: 'grid', gap: 'calc(var(--base) / 2)' }}>
      <dt>{t('fanout:live:rssTitle')}</dt>
      <dd>{preview.title}</dd>
      <dt>{t('fanout:live:rssLink')}</dt>
      <dd>{preview.link}</dd>
      <dt>{t('fanout:live:rssDescription')}</dt>
      <dd>
        {preview.description}
        <div style={muted}>
          {t('fanout:live:charsNoLimit', { count: preview.descriptionChars })}
        </div>
      </dd>
      <dt>{t('fanout:live:rssContent')}</dt>
      <dd>
        <iframe
          sandbox=""
          srcDoc={preview.content}
          style={{ ...frame, height: '18rem' }}
          title={t('fanout:live:rssContent')}
        />
      </dd>
    </dl>
  )
}
