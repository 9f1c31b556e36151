import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { AppError, conflict, ErrorCode } from '../../core/errors';
import { log } from '../../core/logger';
import type { ClientInfo } from '../../core/client-info';
import { recordAudit } from '../../core/audit';
import { Project } from '../projects/project.entity';
import type { User } from '../users/user.entity';
import { CsvSyntaxError, csvCell, detectSeparator, parseCsv, type CsvRecord } from './csv';
import { normalizeCvr } from './cvr';
import { MAX_OFFER_DESCRIPTION_LENGTH, MAX_OFFER_NAME_LENGTH, Offer } from './offer.entity';
import {
  CSV_COLUMNS,
  csvKey,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  OPTIONAL_COLUMNS,
  parseProviderType,
  parseRegion,
  REGION_WORDS,
  TYPE_WORDS,
  type CsvColumn,
} from './provider-csv';
import {
  MAX_MUNICIPALITY_LENGTH,
  MAX_PROVIDER_NAME_LENGTH,
  Provider,
  type DanishRegion,
  type ProviderType,
} from './provider.entity';
import type { ProviderService } from './provider.service';
import type { CatalogueAccess } from './catalogue-access';
import { SpecialisationEventType, type SpecialisationEvents } from './specialisation-events';
import { ImportRowStatus, type ImportRowResult, type ProviderImportResult } from './catalogue.types';
import { TargetGroup } from './target-group.entity';

const fileError = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field: 'csv', ...extra });

const MAX_LENGTHS: Partial<Record<CsvColumn, number>> = {
  navn: MAX_PROVIDER_NAME_LENGTH,
  kommune: MAX_MUNICIPALITY_LENGTH,
  tilbud: MAX_OFFER_NAME_LENGTH,
  beskrivelse: MAX_OFFER_DESCRIPTION_LENGTH,
  målgruppe: 200,
};

interface NewProvider {
  name: string;
  cvr: string;
  municipality: string;
  region: DanishRegion;
  type: ProviderType;
}

interface Plan {
  rows: ImportRowResult[];
  newProviders: Map<string, NewProvider>;
  /** Offers to write, by CVR (an existing or a new provider). */
  offers: { cvr: string; targetGroupId: string; name: string; description: string }[];
}

/** The provider CSV: preview (writes nothing), import (good rows in one transaction) and export. */
export class ProviderImportService {
  constructor(
    private readonly db: DataSource,
    private readonly access: CatalogueAccess,
    private readonly providers: ProviderService,
    private readonly events: SpecialisationEvents,
  ) {}

  async preview(user: User, projectId: string, csv: string): Promise<ProviderImportResult> {
    // Rights first: a non-member learns nothing, not even what is wrong with the file.
    await this.access.require(user, projectId, 'manage');
    const records = readFile(csv);
    const plan = await this.plan(this.db.manager, projectId, records);
    return summary(plan, 0, plan.newProviders.size);
  }

  async import(
    user: User,
    projectId: string,
    csv: string,
    client: ClientInfo,
  ): Promise<ProviderImportResult> {
    await this.access.require(user, projectId, 'manage');
    const records = readFile(csv);
    const result = await this.write(async (em) => {
      await this.access.require(user, projectId, 'manage', undefined, em);
      // One import (or provider change) per project at a time, so the plan holds when it is written.
      await em
        .getRepository(Project)
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.id = :id', { id: projectId })
        .getOneOrFail();
      const plan = await this.plan(em, projectId, records);
      const providerIds = new Map(
        (await em.getRepository(Provider).findBy({ projectId })).map((p) => [p.cvr, p.id] as const),
      );
      for (const provider of plan.newProviders.values()) {
        const saved = await em
          .getRepository(Provider)
          .save(em.getRepository(Provider).create({ projectId, ...provider }));
        providerIds.set(saved.cvr, saved.id);
      }
      if (plan.offers.length)
        await em.getRepository(Offer).insert(
          plan.offers.map((o) => ({
            projectId,
            providerId: providerIds.get(o.cvr)!,
            targetGroupId: o.targetGroupId,
            name: o.name,
            description: o.description,
          })),
        );
      const imported = plan.rows.filter((r) => r.status === ImportRowStatus.OK).length;
      const result = summary(plan, imported, plan.newProviders.size);
      await recordAudit(em, {
        projectId,
        actorId: user.id,
        action: 'providers.imported',
        subjectType: 'Project',
        subjectId: projectId,
        details: {
          imported: result.imported,
          rejected: result.rejected,
          createdProviders: result.createdProviders,
          offers: plan.offers.length,
        },
        ip: client.ip,
      });
      return result;
    });
    log.info('providers.imported', {
      projectId,
      by: user.id,
      imported: result.imported,
      rejected: result.rejected,
    });
    if (result.imported > 0) this.events.publish(SpecialisationEventType.PROVIDERS_CHANGED, { projectId });
    return result;
  }

