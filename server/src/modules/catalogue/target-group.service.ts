import { In, type DataSource, type EntityManager } from 'typeorm';
import { assertFound, badInput, conflict, notFound } from '../../core/errors';
import { log } from '../../core/logger';
import type { ClientInfo } from '../../core/client-info';
import { Topic, type AppPubSub } from '../../core/pubsub';
import { recordAudit } from '../../core/audit';
import { Chapter } from '../documents/chapter.entity';
import { Document, DocumentKind } from '../documents/document.entity';
import { Membership } from '../projects/membership.entity';
import { Project, ProjectKind } from '../projects/project.entity';
import type { User } from '../users/user.entity';
import type { CatalogueAccess } from './catalogue-access';
import { SpecialisationEventType, type SpecialisationEvents } from './specialisation-events';
import { mayBeSpecialist } from './catalogue.policy';
import type { CreateTargetGroupInput, SetSpecialistsInput } from './catalogue.inputs';
import { Specialist } from './specialist.entity';
import { TargetGroup } from './target-group.entity';

/** The chapters of a new målgruppebeskrivelse: the group's needs, the three levels, general sections. */
export const TARGET_GROUP_CHAPTERS = [
  'Målgruppen og dens behov',
  'Specialiseringsniveau 1',
  'Specialiseringsniveau 2',
  'Specialiseringsniveau 3',
  'Kompetencer, organisering og samarbejde',
];

/** Target groups and their specialist groups. */
export class TargetGroupService {
  constructor(
    private readonly db: DataSource,
    private readonly access: CatalogueAccess,
    private readonly events: SpecialisationEvents,
    private readonly pubSub: AppPubSub,
  ) {}

  async list(user: User, projectId: string): Promise<TargetGroup[]> {
    await this.access.require(user, projectId, 'read');
    return this.listForProject(projectId);
  }

  listForProject(projectId: string): Promise<TargetGroup[]> {
    return this.db.getRepository(TargetGroup).find({ where: { projectId }, order: { name: 'ASC' } });
  }

  /** A target group the user may read; NOT_FOUND when it does not exist or they are not a member. */
  async get(user: User, id: string, em: EntityManager = this.db.manager): Promise<TargetGroup> {
    const group = assertFound(await em.getRepository(TargetGroup).findOneBy({ id }), 'TargetGroup');
    await this.access.require(user, group.projectId, 'read', undefined, em);
    return group;
  }

  async create(user: User, input: CreateTargetGroupInput, client: ClientInfo): Promise<TargetGroup> {
    const name = input.name.trim();
    if (!name) throw badInput('name', 'A target group needs a name');
    const group = await this.db.transaction(async (em) => {
      await this.access.require(user, input.projectId, 'manage', undefined, em);
      // Serialise target-group changes per project so the name check cannot race.
      const project = await em
        .getRepository(Project)
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.id = :id', { id: input.projectId })
        .getOneOrFail();
      if (project.kind !== ProjectKind.SPECIALISATION)
        throw badInput('projectId', 'Target groups belong to specialisation projects');
      const clash = await em
        .getRepository(TargetGroup)
        .createQueryBuilder('g')
        .where('g."projectId" = :projectId AND lower(g.name) = lower(:name)', { projectId: project.id, name })
        .getOne();
      if (clash) throw conflict('A target group with that name exists', { field: 'name' });
      const documentId = input.documentId
        ? await this.existingDocument(em, project.id, input.documentId)
        : await this.newDocument(em, project.id, name);
      const saved = await em.getRepository(TargetGroup).save(
        em.getRepository(TargetGroup).create({
          projectId: project.id,
          name,
          description: input.description.trim(),
          documentId,
        }),
      );
      await recordAudit(em, {
        projectId: project.id,
        actorId: user.id,
        action: 'targetGroup.created',
        subjectType: 'TargetGroup',
        subjectId: saved.id,
        details: { name, documentId, newDocument: !input.documentId },
        ip: client.ip,
      });
      return saved;
    });
    log.info('targetGroup.created', { projectId: group.projectId, targetGroupId: group.id, by: user.id });
    this.events.publish(SpecialisationEventType.TARGET_GROUP_CHANGED, {
      projectId: group.projectId,
      targetGroupId: group.id,
    });
    return group;
  }

