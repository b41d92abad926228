/** Plain, accessible HTML for every newsletter email, with its plain-text twin built alongside. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export type EmailBlock = { html: string; text: string }

export const paragraph = (text: string): EmailBlock => ({
  html: `<p style="margin:0 0 1em">${escapeHtml(text)}</p>`,
  text,
})
export const link = (label: string, url: string): EmailBlock => ({
  html: `<p style="margin:0 0 1em"><a href="${escapeHtml(url)}" style="color:#0b4f9c">${escapeHtml(label)}</a></p>`,
  text: `${label}: ${url}`,
})
export const heading = (text: string): EmailBlock => ({
  html: `<h2 style="font-size:18px;margin:1.5em 0 0.5em">${escapeHtml(text)}</h2>`,
  text: `\n${text}\n${'-'.repeat(Math.min(text.length, 60))}`,
})

export const renderEmail = (input: {
  footer: EmailBlock[]
  senderName: string
  title: string
  blocks: EmailBlock[]
}) => ({
  html:
    `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>${escapeHtml(input.title)}</title></head>` +
    `<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:640px;margin:0 auto;padding:16px">` +
    // Landmarks by role on plain divs: mail clients keep divs, where they may drop <main>/<footer>.
    `<div role="main"><p style="color:#4a4a4a;margin:0 0 1em">${escapeHtml(input.senderName)}</p>` +
    `<h1 style="font-size:22px;margin:0 0 1em">${escapeHtml(input.title)}</h1>` +
    input.blocks.map((b) => b.html).join('') +
    `</div><div role="contentinfo" style="font-size:13px;color:#4a4a4a;border-top:1px solid #d0d0d0;margin:2em 0 0;padding-top:1em">` +
    `${input.footer.map((b) => b.html).join('')}</div></body></html>`,
  text: [
    input.senderName,
    '',
    input.title,
    '',
    ...input.blocks.map((b) => b.text),
    '',
    '—',
    ...input.footer.map((b) => b.text),
  ].join('\n'),
})
