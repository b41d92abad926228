import type { CollectionBeforeOperationHook, CollectionConfig, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'
import path from 'node:path'
import sharp from 'sharp'

import { isStaff, loggedIn } from '../src/access/roles'
import { imageFileName } from '../src/domain/image-file-name'
import { label, say } from '../src/domain/labels'
import { MEDIA, USERS } from '../src/domain/slugs'
import { SECURITY_HEADERS } from '../src/server/security-headers'

export const MEDIA_MAX_BYTES = 15 * 1024 * 1024
export const MEDIA_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif']

/**
 * Stores an upload under the extension of the format sharp finds in it, whatever its name says
 * (src/domain/image-file-name.ts); refuses what is not an accepted image before Payload stores anything.
 */
const storeUnderImageExtension: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  const source = file.tempFilePath && !file.data?.length ? file.tempFilePath : file.data
  const { format } = await sharp(source)
    .metadata()
    .catch(() => ({ format: undefined }))
  const name = imageFileName(file.name, format)
  if (!name) {
    throw new ValidationError({
      errors: [
        {
          message: say(
            req,
            'Ten plik nie jest obrazem JPEG, PNG, WebP ani GIF – dodaj zdjęcie w jednym z tych formatów.',
            'This file is not a JPEG, PNG, WebP or GIF image.',
          ),
          path: 'file',
        },
      ],
    })
  }
  file.name = name
  return args
}

/**
 * Media files answer with the instance's headers, and as documents run nothing and load nothing
 * (an image opened on its own is still shown; <img> on other sites is not affected).
 */
const MEDIA_HEADERS = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
}
const mediaResponseHeaders = ({ headers }: { headers: Headers }) => {
  for (const [name, value] of Object.entries(MEDIA_HEADERS)) headers.set(name, value)
  return headers
}

/** Images for posts, cut by sharp into the sizes each channel wants. */
export const Media: CollectionConfig = {
  slug: MEDIA,
  labels: { plural: label('Multimedia', 'Media'), singular: label('Plik', 'File') },
  admin: { group: label('Treści', 'Content'), defaultColumns: ['filename', 'alt', 'createdAt'] },
  access: {
    create: loggedIn,
    // Files of published posts are fetched by Facebook and RSS readers without logging in.
    read: () => true,
    update: ({ req }) =>
      isStaff(req.user) ? true : req.user ? { uploadedBy: { equals: req.user.id } } : false,
    delete: ({ req }) =>
      isStaff(req.user) ? true : req.user ? { uploadedBy: { equals: req.user.id } } : false,
  },
  hooks: {
    beforeOperation: [storeUnderImageExtension],
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
    modifyResponseHeaders: mediaResponseHeaders,
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
      admin: {
        description: label(
          'Opis obrazu dla osób niewidomych i czytników ekranu (wymagany).',
          'Image description for screen readers (required).',
        ),
      },
      label: label('Tekst alternatywny', 'Alt text'),
      required: true,
      validate: (value: null | string | undefined, { req }: { req: PayloadRequest }) =>
        value && value.trim().length >= 3
          ? true
          : say(
              req,
              'Opisz obraz w polu „Tekst alternatywny” (co najmniej 3 znaki) – wymagają tego przepisy o dostępności.',
              'Describe the image in the alt text (at least 3 characters).',
            ),
    },
    { name: 'caption', type: 'text', label: label('Podpis', 'Caption') },
    { name: 'credit', type: 'text', label: label('Autor zdjęcia / źródło', 'Credit') },
    {
      name: 'uploadedBy',
      type: 'relationship',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
      label: label('Dodał(a)', 'Uploaded by'),
      relationTo: USERS,
    },
  ],
}
