import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { Post, Unit, User } from '../../src/payload-types'

import { lexicalParagraphs } from '../../src/seed/lexical'
import { completedByCollection } from './data'

/** A user as the Local API's `user` option takes it. */
export type TestUser = User & { collection: 'users' }
let counter = 0

/** A small gmina: units with different approval rules, one user per role, BIP entries. */
export const makeGmina = async (payload: Payload) => {
  const unit = (data: RequiredDataFromCollectionSlug<'units'>) =>
    payload.create({ collection: 'units', data: data, overrideAccess: true })
  const office = await unit({
    approvalLevels: 1,
    defaultChannels: ['fanpage', 'rss'],
    kind: 'office',
    name: 'Urząd Gminy Testowo',
  })
  const school = await unit({
    approvalLevels: 1,
    defaultChannels: ['rss', 'newsletter'],
    kind: 'school',
    name: 'Szkoła Podstawowa w Testowie',
  })
  const council = await unit({ approvalLevels: 2, kind: 'council', name: 'Rada Gminy Testowo' })
  const osp = await unit({ approvalLevels: 1, kind: 'osp', name: 'OSP Testowo', trusted: true })

  const user = async (role: User['role'], units: Unit['id'][] = []): Promise<TestUser> => {
    const doc = await payload.create({
      collection: 'users',
      data: {
        email: `${role}-${++counter}@testowo.example`,
        name: `Test ${role}`,
        password: 'Haslo-testowe-1',
        role,
        units,
      },
      overrideAccess: true,
    })
    return {
      ...(await payload.findByID({
        collection: 'users',
        depth: 0,
        id: doc.id,
        overrideAccess: true,
      })),
      collection: 'users',
    }
  }
  const admin = await user('admin')
  const approver = await user('approver')
  const approver2 = await user('approver')
  const editor = await user('editor', [school.id, osp.id])
  const officeEditor = await user('editor', [office.id])

  const bip = (data: Partial<RequiredDataFromCollectionSlug<'bip-references'>>) =>
    payload.create({
      collection: 'bip-references',
      data: completedByCollection<'bip-references'>(data),
      overrideAccess: false,
      user: approver,
    })
  const bipPublished = await bip({
    caseReference: 'OR-03.0003.417.2025',
    producingUnit: office.id,
    state: 'published',
    title: 'Obwieszczenie',
    url: 'https://bip.testowo.example/a',
  })
  const bipDraft = await bip({
    caseReference: 'OR.152.1.2025',
    producingUnit: office.id,
    state: 'draft',
    title: 'Projekt uchwały',
    url: 'https://bip.testowo.example/b',
  })

  return {
    admin,
    approver,
    approver2,
    bipDraft,
    bipPublished,
    council,
    editor,
    office,
    officeEditor,
    osp,
    school,
  }
}

export type Gmina = Awaited<ReturnType<typeof makeGmina>>

/** A post ready for approval, created by `user` for `unit`. */
export const draftPost = (
  payload: Payload,
  user: TestUser,
  unit: { id: Unit['id'] },
  data: Partial<RequiredDataFromCollectionSlug<'posts'>> = {},
) =>
  payload.create({
    collection: 'posts',
    data: completedByCollection<'posts'>({
      body: lexicalParagraphs('Treść wpisu testowego.'),
      category: 'culture',
      informationType: 'local_news',
      lead: 'Lead wpisu.',
      title: `Wpis testowy ${++counter}`,
      unit: unit.id,
      ...data,
    }),
    overrideAccess: false,
    user,
  })

/** Runs a workflow action as `user`, the way the admin and the REST API do. */
export const act = (
  payload: Payload,
  user: TestUser,
  id: Post['id'],
  workflowAction: NonNullable<Post['workflowAction']>,
  workflowComment?: string,
) =>
  payload.update({
    collection: 'posts',
    data: { workflowAction, workflowComment },
    id,
    overrideAccess: false,
    user,
  })
