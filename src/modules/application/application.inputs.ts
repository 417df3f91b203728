import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { Connection } from '../../common/pagination';
import { SortDirection } from '../../common/sort';
import { ApplicationStatus } from './application-status';
import { Application } from './application.entity';

@InputType({ description: 'Narrows the application list; all given conditions must hold.' })
export class ApplicationFilter {
  @Field(() => ID, { nullable: true })
  callId?: string | null;

  @Field(() => String, { nullable: true, description: 'The call key, e.g. "2020".' })
  callKey?: string | null;

  @Field(() => [ApplicationStatus], { nullable: true })
  status?: ApplicationStatus[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Applications of consortia this municipality belongs to.',
  })
  municipalityCode?: string | null;

  @Field(() => ID, { nullable: true })
  consortiumId?: string | null;
}

export enum ApplicationOrderField {
  CREATED_AT = 'CREATED_AT',
  SUBMITTED_AT = 'SUBMITTED_AT',
  REQUESTED_AMOUNT = 'REQUESTED_AMOUNT',
}
registerEnumType(ApplicationOrderField, { name: 'ApplicationOrderField' });

@InputType()
export class ApplicationOrder {
  @Field(() => ApplicationOrderField)
  field: ApplicationOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

export const ApplicationConnection = Connection(Application);
export type ApplicationConnection = InstanceType<typeof ApplicationConnection>;
