import type { DataSource } from 'typeorm';
import { assertFound, conflict } from '../../core/errors';
import { Organization } from './organization.entity';
import type { OrganizationInput } from './organization.inputs';

export class OrganizationService {
  constructor(private readonly db: DataSource) {}

  list(): Promise<Organization[]> {
    return this.db.getRepository(Organization).find({ order: { name: 'ASC' } });
  }

  async get(id: string): Promise<Organization> {
    return assertFound(await this.db.getRepository(Organization).findOneBy({ id }), 'Organization');
  }

  async create(input: OrganizationInput): Promise<Organization> {
    const repo = this.db.getRepository(Organization);
    await this.assertNameFree(input.name.trim());
    return repo.save(repo.create({ ...input, name: input.name.trim(), shortName: input.shortName ?? null }));
  }

  async update(id: string, input: OrganizationInput): Promise<Organization> {
    const organization = await this.get(id);
    await this.assertNameFree(input.name.trim(), id);
    Object.assign(organization, { ...input, name: input.name.trim(), shortName: input.shortName ?? null });
    return this.db.getRepository(Organization).save(organization);
  }

  private async assertNameFree(name: string, exceptId?: string) {
    const existing = await this.db
      .getRepository(Organization)
      .createQueryBuilder('o')
      .where('lower(o.name) = lower(:name)', { name })
      .getOne();
    if (existing && existing.id !== exceptId)
      throw conflict('An organisation with that name exists', { field: 'name' });
  }
}
