import type { RequiredDataFromCollectionSlug } from 'payload'

import type { Post } from '../../payload-types'
import type { DemoUser } from './users'
import type { Doc } from './types'

import { lexicalParagraphs } from '../lexical'

type Step = { action: NonNullable<Post['workflowAction']>; by: DemoUser; comment?: string }
export type DemoPost = {
  author: DemoUser
  data: Omit<RequiredDataFromCollectionSlug<'posts'>, 'slug' | 'workflowState'>
  slug: string
  steps: Step[]
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

/** The demo posts in every workflow state, with the steps that bring each there. */
export const demoPosts = (refs: {
  consultationBip: Doc
  fireTruck: Doc
  schoolPhoto: Doc
  sessionBip: Doc
  units: Record<string, Doc>
}): DemoPost[] => {
  const { consultationBip, fireTruck, schoolPhoto, sessionBip, units } = refs
  return [
    {
      slug: 'festyn-rodzinny-w-szkole-podstawowej',
      author: 'editor',
      data: {
        body: lexicalParagraphs(
          'W sobotę na boisku szkolnym odbył się festyn rodzinny. Dziękujemy rodzicom za pomoc!',
        ),
        category: 'education',
        images: [schoolPhoto.id],
        informationType: 'local_news',
        lead: 'Relacja z sobotniego festynu rodzinnego w naszej szkole.',
        title: 'Festyn rodzinny w Szkole Podstawowej',
        unit: units['szkola-podstawowa'].id,
      },
      steps: [
        { action: 'submit', by: 'editor' },
        { action: 'approve', by: 'approver' },
      ],
    },
    {
      slug: 'zawiadomienie-o-xxi-sesji-rady-gminy',
      author: 'approver',
      data: {
        bipReference: sessionBip.id,
        body: lexicalParagraphs(
          'Przewodniczący Rady Gminy Wisłotki zwołuje XXI sesję Rady Gminy. Porządek obrad w BIP.',
        ),
        category: 'council_sessions',
        informationType: 'public_information',
        lead: 'XXI sesja Rady Gminy Wisłotki odbędzie się 12 maja o godz. 10:00.',
        title: 'Zawiadomienie o XXI sesji Rady Gminy Wisłotki',
        unit: units['rada-gminy'].id,
      },
      steps: [
        { action: 'submit', by: 'approver' },
        { action: 'approve', by: 'approver2' },
        { action: 'approve', by: 'admin' },
      ],
    },
    {
      slug: 'nowosci-w-bibliotece',
      author: 'editor',
      data: {
        body: lexicalParagraphs(
          'Zapraszamy do wypożyczania nowych książek dla dzieci i młodzieży.',
        ),
        category: 'culture',
        informationType: 'local_news',
        lead: 'Nowe książki już na półkach.',
        publishAt: inDays(3),
        title: 'Nowości w bibliotece',
        unit: units['biblioteka'].id,
      },
      steps: [{ action: 'submit', by: 'editor' }],
    },
    {
      slug: 'konsultacje-budzetu-obywatelskiego-2026',
      author: 'admin',
      data: {
        bipReference: consultationBip.id,
        body: lexicalParagraphs(
          'Zapraszamy mieszkańców do udziału w konsultacjach projektu budżetu obywatelskiego na 2026 rok.',
        ),
        category: 'consultations',
        channels: ['fanpage', 'group', 'rss', 'newsletter'],
        informationType: 'public_information',
        lead: 'Konsultacje potrwają do końca miesiąca.',
        title: 'Konsultacje budżetu obywatelskiego 2026',
        unit: units['urzad-gminy'].id,
      },
      steps: [{ action: 'submit', by: 'admin' }],
    },
    {
      slug: 'dzien-otwarty-w-szkole',
      author: 'editor',
      data: {
        category: 'education',
        informationType: 'local_news',
        lead: 'Zapraszamy przyszłych pierwszoklasistów i ich rodziców.',
        title: 'Dzień otwarty w szkole',
        unit: units['szkola-podstawowa'].id,
      },
      steps: [
        { action: 'submit', by: 'editor' },
        {
          action: 'request_changes',
          by: 'approver',
          comment: 'Proszę dodać datę i godzinę dnia otwartego oraz zdjęcie.',
        },
      ],
    },
    {
      slug: 'cwiczenia-osp-przy-remizie',
      author: 'editorOsp',
      data: {
        category: 'safety',
        images: [fireTruck.id],
        informationType: 'local_news',
        lead: 'W sobotę o 10:00 ćwiczenia przy remizie. Prosimy nie parkować na placu.',
        title: 'Ćwiczenia OSP przy remizie',
        unit: units['osp-wislotki'].id,
      },
      steps: [],
    },
    {
      slug: 'zmiana-godzin-pracy-urzedu',
      author: 'admin',
      data: {
        category: 'official',
        informationType: 'local_news',
        lead: 'Informacja wycofana – godziny pracy urzędu pozostają bez zmian.',
        title: 'Zmiana godzin pracy urzędu',
        unit: units['urzad-gminy'].id,
      },
      steps: [
        { action: 'submit', by: 'admin' },
        { action: 'approve', by: 'approver' },
        {
          action: 'withdraw',
          by: 'approver',
          comment: 'Informacja nieaktualna – decyzja o zmianie godzin została cofnięta.',
        },
      ],
    },
  ]
}
