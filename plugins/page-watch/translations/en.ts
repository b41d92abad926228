import type { pl } from './pl'

/** The Page watcher's texts in English. */
export const en: typeof pl = {
  pageWatch: {
    posts: 'Page posts',
    post: 'Page post',
    postsDescription:
      'Every post published on the Facebook Page, those posted by hand outside Herold too, read from Facebook every hour for the "BIP and social media" report.',
    reads: 'Page reads',
    read: 'Page read',
    readsDescription: 'How far Herold has read the posts of each Page.',
    postId: 'Post id',
    pageId: 'Page id',
    message: 'Text',
    createdTime: 'Published',
    permalink: 'Post address',
    delivery: 'Copy sent by Herold',
    kind: 'Classification',
    reason: 'Why',
    goneAt: 'Deleted from Facebook',
    seenInPass: 'Seen in read',
    completedThrough: 'Last complete read',
    passSince: 'Current read since',
    passStartedAt: 'Current read started',
    passUntil: 'Current read reached',
    lastError: 'Last error',
    kindHerold: 'Copy from Herold',
    kindPublicWithoutBip: 'Public information without BIP',
    kindPublicWithBip: 'Public information linking to BIP',
    kindOther: 'Other post',
    task: 'Reading the Page posts',
  },
}
