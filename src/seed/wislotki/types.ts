/** A stored document; ids are numeric, as in the generated types. */
export type Doc = { id: number }
