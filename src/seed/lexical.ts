/** Builds a Lexical editor state from plain paragraphs (demo data and tests). */
export const lexicalParagraphs = (...paragraphs: string[]) => ({
  root: {
    children: paragraphs.map((text) => ({
      children: [
        { detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 },
      ],
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      textFormat: 0,
      type: 'paragraph',
      version: 1,
    })),
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    type: 'root',
    version: 1,
  },
})
