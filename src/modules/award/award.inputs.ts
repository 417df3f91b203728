import { Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../common/sort';
import { ProjectFilter } from '../application/application.inputs';

@InputType({ description: 'Narrows the award list; all given conditions must hold.' })
export class AwardFilter extends ProjectFilter {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Administrators: awards with (true) or without (false) a report overdue today (Europe/Helsinki): the interim report past Call.interimReportDue, or the final report past reportDueMonths after the project end, while none is in. FORBIDDEN to others.',
  })
  reportOverdue?: boolean | null;
}

export enum AwardOrderField {
  AMOUNT = 'AMOUNT',
  DECISION_DATE = 'DECISION_DATE',
  DECISION_LIST = 'DECISION_LIST',
}
registerEnumType(AwardOrderField, {
  name: 'AwardOrderField',
  valuesConfig: {
    DECISION_LIST: { description: 'Decision date, then the order of the published decision list.' },
  },
});

@InputType()
export class AwardOrder {
  @Field(() => AwardOrderField)
  field: AwardOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection;
}
