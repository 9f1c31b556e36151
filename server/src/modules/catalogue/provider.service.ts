import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { assertFound, badInput, conflict } from '../../core/errors';
import type { ClientInfo } from '../../core/client-info';
import { recordAudit } from '../../core/audit';
import type { User } from '../users/user.entity';
import { normalizeCvr } from './cvr';
import { Offer } from './offer.entity';
import { Provider } from './provider.entity';
import type { CatalogueAccess } from './catalogue-access';
import { SpecialisationEventType, type SpecialisationEvents } from './specialisation-events';
import type { OfferInput, PlacementFilter, ProviderInput, UpdateProviderInput } from './catalogue.inputs';
import { TargetGroup } from './target-group.entity';

const isPgError = (error: unknown, code: string) =>
  error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === code;

export const cvrOrThrow = (input: string): string => {
  const cvr = normalizeCvr(input);
  if (!cvr) throw badInput('cvr', 'A CVR number is 8 digits with a valid modulus-11 check');
  return cvr;
};

/**
 * Providers (leverandører) and their offers (tilbud): coordinators manage, members read. Deleting them is
 * assessment's `OfferRemovalService`: assessed offers are kept for their history.
 */
export class ProviderService {
  constructor(
    private readonly db: DataSource,
    private readonly access: CatalogueAccess,
    private readonly events: SpecialisationEvents,
  ) {}

  /** Alphabetical (Danish); the filter narrows by region, type and target group (providers with an offer there). */
  async list(user: User, projectId: string, filter?: PlacementFilter | null): Promise<Provider[]> {
    await this.access.require(user, projectId, 'read');
    return this.listForProject(projectId, filter);
  }

  async listForProject(projectId: string, filter?: PlacementFilter | null, em = this.db.manager) {
    const query = em
      .getRepository(Provider)
      .createQueryBuilder('p')
      .where('p."projectId" = :projectId', { projectId });
    if (filter?.region) query.andWhere('p.region = :region', { region: filter.region });
    if (filter?.providerType) query.andWhere('p.type = :type', { type: filter.providerType });
    if (filter?.targetGroupId)
      query.andWhere(
        'EXISTS (SELECT 1 FROM offer o WHERE o."providerId" = p.id AND o."targetGroupId" = :tg)',
        {
          tg: filter.targetGroupId,
        },
      );
    const providers = await query.getMany();
    return providers.sort((a, b) => a.name.localeCompare(b.name, 'da') || a.cvr.localeCompare(b.cvr));
  }

  async get(user: User, id: string): Promise<Provider> {
    const provider = assertFound(await this.db.getRepository(Provider).findOneBy({ id }), 'Provider');
    await this.access.require(user, provider.projectId, 'read');
    return provider;
  }

  async getOffer(user: User, id: string): Promise<Offer> {
    const offer = assertFound(await this.db.getRepository(Offer).findOneBy({ id }), 'Offer');
    await this.access.require(user, offer.projectId, 'read');
    return offer;
  }

  async create(user: User, input: ProviderInput, client: ClientInfo): Promise<Provider> {
    const cvr = cvrOrThrow(input.cvr);
    const fields = this.fields(input);
    const provider = await this.write(async (em) => {
      await this.access.require(user, input.projectId, 'manage', undefined, em);
      await this.assertCvrFree(em, input.projectId, cvr);
      const saved = await em
        .getRepository(Provider)
        .save(em.getRepository(Provider).create({ projectId: input.projectId, cvr, ...fields }));
      await recordAudit(em, {
        projectId: saved.projectId,
        actorId: user.id,
        action: 'provider.created',
        subjectType: 'Provider',
        subjectId: saved.id,
        details: { name: saved.name, cvr },
        ip: client.ip,
      });
      return saved;
    });
    this.changed(provider.projectId);
    return provider;
  }

