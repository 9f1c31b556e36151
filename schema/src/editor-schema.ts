import { getSchema, type Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { Deletion, Insertion, Modification } from './suggestion-marks.js';

/** Name of the Y.XmlFragment that holds a chapter's TipTap content. */
export const CHAPTER_FRAGMENT = 'default';

/** Prefix of a chapter's Hocuspocus document name: `chapter:<uuid>`. */
export const CHAPTER_DOCUMENT_PREFIX = 'chapter:';

export const chapterDocumentName = (chapterId: string): string => `${CHAPTER_DOCUMENT_PREFIX}${chapterId}`;

/**
 * The one document schema of a chapter, used by the client editor and by the
 * server (rendering, applying proposals). The client adds only behaviour
 * (collaboration, carets), never node or mark types.
 */
export const chapterExtensions = (): Extensions => [
  StarterKit.configure({
    // Yjs keeps the history; the editor's own undo stack would fight it.
    undoRedo: false,
    heading: { levels: [1, 2, 3, 4] },
    link: {
      openOnClick: false,
      autolink: true,
      protocols: ['http', 'https', 'mailto'],
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    },
  }),
  TableKit.configure({ table: { resizable: false } }),
  Insertion,
  Deletion,
  Modification,
];

export const chapterSchema = () => getSchema(chapterExtensions());
