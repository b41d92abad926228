/** The fields of `data` given as something other than text (an object, a number, a list): a client's error, never a title. */
export const notTextFields = (data: Record<string, unknown>, names: readonly string[]) =>
  names.filter((name) => data[name] != null && typeof data[name] !== 'string')