  /** One transaction; a provider created meanwhile with a CVR number of the file is a CONFLICT, not a 500. */
  private async write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error as QueryFailedError & { code?: string }).code === '23505'
      )
        throw conflict('The providers changed during the import; preview the file again');
      throw error;
    }
  }

  /** The same columns as the import, `;`-separated, one row per offer (a provider without offers: one row without). */
  async export(user: User, projectId: string): Promise<string> {
    await this.access.require(user, projectId, 'read');
    const providers = await this.providers.listForProject(projectId);
    const groups = new Map(
      (await this.db.getRepository(TargetGroup).findBy({ projectId })).map((g) => [g.id, g.name] as const),
    );
    const offers = await this.db.getRepository(Offer).findBy({ projectId });
    const lines = [CSV_COLUMNS.join(';')];
    for (const provider of providers) {
      const own = offers
        .filter((o) => o.providerId === provider.id)
        .map((o) => ({ group: groups.get(o.targetGroupId) ?? '', name: o.name, description: o.description }))
        .sort((a, b) => a.group.localeCompare(b.group, 'da') || a.name.localeCompare(b.name, 'da'));
      const base = [
        provider.name,
        provider.cvr,
        provider.municipality,
        REGION_WORDS[provider.region],
        TYPE_WORDS[provider.type],
      ];
      for (const offer of own.length ? own : [{ group: '', name: '', description: '' }])
        lines.push(
          [...base, offer.group, offer.name, offer.description].map((v) => csvCell(v, ';')).join(';'),
        );
    }
    log.security('providers.exported', { projectId, by: user.id, rows: lines.length - 1 });
    return lines.join('\r\n') + '\r\n';
  }

  private async plan(em: EntityManager, projectId: string, records: CsvRecord[]): Promise<Plan> {
    const [header, ...data] = records;
    const index = headerIndex(header);
    const groups = new Map(
      (await em.getRepository(TargetGroup).findBy({ projectId })).map((g) => [csvKey(g.name), g] as const),
    );
    const existing = new Map(
      (await em.getRepository(Provider).findBy({ projectId })).map((p) => [p.cvr, p] as const),
    );
    const byId = new Map([...existing.values()].map((p) => [p.id, p.cvr] as const));
    const taken = new Set(
      (await em.getRepository(Offer).findBy({ projectId })).map((o) =>
        offerKey(byId.get(o.providerId) ?? '', o.targetGroupId, o.name),
      ),
    );
    const plan: Plan = { rows: [], newProviders: new Map(), offers: [] };
    for (const record of data) {
      const value = (column: CsvColumn) => {
        const at = index.get(column);
        // The export's formula neutralisation ('=…) is undone, so an exported file imports as it was.
        return at === undefined ? '' : (record.cells[at] ?? '').trim().replace(/^'(?=[=+\-@\t\r])/, '');
      };
      const row: ImportRowResult = {
        line: record.line,
        status: ImportRowStatus.REJECTED,
        reason: null,
        field: null,
        providerName: value('navn') || null,
        cvr: value('cvr') || null,
        offerName: value('tilbud') || null,
        targetGroupName: value('målgruppe') || null,
      };
      plan.rows.push(row);
      const reject = (reason: string, field: CsvColumn | null) => Object.assign(row, { reason, field });
      if (record.cells.slice(header.cells.length).some((cell) => cell.trim() !== '')) {
        reject('WRONG_COLUMN_COUNT', null);
        continue;
      }
      const missing = CSV_COLUMNS.filter((c) => !OPTIONAL_COLUMNS.includes(c)).find((c) => !value(c));
      // Both målgruppe and tilbud empty: the provider alone (as the export writes a provider without offers).
      const providerOnly = !value('målgruppe') && !value('tilbud');
      if (missing && !(providerOnly && (missing === 'målgruppe' || missing === 'tilbud'))) {
        reject('MISSING_FIELD', missing);
        continue;
      }
      const tooLong = CSV_COLUMNS.find((c) => value(c).length > (MAX_LENGTHS[c] ?? Infinity));
      if (tooLong) {
        reject('TOO_LONG', tooLong);
        continue;
      }
      const cvr = normalizeCvr(value('cvr'));
      if (!cvr) {
        reject('INVALID_CVR', 'cvr');
        continue;
      }
      row.cvr = cvr;
      const region = parseRegion(value('region'));
      if (!region) {
        reject('UNKNOWN_REGION', 'region');
        continue;
      }
      const type = parseProviderType(value('type'));
      if (!type) {
        reject('UNKNOWN_TYPE', 'type');
        continue;
      }
      const group = providerOnly ? null : groups.get(csvKey(value('målgruppe')));
      if (!providerOnly && !group) {
        reject('UNKNOWN_TARGET_GROUP', 'målgruppe');
        continue;
      }
      const known = existing.get(cvr) ?? plan.newProviders.get(cvr);
      if (known && csvKey(known.name) !== csvKey(value('navn'))) {
        reject('CVR_NAME_MISMATCH', 'navn');
        continue;
      }
      if (group) {
        const offer = offerKey(cvr, group.id, value('tilbud'));
        if (taken.has(offer)) {
          reject('DUPLICATE_OFFER', 'tilbud');
          continue;
        }
        taken.add(offer);
        plan.offers.push({
          cvr,
          targetGroupId: group.id,
          name: value('tilbud'),
          description: value('beskrivelse'),
        });
        row.targetGroupName = group.name;
      } else if (known) {
        // The provider alone, and it is already there (or earlier in the file): nothing to add.
        if (existing.has(cvr)) {
          reject('DUPLICATE_PROVIDER', 'cvr');
          continue;
        }
      }
      if (!known)
        plan.newProviders.set(cvr, {
          name: value('navn'),
          cvr,
          municipality: value('kommune'),
          region,
          type,
        });
      Object.assign(row, { status: ImportRowStatus.OK, reason: null, field: null });
    }
    return plan;
  }
}

