/** The extensions each accepted image format (as sharp names it) may be stored under; the first is given to others. */
const IMAGE_EXTENSIONS: Record<string, readonly string[]> = {
  gif: ['gif'],
  jpeg: ['jpg', 'jpeg'],
  png: ['png'],
  webp: ['webp'],
}

const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

const withoutExtension = (name: string) => {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(0, dot) : name
}

/**
 * The name an upload is stored under: its own when its extension matches the image's real format,
 * otherwise with the format's extension (`x.html` → `x.jpg`, `photo.jpg.html` → `photo.jpg`).
 * A web server or a browser that goes by the extension then never takes an image for a page or a
 * script. Null when the format is not an image we accept (SVG can carry scripts).
 */
export const imageFileName = (name: string, format: string | undefined): null | string => {
  const allowed = format ? IMAGE_EXTENSIONS[format] : undefined
  if (!allowed) return null
  if (allowed.includes(extensionOf(name))) return name
  const base = withoutExtension(name)
  if (allowed.includes(extensionOf(base))) return base
  return `${base || 'obraz'}.${allowed[0]}`
}
