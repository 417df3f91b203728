import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EnumColumn, IdColumn, InstantColumn } from '../../common/columns';
import { DateTimeScalar } from '../../common/scalars';
import { User } from '../user/user.entity';

/** What a document is to the grant (decree 893/2019 § 3, and what payments and reports need). */
export enum DocumentKind {
  /** The agreement between the lead and the other implementers, required before the first payment. */
  AGREEMENT = 'AGREEMENT',
  /** An extract of the accounts behind a payment request's costs. */
  LEDGER_EXTRACT = 'LEDGER_EXTRACT',
  /** Any other attachment. */
  ANNEX = 'ANNEX',
}
registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'What a document is to the grant.',
  valuesConfig: {
    AGREEMENT: { description: 'The agreement between the lead and the other implementers (decree § 3).' },
    LEDGER_EXTRACT: { description: "An extract of the accounts behind a payment request's costs." },
    ANNEX: { description: 'Any other attachment.' },
  },
});

/** Where a document's bytes are downloaded (GET /documents/{id}), relative to the service's origin. */
export const documentUrl = (document: Pick<Document, 'id'>) => `/documents/${document.id}`;

/**
 * A file uploaded over HTTP (POST /awards/{id}/documents), kept by a DocumentStorage under `storageKey`;
 * the row is written only once the bytes are stored, so every row has its file. It belongs to one record
 * (`ownerType`, `ownerId`: an award, later a payment request or a report) and is seen by whoever may see
 * that record's private side.
 */
@Entity('document')
@Index('IDX_document_owner', ['ownerType', 'ownerId', 'uploadedAt'])
@ObjectType({ description: 'An uploaded document: its metadata; the bytes are at `url`.' })
export class Document {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The kind of record it belongs to, as registered with registerDocumentOwner ('AWARD', …). */
  @EnumColumn()
  ownerType: string;

  @IdColumn()
  ownerId: string;

  @Field(() => DocumentKind)
  @EnumColumn()
  kind: DocumentKind;

  @Field({ description: "The uploader's file name, cleaned of paths and control characters." })
  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Field({
    description: "The media type the file's content has (its first bytes), not the one it was sent with.",
  })
  @Column({ type: 'varchar', length: 128 })
  mediaType: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  byteSize: number;

  @Field({ description: "SHA-256 of the file's bytes, 64 hexadecimal digits; also the download's ETag." })
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  /** Where the storage keeps the bytes (a path under DOCUMENTS_DIR, or an object key). */
  @Index('UQ_document_storage_key', { unique: true })
  @Column({ type: 'varchar', length: 255 })
  storageKey: string;

  @Index('IDX_document_uploaded_by')
  @IdColumn()
  uploadedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'uploadedById', foreignKeyConstraintName: 'FK_document_uploaded_by' })
  uploadedBy?: User;

  @Field(() => DateTimeScalar)
  @InstantColumn()
  uploadedAt: Date;
}
