/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n          query ApplicationsCall {\n            call(key: \"2020\") {\n              themes {\n                id\n              }\n            }\n          }\n        ": typeof types.ApplicationsCallDocument,
    "\n            query ApplicationsCall2 {\n              call(key: \"2020\") {\n                id\n                status\n                themes {\n                  id\n                }\n                questions {\n                  id\n                  code\n                }\n              }\n            }\n          ": typeof types.ApplicationsCall2Document,
    "\n      mutation ApplicationsUpdateCall($id: ID!, $input: UpdateCallInput!) {\n        updateCall(id: $id, input: $input) {\n          title {\n            fi\n          }\n          questions {\n            code\n            required\n          }\n        }\n      }\n    ": typeof types.ApplicationsUpdateCallDocument,
    "\n      mutation ApplicationsUpdateConsortium($id: ID!, $input: UpdateConsortiumInput!) {\n        updateConsortium(id: $id, input: $input) {\n          name\n        }\n      }\n    ": typeof types.ApplicationsUpdateConsortiumDocument,
    "\n          query ApplicationsCall3 {\n            call(key: \"2020\") {\n              questions {\n                id\n              }\n            }\n          }\n        ": typeof types.ApplicationsCall3Document,
    "\n          query ApplicationsMunicipality {\n            municipality(code: \"091\") {\n              awards {\n                nodes {\n                  application {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.ApplicationsMunicipalityDocument,
    "\n          mutation ApplicationsCreateApplication($input: CreateApplicationInput!) {\n            createApplication(input: $input) {\n              id\n            }\n          }\n        ": typeof types.ApplicationsCreateApplicationDocument,
    "\n          query ApplicationsMunicipality2 {\n            municipality(code: \"091\") {\n              awards {\n                nodes {\n                  application {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.ApplicationsMunicipality2Document,
    "\n        query ApplicationsApplication($id: ID!) {\n          application(id: $id) {\n            status\n            eligibilityIssues {\n              code\n            }\n          }\n        }\n      ": typeof types.ApplicationsApplicationDocument,
    "\n            mutation ApplicationsCreateConsortium {\n              createConsortium(input: { name: \"Ei synny\", leadCode: \"091\", memberCodes: [\"049\"] }) {\n                id\n              }\n            }\n          ": typeof types.ApplicationsCreateConsortiumDocument,
    "\n  mutation CallsAdminCreateCall($input: CreateCallInput!) {\n    createCall(input: $input) {\n      ...CallFields\n    }\n  }\n": typeof types.CallsAdminCreateCallDocument,
    "\n  mutation CallsAdminUpdateCall($id: ID!, $input: UpdateCallInput!) {\n    updateCall(id: $id, input: $input) {\n      ...CallFields\n      description {\n        en\n      }\n    }\n  }\n": typeof types.CallsAdminUpdateCallDocument,
    "\n  mutation CallsAdminPublishCall($id: ID!) {\n    publishCall(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CallsAdminPublishCallDocument,
    "\n      query CallsAdminCall($id: ID!) {\n        call(id: $id) {\n          key\n        }\n      }\n    ": typeof types.CallsAdminCallDocument,
    "\n            query CallsAdminCall2($id: ID!) {\n              call(id: $id) {\n                status\n              }\n            }\n          ": typeof types.CallsAdminCall2Document,
    "\n            query CallsAdminCall3 {\n              call(key: \"bad-input\") {\n                id\n              }\n            }\n          ": typeof types.CallsAdminCall3Document,
    "\n          query CallsAdminCall4 {\n            call(key: \"2020\") {\n              id\n            }\n          }\n        ": typeof types.CallsAdminCall4Document,
    "\n  fragment CallFields on Call {\n    id\n    key\n    stage\n    status\n    opensAt\n    closesAt\n    appropriation\n    projectDeadline\n    minMunicipalities\n    excludedSectors\n    requiresMaturityAssessment\n    title {\n      fi\n      sv\n      en\n    }\n    conditions {\n      fi\n    }\n    themes {\n      id\n      code\n    }\n    criteria {\n      code\n      weight\n      minScore\n      maxScore\n    }\n    questions {\n      id\n      code\n      required\n      maxLength\n    }\n  }\n": typeof types.CallFieldsFragmentDoc,
    "\n  fragment ApplicationFields on Application {\n    id\n    referenceNumber\n    status\n    version\n    submittedAt\n    requestedAmount\n    totalBudget\n    summary\n    projectStart\n    projectEnd\n    sector\n    theme {\n      code\n    }\n    projectName {\n      fi\n    }\n    answers {\n      question {\n        code\n      }\n      text\n    }\n    maturityAssessment {\n      level\n    }\n    contact {\n      name\n      email\n    }\n    eligibilityIssues {\n      code\n      message\n    }\n  }\n": typeof types.ApplicationFieldsFragmentDoc,
    "\n  query ReadApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.ReadApplicationDocument,
    "\n  mutation CreateCall($input: CreateCallInput!) {\n    createCall(input: $input) {\n      ...CallFields\n    }\n  }\n": typeof types.CreateCallDocument,
    "\n  mutation PublishCall($id: ID!) {\n    publishCall(id: $id) {\n      ...CallFields\n    }\n  }\n": typeof types.PublishCallDocument,
    "\n  mutation CreateConsortium($input: CreateConsortiumInput!) {\n    createConsortium(input: $input) {\n      id\n      name\n      version\n      lead {\n        code\n      }\n      members {\n        role\n        municipality {\n          code\n        }\n      }\n    }\n  }\n": typeof types.CreateConsortiumDocument,
    "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.CreateApplicationDocument,
    "\n  mutation SubmitApplication($id: ID!) {\n    submitApplication(id: $id) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.SubmitApplicationDocument,
    "\n  mutation UpdateApplication($id: ID!, $v: Int!, $input: UpdateApplicationInput!) {\n    updateApplication(id: $id, expectedVersion: $v, input: $input) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.UpdateApplicationDocument,
    "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.WithdrawApplicationDocument,
    "\n  query SignIn {\n    viewer {\n      userId\n    }\n  }\n": typeof types.SignInDocument,
    "\n          mutation JourneyCreateCall($input: CreateCallInput!) {\n            createCall(input: $input) {\n              id\n              status\n              themes {\n                id\n                code\n              }\n              questions {\n                id\n                code\n              }\n            }\n          }\n        ": typeof types.JourneyCreateCallDocument,
    "\n          mutation JourneyPublishCall($id: ID!) {\n            publishCall(id: $id) {\n              status\n              opensAt\n              closesAt\n            }\n          }\n        ": typeof types.JourneyPublishCallDocument,
    "\n          mutation JourneyCreateConsortium($input: CreateConsortiumInput!) {\n            createConsortium(input: $input) {\n              id\n              lead {\n                code\n              }\n            }\n          }\n        ": typeof types.JourneyCreateConsortiumDocument,
    "\n          mutation JourneyCreateApplication($input: CreateApplicationInput!) {\n            createApplication(input: $input) {\n              ...ApplicationFields\n            }\n          }\n        ": typeof types.JourneyCreateApplicationDocument,
    "\n          mutation JourneySubmitApplication($id: ID!) {\n            submitApplication(id: $id) {\n              id\n            }\n          }\n        ": typeof types.JourneySubmitApplicationDocument,
    "\n          mutation JourneyUpdateApplication($id: ID!, $v: Int!, $input: UpdateApplicationInput!) {\n            updateApplication(id: $id, expectedVersion: $v, input: $input) {\n              ...ApplicationFields\n            }\n          }\n        ": typeof types.JourneyUpdateApplicationDocument,
    "\n          mutation JourneySubmitApplication2($id: ID!) {\n            submitApplication(id: $id) {\n              status\n              referenceNumber\n              submittedAt\n              version\n            }\n          }\n        ": typeof types.JourneySubmitApplication2Document,
    "\n            query JourneyApplication($id: ID!) {\n              application(id: $id) {\n                id\n              }\n            }\n          ": typeof types.JourneyApplicationDocument,
    "\n          query JourneyCall {\n            call(key: \"2026\") {\n              status\n              statistics {\n                applicationsSubmitted\n                totalRequested\n              }\n            }\n          }\n        ": typeof types.JourneyCallDocument,
    "\n          query JourneyApplication2($id: ID!) {\n            application(id: $id) {\n              answers {\n                text\n              }\n              contact {\n                name\n              }\n            }\n          }\n        ": typeof types.JourneyApplication2Document,
    "\n          mutation JourneyCreateConsortium2($input: CreateConsortiumInput!) {\n            createConsortium(input: $input) {\n              id\n            }\n          }\n        ": typeof types.JourneyCreateConsortium2Document,
    "\n          mutation JourneyCreateApplication2($input: CreateApplicationInput!) {\n            createApplication(input: $input) {\n              id\n            }\n          }\n        ": typeof types.JourneyCreateApplication2Document,
    "\n          mutation JourneySubmitApplication3($id: ID!) {\n            submitApplication(id: $id) {\n              id\n            }\n          }\n        ": typeof types.JourneySubmitApplication3Document,
    "\n          mutation JourneyCreateApplication3($input: CreateApplicationInput!) {\n            createApplication(input: $input) {\n              id\n            }\n          }\n        ": typeof types.JourneyCreateApplication3Document,
    "\n          query JourneyCall2($first: Int) {\n            call(key: \"2026\") {\n              applications(first: $first) {\n                nodes {\n                  referenceNumber\n                  status\n                  eligibilityIssues {\n                    code\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.JourneyCall2Document,
    "\n  mutation TwoStageInviteProposal($proposalId: ID!, $callId: ID!) {\n    inviteProposal(proposalId: $proposalId, callId: $callId) {\n      ...ApplicationFields\n      call {\n        key\n      }\n      consortium {\n        id\n      }\n      proposal {\n        id\n      }\n    }\n  }\n": typeof types.TwoStageInviteProposalDocument,
    "\n          query TwoStageApplication($id: ID!) {\n            application(id: $id) {\n              status\n              call {\n                key\n              }\n            }\n          }\n        ": typeof types.TwoStageApplicationDocument,
    "\n      mutation TwoStageCreateCall($input: CreateCallInput!) {\n        createCall(input: $input) {\n          id\n        }\n      }\n    ": typeof types.TwoStageCreateCallDocument,
};
const documents: Documents = {
    "\n          query ApplicationsCall {\n            call(key: \"2020\") {\n              themes {\n                id\n              }\n            }\n          }\n        ": types.ApplicationsCallDocument,
    "\n            query ApplicationsCall2 {\n              call(key: \"2020\") {\n                id\n                status\n                themes {\n                  id\n                }\n                questions {\n                  id\n                  code\n                }\n              }\n            }\n          ": types.ApplicationsCall2Document,
    "\n      mutation ApplicationsUpdateCall($id: ID!, $input: UpdateCallInput!) {\n        updateCall(id: $id, input: $input) {\n          title {\n            fi\n          }\n          questions {\n            code\n            required\n          }\n        }\n      }\n    ": types.ApplicationsUpdateCallDocument,
    "\n      mutation ApplicationsUpdateConsortium($id: ID!, $input: UpdateConsortiumInput!) {\n        updateConsortium(id: $id, input: $input) {\n          name\n        }\n      }\n    ": types.ApplicationsUpdateConsortiumDocument,
    "\n          query ApplicationsCall3 {\n            call(key: \"2020\") {\n              questions {\n                id\n              }\n            }\n          }\n        ": types.ApplicationsCall3Document,
    "\n          query ApplicationsMunicipality {\n            municipality(code: \"091\") {\n              awards {\n                nodes {\n                  application {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        ": types.ApplicationsMunicipalityDocument,
    "\n          mutation ApplicationsCreateApplication($input: CreateApplicationInput!) {\n            createApplication(input: $input) {\n              id\n            }\n          }\n        ": types.ApplicationsCreateApplicationDocument,
    "\n          query ApplicationsMunicipality2 {\n            municipality(code: \"091\") {\n              awards {\n                nodes {\n                  application {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        ": types.ApplicationsMunicipality2Document,
    "\n        query ApplicationsApplication($id: ID!) {\n          application(id: $id) {\n            status\n            eligibilityIssues {\n              code\n            }\n          }\n        }\n      ": types.ApplicationsApplicationDocument,
    "\n            mutation ApplicationsCreateConsortium {\n              createConsortium(input: { name: \"Ei synny\", leadCode: \"091\", memberCodes: [\"049\"] }) {\n                id\n              }\n            }\n          ": types.ApplicationsCreateConsortiumDocument,
    "\n  mutation CallsAdminCreateCall($input: CreateCallInput!) {\n    createCall(input: $input) {\n      ...CallFields\n    }\n  }\n": types.CallsAdminCreateCallDocument,
    "\n  mutation CallsAdminUpdateCall($id: ID!, $input: UpdateCallInput!) {\n    updateCall(id: $id, input: $input) {\n      ...CallFields\n      description {\n        en\n      }\n    }\n  }\n": types.CallsAdminUpdateCallDocument,
    "\n  mutation CallsAdminPublishCall($id: ID!) {\n    publishCall(id: $id) {\n      id\n      status\n    }\n  }\n": types.CallsAdminPublishCallDocument,
    "\n      query CallsAdminCall($id: ID!) {\n        call(id: $id) {\n          key\n        }\n      }\n    ": types.CallsAdminCallDocument,
    "\n            query CallsAdminCall2($id: ID!) {\n              call(id: $id) {\n                status\n              }\n            }\n          ": types.CallsAdminCall2Document,
    "\n            query CallsAdminCall3 {\n              call(key: \"bad-input\") {\n                id\n              }\n            }\n          ": types.CallsAdminCall3Document,
    "\n          query CallsAdminCall4 {\n            call(key: \"2020\") {\n              id\n            }\n          }\n        ": types.CallsAdminCall4Document,
    "\n  fragment CallFields on Call {\n    id\n    key\n    stage\n    status\n    opensAt\n    closesAt\n    appropriation\n    projectDeadline\n    minMunicipalities\n    excludedSectors\n    requiresMaturityAssessment\n    title {\n      fi\n      sv\n      en\n    }\n    conditions {\n      fi\n    }\n    themes {\n      id\n      code\n    }\n    criteria {\n      code\n      weight\n      minScore\n      maxScore\n    }\n    questions {\n      id\n      code\n      required\n      maxLength\n    }\n  }\n": types.CallFieldsFragmentDoc,
    "\n  fragment ApplicationFields on Application {\n    id\n    referenceNumber\n    status\n    version\n    submittedAt\n    requestedAmount\n    totalBudget\n    summary\n    projectStart\n    projectEnd\n    sector\n    theme {\n      code\n    }\n    projectName {\n      fi\n    }\n    answers {\n      question {\n        code\n      }\n      text\n    }\n    maturityAssessment {\n      level\n    }\n    contact {\n      name\n      email\n    }\n    eligibilityIssues {\n      code\n      message\n    }\n  }\n": types.ApplicationFieldsFragmentDoc,
    "\n  query ReadApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationFields\n    }\n  }\n": types.ReadApplicationDocument,
    "\n  mutation CreateCall($input: CreateCallInput!) {\n    createCall(input: $input) {\n      ...CallFields\n    }\n  }\n": types.CreateCallDocument,
    "\n  mutation PublishCall($id: ID!) {\n    publishCall(id: $id) {\n      ...CallFields\n    }\n  }\n": types.PublishCallDocument,
    "\n  mutation CreateConsortium($input: CreateConsortiumInput!) {\n    createConsortium(input: $input) {\n      id\n      name\n      version\n      lead {\n        code\n      }\n      members {\n        role\n        municipality {\n          code\n        }\n      }\n    }\n  }\n": types.CreateConsortiumDocument,
    "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      ...ApplicationFields\n    }\n  }\n": types.CreateApplicationDocument,
    "\n  mutation SubmitApplication($id: ID!) {\n    submitApplication(id: $id) {\n      ...ApplicationFields\n    }\n  }\n": types.SubmitApplicationDocument,
    "\n  mutation UpdateApplication($id: ID!, $v: Int!, $input: UpdateApplicationInput!) {\n    updateApplication(id: $id, expectedVersion: $v, input: $input) {\n      ...ApplicationFields\n    }\n  }\n": types.UpdateApplicationDocument,
    "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": types.WithdrawApplicationDocument,
    "\n  query SignIn {\n    viewer {\n      userId\n    }\n  }\n": types.SignInDocument,
    "\n          mutation JourneyCreateCall($input: CreateCallInput!) {\n            createCall(input: $input) {\n              id\n              status\n              themes {\n                id\n                code\n              }\n              questions {\n                id\n                code\n              }\n            }\n          }\n        ": types.JourneyCreateCallDocument,
    "\n          mutation JourneyPublishCall($id: ID!) {\n            publishCall(id: $id) {\n              status\n              opensAt\n              closesAt\n            }\n          }\n        ": types.JourneyPublishCallDocument,
    "\n          mutation JourneyCreateConsortium($input: CreateConsortiumInput!) {\n            createConsortium(input: $input) {\n              id\n              lead {\n                code\n              }\n            }\n          }\n        ": types.JourneyCreateConsortiumDocument,
    "\n          mutation JourneyCreateApplication($input: CreateApplicationInput!) {\n            createApplication(input: $input) {\n              ...ApplicationFields\n            }\n          }\n        ": types.JourneyCreateApplicationDocument,
    "\n          mutation JourneySubmitApplication($id: ID!) {\n            submitApplication(id: $id) {\n              id\n            }\n          }\n        ": types.JourneySubmitApplicationDocument,
    "\n          mutation JourneyUpdateApplication($id: ID!, $v: Int!, $input: UpdateApplicationInput!) {\n            updateApplication(id: $id, expectedVersion: $v, input: $input) {\n              ...ApplicationFields\n            }\n          }\n        ": types.JourneyUpdateApplicationDocument,
    "\n          mutation JourneySubmitApplication2($id: ID!) {\n            submitApplication(id: $id) {\n              status\n              referenceNumber\n              submittedAt\n              version\n            }\n          }\n        ": types.JourneySubmitApplication2Document,
    "\n            query JourneyApplication($id: ID!) {\n              application(id: $id) {\n                id\n              }\n            }\n          ": types.JourneyApplicationDocument,
    "\n          query JourneyCall {\n            call(key: \"2026\") {\n              status\n              statistics {\n                applicationsSubmitted\n                totalRequested\n              }\n            }\n          }\n        ": types.JourneyCallDocument,
    "\n          query JourneyApplication2($id: ID!) {\n            application(id: $id) {\n              answers {\n                text\n              }\n              contact {\n                name\n              }\n            }\n          }\n        ": types.JourneyApplication2Document,
    "\n          mutation JourneyCreateConsortium2($input: CreateConsortiumInput!) {\n            createConsortium(input: $input) {\n              id\n            }\n          }\n        ": types.JourneyCreateConsortium2Document,
    "\n          mutation JourneyCreateApplication2($input: CreateApplicationInput!) {\n            createApplication(input: $input) {\n              id\n            }\n          }\n        ": types.JourneyCreateApplication2Document,
    "\n          mutation JourneySubmitApplication3($id: ID!) {\n            submitApplication(id: $id) {\n              id\n            }\n          }\n        ": types.JourneySubmitApplication3Document,
    "\n          mutation JourneyCreateApplication3($input: CreateApplicationInput!) {\n            createApplication(input: $input) {\n              id\n            }\n          }\n        ": types.JourneyCreateApplication3Document,
    "\n          query JourneyCall2($first: Int) {\n            call(key: \"2026\") {\n              applications(first: $first) {\n                nodes {\n                  referenceNumber\n                  status\n                  eligibilityIssues {\n                    code\n                  }\n                }\n              }\n            }\n          }\n        ": types.JourneyCall2Document,
    "\n  mutation TwoStageInviteProposal($proposalId: ID!, $callId: ID!) {\n    inviteProposal(proposalId: $proposalId, callId: $callId) {\n      ...ApplicationFields\n      call {\n        key\n      }\n      consortium {\n        id\n      }\n      proposal {\n        id\n      }\n    }\n  }\n": types.TwoStageInviteProposalDocument,
    "\n          query TwoStageApplication($id: ID!) {\n            application(id: $id) {\n              status\n              call {\n                key\n              }\n            }\n          }\n        ": types.TwoStageApplicationDocument,
    "\n      mutation TwoStageCreateCall($input: CreateCallInput!) {\n        createCall(input: $input) {\n          id\n        }\n      }\n    ": types.TwoStageCreateCallDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ApplicationsCall {\n            call(key: \"2020\") {\n              themes {\n                id\n              }\n            }\n          }\n        "): typeof import('./graphql').ApplicationsCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ApplicationsCall2 {\n              call(key: \"2020\") {\n                id\n                status\n                themes {\n                  id\n                }\n                questions {\n                  id\n                  code\n                }\n              }\n            }\n          "): typeof import('./graphql').ApplicationsCall2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ApplicationsUpdateCall($id: ID!, $input: UpdateCallInput!) {\n        updateCall(id: $id, input: $input) {\n          title {\n            fi\n          }\n          questions {\n            code\n            required\n          }\n        }\n      }\n    "): typeof import('./graphql').ApplicationsUpdateCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ApplicationsUpdateConsortium($id: ID!, $input: UpdateConsortiumInput!) {\n        updateConsortium(id: $id, input: $input) {\n          name\n        }\n      }\n    "): typeof import('./graphql').ApplicationsUpdateConsortiumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ApplicationsCall3 {\n            call(key: \"2020\") {\n              questions {\n                id\n              }\n            }\n          }\n        "): typeof import('./graphql').ApplicationsCall3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ApplicationsMunicipality {\n            municipality(code: \"091\") {\n              awards {\n                nodes {\n                  application {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').ApplicationsMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ApplicationsCreateApplication($input: CreateApplicationInput!) {\n            createApplication(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').ApplicationsCreateApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ApplicationsMunicipality2 {\n            municipality(code: \"091\") {\n              awards {\n                nodes {\n                  application {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').ApplicationsMunicipality2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ApplicationsApplication($id: ID!) {\n          application(id: $id) {\n            status\n            eligibilityIssues {\n              code\n            }\n          }\n        }\n      "): typeof import('./graphql').ApplicationsApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation ApplicationsCreateConsortium {\n              createConsortium(input: { name: \"Ei synny\", leadCode: \"091\", memberCodes: [\"049\"] }) {\n                id\n              }\n            }\n          "): typeof import('./graphql').ApplicationsCreateConsortiumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallsAdminCreateCall($input: CreateCallInput!) {\n    createCall(input: $input) {\n      ...CallFields\n    }\n  }\n"): typeof import('./graphql').CallsAdminCreateCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallsAdminUpdateCall($id: ID!, $input: UpdateCallInput!) {\n    updateCall(id: $id, input: $input) {\n      ...CallFields\n      description {\n        en\n      }\n    }\n  }\n"): typeof import('./graphql').CallsAdminUpdateCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallsAdminPublishCall($id: ID!) {\n    publishCall(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CallsAdminPublishCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CallsAdminCall($id: ID!) {\n        call(id: $id) {\n          key\n        }\n      }\n    "): typeof import('./graphql').CallsAdminCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query CallsAdminCall2($id: ID!) {\n              call(id: $id) {\n                status\n              }\n            }\n          "): typeof import('./graphql').CallsAdminCall2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query CallsAdminCall3 {\n              call(key: \"bad-input\") {\n                id\n              }\n            }\n          "): typeof import('./graphql').CallsAdminCall3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CallsAdminCall4 {\n            call(key: \"2020\") {\n              id\n            }\n          }\n        "): typeof import('./graphql').CallsAdminCall4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallFields on Call {\n    id\n    key\n    stage\n    status\n    opensAt\n    closesAt\n    appropriation\n    projectDeadline\n    minMunicipalities\n    excludedSectors\n    requiresMaturityAssessment\n    title {\n      fi\n      sv\n      en\n    }\n    conditions {\n      fi\n    }\n    themes {\n      id\n      code\n    }\n    criteria {\n      code\n      weight\n      minScore\n      maxScore\n    }\n    questions {\n      id\n      code\n      required\n      maxLength\n    }\n  }\n"): typeof import('./graphql').CallFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationFields on Application {\n    id\n    referenceNumber\n    status\n    version\n    submittedAt\n    requestedAmount\n    totalBudget\n    summary\n    projectStart\n    projectEnd\n    sector\n    theme {\n      code\n    }\n    projectName {\n      fi\n    }\n    answers {\n      question {\n        code\n      }\n      text\n    }\n    maturityAssessment {\n      level\n    }\n    contact {\n      name\n      email\n    }\n    eligibilityIssues {\n      code\n      message\n    }\n  }\n"): typeof import('./graphql').ApplicationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationFields\n    }\n  }\n"): typeof import('./graphql').ReadApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCall($input: CreateCallInput!) {\n    createCall(input: $input) {\n      ...CallFields\n    }\n  }\n"): typeof import('./graphql').CreateCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCall($id: ID!) {\n    publishCall(id: $id) {\n      ...CallFields\n    }\n  }\n"): typeof import('./graphql').PublishCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConsortium($input: CreateConsortiumInput!) {\n    createConsortium(input: $input) {\n      id\n      name\n      version\n      lead {\n        code\n      }\n      members {\n        role\n        municipality {\n          code\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CreateConsortiumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      ...ApplicationFields\n    }\n  }\n"): typeof import('./graphql').CreateApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitApplication($id: ID!) {\n    submitApplication(id: $id) {\n      ...ApplicationFields\n    }\n  }\n"): typeof import('./graphql').SubmitApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateApplication($id: ID!, $v: Int!, $input: UpdateApplicationInput!) {\n    updateApplication(id: $id, expectedVersion: $v, input: $input) {\n      ...ApplicationFields\n    }\n  }\n"): typeof import('./graphql').UpdateApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').WithdrawApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignIn {\n    viewer {\n      userId\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation JourneyCreateCall($input: CreateCallInput!) {\n            createCall(input: $input) {\n              id\n              status\n              themes {\n                id\n                code\n              }\n              questions {\n                id\n                code\n              }\n            }\n          }\n        "): typeof import('./graphql').JourneyCreateCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation JourneyPublishCall($id: ID!) {\n            publishCall(id: $id) {\n              status\n              opensAt\n              closesAt\n            }\n          }\n        "): typeof import('./graphql').JourneyPublishCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation JourneyCreateConsortium($input: CreateConsortiumInput!) {\n            createConsortium(input: $input) {\n              id\n              lead {\n                code\n              }\n            }\n          }\n        "): typeof import('./graphql').JourneyCreateConsortiumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation JourneyCreateApplication($input: CreateApplicationInput!) {\n            createApplication(input: $input) {\n              ...ApplicationFields\n            }\n          }\n        "): typeof import('./graphql').JourneyCreateApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation JourneySubmitApplication($id: ID!) {\n            submitApplication(id: $id) {\n              id\n            }\n          }\n        "): typeof import('./graphql').JourneySubmitApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation JourneyUpdateApplication($id: ID!, $v: Int!, $input: UpdateApplicationInput!) {\n            updateApplication(id: $id, expectedVersion: $v, input: $input) {\n              ...ApplicationFields\n            }\n          }\n        "): typeof import('./graphql').JourneyUpdateApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation JourneySubmitApplication2($id: ID!) {\n            submitApplication(id: $id) {\n              status\n              referenceNumber\n              submittedAt\n              version\n            }\n          }\n        "): typeof import('./graphql').JourneySubmitApplication2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query JourneyApplication($id: ID!) {\n              application(id: $id) {\n                id\n              }\n            }\n          "): typeof import('./graphql').JourneyApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query JourneyCall {\n            call(key: \"2026\") {\n              status\n              statistics {\n                applicationsSubmitted\n                totalRequested\n              }\n            }\n          }\n        "): typeof import('./graphql').JourneyCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query JourneyApplication2($id: ID!) {\n            application(id: $id) {\n              answers {\n                text\n              }\n              contact {\n                name\n              }\n            }\n          }\n        "): typeof import('./graphql').JourneyApplication2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation JourneyCreateConsortium2($input: CreateConsortiumInput!) {\n            createConsortium(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').JourneyCreateConsortium2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation JourneyCreateApplication2($input: CreateApplicationInput!) {\n            createApplication(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').JourneyCreateApplication2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation JourneySubmitApplication3($id: ID!) {\n            submitApplication(id: $id) {\n              id\n            }\n          }\n        "): typeof import('./graphql').JourneySubmitApplication3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation JourneyCreateApplication3($input: CreateApplicationInput!) {\n            createApplication(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').JourneyCreateApplication3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query JourneyCall2($first: Int) {\n            call(key: \"2026\") {\n              applications(first: $first) {\n                nodes {\n                  referenceNumber\n                  status\n                  eligibilityIssues {\n                    code\n                  }\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').JourneyCall2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoStageInviteProposal($proposalId: ID!, $callId: ID!) {\n    inviteProposal(proposalId: $proposalId, callId: $callId) {\n      ...ApplicationFields\n      call {\n        key\n      }\n      consortium {\n        id\n      }\n      proposal {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').TwoStageInviteProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TwoStageApplication($id: ID!) {\n            application(id: $id) {\n              status\n              call {\n                key\n              }\n            }\n          }\n        "): typeof import('./graphql').TwoStageApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation TwoStageCreateCall($input: CreateCallInput!) {\n        createCall(input: $input) {\n          id\n        }\n      }\n    "): typeof import('./graphql').TwoStageCreateCallDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
