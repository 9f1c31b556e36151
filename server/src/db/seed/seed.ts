import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../auth/password';
import { Chapter } from '../../modules/documents/chapter.entity';
import { Document, DocumentKind } from '../../modules/documents/document.entity';
import { Organization } from '../../modules/organizations/organization.entity';
import { Membership, Role } from '../../modules/projects/membership.entity';
import { Project } from '../../modules/projects/project.entity';
import { User } from '../../modules/users/user.entity';
import { seedDemoApprovals } from './demo-approvals';
import { seedDemoAssessments } from './demo-assessments';
import { demoChapterContent, seedChapterText } from './demo-chapter-text';
import { DEMO_PASSWORD, demoOrganizations, demoProjects, demoUsers } from './demo-data';
import { seedDemoReview } from './demo-review';
import { seedDemoNotat } from './demo-notat';
import { seedDemoSpecialisation } from './demo-specialisation';

export interface DemoLogin {
  email: string;
  role: string;
}

/** Loads the demo projects into an empty database; returns the demo logins, or null if not empty. */
export async function seedIfEmpty(db: DataSource, publicUrl: string): Promise<DemoLogin[] | null> {
  if ((await db.getRepository(Organization).count()) > 0) return null;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction((em) => seed(em, passwordHash, publicUrl));
}

async function seed(em: EntityManager, passwordHash: string, publicUrl: string): Promise<DemoLogin[]> {
  const orgIds = new Map<string, string>();
  for (const { key, ...org } of demoOrganizations) {
    const saved = await em.getRepository(Organization).save(em.getRepository(Organization).create(org));
    orgIds.set(key, saved.id);
  }
  const userIds = new Map<string, string>();
  for (const u of demoUsers) {
    const saved = await em.getRepository(User).save(
      em.getRepository(User).create({
        name: u.name,
        email: u.email,
        organizationId: orgIds.get(u.org)!,
        isSystemAdmin: u.admin ?? false,
        canStartProjects: u.startsProjects ?? false,
        passwordHash,
      }),
    );
    userIds.set(u.key, saved.id);
  }
  const roles = new Map<string, Set<string>>();
  for (const { members, documents, ...fields } of demoProjects) {
    const project = await em.getRepository(Project).save(em.getRepository(Project).create(fields));
    for (const m of members) {
      await em.getRepository(Membership).insert({
        projectId: project.id,
        userId: userIds.get(m.user)!,
        role: m.role,
        isApprover: m.isApprover ?? false,
      });
      const set = roles.get(m.user) ?? new Set<string>();
      set.add(m.role);
      roles.set(m.user, set);
    }
    for (const d of documents) {
      const document = await em
        .getRepository(Document)
        .save(
          em
            .getRepository(Document)
            .create({ projectId: project.id, kind: DocumentKind[d.kind], title: d.title }),
        );
      const inserted = await em.getRepository(Chapter).insert(
        d.chapters.map((title, position) => ({
          documentId: document.id,
          projectId: project.id,
          title,
          position,
        })),
      );
      const editor = members.find((m) => m.role === Role.COORDINATOR);
      for (const [index, title] of d.chapters.entries()) {
        const chapterId = (inserted.identifiers[index] as { id: string }).id;
        const content = demoChapterContent(d.kind, d.title, title);
        await seedChapterText(em, chapterId, content, editor ? userIds.get(editor.user)! : null);
      }
    }
  }
  await seedDemoApprovals(em);
  await seedDemoReview(em);
  await seedDemoNotat(em, publicUrl);
  await seedDemoSpecialisation(em);
  // After the target groups, specialists and providers: assessments in every state.
  await seedDemoAssessments(em);
  return demoUsers.map((u) => ({
    email: u.email,
    role: u.admin ? 'system admin' : [...(roles.get(u.key) ?? [])].join(', ').toLowerCase(),
  }));
}
