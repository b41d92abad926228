import type { Metryczka } from '../types'

import { checkCaseReference, findCaseReferences } from '../../../src/domain/case-reference'
import { headline, looseText, textBlocks } from './html-text'
import { parseMetryczka } from './metryczka'

/** An entry page, read: its headline, the valid case references in its text, its metryczka. */
export type EntryPage = {
  /** The text blocks, compared loosely. */
  blocks: string[]
  caseReferences: string[]
  headline: null | string
  metryczka: Metryczka
  text: string
}

export const readEntryPage = (html: string, now: Date = new Date()): EntryPage => {
  const blocks = textBlocks(html)
  const text = blocks.join(' ')
  const caseReferences = [...new Set(findCaseReferences(text))].filter(
    (ref) => checkCaseReference(ref, now).ok,
  )
  return {
    blocks: blocks.map(looseText),
    caseReferences,
    headline: headline(html),
    metryczka: parseMetryczka(html),
    text,
  }
}

/** What the register knows of an entry, as the page is compared with it. */
export type KnownEntry = { caseReference?: null | string; title: string }

export type PageVerdict = {
  /** The page shows this entry: its title, or its case reference, is on it. */
  verified: boolean
  /** Found on the page by its title, by its case reference, or neither. */
  by: 'caseReference' | 'none' | 'title'
  /** What the page now says differently, for the changed-entry flow. */
  changes: { caseReference?: { from: string; to: string }; title?: { from: string; to: string } }
}

/**
 * Whether an entry page shows the entry the register knows, and what changed on it. The title
 * counts when it appears anywhere in the page's text (loosely: case, quotes and punctuation aside);
 * the case reference when it is among the page's references. A page whose headline differs from
 * the known title, which no longer stands alone in any block (a heading, a cell), has a changed
 * title (the headline's); one with other case references and not the known one has a changed case
 * reference.
 */
export const comparePage = (known: KnownEntry, page: EntryPage): PageVerdict => {
  const body = ` ${looseText(page.text)} `
  const title = looseText(known.title)
  const titleOn = title.length > 0 && body.includes(` ${title} `)
  const reference = known.caseReference ? known.caseReference.toLocaleUpperCase('pl-PL') : null
  const referenceOn = reference !== null && page.caseReferences.includes(reference)
  const changes: PageVerdict['changes'] = {}
  // A title that no longer stands alone in a block (a heading, a cell) under a different headline.
  const titleStands = page.blocks.includes(title)
  if (!titleStands && page.headline && looseText(page.headline) !== title) {
    changes.title = { from: known.title, to: page.headline }
  }
  if (reference && !referenceOn && page.caseReferences.length > 0) {
    changes.caseReference = { from: reference, to: page.caseReferences[0] }
  }
  if (!titleOn && !referenceOn) return { by: 'none', changes, verified: false }
  return { by: titleOn ? 'title' : 'caseReference', changes, verified: true }
}
