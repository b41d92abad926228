/** Whether `id` can be an id of this database at all: integers for SQL, ObjectIds for MongoDB. */
export const isWellFormedId = (id: unknown, idType: 'number' | 'text'): boolean => {
  const text = String(id)
  return idType === 'number'
    ? /^\d{1,15}$/.test(text)
    : /^[0-9a-f]{24}$/i.test(text) || /^[\w-]{1,64}$/.test(text)
}