  /** Replaces the specialist group: AUTHOR or COORDINATOR members of the same project. */
  async setSpecialists(user: User, input: SetSpecialistsInput, client: ClientInfo): Promise<TargetGroup> {
    const wanted = [...new Set(input.membershipIds.map((id) => id.toLowerCase()))];
    const { group, changed } = await this.db.transaction(async (em) => {
      const group = await em
        .getRepository(TargetGroup)
        .createQueryBuilder('g')
        .setLock('pessimistic_write')
        .where('g.id = :id', { id: input.targetGroupId })
        .getOne();
      if (!group) throw notFound('TargetGroup');
      await this.access.require(user, group.projectId, 'manage', undefined, em);
      const members = wanted.length
        ? await em.getRepository(Membership).findBy({ id: In(wanted), projectId: group.projectId })
        : [];
      if (members.length !== wanted.length)
        throw badInput('membershipIds', 'Every specialist must be a member of the project');
      if (!members.every(mayBeSpecialist))
        throw badInput('membershipIds', 'Specialists are AUTHOR or COORDINATOR members');
      const current = await em.getRepository(Specialist).findBy({ targetGroupId: group.id });
      const before = new Set(current.map((s) => s.membershipId));
      const added = members.filter((m) => !before.has(m.id));
      const removed = current.filter((s) => !wanted.includes(s.membershipId));
      if (removed.length) await em.getRepository(Specialist).delete({ id: In(removed.map((s) => s.id)) });
      if (added.length)
        await em
          .getRepository(Specialist)
          .insert(added.map((m) => ({ targetGroupId: group.id, membershipId: m.id })));
      await recordAudit(em, {
        projectId: group.projectId,
        actorId: user.id,
        action: 'targetGroup.specialistsSet',
        subjectType: 'TargetGroup',
        subjectId: group.id,
        details: {
          added: added.map((m) => m.id),
          removed: removed.map((s) => s.membershipId),
          membershipIds: wanted,
        },
        ip: client.ip,
      });
      const changedIds = [...added.map((m) => m.id), ...removed.map((s) => s.membershipId)];
      const changed = changedIds.length
        ? await em.getRepository(Membership).findBy({ id: In(changedIds) })
        : [];
      return { group, changed };
    });
    this.events.publish(SpecialisationEventType.TARGET_GROUP_CHANGED, {
      projectId: group.projectId,
      targetGroupId: group.id,
    });
    // A specialist group moves its members' edit scope: open collab sockets recheck, member lists refetch.
    for (const m of changed)
      this.pubSub.publish(Topic.MembershipChanged, m.projectId, {
        type: 'UPDATED',
        projectId: m.projectId,
        membershipId: m.id,
        userId: m.userId,
      });
    return group;
  }

  private async existingDocument(em: EntityManager, projectId: string, documentId: string) {
    const document = await em.getRepository(Document).findOneBy({ id: documentId, projectId });
    if (!document) throw badInput('documentId', 'No such document in the project');
    if (document.kind !== DocumentKind.TARGET_GROUP)
      throw badInput('documentId', 'A target group’s description is a TARGET_GROUP document');
    if (await em.getRepository(TargetGroup).existsBy({ documentId }))
      throw conflict('That document already describes a target group', { field: 'documentId' });
    return document.id;
  }

  private async newDocument(em: EntityManager, projectId: string, name: string) {
    const document = await em
      .getRepository(Document)
      .save(
        em
          .getRepository(Document)
          .create({ projectId, kind: DocumentKind.TARGET_GROUP, title: `Målgruppebeskrivelse: ${name}` }),
      );
    await em.getRepository(Chapter).insert(
      TARGET_GROUP_CHAPTERS.map((title, position) => ({
        documentId: document.id,
        projectId,
        title,
        position,
      })),
    );
    return document.id;
  }
}
