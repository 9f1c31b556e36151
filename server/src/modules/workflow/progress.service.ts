import type { DataSource } from 'typeorm';
import { assertFound } from '../../core/errors';
import { Chapter, ChapterStatus } from '../documents/chapter.entity';
import { Document } from '../documents/document.entity';
import type { MembershipService } from '../projects/membership.service';
import type { User } from '../users/user.entity';
import type { ProgressPoint } from './progress.types';

/** Most points one answer holds (the latest ones). */
const MAX_POINTS = 1000;

const FIELD: Record<ChapterStatus, keyof Omit<ProgressPoint, 'at'>> = {
  [ChapterStatus.DRAFT]: 'draft',
  [ChapterStatus.IN_REVIEW]: 'inReview',
  [ChapterStatus.REVISION]: 'revision',
  [ChapterStatus.AWAITING_APPROVAL]: 'awaitingApproval',
  [ChapterStatus.APPROVED]: 'approved',
  [ChapterStatus.PUBLISHED]: 'published',
};

/**
 * A document's progress toward publication over time, replayed from the
 * chapters' creation times and the status changes in the audit log, ending
 * with the statuses as they are now.
 */
export class ProgressService {
  constructor(
    private readonly db: DataSource,
    private readonly memberships: MembershipService,
  ) {}

  async forDocument(user: User, documentId: string): Promise<ProgressPoint[]> {
    const document = assertFound(
      await this.db.getRepository(Document).findOneBy({ id: documentId }),
      'Document',
    );
    await this.memberships.require(user, document.projectId, 'read');
    const chapters = await this.db.getRepository(Chapter).find({ where: { documentId } });
    const changes: { chapterId: string; at: Date; to: ChapterStatus }[] = await this.db.query(
      `SELECT "subjectId" AS "chapterId", at, details->>'to' AS "to" FROM audit_event
        WHERE "projectId" = $1 AND action = 'chapter.status_changed' AND "subjectId" = ANY($2::uuid[])
        ORDER BY at, id`,
      [document.projectId, chapters.map((c) => c.id)],
    );
    const events = [
      ...chapters.map((c) => ({ chapterId: c.id, at: c.createdAt, to: ChapterStatus.DRAFT })),
      ...changes.filter((c) => c.to in FIELD),
    ].sort((a, b) => a.at.getTime() - b.at.getTime());

    const status = new Map<string, ChapterStatus>();
    const points: ProgressPoint[] = [];
    const snapshot = (at: Date): ProgressPoint => {
      const point: ProgressPoint = {
        at,
        draft: 0,
        inReview: 0,
        revision: 0,
        awaitingApproval: 0,
        approved: 0,
        published: 0,
      };
      for (const s of status.values()) point[FIELD[s]]++;
      return point;
    };
    for (const [index, event] of events.entries()) {
      status.set(event.chapterId, event.to);
      // One point per moment: changes made in one transaction share their time.
      if (events[index + 1]?.at.getTime() !== event.at.getTime()) points.push(snapshot(event.at));
    }
    for (const c of chapters) status.set(c.id, c.status);
    points.push(snapshot(new Date()));
    return points.slice(-MAX_POINTS);
  }
}
