/**
 * A post reaches residents only while published (src/domain/public-visibility.ts): a change of a
 * draft, or of a post in review, alters no public page; publishing, editing a published post and
 * withdrawing one do.
 */
export const wasOrIsPublished = (
  doc: Record<string, unknown> | undefined,
  previousDoc: Record<string, unknown> | undefined,
): boolean => doc?.workflowState === 'published' || previousDoc?.workflowState === 'published'
