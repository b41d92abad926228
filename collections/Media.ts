import type { CollectionConfig, PayloadRequest } from 'payload'

import path from 'node:path'

import { isStaff, loggedIn } from '../src/access/roles'
import { label, say } from '../src/domain/labels'

export const MEDIA_MAX_BYTES = 15 * 1024 * 1024
export const MEDIA_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif']

/** Images for posts, cut by sharp into the sizes each channel wants. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { plural: label('Multimedia', 'Media'), singular: label('Plik', 'File') },
  admin: { group: label('Treści', 'Content'), defaultColumns: ['filename', 'alt', 'createdAt'] },
  access: {
    create: loggedIn,
    // Files of published posts are fetched by Facebook and RSS readers without logging in.
    read: () => true,
    update: ({ req }) => (isStaff(req.user) ? true : req.user ? { uploadedBy: { equals: req.user.id } } : false),
    delete: ({ req }) => (isStaff(req.user) ? true : req.user ? { uploadedBy: { equals: req.user.id } } : false),
  },
  hooks: {
    beforeChange: [
      ({ data, operation, req }) => {
        if (operation === 'create' && req.user) data.uploadedBy = req.user.id
        return data
      },
    ],
  },
  upload: {
    // Beside the embedded database by default; MEDIA_DIR points elsewhere (a volume, a test's temp dir).
    staticDir: path.resolve(process.env.MEDIA_DIR || 'data/media'),
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    mimeTypes: MEDIA_MIME_TYPES,
    imageSizes: [
      // Facebook link/feed image (1.91:1).
      { name: 'fanpage', fit: 'cover', height: 630, position: 'centre', width: 1200 },
      { name: 'square', fit: 'cover', height: 1080, position: 'centre', width: 1080 },
      { name: 'thumbnail', fit: 'cover', height: 300, position: 'centre', width: 400 },
      // Lighter copy for the public pages and newsletters.
      {
        name: 'webp',
        fit: 'inside',
        formatOptions: { format: 'webp', options: { quality: 80 } },
        height: 1600,
        width: 1600,
        withoutEnlargement: true,
      },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      admin: { description: label('Opis obrazu dla osób niewidomych i czytników ekranu (wymagany).', 'Image description for screen readers (required).') },
      label: label('Tekst alternatywny', 'Alt text'),
      required: true,
      validate: (value: null | string | undefined, { req }: { req: PayloadRequest }) =>
        value && value.trim().length >= 3
          ? true
          : say(req, 'Opisz obraz w polu „Tekst alternatywny” (co najmniej 3 znaki) – wymagają tego przepisy o dostępności.', 'Describe the image in the alt text (at least 3 characters).'),
    },
    { name: 'caption', type: 'text', label: label('Podpis', 'Caption') },
    { name: 'credit', type: 'text', label: label('Autor zdjęcia / źródło', 'Credit') },
    {
      name: 'uploadedBy',
      type: 'relationship',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
      label: label('Dodał(a)', 'Uploaded by'),
      relationTo: 'users',
    },
  ],
}
