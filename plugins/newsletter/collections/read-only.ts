/** Collections the sending engine alone writes: staff read them, nobody edits them. */
export const readOnly = { create: () => false, delete: () => false, update: () => false }
