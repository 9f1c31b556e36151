import { Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { Document } from '../documents/document.entity';
import { Organization } from '../organizations/organization.entity';

/**
 * An organisation a coordinator named as approving a document. A document
 * without rows here uses the default: the working group's organisations
 * that have a member who may approve (the approver flag).
 */
@Entity({ name: 'approving_organization' })
export class ApprovingOrganization {
  @PrimaryColumn({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  document?: Document;

  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  organization?: Organization;
}
