import { Field, InputType, Int } from 'type-graphql';
import { CallStage, CallStatus } from './call.entity';

@InputType({ description: 'Narrows the call list; all given conditions must hold.' })
export class CallFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => CallStage, { nullable: true })
  stage?: CallStage | null;

  @Field(() => CallStatus, {
    nullable: true,
    description: 'OPEN and CLOSED are judged at the time of the request.',
  })
  status?: CallStatus | null;
}
