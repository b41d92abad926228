import type { Payload, PayloadRequest } from 'payload'

import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { verifyPassword } from '../../src/auth/verify-password'
import { LOGIN_LIMIT } from '../../src/domain/login-limit'
import { errorMessages, startApiServer } from '../helpers/api-server'
import { type Gmina, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

/**
 * One's own e-mail and password change only with the current password; admins change colleagues'
 * details without it. Anonymous BIP readers do not see who entered an entry.
 */
const PASSWORD = 'Haslo-testowe-1'
let payload: Payload
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>

beforeAll(async () => {
  payload = await startPayload()
  g = await makeGmina(payload)
  api = await startApiServer(payload.config)
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

const storedEmail = async (id: number | string) =>
  (await payload.findByID({ collection: 'users', id, overrideAccess: true })).email
const canLogIn = async (email: string, password: string) =>
  (
    await fetch(`${api.base}/api/users/login`, {
      body: JSON.stringify({ email, password }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
  ).status === 200

describe('changing one’s own e-mail or password needs the current password', () => {
  it('refuses an e-mail change without it or with a wrong one, in Polish, and changes nothing', async () => {
    const auth = await api.login(g.editor.email, PASSWORD)
    const without = await api.send('PATCH', `/api/users/${g.editor.id}`, auth, {
      email: 'przejete@evil.example',
    })
    expect(without.status).toBe(400)
    expect(errorMessages(without.body)).toContain(
      'currentPassword: Podaj obecne hasło, aby zmienić swój adres e-mail lub hasło.',
    )
    // The top message names the field in Polish too: the admin's toast shows it.
    expect(without.body.errors[0].message).toBe('To pole jest nieprawidłowe: Obecne hasło')
    const wrong = await api.send('PATCH', `/api/users/${g.editor.id}`, auth, {
      currentPassword: 'zgadywane-haslo',
      email: 'przejete@evil.example',
    })
    expect(wrong.status).toBe(400)
    expect(errorMessages(wrong.body)).toContain('currentPassword: Obecne hasło jest nieprawidłowe.')
    expect(await storedEmail(g.editor.id)).toBe(g.editor.email)
  })

  it('changes the e-mail with the right current password, which is never stored or returned', async () => {
    const auth = await api.login(g.officeEditor.email, PASSWORD)
    const res = await api.send('PATCH', `/api/users/${g.officeEditor.id}`, auth, {
      currentPassword: PASSWORD,
      email: 'nowy.adres@testowo.example',
    })
    expect(res.status).toBe(200)
    expect(res.text).not.toContain(PASSWORD)
    expect(await storedEmail(g.officeEditor.id)).toBe('nowy.adres@testowo.example')
    expect(await canLogIn('nowy.adres@testowo.example', PASSWORD)).toBe(true)
    const row = await payload.db.findOne<Record<string, unknown> & { id: number | string }>({
      collection: 'users',
      where: { id: { equals: g.officeEditor.id } },
    })
    expect(JSON.stringify(row)).not.toContain(PASSWORD)
  })

  it('counts wrong current passwords against the client like failed logins', async () => {
    const auth = await api.login(g.editor.email, PASSWORD)
    const attempts = async () =>
      (
        await payload.db.find<{ client: string }>({
          collection: 'login-attempts',
          limit: 0,
          sort: '-at',
        })
      ).docs
    const before = (await attempts()).length
    const guess = await api.send('PATCH', `/api/users/${g.editor.id}`, auth, {
      currentPassword: 'zgadywane-haslo-2',
      email: 'przejete@evil.example',
    })
    expect(guess.status).toBe(400)
    const after = await attempts()
    expect(after.length).toBe(before + 1)
    // The client uses up its failures in the window: the last allowed guess, then a refusal.
    const { client } = after[0]
    const used = after.filter((a) => a.client === client).length
    const at = new Date().toISOString()
    for (let i = used; i < LOGIN_LIMIT.max - 1; i++)
      await payload.db.create({ collection: 'login-attempts', data: { at, client } })
    try {
      expect(
        (
          await api.send('PATCH', `/api/users/${g.editor.id}`, auth, {
            currentPassword: 'zgadywane-haslo-3',
            email: 'przejete@evil.example',
          })
        ).status,
      ).toBe(400)
      const over = await api.send('PATCH', `/api/users/${g.editor.id}`, auth, {
        currentPassword: PASSWORD,
        email: 'przejete@evil.example',
      })
      expect(over.status).toBe(429)
      expect(errorMessages(over.body)).toMatch(/Zbyt wiele nieudanych prób/)
      expect(await storedEmail(g.editor.id)).toBe(g.editor.email)
    } finally {
      // The rest of the file logs in from the same address.
      await payload.db.deleteMany({
        collection: 'login-attempts',
        where: { client: { equals: client } },
      })
    }
  })

  it('refuses an own password change without the current password, and accepts it with it', async () => {
    const auth = await api.login(g.approver2.email, PASSWORD)
    const without = await api.send('PATCH', `/api/users/${g.approver2.id}`, auth, {
      password: 'Nowe-haslo-2026',
    })
    expect(without.status).toBe(400)
    expect(errorMessages(without.body)).toContain('currentPassword: Podaj obecne hasło')
    expect(await canLogIn(g.approver2.email, 'Nowe-haslo-2026')).toBe(false)
    const withIt = await api.send('PATCH', `/api/users/${g.approver2.id}`, auth, {
      currentPassword: PASSWORD,
      password: 'Nowe-haslo-2026',
    })
    expect(withIt.status).toBe(200)
    expect(await canLogIn(g.approver2.email, 'Nowe-haslo-2026')).toBe(true)
  })

  it('asks nothing when neither changes: the account page saves the name with the same e-mail', async () => {
    const auth = await api.login(g.editor.email, PASSWORD)
    const res = await api.send('PATCH', `/api/users/${g.editor.id}`, auth, {
      email: ` ${g.editor.email.toUpperCase()} `,
      name: 'Ewa Nowak',
      position: 'Sekretarz szkoły',
    })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ name: 'Ewa Nowak' })
  })

  it('answers in English in the English admin (Local API, the same rule)', async () => {
    // On purpose only the language, not a whole I18n: Payload keeps the request's i18n as given,
    // and the rule reads nothing else from it.
    const englishOnly = { language: 'en' } as PayloadRequest['i18n']
    await expect(
      payload.update({
        collection: 'users',
        data: { email: 'x@evil.example' },
        id: g.editor.id,
        overrideAccess: false,
        req: { i18n: englishOnly },
        user: g.editor,
      }),
    ).rejects.toMatchObject({
      data: {
        errors: [
          {
            message: 'Enter your current password to change your e-mail address or password.',
            path: 'currentPassword',
          },
        ],
      },
    })
  })

  it('lets an admin change a colleague’s e-mail and password without the colleague’s password', async () => {
    const auth = await api.login(g.admin.email, PASSWORD)
    const colleague = await payload.create({
      collection: 'users',
      data: {
        email: 'kolega@testowo.example',
        name: 'Kolega',
        password: PASSWORD,
        role: 'editor',
      },
      overrideAccess: true,
    })
    const res = await api.send('PATCH', `/api/users/${colleague.id}`, auth, {
      email: 'kolega.nowy@testowo.example',
      password: 'Haslo-od-admina-1',
    })
    expect(res.status).toBe(200)
    expect(await canLogIn('kolega.nowy@testowo.example', 'Haslo-od-admina-1')).toBe(true)
    // Their own account is their own: the rule applies to admins too.
    const own = await api.send('PATCH', `/api/users/${g.admin.id}`, auth, {
      email: 'admin.nowy@testowo.example',
    })
    expect(own.status).toBe(400)
  })

  it('shows the field on one’s own account only', () => {
    const users = payload.collections.users.config
    const field = users.fields.find((f) => 'name' in f && f.name === 'currentPassword') as {
      admin: { condition: (...args: unknown[]) => boolean }
    }
    const condition = (userId: number | string, docId: number | string) =>
      field.admin.condition({ id: docId }, {}, { operation: 'update', user: { id: userId } })
    expect(condition(g.editor.id, g.editor.id)).toBe(true)
    expect(condition(g.admin.id, g.editor.id)).toBe(false)
  })

  it('verifyPassword reads both hash formats Payload stores', async () => {
    const row = (await payload.db.findOne<{ hash?: string; id: number | string; salt?: string }>({
      collection: 'users',
      where: { id: { equals: g.approver.id } },
    }))!
    expect(await verifyPassword(PASSWORD, row)).toBe(true)
    expect(await verifyPassword('Haslo-testowe-2', row)).toBe(false)
    const salt = crypto.randomBytes(32).toString('hex')
    const legacy = {
      hash: crypto.pbkdf2Sync(PASSWORD, salt, 25_000, 512, 'sha256').toString('hex'),
      salt,
    }
    expect(await verifyPassword(PASSWORD, legacy)).toBe(true)
    expect(await verifyPassword('', legacy)).toBe(false)
  })
})

describe('who entered a BIP entry is not public', () => {
  it('hides enteredBy from anonymous readers; staff still see it', async () => {
    const anonymous = await api.send(
      'GET',
      `/api/bip-references/${g.bipPublished.id}?depth=0`,
      null,
    )
    expect(anonymous.status).toBe(200)
    expect(anonymous.body).not.toHaveProperty('enteredBy')
    const list = await api.send('GET', '/api/bip-references?depth=0', null)
    expect(list.body.docs.length).toBeGreaterThan(0)
    for (const doc of list.body.docs) expect(doc).not.toHaveProperty('enteredBy')

    const staff = await api.send(
      'GET',
      `/api/bip-references/${g.bipPublished.id}?depth=0`,
      await api.login(g.approver.email, PASSWORD),
    )
    expect(String(staff.body.enteredBy)).toBe(String(g.approver.id))
  })
})