const offerKey = (cvr: string, targetGroupId: string, name: string) =>
  `${cvr}\u0000${targetGroupId}\u0000${csvKey(name)}`;

function summary(plan: Plan, imported: number, createdProviders: number): ProviderImportResult {
  return {
    rows: plan.rows,
    imported,
    rejected: plan.rows.filter((r) => r.status === ImportRowStatus.REJECTED).length,
    createdProviders,
  };
}

/** File-level checks; any failure is BAD_USER_INPUT on `csv` and nothing is written. */
function readFile(csv: string): CsvRecord[] {
  if (csv.length > MAX_IMPORT_BYTES || Buffer.byteLength(csv, 'utf8') > MAX_IMPORT_BYTES)
    throw fileError('The file is larger than 2 MB', { reason: 'TOO_LARGE' });
  const text = csv.replace(/^\uFEFF/, '');
  if (!text.trim()) throw fileError('The file is empty', { reason: 'EMPTY' });
  let records: CsvRecord[];
  try {
    records = parseCsv(text, detectSeparator(text));
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw fileError(`Line ${error.line}: ${error.message}`, { reason: 'UNPARSEABLE', line: error.line });
    throw error;
  }
  if (records.length === 0) throw fileError('The file is empty', { reason: 'EMPTY' });
  headerIndex(records[0]);
  if (records.length - 1 > MAX_IMPORT_ROWS)
    throw fileError(`More than ${MAX_IMPORT_ROWS} rows`, { reason: 'TOO_MANY_ROWS' });
  return records;
}

/** Column positions by name; a missing required column is a file-level error. */
function headerIndex(header: CsvRecord): Map<CsvColumn, number> {
  const index = new Map<CsvColumn, number>();
  header.cells.forEach((cell, i) => {
    const name = csvKey(cell) as CsvColumn;
    if (CSV_COLUMNS.includes(name) && !index.has(name)) index.set(name, i);
  });
  const missing = CSV_COLUMNS.filter((c) => !OPTIONAL_COLUMNS.includes(c) && !index.has(c));
  if (missing.length)
    throw fileError(`Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`, {
      reason: 'MISSING_COLUMN',
      columns: missing,
    });
  return index;
}
