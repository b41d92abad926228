export type Doc = { id: number | string }