  async update(user: User, input: UpdateProviderInput, client: ClientInfo): Promise<Provider> {
    const cvr = cvrOrThrow(input.cvr);
    const fields = this.fields(input);
    const provider = await this.write(async (em) => {
      const provider = assertFound(await em.getRepository(Provider).findOneBy({ id: input.id }), 'Provider');
      await this.access.require(user, provider.projectId, 'manage', undefined, em);
      if (cvr !== provider.cvr) await this.assertCvrFree(em, provider.projectId, cvr);
      const before = { name: provider.name, cvr: provider.cvr, municipality: provider.municipality };
      Object.assign(provider, fields, { cvr });
      const saved = await em.getRepository(Provider).save(provider);
      await recordAudit(em, {
        projectId: saved.projectId,
        actorId: user.id,
        action: 'provider.updated',
        subjectType: 'Provider',
        subjectId: saved.id,
        details: { from: before, to: { ...fields, cvr } },
        ip: client.ip,
      });
      return saved;
    });
    this.changed(provider.projectId);
    return provider;
  }

  async createOffer(user: User, input: OfferInput, client: ClientInfo): Promise<Offer> {
    const name = input.name.trim();
    if (!name) throw badInput('name', 'An offer needs a name');
    const offer = await this.write(async (em) => {
      const provider = assertFound(
        await em.getRepository(Provider).findOneBy({ id: input.providerId }),
        'Provider',
      );
      await this.access.require(user, provider.projectId, 'manage', undefined, em);
      const group = await em
        .getRepository(TargetGroup)
        .findOneBy({ id: input.targetGroupId, projectId: provider.projectId });
      if (!group) throw badInput('targetGroupId', 'No such target group in the project');
      await this.assertOfferNameFree(em, provider.id, group.id, name);
      const saved = await em.getRepository(Offer).save(
        em.getRepository(Offer).create({
          projectId: provider.projectId,
          providerId: provider.id,
          targetGroupId: group.id,
          name,
          description: input.description.trim(),
        }),
      );
      await recordAudit(em, {
        projectId: saved.projectId,
        actorId: user.id,
        action: 'offer.created',
        subjectType: 'Offer',
        subjectId: saved.id,
        details: { providerId: provider.id, targetGroupId: group.id, name },
        ip: client.ip,
      });
      return saved;
    });
    this.changed(offer.projectId, offer.targetGroupId, offer.id);
    return offer;
  }

  async assertCvrFree(em: EntityManager, projectId: string, cvr: string) {
    if (await em.getRepository(Provider).existsBy({ projectId, cvr }))
      throw conflict('A provider with that CVR number exists in the project', { field: 'cvr' });
  }

  async assertOfferNameFree(em: EntityManager, providerId: string, targetGroupId: string, name: string) {
    const clash = await em
      .getRepository(Offer)
      .createQueryBuilder('o')
      .where(
        'o."providerId" = :providerId AND o."targetGroupId" = :targetGroupId AND lower(o.name) = lower(:name)',
        {
          providerId,
          targetGroupId,
          name,
        },
      )
      .getExists();
    if (clash)
      throw conflict('The provider has an offer of that name for the target group', { field: 'name' });
  }

  private fields(input: Pick<ProviderInput, 'name' | 'municipality' | 'region' | 'type'>) {
    const name = input.name.trim();
    const municipality = input.municipality.trim();
    if (!name) throw badInput('name', 'A provider needs a name');
    if (!municipality) throw badInput('municipality', 'A provider needs a municipality');
    return { name, municipality, region: input.region, type: input.type };
  }

  /** One transaction; a unique index losing a race is a CONFLICT. */
  private async write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      if (isPgError(error, '23505')) throw conflict('That already exists (CVR number or offer name)');
      if (isPgError(error, '23503')) throw conflict('Something it refers to was deleted meanwhile; reload');
      throw error;
    }
  }

  private changed(projectId: string, targetGroupId?: string, offerId?: string) {
    this.events.publish(SpecialisationEventType.PROVIDERS_CHANGED, { projectId, targetGroupId, offerId });
  }
}
