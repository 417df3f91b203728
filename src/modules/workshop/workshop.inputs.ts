import { ArrayMaxSize, IsOptional, Matches, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import {
  LIST_MAX,
  MaxChars,
  MUNICIPALITY_CODE_CHARS,
  NAME_MAX_CHARS,
  PARTNER_WISH_MAX_CHARS,
  WALL_CLOCK_MAX_CHARS,
} from '../../common/limits';
import { LocalizedTextInput } from '../../common/localized-text-input';
import { wallClockMessage, wallClockPattern } from '../call/call.inputs';
import { municipalityCodeMessage } from '../consortium/consortium.inputs';

@InputType({ description: 'A workshop of a PROPOSAL call.' })
export class CreateWorkshopInput {
  @Field(() => ID, { description: 'The PROPOSAL call whose proposers the workshop is for.' })
  callId: string;

  @Field(() => LocalizedTextInput)
  @MaxChars(NAME_MAX_CHARS)
  title: LocalizedTextInput;

  @Field({ description: 'When it starts, Helsinki wall-clock time ("2019-09-27T09:00").' })
  @MaxChars(WALL_CLOCK_MAX_CHARS)
  @Matches(wallClockPattern, { message: wallClockMessage })
  startsAt: string;

  @Field(() => String, { nullable: true, description: 'Where it is held; leave out for an online-only one.' })
  @IsOptional()
  @MaxChars(NAME_MAX_CHARS)
  place?: string | null;

  @Field({ description: 'Whether one can take part online.' })
  online: boolean;

  @Field({
    description:
      'Until when the invited consortia register or decline, Helsinki wall-clock time; not after the start.',
  })
  @MaxChars(WALL_CLOCK_MAX_CHARS)
  @Matches(wallClockPattern, { message: wallClockMessage })
  registrationClosesAt: string;
}

@InputType({ description: 'A person registered for a workshop. Personal data.' })
export class WorkshopParticipantInput {
  @Field()
  @MinLength(1)
  @MaxChars(NAME_MAX_CHARS)
  name: string;

  @Field({ description: 'Their role or title ("IT manager").' })
  @MinLength(1)
  @MaxChars(NAME_MAX_CHARS)
  role: string;
}

@InputType({ description: "An invited proposal's registration for a workshop: who comes." })
export class RegisterForWorkshopInput {
  @Field(() => ID)
  workshopId: string;

  @Field(() => ID, { description: 'The invited proposal.' })
  proposalId: string;

  @Field(() => [WorkshopParticipantInput], {
    description: 'The people who come (at least one); registering again replaces them.',
  })
  @ArrayMaxSize(LIST_MAX.workshopParticipants)
  @ValidateNested({ each: true })
  participants: WorkshopParticipantInput[];
}

@InputType({ description: 'A proposal looking for partners, and the partner it seeks.' })
export class FlagLookingForPartnersInput {
  @Field(() => ID, { description: 'A submitted proposal of a PROPOSAL call.' })
  proposalId: string;

  @Field({ description: 'What kind of partner the proposal seeks, briefly.' })
  @MinLength(1)
  @MaxChars(PARTNER_WISH_MAX_CHARS)
  wish: string;
}

@InputType({ description: "A municipality's offer to join a proposal looking for partners." })
export class PartnerOfferInput {
  @Field(() => ID, { description: 'The proposal.' })
  proposalId: string;

  @Field({ description: 'The municipality that offers to join ("837").' })
  @MaxChars(MUNICIPALITY_CODE_CHARS)
  @Matches(/^\d{3}$/, { message: municipalityCodeMessage })
  municipalityCode: string;
}
