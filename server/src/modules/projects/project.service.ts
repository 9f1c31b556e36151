import type { DataSource, EntityManager } from 'typeorm';
import { log } from '../../core/logger';
import type { User } from '../users/user.entity';
import { Membership, Role } from './membership.entity';
import type { MembershipService } from './membership.service';
import { Project } from './project.entity';
import type { ProjectInput } from './project.inputs';
import { can, type ProjectAction } from './project.policy';
import { badInput, forbidden } from '../../core/errors';
import { mayStartProject } from '../users/user.policy';

const ROLE_ORDER = [Role.COORDINATOR, Role.AUTHOR, Role.REVIEWER, Role.OBSERVER];

/** Runs in the transaction that creates a project (the documents module adds the first document). */
export type ProjectCreatedHook = (em: EntityManager, project: Project) => Promise<void>;

export class ProjectService {
  private readonly createdHooks: ProjectCreatedHook[] = [];

  constructor(
    private readonly db: DataSource,
    private readonly memberships: MembershipService,
  ) {}

  onCreated(hook: ProjectCreatedHook): void {
    this.createdHooks.push(hook);
  }

  /** Projects the user is a member of; the membership is part of the query itself. */
  listForUser(user: User): Promise<Project[]> {
    return this.db
      .getRepository(Project)
      .createQueryBuilder('p')
      .innerJoin(Membership, 'm', 'm.projectId = p.id AND m.userId = :userId', { userId: user.id })
      .orderBy('p.periodStart', 'DESC', 'NULLS LAST')
      .addOrderBy('p.title', 'ASC')
      .getMany();
  }

  async get(user: User, id: string): Promise<Project> {
    await this.memberships.require(user, id, 'read');
    return this.db.getRepository(Project).findOneByOrFail({ id });
  }

  /** Whoever a system admin has given the right starts a project and becomes its first coordinator. */
  async create(user: User, input: ProjectInput): Promise<Project> {
    if (!mayStartProject(user)) {
      log.security('authz.denied', { userId: user.id, action: 'startProject' });
      throw forbidden('A system administrator has not given you the right to start projects');
    }
    assertPeriod(input);
    const project = await this.db.transaction(async (em) => {
      const project = await em.getRepository(Project).save(em.getRepository(Project).create(input));
      await em.getRepository(Membership).insert({
        projectId: project.id,
        userId: user.id,
        role: Role.COORDINATOR,
        isApprover: true,
      });
      for (const hook of this.createdHooks) await hook(em, project);
      return project;
    });
    log.info('project.created', { projectId: project.id, by: user.id });
    return project;
  }

  async update(user: User, id: string, input: ProjectInput): Promise<Project> {
    assertPeriod(input);
    return this.db.transaction(async (em) => {
      await this.memberships.require(user, id, 'manage', em);
      const project = await em.getRepository(Project).findOneByOrFail({ id });
      Object.assign(project, input);
      return em.getRepository(Project).save(project);
    });
  }

  permissions(membership: Membership | null) {
    const check = (action: ProjectAction) => can(membership, action);
    return {
      manage: check('manage'),
      editText: check('editText'),
      comment: check('comment'),
      dispose: check('dispose'),
    };
  }

  /** Members grouped by role (coordinators first), then by organisation name. */
  groupMembers<M extends Membership>(members: M[], organizationOf: (m: M) => { id: string; name: string }) {
    return ROLE_ORDER.map((role) => {
      const byOrg = new Map<string, { organization: { id: string; name: string }; members: M[] }>();
      for (const m of members.filter((x) => x.role === role)) {
        const organization = organizationOf(m);
        const group = byOrg.get(organization.id) ?? { organization, members: [] };
        group.members.push(m);
        byOrg.set(organization.id, group);
      }
      return {
        role,
        organizations: [...byOrg.values()].sort((a, b) =>
          a.organization.name.localeCompare(b.organization.name, 'da'),
        ),
      };
    }).filter((group) => group.organizations.length > 0);
  }
}

function assertPeriod(input: ProjectInput) {
  for (const field of ['periodStart', 'periodEnd'] as const) {
    const value = input[field];
    if (value && Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()))
      throw badInput(field, `${field} is not a real date`);
  }
  if (input.periodStart && input.periodEnd && input.periodEnd < input.periodStart)
    throw badInput('periodEnd', 'The period ends before it starts');
}
