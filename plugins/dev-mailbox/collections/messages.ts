import type { Access, CollectionConfig } from 'payload'

import { isAdmin } from '../../../src/access/roles'
import { labels } from '../../../src/domain/translate'
import { DEV_MAILBOX } from '../constants'
import { en } from '../translations/en'
import { pl } from '../translations/pl'
import type { DevMailboxTranslationKeys } from '../translations'

const l = labels<DevMailboxTranslationKeys>()
// Settings that take no label function get both languages' texts.
const both = (key: keyof typeof pl.devMailbox) => ({
  en: en.devMailbox[key],
  pl: pl.devMailbox[key],
})
const readOnlyText = { readOnly: true }

/**
 * The kept messages: listed newest first, each opened with its HTML in a sandboxed frame. Only the
 * adapter writes them; admins read and delete them, and only while the mailbox is on.
 */
export const messagesCollection = (enabled: boolean): CollectionConfig => {
  const admins: Access = ({ req }) => enabled && isAdmin(req.user)
  return {
    slug: DEV_MAILBOX,
    access: { create: () => false, delete: admins, read: admins, update: () => false },
    admin: {
      defaultColumns: ['sentAt', 'to', 'subject'],
      description: both('description'),
      group: both('group'),
      hidden: ({ user }) => !enabled || !isAdmin(user),
      useAsTitle: 'subject',
    },
    defaultSort: '-sentAt',
    fields: [
      {
        name: 'sentAt',
        type: 'date',
        admin: {
          date: { displayFormat: 'd MMMM yyyy, HH:mm:ss', pickerAppearance: 'dayAndTime' },
          readOnly: true,
        },
        index: true,
        label: l('devMailbox:sentAt'),
        required: true,
      },
      { name: 'to', type: 'text', admin: readOnlyText, label: l('devMailbox:to'), required: true },
      { name: 'from', type: 'text', admin: readOnlyText, label: l('devMailbox:from') },
      { name: 'subject', type: 'text', admin: readOnlyText, label: l('devMailbox:subject') },
      {
        name: 'preview',
        type: 'ui',
        admin: { components: { Field: '/plugins/dev-mailbox/exports/client#MessagePreview' } },
        label: both('preview'),
      },
      { name: 'html', type: 'textarea', admin: { hidden: true }, label: l('devMailbox:html') },
      { name: 'text', type: 'textarea', admin: readOnlyText, label: l('devMailbox:text') },
    ],
    labels: { plural: l('devMailbox:messages'), singular: l('devMailbox:message') },
  }
}
