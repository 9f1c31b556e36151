interface LinkableHit {
  kind: string;
  id: string;
  chapterId: string | null;
  parentId: string | null;
  snippet: readonly { text: string; match: boolean }[];
}

/** The words a snippet marks, for the chapter page to highlight. */
export function matchedWords(hit: Pick<LinkableHit, 'snippet'>): string[] {
  return [...new Set(hit.snippet.filter((p) => p.match).map((p) => p.text.trim().toLowerCase()))].filter(
    Boolean,
  );
}

/** Where a hit leads: a chapter at its highlighted passage, a comment's thread, an offer … */
export function hitLink(hit: LinkableHit): string {
  switch (hit.kind) {
    case 'CHAPTER': {
      const words = matchedWords(hit);
      return `/chapters/${hit.id}${words.length ? `?${new URLSearchParams({ highlight: words.join(' ') })}` : ''}`;
    }
    case 'COMMENT':
      return `/chapters/${hit.chapterId}?${new URLSearchParams({ comment: hit.parentId ?? hit.id })}`;
    case 'EDITION':
      return `/editions/${hit.parentId}`;
    case 'VERSION':
      return `/versions/${hit.id}`;
    case 'PROJECT':
      return `/projects/${hit.id}`;
    case 'TARGET_GROUP':
      return `/target-groups/${hit.id}`;
    case 'LEVEL_CRITERION':
      return `/target-groups/${hit.parentId}`;
    case 'PROVIDER':
      return `/providers/${hit.id}`;
    case 'OFFER':
      return `/offers/${hit.id}`;
    case 'ASSESSMENT':
      return `/offers/${hit.parentId}`;
    default:
      return '/';
  }
}
