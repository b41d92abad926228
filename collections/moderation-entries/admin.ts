export const dateAdmin = {
  date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' as const },
}
