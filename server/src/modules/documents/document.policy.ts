import { Role, type Membership } from '../projects/membership.entity';
import { can } from '../projects/project.policy';

/**
 * The edit scope: may the member edit the text of a chapter of document
 * `documentId`? The project role decides first (coordinators and authors);
 * an author in some specialist group then edits only their groups'
 * documents, an author in no group (the general working group) every
 * document. `groupDocumentIds` are the documents of the member's groups.
 */
export function canEditChapterText(
  member: Pick<Membership, 'role' | 'isApprover'> | null | undefined,
  groupDocumentIds: readonly string[],
  documentId: string,
): boolean {
  if (!can(member, 'editText')) return false;
  if (member!.role === Role.COORDINATOR || groupDocumentIds.length === 0) return true;
  return groupDocumentIds.includes(documentId);
}
