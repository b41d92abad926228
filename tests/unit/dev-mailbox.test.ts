import type { AccessArgs, ClientUser, Config } from 'payload'

import { describe, expect, it } from 'vitest'

import { devMailboxPlugin } from '../../plugins/dev-mailbox'
import { addressLine, keptMessage } from '../../plugins/dev-mailbox/email/kept-message'
import { devMailboxOn } from '../../src/email'

describe('when the dev mailbox is on', () => {
  it('in development without SMTP, or where asked for outside production', () => {
    expect(devMailboxOn({ NODE_ENV: 'development' })).toBe(true)
    expect(devMailboxOn({ HEROLD_DEV_MAILBOX: 'true', NODE_ENV: 'test' })).toBe(true)
    expect(devMailboxOn({ HEROLD_DEV_MAILBOX: 'true' })).toBe(true)
  })

  it('never with SMTP, in production, or when switched off', () => {
    expect(devMailboxOn({ NODE_ENV: 'development', SMTP_HOST: 'smtp.example.pl' })).toBe(false)
    expect(devMailboxOn({ HEROLD_DEV_MAILBOX: 'true', NODE_ENV: 'production' })).toBe(false)
    expect(devMailboxOn({ NODE_ENV: 'production' })).toBe(false)
    expect(devMailboxOn({ HEROLD_DEV_MAILBOX: 'false', NODE_ENV: 'development' })).toBe(false)
    expect(devMailboxOn({ NODE_ENV: 'test' })).toBe(false)
    expect(devMailboxOn({})).toBe(false)
  })
})

describe('what the mailbox keeps of a message', () => {
  it('writes every address form as one line', () => {
    expect(addressLine('a@example.pl')).toBe('a@example.pl')
    expect(addressLine({ address: 'b@example.pl', name: 'Bożena' })).toBe('Bożena <b@example.pl>')
    expect(addressLine(['a@example.pl', { address: 'c@example.pl', name: '' }])).toBe(
      'a@example.pl, c@example.pl',
    )
    expect(addressLine(undefined)).toBe('')
  })

  it('keeps recipients, the sender, the subject and both bodies', () => {
    const now = new Date('2026-12-06T07:00:00Z')
    expect(
      keptMessage(
        { bcc: 'ukryta@example.pl', html: Buffer.from('<p>Ą</p>'), subject: 'Temat', to: 'a@x.pl' },
        { address: 'no-reply@localhost', name: 'Herold' },
        now,
      ),
    ).toEqual({
      from: 'Herold <no-reply@localhost>',
      html: '<p>Ą</p>',
      sentAt: '2026-12-06T07:00:00.000Z',
      subject: 'Temat',
      text: '',
      to: 'a@x.pl, ukryta@example.pl',
    })
    expect(
      keptMessage({ from: 'urzad@x.pl', text: 'T', to: 'a@x.pl' }, { address: 'n', name: 'N' }, now)
        .from,
    ).toBe('urzad@x.pl')
  })
})

describe('the plugin switched off', () => {
  const email: Config['email'] = () => ({
    defaultFromAddress: 'n@x.pl',
    defaultFromName: 'N',
    name: 'smtp',
    sendEmail: async () => undefined,
  })
  // The plugin reads only collections, email and i18n; database and secret play no part.
  const bare = (rest: Partial<Config>) => ({ ...rest }) as Config
  const config = devMailboxPlugin({ enabled: false, fromAddress: 'n@x.pl', fromName: 'N' })(
    bare({}),
  )
  const [collection] = config.collections!
  const user: ClientUser = {
    collection: 'users',
    createdAt: '',
    email: 'admin@x.pl',
    id: 1,
    role: 'admin',
    updatedAt: '',
  }
  // Access reads only the request's user; a whole PayloadRequest is not needed to ask it.
  const admin = { req: { user } } as unknown as AccessArgs

  it('keeps the collection (one schema) hidden and unreadable, even for admins', () => {
    expect(collection.slug).toBe('dev-mailbox')
    expect(
      typeof collection.admin?.hidden === 'function' && collection.admin.hidden({ user }),
    ).toBe(true)
    expect(typeof collection.access?.read === 'function' && collection.access.read(admin)).toBe(
      false,
    )
    expect(config.email).toBeUndefined()
    expect(
      devMailboxPlugin({ enabled: false, fromAddress: '', fromName: '' })(bare({ email })).email,
    ).toBe(email)
  })
})
