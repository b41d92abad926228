/**
 * The post's approval log in the edit view: read-only for everyone (nobody's save changes it), and
 * shown as a list of decisions with when, who, decision, from → to and the comment.
 */
import type { ArrayField, ArrayFieldServerProps, Payload } from 'payload'

import { createLocalReq } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ApprovalLog } from '../../src/components/ApprovalLog'
import { act, draftPost, type Gmina, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

let payload: Payload
let g: Gmina

beforeAll(async () => {
  payload = await startPayload()
  g = await makeGmina(payload)
})
afterAll(async () => {
  await payload.destroy()
})

const logField = () =>
  payload.collections.posts.config.fields.find(
    (f): f is ArrayField => f.type === 'array' && f.name === 'approvalLog',
  )!

describe('the approval log in the post’s edit view', () => {
  it('is read-only for everyone and drawn by its own list component', async () => {
    const field = logField()
    expect(field.admin?.readOnly).toBe(true)
    expect(field.admin?.components?.Field).toBe('/src/components/ApprovalLog#ApprovalLog')
    for (const user of [g.admin, g.approver, g.editor])
      expect(await field.access?.update?.({ req: await createLocalReq({ user }, payload) })).toBe(
        false,
      )
  })

  it('lists every decision: when, who, decision, from → to, comment', async () => {
    const post = await draftPost(payload, g.editor, g.school, { title: 'Dzień otwarty' })
    await act(payload, g.editor, post.id, 'submit')
    await act(payload, g.approver, post.id, 'request_changes', 'Dodaj godzinę <b>rozpoczęcia</b>.')
    const doc = await payload.findByID({ collection: 'posts', depth: 0, id: post.id })
    const req = await createLocalReq({ user: g.editor }, payload)
    // A server field component needs only these of Payload's props to render the log.
    const props = {
      data: doc,
      field: logField(),
      i18n: req.i18n,
      payload,
    } as unknown as ArrayFieldServerProps
    const html = renderToStaticMarkup(await ApprovalLog(props))
    expect(html).toContain('<th>Kiedy</th><th>Kto</th><th>Decyzja</th><th>Zmiana stanu</th>')
    const rows = html.split('<tr>').slice(2)
    expect(rows).toHaveLength(2)
    expect(rows[0]).toContain(`<td>${g.editor.name}</td><td>Wyślij do akceptacji</td>`)
    expect(rows[0]).toContain('<td>Szkic → Do akceptacji</td>')
    expect(rows[1]).toContain(`<td>${g.approver.name}</td><td>Poproś o poprawki</td>`)
    expect(rows[1]).toContain('<td>Do akceptacji → Do poprawy</td>')
    // The comment is text, never markup.
    expect(rows[1]).toContain('Dodaj godzinę &lt;b&gt;rozpoczęcia&lt;/b&gt;.')
    expect(rows[1]).not.toContain('<input')
  })

  it('says so when nothing was decided yet', async () => {
    const post = await draftPost(payload, g.editor, g.school)
    const req = await createLocalReq({ user: g.editor }, payload)
    const props = {
      data: post,
      field: logField(),
      i18n: req.i18n,
      payload,
    } as unknown as ArrayFieldServerProps
    expect(renderToStaticMarkup(await ApprovalLog(props))).toContain('Jeszcze bez decyzji.')
  })
})
