import { In, type DataSource, type EntityManager } from 'typeorm';
import { assertFound, conflict } from '../../core/errors';
import type { ClientInfo } from '../../core/client-info';
import { recordAudit } from '../../core/audit';
import type { User } from '../users/user.entity';
import type { CatalogueAccess } from '../catalogue/catalogue-access';
import { Offer } from '../catalogue/offer.entity';
import { Provider } from '../catalogue/provider.entity';
import { SpecialisationEventType, type SpecialisationEvents } from '../catalogue/specialisation-events';
import { AssessmentCase } from './assessment-case.entity';

/**
 * Deleting providers and offers: coordinators only, and never an offer that was assessed (nor its
 * provider), since assessments and placements are kept for their history. A case is opened by an offer's
 * first assessment, so an offer without cases was never assessed.
 */
export class OfferRemovalService {
  constructor(
    private readonly db: DataSource,
    private readonly access: CatalogueAccess,
    private readonly events: SpecialisationEvents,
  ) {}

  async deleteProvider(user: User, id: string, client: ClientInfo): Promise<boolean> {
    const provider = await this.db.transaction(async (em) => {
      const provider = assertFound(await em.getRepository(Provider).findOneBy({ id }), 'Provider');
      await this.access.require(user, provider.projectId, 'manage', undefined, em);
      const offers = await em.getRepository(Offer).findBy({ providerId: provider.id });
      await this.assertNotAssessed(
        em,
        offers.map((o) => o.id),
      );
      await em.getRepository(Provider).delete({ id: provider.id });
      await recordAudit(em, {
        projectId: provider.projectId,
        actorId: user.id,
        action: 'provider.deleted',
        subjectType: 'Provider',
        subjectId: provider.id,
        details: { name: provider.name, cvr: provider.cvr, offers: offers.length },
        ip: client.ip,
      });
      return provider;
    });
    this.events.publish(SpecialisationEventType.PROVIDERS_CHANGED, { projectId: provider.projectId });
    return true;
  }

  async deleteOffer(user: User, id: string, client: ClientInfo): Promise<boolean> {
    const offer = await this.db.transaction(async (em) => {
      const offer = assertFound(await em.getRepository(Offer).findOneBy({ id }), 'Offer');
      await this.access.require(user, offer.projectId, 'manage', undefined, em);
      await this.assertNotAssessed(em, [offer.id]);
      await em.getRepository(Offer).delete({ id: offer.id });
      await recordAudit(em, {
        projectId: offer.projectId,
        actorId: user.id,
        action: 'offer.deleted',
        subjectType: 'Offer',
        subjectId: offer.id,
        details: { providerId: offer.providerId, targetGroupId: offer.targetGroupId, name: offer.name },
        ip: client.ip,
      });
      return offer;
    });
    this.events.publish(SpecialisationEventType.PROVIDERS_CHANGED, {
      projectId: offer.projectId,
      targetGroupId: offer.targetGroupId,
      offerId: offer.id,
    });
    return true;
  }

  private async assertNotAssessed(em: EntityManager, offerIds: string[]) {
    if (offerIds.length === 0) return;
    if ((await em.getRepository(AssessmentCase).countBy({ offerId: In(offerIds) })) > 0)
      throw conflict('Assessed offers are kept for their history');
  }
}
