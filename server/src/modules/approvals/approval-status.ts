import DataLoader from 'dataloader';
import { DataSource, In, IsNull } from 'typeorm';
import type { Context } from '../../core/context';
import { ApprovalService } from './approval.service';
import type { Chapter } from '../documents/chapter.entity';
import { ApprovalState, type OrganizationApproval } from './approval.types';
import { approversByOrganization } from './approving-organizations';
import { ApprovalDecision, ChapterApproval } from './chapter-approval.entity';

function stateOf(decision: ChapterApproval | undefined): ApprovalState {
  if (!decision) return ApprovalState.PENDING;
  if (decision.decision === ApprovalDecision.CHANGES_REQUESTED) return ApprovalState.CHANGES_REQUESTED;
  return decision.dismissedAt ? ApprovalState.STALE : ApprovalState.APPROVED;
}

interface ApprovalLoaders {
  byChapter: DataLoader<Chapter, OrganizationApproval[], string>;
  /** Per project: organisation → the members who may approve for it. */
  approversByProject: DataLoader<string, Map<string, string[]>>;
  requiredByDocument: DataLoader<
    { id: string; projectId: string },
    { organizationIds: string[]; isDefault: boolean },
    string
  >;
}

/** One loader per relation per request: a document's chapters' approvals in a few queries, however many chapters. */
export function approvalLoaders(ctx: Context): ApprovalLoaders {
  return ctx.perRequest(approvalLoaders, () =>
    createApprovalLoaders(ctx.container.get(DataSource), ctx.container.get(ApprovalService)),
  );
}

function createApprovalLoaders(db: DataSource, approvals: ApprovalService): ApprovalLoaders {
  const requiredOf = async (documents: readonly { id: string; projectId: string }[]) => {
    const unique = new Map(documents.map((d) => [d.id, d]));
    const answers = new Map(
      await Promise.all(
        [...unique.values()].map(async (d) => [d.id, await approvals.requiredOrganizations(d)] as const),
      ),
    );
    return documents.map((d) => answers.get(d.id)!);
  };
  const requiredByDocument: ApprovalLoaders['requiredByDocument'] = new DataLoader(requiredOf, {
    cacheKeyFn: (d) => d.id,
  });
  const byChapter: ApprovalLoaders['byChapter'] = new DataLoader(
    async (chapters) => {
      const decisions = await db.getRepository(ChapterApproval).find({
        where: { chapterId: In(chapters.map((c) => c.id)), supersededAt: IsNull() },
      });
      const required = await requiredOf(chapters.map((c) => ({ id: c.documentId, projectId: c.projectId })));
      const versions: { id: string; chapterId: string; contentFingerprint: string }[] = decisions.length
        ? await db.query(
            `SELECT DISTINCT ON ("chapterId", "contentFingerprint") id, "chapterId", "contentFingerprint"
               FROM chapter_version WHERE "chapterId" = ANY($1::uuid[]) AND "contentFingerprint" = ANY($2::text[])
              ORDER BY "chapterId", "contentFingerprint", "createdAt" DESC`,
            [chapters.map((c) => c.id), decisions.map((d) => d.contentFingerprint)],
          )
        : [];
      return chapters.map((chapter, index) => {
        const { organizationIds } = required[index];
        return organizationIds.map((organizationId): OrganizationApproval => {
          const d = decisions.find((x) => x.chapterId === chapter.id && x.organizationId === organizationId);
          return {
            chapterId: chapter.id,
            organizationId,
            projectId: chapter.projectId,
            state: stateOf(d),
            decidedById: d?.userId ?? null,
            decidedAt: d?.createdAt ?? null,
            reason: d?.reason ?? null,
            dismissedAt: d?.dismissedAt ?? null,
            dismissedReason: d?.dismissedReason ?? null,
            contentFingerprint: d?.contentFingerprint ?? null,
            versionId:
              (d?.decision === ApprovalDecision.APPROVED &&
                versions.find(
                  (v) => v.chapterId === chapter.id && v.contentFingerprint === d.contentFingerprint,
                )?.id) ||
              null,
          };
        });
      });
    },
    { cacheKeyFn: (c) => c.id },
  );
  const approversByProject: ApprovalLoaders['approversByProject'] = new DataLoader((projectIds) =>
    Promise.all(projectIds.map((id) => approversByOrganization(db.manager, id))),
  );
  return { byChapter, requiredByDocument, approversByProject };
}
