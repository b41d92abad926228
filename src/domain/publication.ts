/**
 * Publication of a document with Payload drafts changes only when a save says so.
 *
 * Payload builds a save on the latest version; without `draft=true` it writes the result over the
 * published document with the latest version's status. A save that names no status over a pending
 * draft therefore unpublished the document. What a save says:
 * - `_status: 'published'` publishes (the admin's "Publish");
 * - `draft=true` saves a draft beside the published version (the admin's "Save draft");
 * - `_status: 'draft'` without `draft=true` unpublishes (the admin's "Unpublish" sends it with
 *   `unpublishAllLocales=true`, "Unpublish" on the list sends the status alone);
 * - nothing: the publication stays as it is. Over a pending draft the save goes into that draft,
 *   so text nobody published does not go live by accident either; without a pending draft the
 *   latest version is the published one, and the save edits it in place, as Payload does.
 */
export type SaveRequest = { draft?: unknown; status?: unknown; unpublish?: unknown }
export type StoredPublication = { latestIsDraft: boolean; published: boolean }

/** A query flag as REST (`'true'`) or the Local API (`true`) gives it. */
const flag = (value: unknown) => value === true || value === 'true'

/** Whether the save names its publication itself (then Payload's own handling is right). */
export const saysPublication = (request: SaveRequest): boolean =>
  flag(request.draft) || flag(request.unpublish) || request.status !== undefined

/** How a save that names no publication must go: as a draft when it would otherwise unpublish. */
export const keepPublication = (
  request: SaveRequest,
  stored: StoredPublication,
): 'as-draft' | 'as-is' =>
  !saysPublication(request) && stored.published && stored.latestIsDraft ? 'as-draft' : 'as-is'
