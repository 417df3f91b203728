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
    "\n  mutation AdoptionsRecord($input: RecordAdoptionInput!) {\n    recordAdoption(input: $input) {\n      id\n      status\n      kind\n      adoptedOn\n      description\n      decidedAt\n      municipality {\n        code\n      }\n      award {\n        id\n      }\n    }\n  }\n": typeof types.AdoptionsRecordDocument,
    "\n  mutation AdoptionsConfirm($id: ID!) {\n    confirmAdoption(id: $id) {\n      id\n      status\n      decidedAt\n    }\n  }\n": typeof types.AdoptionsConfirmDocument,
    "\n  mutation AdoptionsDecline($id: ID!) {\n    declineAdoption(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AdoptionsDeclineDocument,
    "\n  query AdoptionsRead($id: ID!) {\n    adoption(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AdoptionsReadDocument,
    "\n  query AdoptionsLists($callId: ID!, $code: String!) {\n    awards(filter: { callId: $callId }) {\n      nodes {\n        adoptions {\n          totalCount\n          nodes {\n            id\n            status\n            municipality {\n              code\n            }\n          }\n        }\n      }\n    }\n    municipality(code: $code) {\n      adoptedResults {\n        totalCount\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AdoptionsListsDocument,
    "\n  query AdoptionsStatistics($callId: ID!) {\n    fundingStatistics(groupBy: [CALL], filter: { callId: $callId }) {\n      totalGranted\n      adoptions\n      adoptingResidents\n      residentsReachedPerEuro\n    }\n  }\n": typeof types.AdoptionsStatisticsDocument,
    "\n  query AdoptionsByRegion {\n    adoptionsByRegion {\n      region {\n        code\n      }\n      adoptions\n      adoptionsFromOtherRegions\n      adoptingMunicipalities\n      residents\n    }\n  }\n": typeof types.AdoptionsByRegionDocument,
    "\n  query AdoptionsNested($callId: ID!, $first: Int!) {\n    awards(first: $first, filter: { callId: $callId }) {\n      nodes {\n        adoptions(first: 3) {\n          totalCount\n          nodes {\n            municipality {\n              code\n              adoptedResults(first: 2) {\n                totalCount\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdoptionsNestedDocument,
    "\n  query ApplicationsMunicipality {\n    municipality(code: \"091\") {\n      awards {\n        nodes {\n          application {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApplicationsMunicipalityDocument,
    "\n          query ApplicationsCall {\n            call(key: \"2020\") {\n              themes {\n                id\n              }\n            }\n          }\n        ": typeof types.ApplicationsCallDocument,
    "\n            query ApplicationsCall2 {\n              call(key: \"2020\") {\n                id\n                status\n                themes {\n                  id\n                }\n                questions {\n                  id\n                  code\n                }\n              }\n            }\n          ": typeof types.ApplicationsCall2Document,
    "\n      mutation ApplicationsUpdateCall($id: ID!, $input: UpdateCallInput!) {\n        updateCall(id: $id, input: $input) {\n          title {\n            fi\n          }\n          questions {\n            code\n            required\n          }\n        }\n      }\n    ": typeof types.ApplicationsUpdateCallDocument,
    "\n      mutation ApplicationsUpdateConsortium($id: ID!, $input: UpdateConsortiumInput!) {\n        updateConsortium(id: $id, input: $input) {\n          name\n        }\n      }\n    ": typeof types.ApplicationsUpdateConsortiumDocument,
    "\n          query ApplicationsCall3 {\n            call(key: \"2020\") {\n              questions {\n                id\n              }\n            }\n          }\n        ": typeof types.ApplicationsCall3Document,
    "\n          mutation ApplicationsCreateApplication($input: CreateApplicationInput!) {\n            createApplication(input: $input) {\n              id\n            }\n          }\n        ": typeof types.ApplicationsCreateApplicationDocument,
    "\n        query ApplicationsApplication($id: ID!) {\n          application(id: $id) {\n            status\n            eligibilityIssues {\n              code\n            }\n          }\n        }\n      ": typeof types.ApplicationsApplicationDocument,
    "\n            mutation ApplicationsCreateConsortium {\n              createConsortium(input: { name: \"Ei synny\", leadCode: \"091\", memberCodes: [\"049\"] }) {\n                id\n              }\n            }\n          ": typeof types.ApplicationsCreateConsortiumDocument,
    "\n  query AuditEventsAuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        occurredAt\n        actorId\n        action\n        entityType\n        entityId\n        changes\n      }\n    }\n  }\n": typeof types.AuditEventsAuditEventsDocument,
    "\n  query AuthHttpViewer {\n    viewer {\n      role\n      userId\n    }\n    awards(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.AuthHttpViewerDocument,
    "\n        query AuthHttpPublicViewer {\n          viewer {\n            role\n            userId\n          }\n          viewer2: viewer {\n            roles\n            name\n            municipalities {\n              code\n            }\n          }\n          awards(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.AuthHttpPublicViewerDocument,
    "\n      query AuthHttpViewer2 {\n        viewer {\n          role\n          roles\n          userId\n          name\n          municipalities {\n            code\n            name {\n              fi\n            }\n          }\n        }\n      }\n    ": typeof types.AuthHttpViewer2Document,
    "\n        query AuthHttpViewer3 {\n          viewer {\n            role\n            userId\n            municipalities {\n              code\n            }\n          }\n        }\n      ": typeof types.AuthHttpViewer3Document,
    "\n        query AuthHttpViewer4 {\n          viewer {\n            role\n          }\n        }\n      ": typeof types.AuthHttpViewer4Document,
    "\n        query AuthHttpViewer5 {\n          viewer {\n            role\n            roles\n            userId\n          }\n        }\n      ": typeof types.AuthHttpViewer5Document,
    "\n              query AuthHttpViewer6 {\n                viewer {\n                  role\n                }\n              }\n            ": typeof types.AuthHttpViewer6Document,
    "\n  mutation AwardConcurrencyDecideAward($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n      grantedAmount\n    }\n  }\n": typeof types.AwardConcurrencyDecideAwardDocument,
    "\n        mutation AwardConcurrencyStartReview($c: ID!) {\n          startReview(callId: $c) {\n            id\n          }\n        }\n      ": typeof types.AwardConcurrencyStartReviewDocument,
    "\n  mutation AwardDecideAward($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n      grantedAmount\n      decisionDate\n      decisionNumber\n      conditions\n      projectDeadline\n      application {\n        id\n        status\n      }\n      leadMunicipality {\n        code\n      }\n      municipalities {\n        code\n      }\n    }\n  }\n": typeof types.AwardDecideAwardDocument,
    "\n  mutation AwardRejectApplication($a: ID!, $reason: String!) {\n    rejectApplication(applicationId: $a, reason: $reason) {\n      id\n      status\n      rejectionReason\n    }\n  }\n": typeof types.AwardRejectApplicationDocument,
    "\n  query AwardCall($id: ID!) {\n    call(id: $id) {\n      status\n      decisionDate\n      statistics {\n        totalAwarded\n        remainingAppropriation\n      }\n    }\n  }\n": typeof types.AwardCallDocument,
    "\n        mutation AwardStartReview($c: ID!) {\n          startReview(callId: $c) {\n            id\n          }\n        }\n      ": typeof types.AwardStartReviewDocument,
    "\n        query AwardCall2 {\n          call(key: \"2020\") {\n            sv: decisionList {\n              language\n              items\n              text\n            }\n            fi: decisionList(lang: FI) {\n              language\n              items\n            }\n          }\n        }\n      ": typeof types.AwardCall2Document,
    "\n        mutation AwardStartReview2($c: ID!) {\n          startReview(callId: $c) {\n            id\n            status\n          }\n        }\n      ": typeof types.AwardStartReview2Document,
    "\n          mutation AwardAssignReviewer($a: ID!, $r: ID!) {\n            assignReviewer(applicationId: $a, reviewerId: $r) {\n              id\n            }\n          }\n        ": typeof types.AwardAssignReviewerDocument,
    "\n          mutation AwardSaveEvaluation($a: ID!, $input: SaveEvaluationInput!) {\n            saveEvaluation(applicationId: $a, input: $input) {\n              id\n            }\n          }\n        ": typeof types.AwardSaveEvaluationDocument,
    "\n          mutation AwardSubmitEvaluation($id: ID!) {\n            submitEvaluation(id: $id) {\n              status\n            }\n          }\n        ": typeof types.AwardSubmitEvaluationDocument,
    "\n      query AwardCall3($id: ID!) {\n        call(id: $id) {\n          ranking {\n            rank\n            weightedScore\n            evaluationCount\n            application {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.AwardCall3Document,
    "\n        query AwardCall4($id: ID!) {\n          call(id: $id) {\n            status\n            decisionList {\n              items\n            }\n          }\n        }\n      ": typeof types.AwardCall4Document,
    "\n  mutation CallsAdminCreateCall($input: CreateCallInput!) {\n    createCall(input: $input) {\n      ...CallFields\n    }\n  }\n": typeof types.CallsAdminCreateCallDocument,
    "\n  mutation CallsAdminUpdateCall($id: ID!, $input: UpdateCallInput!) {\n    updateCall(id: $id, input: $input) {\n      ...CallFields\n      description {\n        en\n      }\n    }\n  }\n": typeof types.CallsAdminUpdateCallDocument,
    "\n  mutation CallsAdminPublishCall($id: ID!) {\n    publishCall(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CallsAdminPublishCallDocument,
    "\n      query CallsAdminCall($id: ID!) {\n        call(id: $id) {\n          key\n        }\n      }\n    ": typeof types.CallsAdminCallDocument,
    "\n            query CallsAdminCall2($id: ID!) {\n              call(id: $id) {\n                status\n              }\n            }\n          ": typeof types.CallsAdminCall2Document,
    "\n            query CallsAdminCall3 {\n              call(key: \"bad-input\") {\n                id\n              }\n            }\n          ": typeof types.CallsAdminCall3Document,
    "\n          query CallsAdminCall4 {\n            call(key: \"2020\") {\n              id\n            }\n          }\n        ": typeof types.CallsAdminCall4Document,
    "\n  mutation ChangeRequestsDecideAward($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n    }\n  }\n": typeof types.ChangeRequestsDecideAwardDocument,
    "\n  fragment ChangeRequestsBudget on Budget {\n    staff\n    travel\n    premises\n    purchasedServices\n    other\n    total\n  }\n": typeof types.ChangeRequestsBudgetFragmentDoc,
    "\n  fragment ChangeRequestFields on ChangeRequest {\n    id\n    kind\n    status\n    justification\n    projectEnd\n    budget {\n      ...ChangeRequestsBudget\n    }\n    addMunicipalities {\n      code\n    }\n    removeMunicipalities {\n      code\n    }\n    decisionReason\n    decidedAt\n    version\n    amendmentNumber\n    termsBefore {\n      projectEnd\n      approvedBudget {\n        staff\n        total\n      }\n      municipalities {\n        code\n      }\n    }\n  }\n": typeof types.ChangeRequestFieldsFragmentDoc,
    "\n  mutation ChangeRequestsRequest($awardId: ID!, $input: RequestChangeInput!) {\n    requestChange(awardId: $awardId, input: $input) {\n      ...ChangeRequestFields\n    }\n  }\n": typeof types.ChangeRequestsRequestDocument,
    "\n  mutation ChangeRequestsApprove($id: ID!, $reason: String) {\n    approveChangeRequest(id: $id, reason: $reason) {\n      ...ChangeRequestFields\n    }\n  }\n": typeof types.ChangeRequestsApproveDocument,
    "\n  mutation ChangeRequestsReject($id: ID!, $reason: String!) {\n    rejectChangeRequest(id: $id, reason: $reason) {\n      ...ChangeRequestFields\n    }\n  }\n": typeof types.ChangeRequestsRejectDocument,
    "\n  mutation ChangeRequestsWithdraw($id: ID!) {\n    withdrawChangeRequest(id: $id) {\n      ...ChangeRequestFields\n    }\n  }\n": typeof types.ChangeRequestsWithdrawDocument,
    "\n  query ChangeRequestsAward($id: ID!) {\n    changeRequest(id: $id) {\n      id\n      status\n      award {\n        id\n      }\n    }\n  }\n": typeof types.ChangeRequestsAwardDocument,
    "\n  query ChangeRequestsAwardTerms($callId: ID!) {\n    call(id: $callId) {\n      awards(first: 5) {\n        nodes {\n          id\n          projectStart\n          projectEnd\n          approvedBudget {\n            ...ChangeRequestsBudget\n          }\n          municipalities {\n            code\n          }\n          application {\n            consortium {\n              members {\n                role\n                municipality {\n                  code\n                }\n              }\n            }\n          }\n          originalDecision {\n            projectStart\n            projectEnd\n            approvedBudget {\n              ...ChangeRequestsBudget\n            }\n            municipalities {\n              code\n            }\n          }\n          changeRequests {\n            id\n            kind\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChangeRequestsAwardTermsDocument,
    "\n  mutation ConsortiaCreateConsortium($input: CreateConsortiumInput!) {\n    createConsortium(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsortiaCreateConsortiumDocument,
    "\n  mutation ConsortiaUpdateConsortium($id: ID!, $v: Int, $input: UpdateConsortiumInput!) {\n    updateConsortium(id: $id, expectedVersion: $v, input: $input) {\n      id\n      name\n      version\n      partners\n      members {\n        role\n        municipality {\n          code\n        }\n      }\n    }\n  }\n": typeof types.ConsortiaUpdateConsortiumDocument,
    "\n  query ConsortiaConsortium($id: ID!) {\n    consortium(id: $id) {\n      name\n      lead {\n        code\n      }\n      members {\n        role\n        municipality {\n          code\n        }\n      }\n    }\n  }\n": typeof types.ConsortiaConsortiumDocument,
    "\n          query ConsortiaCall {\n            call(key: \"2020\") {\n              id\n            }\n          }\n        ": typeof types.ConsortiaCallDocument,
    "\n  mutation DeadlineRushSubmitApplication($id: ID!) {\n    submitApplication(id: $id) {\n      id\n      status\n      referenceNumber\n    }\n  }\n": typeof types.DeadlineRushSubmitApplicationDocument,
    "\n  mutation DeadlineRushCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n    }\n  }\n": typeof types.DeadlineRushCreateApplicationDocument,
    "\n  mutation DeadlineRushUpdateApplication($id: ID!, $v: Int!, $input: UpdateApplicationInput!) {\n    updateApplication(id: $id, expectedVersion: $v, input: $input) {\n      id\n      version\n      projectName {\n        fi\n      }\n    }\n  }\n": typeof types.DeadlineRushUpdateApplicationDocument,
    "\n  mutation DeadlineRushSaveEvaluation($a: ID!, $input: SaveEvaluationInput!) {\n    saveEvaluation(applicationId: $a, input: $input) {\n      id\n    }\n  }\n": typeof types.DeadlineRushSaveEvaluationDocument,
    "\n  mutation DeadlineRushDecideAward($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n      grantedAmount\n    }\n  }\n": typeof types.DeadlineRushDecideAwardDocument,
    "\n          mutation DeadlineRushStartReview($c: ID!) {\n            startReview(callId: $c) {\n              id\n            }\n          }\n        ": typeof types.DeadlineRushStartReviewDocument,
    "\n          mutation DeadlineRushStartReview2($c: ID!) {\n            startReview(callId: $c) {\n              id\n            }\n          }\n        ": typeof types.DeadlineRushStartReview2Document,
    "\n  query DecisionDocumentAwards($lang: Language) {\n    awards(first: 100) {\n      nodes {\n        id\n        decisionDocument(lang: $lang)\n      }\n    }\n  }\n": typeof types.DecisionDocumentAwardsDocument,
    "\n  query DecisionDocumentPage($first: Int!) {\n    awards(first: $first) {\n      nodes {\n        decisionDocument(lang: SV)\n      }\n    }\n  }\n": typeof types.DecisionDocumentPageDocument,
    "\n  mutation DecisionDocumentDecide($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n      decisionDocument\n    }\n  }\n": typeof types.DecisionDocumentDecideDocument,
    "\n  mutation DecisionDocumentStartReview($c: ID!) {\n    startReview(callId: $c) {\n      id\n    }\n  }\n": typeof types.DecisionDocumentStartReviewDocument,
    "\n  query DocumentsOfAward($key: String!) {\n    awards(filter: { callKey: $key }, first: 10) {\n      nodes {\n        id\n        hasAgreement\n        documents {\n          id\n          kind\n          fileName\n          mediaType\n          byteSize\n          sha256\n          uploadedAt\n          url\n        }\n      }\n    }\n  }\n": typeof types.DocumentsOfAwardDocument,
    "\n  mutation ErrorShapesDecideAward($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n    }\n  }\n": typeof types.ErrorShapesDecideAwardDocument,
    "\n  mutation ErrorShapesAssignReviewer($a: ID!, $r: ID!) {\n    assignReviewer(applicationId: $a, reviewerId: $r) {\n      id\n    }\n  }\n": typeof types.ErrorShapesAssignReviewerDocument,
    "\n        query ErrorShapesViewer {\n          viewer {\n            role\n          }\n        }\n      ": typeof types.ErrorShapesViewerDocument,
    "\n        mutation ErrorShapesStartReview($c: ID!) {\n          startReview(callId: $c) {\n            id\n          }\n        }\n      ": typeof types.ErrorShapesStartReviewDocument,
    "\n        query ErrorShapesAwards {\n          awards(filter: { callKey: \"1999\" }) {\n            totalCount\n          }\n        }\n      ": typeof types.ErrorShapesAwardsDocument,
    "\n          mutation ErrorShapesUpdateConsortium($id: ID!, $v: Int, $input: UpdateConsortiumInput!) {\n            updateConsortium(id: $id, expectedVersion: $v, input: $input) {\n              id\n            }\n          }\n        ": typeof types.ErrorShapesUpdateConsortiumDocument,
    "\n          mutation ErrorShapesUpdateConsortium2($id: ID!, $input: UpdateConsortiumInput!) {\n            updateConsortium(id: $id, input: $input) {\n              id\n            }\n          }\n        ": typeof types.ErrorShapesUpdateConsortium2Document,
    "\n          mutation ErrorShapesUpdateCall($id: ID!, $input: UpdateCallInput!) {\n            updateCall(id: $id, input: $input) {\n              id\n            }\n          }\n        ": typeof types.ErrorShapesUpdateCallDocument,
    "\n          mutation ErrorShapesPublishCall($id: ID!) {\n            publishCall(id: $id) {\n              id\n            }\n          }\n        ": typeof types.ErrorShapesPublishCallDocument,
    "\n          mutation ErrorShapesStartReview2($c: ID!) {\n            startReview(callId: $c) {\n              id\n            }\n          }\n        ": typeof types.ErrorShapesStartReview2Document,
    "\n          mutation ErrorShapesSaveEvaluation($a: ID!, $input: SaveEvaluationInput!) {\n            saveEvaluation(applicationId: $a, input: $input) {\n              id\n            }\n          }\n        ": typeof types.ErrorShapesSaveEvaluationDocument,
    "\n            mutation ErrorShapesDeclareConflictOfInterest($a: ID!, $reason: String!) {\n              declareConflictOfInterest(applicationId: $a, reason: $reason) {\n                id\n              }\n            }\n          ": typeof types.ErrorShapesDeclareConflictOfInterestDocument,
    "\n            mutation ErrorShapesSaveEvaluation2($a: ID!, $input: SaveEvaluationInput!) {\n              saveEvaluation(applicationId: $a, input: $input) {\n                id\n              }\n            }\n          ": typeof types.ErrorShapesSaveEvaluation2Document,
    "\n            mutation ErrorShapesUnassignReviewer($a: ID!, $r: ID!) {\n              unassignReviewer(applicationId: $a, reviewerId: $r) {\n                id\n              }\n            }\n          ": typeof types.ErrorShapesUnassignReviewerDocument,
    "\n          mutation ErrorShapesSubmitEvaluation($id: ID!) {\n            submitEvaluation(id: $id) {\n              id\n            }\n          }\n        ": typeof types.ErrorShapesSubmitEvaluationDocument,
    "\n          query ErrorShapesCalls {\n            calls {\n              nodes {\n                key\n              }\n            }\n          }\n        ": typeof types.ErrorShapesCallsDocument,
    "\n            query ErrorShapesCalls2 {\n              calls {\n                nodes {\n                  key\n                }\n              }\n            }\n          ": typeof types.ErrorShapesCalls2Document,
    "\n              query ErrorShapes__typename {\n                __typename\n              }\n            ": typeof types.ErrorShapes__TypenameDocument,
    "\n  mutation VoidingSave($a: ID!, $input: SaveEvaluationInput!) {\n    saveEvaluation(applicationId: $a, input: $input) {\n      id\n    }\n  }\n": typeof types.VoidingSaveDocument,
    "\n  mutation VoidingSubmit($id: ID!) {\n    submitEvaluation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.VoidingSubmitDocument,
    "\n  mutation VoidingDeclare($id: ID!, $reason: String!) {\n    declareConflictAfterSubmission(evaluationId: $id, reason: $reason) {\n      id\n      status\n      conflictDeclaredAt\n      conflictDeclaration\n    }\n  }\n": typeof types.VoidingDeclareDocument,
    "\n  mutation VoidingVoid($id: ID!, $reason: String!) {\n    voidEvaluation(id: $id, reason: $reason) {\n      id\n      status\n      voidedAt\n      voidReason\n      submittedAt\n    }\n  }\n": typeof types.VoidingVoidDocument,
    "\n  query VoidingSummary($id: ID!) {\n    application(id: $id) {\n      evaluations {\n        id\n        status\n        voidReason\n      }\n      evaluationSummary {\n        count\n        weightedScore\n        criteria {\n          mean\n          count\n        }\n      }\n      call {\n        ranking {\n          application {\n            id\n          }\n          weightedScore\n          evaluationCount\n        }\n      }\n    }\n  }\n": typeof types.VoidingSummaryDocument,
    "\n  query VoidingRanked($first: Int, $after: String, $direction: SortDirection!, $callId: ID!) {\n    applications(\n      first: $first\n      after: $after\n      filter: { callId: $callId }\n      orderBy: { field: WEIGHTED_SCORE, direction: $direction }\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.VoidingRankedDocument,
    "\n        query FederationEvaluationTypename {\n          __typename\n        }\n      ": typeof types.FederationEvaluationTypenameDocument,
    "\n        query FederationEvaluationTypename2 {\n          __typename\n        }\n      ": typeof types.FederationEvaluationTypename2Document,
    "\n  query FilteredAwards($f: AwardFilter) {\n    awards(first: 100, filter: $f) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.FilteredAwardsDocument,
    "\n  query FilteredApplications($f: ApplicationFilter) {\n    applications(first: 100, filter: $f) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": typeof types.FilteredApplicationsDocument,
    "\n  query TallyCallStatistics($key: String!) {\n    call(key: $key) {\n      statistics {\n        applicationsSubmitted\n        applicationsAwarded\n        totalRequested\n        totalAwarded\n        grantsDecided\n      }\n    }\n  }\n": typeof types.TallyCallStatisticsDocument,
    "\n  query TallyByMember($key: String!) {\n    fundingStatistics(groupBy: [MUNICIPALITY], municipalityRole: MEMBER, filter: { callKey: $key }) {\n      municipality {\n        code\n      }\n      applicationsSubmitted\n      applicationsAwarded\n      totalRequested\n      totalGranted\n    }\n  }\n": typeof types.TallyByMemberDocument,
    "\n  mutation TallyStartReview($c: ID!) {\n    startReview(callId: $c) {\n      id\n    }\n  }\n": typeof types.TallyStartReviewDocument,
    "\n  mutation TallyDecide($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n    }\n  }\n": typeof types.TallyDecideDocument,
    "\n  mutation TallyPay($a: ID!, $input: PaymentRequestInput!) {\n    submitPaymentRequest(awardId: $a, input: $input) {\n      id\n    }\n  }\n": typeof types.TallyPayDocument,
    "\n  mutation TallyApprovePayment($id: ID!, $input: ApprovePaymentRequestInput!) {\n    approvePaymentRequest(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.TallyApprovePaymentDocument,
    "\n  mutation TallyReport($a: ID!, $input: ReportInput!) {\n    submitReport(awardId: $a, input: $input) {\n      id\n    }\n  }\n": typeof types.TallyReportDocument,
    "\n  mutation TallyApproveReport($id: ID!) {\n    approveReport(id: $id) {\n      id\n    }\n  }\n": typeof types.TallyApproveReportDocument,
    "\n  mutation TallyRecover($a: ID!, $amount: Decimal!) {\n    recordRecovery(awardId: $a, amount: $amount) {\n      id\n    }\n  }\n": typeof types.TallyRecoverDocument,
    "\n  mutation TallyReject($a: ID!, $r: String!) {\n    rejectApplication(applicationId: $a, reason: $r) {\n      id\n      status\n    }\n  }\n": typeof types.TallyRejectDocument,
    "\n  mutation GrantJourneyStartReview($call: ID!) {\n    startReview(callId: $call) {\n      id\n    }\n  }\n": typeof types.GrantJourneyStartReviewDocument,
    "\n  mutation GrantJourneyDecide($application: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $application, input: $input) {\n      id\n      grantedAmount\n      projectStart\n      projectEnd\n      approvedBudget {\n        staff\n        purchasedServices\n        total\n      }\n      paidTotal\n      returnedTotal\n    }\n  }\n": typeof types.GrantJourneyDecideDocument,
    "\n  mutation GrantJourneySubmitPayment($award: ID!, $input: PaymentRequestInput!) {\n    submitPaymentRequest(awardId: $award, input: $input) {\n      id\n      number\n      status\n      final\n      claimedCosts {\n        total\n      }\n      paidAmount\n    }\n  }\n": typeof types.GrantJourneySubmitPaymentDocument,
    "\n  mutation GrantJourneyApprovePayment($id: ID!, $input: ApprovePaymentRequestInput!) {\n    approvePaymentRequest(id: $id, input: $input) {\n      id\n      status\n      paidAmount\n      approvedCosts {\n        staff\n        purchasedServices\n        total\n      }\n      award {\n        paidTotal\n        returnedTotal\n        recoveryClaim\n        recoveredTotal\n        settledAt\n      }\n    }\n  }\n": typeof types.GrantJourneyApprovePaymentDocument,
    "\n  mutation GrantJourneyRequestChange($award: ID!, $input: RequestChangeInput!) {\n    requestChange(awardId: $award, input: $input) {\n      id\n      kind\n      status\n      projectEnd\n    }\n  }\n": typeof types.GrantJourneyRequestChangeDocument,
    "\n  mutation GrantJourneyApproveChange($id: ID!, $reason: String) {\n    approveChangeRequest(id: $id, reason: $reason) {\n      id\n      status\n      amendmentNumber\n      termsBefore {\n        projectEnd\n      }\n    }\n  }\n": typeof types.GrantJourneyApproveChangeDocument,
    "\n  mutation GrantJourneySubmitReport($award: ID!, $input: ReportInput!) {\n    submitReport(awardId: $award, input: $input) {\n      id\n      kind\n      status\n    }\n  }\n": typeof types.GrantJourneySubmitReportDocument,
    "\n  mutation GrantJourneyApproveReport($id: ID!) {\n    approveReport(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.GrantJourneyApproveReportDocument,
    "\n  mutation GrantJourneyRecordRecovery($award: ID!, $amount: Decimal!) {\n    recordRecovery(awardId: $award, amount: $amount) {\n      id\n      recoveryClaim\n      recoveredTotal\n    }\n  }\n": typeof types.GrantJourneyRecordRecoveryDocument,
    "\n  query GrantJourneyPublicView($call: ID!) {\n    call(id: $call) {\n      appropriation\n      statistics {\n        totalAwarded\n        totalPaid\n        totalReturned\n        totalRecovered\n        remainingAppropriation\n      }\n      awards(first: 5) {\n        nodes {\n          id\n          grantedAmount\n          projectStart\n          projectEnd\n          originalDecision {\n            projectStart\n            projectEnd\n          }\n          paidTotal\n          returnedTotal\n          finalReportSummary {\n            fi\n            sv\n          }\n        }\n      }\n    }\n  }\n": typeof types.GrantJourneyPublicViewDocument,
    "\n  query GrantJourneyGrantFile($call: ID!) {\n    call(id: $call) {\n      awards(first: 5) {\n        nodes {\n          id\n          hasAgreement\n          documents {\n            kind\n            fileName\n            mediaType\n          }\n          paymentRequests {\n            number\n            final\n            status\n            paidAmount\n            approvedCosts {\n              total\n            }\n          }\n          reports {\n            kind\n            status\n          }\n          changeRequests {\n            kind\n            status\n            amendmentNumber\n          }\n          recoveryClaim\n          recoveredTotal\n          settledAt\n        }\n      }\n    }\n  }\n": typeof types.GrantJourneyGrantFileDocument,
    "\n  mutation GrantMoneyStartReview($c: ID!) {\n    startReview(callId: $c) {\n      id\n    }\n  }\n": typeof types.GrantMoneyStartReviewDocument,
    "\n  mutation GrantMoneyDecide($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n      paidTotal\n      returnedTotal\n    }\n  }\n": typeof types.GrantMoneyDecideDocument,
    "\n  mutation GrantMoneySubmitPayment($award: ID!, $input: PaymentRequestInput!) {\n    submitPaymentRequest(awardId: $award, input: $input) {\n      id\n      number\n      status\n      final\n      claimedCosts {\n        staff\n        total\n      }\n      approvedCosts {\n        total\n      }\n      paidAmount\n    }\n  }\n": typeof types.GrantMoneySubmitPaymentDocument,
    "\n  mutation GrantMoneyResubmitPayment($id: ID!, $input: PaymentRequestInput!) {\n    resubmitPaymentRequest(id: $id, input: $input) {\n      id\n      status\n      version\n      claimedCosts {\n        total\n      }\n    }\n  }\n": typeof types.GrantMoneyResubmitPaymentDocument,
    "\n  mutation GrantMoneyApprovePayment($id: ID!, $input: ApprovePaymentRequestInput!) {\n    approvePaymentRequest(id: $id, input: $input) {\n      id\n      status\n      paidAmount\n      decisionReason\n      approvedCosts {\n        staff\n        travel\n        total\n      }\n      award {\n        id\n        paidTotal\n        returnedTotal\n        recoveryClaim\n        settledAt\n      }\n    }\n  }\n": typeof types.GrantMoneyApprovePaymentDocument,
    "\n  mutation GrantMoneyReturnPayment($id: ID!, $reason: String!) {\n    returnPaymentRequest(id: $id, reason: $reason) {\n      id\n      status\n      decisionReason\n    }\n  }\n": typeof types.GrantMoneyReturnPaymentDocument,
    "\n  mutation GrantMoneyRecordRecovery($award: ID!, $amount: Decimal!) {\n    recordRecovery(awardId: $award, amount: $amount) {\n      id\n      recoveryClaim\n      recoveredTotal\n    }\n  }\n": typeof types.GrantMoneyRecordRecoveryDocument,
    "\n  mutation GrantMoneySubmitReport($award: ID!, $input: ReportInput!) {\n    submitReport(awardId: $award, input: $input) {\n      id\n      kind\n      status\n      version\n      indicators {\n        name\n        value\n        unit\n      }\n    }\n  }\n": typeof types.GrantMoneySubmitReportDocument,
    "\n  mutation GrantMoneyApproveReport($id: ID!) {\n    approveReport(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.GrantMoneyApproveReportDocument,
    "\n  mutation GrantMoneyReturnReport($id: ID!, $reason: String!) {\n    returnReport(id: $id, reason: $reason) {\n      id\n      status\n      returnReason\n    }\n  }\n": typeof types.GrantMoneyReturnReportDocument,
    "\n  query GrantMoneyStatistics($key: String!) {\n    call(key: $key) {\n      appropriation\n      statistics {\n        totalAwarded\n        totalPaid\n        totalReturned\n        totalRecovered\n        remainingAppropriation\n      }\n    }\n  }\n": typeof types.GrantMoneyStatisticsDocument,
    "\n  query GrantMoneyPublicAward($key: ID!) {\n    awards(first: 5, filter: { callId: $key }) {\n      nodes {\n        id\n        paidTotal\n        returnedTotal\n        finalReportSummary {\n          fi\n          sv\n        }\n        paymentRequests {\n          id\n        }\n        reports {\n          id\n        }\n      }\n    }\n  }\n": typeof types.GrantMoneyPublicAwardDocument,
    "\n  query GrantMoneyAwardRecovery($key: ID!) {\n    awards(first: 5, filter: { callId: $key }) {\n      nodes {\n        id\n        recoveryClaim\n        recoveredTotal\n      }\n    }\n  }\n": typeof types.GrantMoneyAwardRecoveryDocument,
    "\n  query GrantMoneyOverdue($call: ID, $key: String, $overdue: Boolean!) {\n    awards(first: 50, filter: { callId: $call, callKey: $key, reportOverdue: $overdue }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.GrantMoneyOverdueDocument,
    "\n  query GrantMoneyAttachments($call: ID!) {\n    awards(first: 5, filter: { callId: $call }) {\n      nodes {\n        paymentRequests {\n          id\n          documents {\n            kind\n            fileName\n          }\n        }\n        reports {\n          id\n          documents {\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.GrantMoneyAttachmentsDocument,
    "\n  mutation GrantTermsCreateCall($input: CreateCallInput!) {\n    createCall(input: $input) {\n      id\n      projectDeadline\n      reportDueMonths\n      interimReportDue\n      latestProjectEnd\n    }\n  }\n": typeof types.GrantTermsCreateCallDocument,
    "\n  mutation GrantTermsUpdateCall($id: ID!, $input: UpdateCallInput!) {\n    updateCall(id: $id, input: $input) {\n      id\n      reportDueMonths\n      interimReportDue\n      latestProjectEnd\n    }\n  }\n": typeof types.GrantTermsUpdateCallDocument,
    "\n  query GrantTermsCall($key: String!) {\n    call(key: $key) {\n      id\n      projectDeadline\n      reportDueMonths\n      interimReportDue\n      latestProjectEnd\n    }\n  }\n": typeof types.GrantTermsCallDocument,
    "\n  mutation GrantTermsStartReview($c: ID!) {\n    startReview(callId: $c) {\n      id\n    }\n  }\n": typeof types.GrantTermsStartReviewDocument,
    "\n  mutation GrantTermsDecide($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n      projectStart\n      projectEnd\n      approvedBudget {\n        staff\n        travel\n        premises\n        purchasedServices\n        other\n        total\n      }\n    }\n  }\n": typeof types.GrantTermsDecideDocument,
    "\n  query GrantTermsAwards($key: String!) {\n    call(key: $key) {\n      awards(first: 3) {\n        nodes {\n          id\n          projectStart\n          projectEnd\n          approvedBudget {\n            total\n          }\n        }\n      }\n    }\n  }\n": typeof types.GrantTermsAwardsDocument,
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
    "\n  mutation HistoryUpdateCall($id: ID!, $input: UpdateCallInput!) {\n    updateCall(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.HistoryUpdateCallDocument,
    "\n  mutation HistoryCreateCall($input: CreateCallInput!) {\n    createCall(input: $input) {\n      id\n    }\n  }\n": typeof types.HistoryCreateCallDocument,
    "\n  mutation HistoryPublishCall($id: ID!) {\n    publishCall(id: $id) {\n      id\n    }\n  }\n": typeof types.HistoryPublishCallDocument,
    "\n  query HistoryCall($id: ID!, $first: Int, $after: String) {\n    call(id: $id) {\n      title {\n        fi\n      }\n      asPublished {\n        publishedAt\n        title {\n          fi\n          en\n        }\n        appropriation\n        themes {\n          code\n          title {\n            en\n          }\n        }\n        criteria {\n          code\n          weight\n        }\n        questions {\n          code\n          required\n        }\n        conditions {\n          fi\n        }\n      }\n      history(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          at\n          action\n          actor {\n            role\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": typeof types.HistoryCallDocument,
    "\n  query HistoryActorNames($id: ID!) {\n    call(id: $id) {\n      history {\n        nodes {\n          actor {\n            role\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.HistoryActorNamesDocument,
    "\n  mutation HistoryUpdateConsortium($id: ID!, $input: UpdateConsortiumInput!) {\n    updateConsortium(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.HistoryUpdateConsortiumDocument,
    "\n  query HistoryApplicationPublic($id: ID!) {\n    application(id: $id) {\n      summary\n      asSubmitted {\n        referenceNumber\n        submittedAt\n        consortiumName\n        summary\n        requestedAmount\n        projectName {\n          fi\n        }\n        theme {\n          code\n        }\n        budget {\n          staff\n          total\n        }\n        members {\n          role\n          municipality {\n            code\n          }\n        }\n      }\n      history {\n        nodes {\n          action\n          actor {\n            role\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": typeof types.HistoryApplicationPublicDocument,
    "\n  query HistoryApplicationPrivate($id: ID!) {\n    application(id: $id) {\n      asSubmitted {\n        answers {\n          question {\n            code\n          }\n          text\n        }\n        contact {\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.HistoryApplicationPrivateDocument,
    "\n  query HistorySubmittedContact($id: ID!) {\n    application(id: $id) {\n      asSubmitted {\n        contact {\n          email\n        }\n      }\n    }\n  }\n": typeof types.HistorySubmittedContactDocument,
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
    "\n  query LoadersAwards($first: Int) {\n    awards(first: $first, orderBy: { field: AMOUNT, direction: DESC }) {\n      totalCount\n      nodes {\n        grantedAmount\n        call {\n          key\n          themes {\n            code\n          }\n          criteria {\n            code\n          }\n          questions {\n            code\n          }\n          conditions {\n            fi\n          }\n          statistics {\n            totalAwarded\n          }\n        }\n        leadMunicipality {\n          code\n          region {\n            code\n          }\n          fundingTotal(year: 2020)\n        }\n        municipalities {\n          code\n          name {\n            text\n          }\n        }\n        application {\n          projectName {\n            text\n          }\n          award {\n            id\n          }\n          theme {\n            code\n          }\n          consortium {\n            name\n            lead {\n              code\n            }\n            members {\n              role\n              municipality {\n                code\n                region {\n                  code\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.LoadersAwardsDocument,
    "\n  query LoadersMunicipalities($first: Int) {\n    municipalities(first: $first, filter: { regionCode: \"01\" }) {\n      nodes {\n        code\n        region {\n          code\n          name {\n            sv\n          }\n        }\n        consortia {\n          id\n        }\n        fundingTotal\n        awards(first: 5) {\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.LoadersMunicipalitiesDocument,
    "\n        query LoadersMunicipality {\n          hausjarvi: municipality(code: \"086\") {\n            consortia {\n              lead {\n                code\n              }\n              members {\n                municipality {\n                  code\n                }\n              }\n            }\n          }\n          loppi: municipality(code: \"433\") {\n            consortia {\n              lead {\n                code\n              }\n            }\n          }\n          riihimaki: municipality(code: \"694\") {\n            consortia {\n              lead {\n                code\n              }\n            }\n          }\n        }\n      ": typeof types.LoadersMunicipalityDocument,
    "\n      query MetricsProbe {\n        call(key: \"2020\") {\n          key\n        }\n      }\n    ": typeof types.MetricsProbeDocument,
    "\n        query TooLong {\n          awards(first: 1000) {\n            totalCount\n          }\n        }\n      ": typeof types.TooLongDocument,
    "\n        query WithBadToken {\n          __typename\n        }\n      ": typeof types.WithBadTokenDocument,
    "\n          query MetricsCall {\n            call(key: \"2020\") {\n              key\n              title {\n                fi\n              }\n            }\n          }\n        ": typeof types.MetricsCallDocument,
    "\n            query MetricsCall2 {\n              call(key: \"2020\") {\n                key\n              }\n            }\n          ": typeof types.MetricsCall2Document,
    "\n  query OverlapsOfApplication($id: ID!) {\n    application(id: $id) {\n      overlaps {\n        reasons\n        similarity\n        application {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.OverlapsOfApplicationDocument,
    "\n  query OverlapsOfCall($callId: ID!, $first: Int!) {\n    applications(first: $first, filter: { callId: $callId }) {\n      nodes {\n        id\n        overlaps {\n          reasons\n          application {\n            id\n            award {\n              grantedAmount\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OverlapsOfCallDocument,
    "\n        query PublicApiCall {\n          call(key: \"2020\") {\n            key\n            year\n            stage\n            status\n            timeZone\n            closesAt\n            opensAt\n            appropriation\n            minMunicipalities\n            excludedSectors\n            title {\n              fi\n              sv\n              en\n              text\n            }\n            themes {\n              code\n              title {\n                fi\n              }\n            }\n            questions {\n              code\n              required\n            }\n            publishedStatistics {\n              applicationsReceived\n              grantsAwarded\n              totalAwarded\n            }\n            statistics {\n              applicationsAwarded\n              totalAwarded\n              remainingAppropriation\n            }\n            awards(first: 1) {\n              totalCount\n            }\n          }\n        }\n      ": typeof types.PublicApiCallDocument,
    "\n        query PublicApiMunicipality {\n          municipality(code: \"091\") {\n            code\n            kind\n            population\n            name {\n              fi\n              sv\n            }\n            region {\n              code\n              name {\n                fi\n                sv\n              }\n            }\n            awards {\n              nodes {\n                grantedAmount\n                application {\n                  projectName {\n                    fi\n                  }\n                }\n              }\n            }\n            fundingTotal(year: 2020)\n          }\n        }\n      ": typeof types.PublicApiMunicipalityDocument,
    "\n          query PublicApiMunicipalities($search: String!) {\n            municipalities(filter: { search: $search }) {\n              nodes {\n                code\n                name {\n                  fi\n                  sv\n                }\n              }\n            }\n          }\n        ": typeof types.PublicApiMunicipalitiesDocument,
    "\n      query PublicApiCall2 {\n        call(key: \"2020\") {\n          title {\n            text\n            sv: text(lang: SV)\n          }\n        }\n        swedishOnly: call(key: \"2018\") {\n          title {\n            text\n          }\n        }\n      }\n    ": typeof types.PublicApiCall2Document,
    "\n            query PublicApiMunicipalities2($validOn: Date) {\n              municipalities(filter: { validOn: $validOn }) {\n                totalCount\n              }\n            }\n          ": typeof types.PublicApiMunicipalities2Document,
    "\n        query PublicApiAwards {\n          awards(orderBy: { field: AMOUNT, direction: DESC }, first: 3) {\n            nodes {\n              grantedAmount\n              leadMunicipality {\n                code\n                name {\n                  fi\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.PublicApiAwardsDocument,
    "\n          query PublicApiAwards2($after: String) {\n            awards(first: 10, after: $after, filter: { year: 2020 }) {\n              totalCount\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n              edges {\n                cursor\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.PublicApiAwards2Document,
    "\n  fragment PublicRecordSourceFields on Source {\n    key\n    kind\n    language\n    title {\n      fi\n      sv\n      en\n    }\n    publisher {\n      fi\n      sv\n      en\n    }\n    publishedOn\n    publishedAt\n    url\n  }\n": typeof types.PublicRecordSourceFieldsFragmentDoc,
    "\n          query PublicRecordCall {\n            call(key: \"2018\") {\n              publishedStatistics {\n                grantsAwarded\n              }\n              publishedDecisions {\n                listPosition\n                decisionDate\n                asPrinted\n                amountPublished\n                grantedAmount\n                lead {\n                  code\n                }\n                recipients {\n                  code\n                  name {\n                    sv\n                  }\n                }\n                projectName {\n                  fi\n                  sv\n                  en\n                }\n                conditions {\n                  sv\n                  en\n                }\n                award {\n                  id\n                }\n                sources {\n                  key\n                }\n              }\n            }\n          }\n        ": typeof types.PublicRecordCallDocument,
    "\n          query PublicRecordCall2 {\n            call(key: \"2018\") {\n              appropriation\n              publishedStatistics {\n                applicationsReceived\n                grantsAwarded\n                totalAwarded\n                totalAwardedPublished\n              }\n              statistics {\n                applicationsAwarded\n                totalAwarded\n                remainingAppropriation\n                grantsDecided\n                grantsWithoutPublishedAmount\n                totalGranted\n                totalGrantedKnown\n              }\n            }\n            awards(filter: { callKey: \"2018\" }) {\n              totalCount\n            }\n          }\n        ": typeof types.PublicRecordCall2Document,
    "\n          query PublicRecordCall3 {\n            call(key: \"2018\") {\n              sv: decisionList {\n                items\n                text\n              }\n              fi: decisionList(lang: FI) {\n                items\n              }\n            }\n          }\n        ": typeof types.PublicRecordCall3Document,
    "\n          query PublicRecordCall4 {\n            call(key: \"2020\") {\n              publishedStatistics {\n                grantsAwarded\n                totalAwarded\n                totalAwardedPublished\n                sources {\n                  key\n                }\n              }\n              statistics {\n                grantsDecided\n                grantsWithoutPublishedAmount\n                totalAwarded\n                totalGranted\n                totalGrantedKnown\n                remainingAppropriation\n              }\n              publishedDecisions {\n                listPosition\n                amountPublished\n                grantedAmount\n                lead {\n                  code\n                }\n                award {\n                  grantedAmount\n                  listPosition\n                  sources {\n                    key\n                  }\n                }\n                sources {\n                  key\n                }\n              }\n              awards(first: 100) {\n                nodes {\n                  sources {\n                    key\n                    kind\n                    publishedOn\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.PublicRecordCall4Document,
    "\n          query PublicRecordCalls {\n            calls(first: 10) {\n              nodes {\n                key\n                description {\n                  fi\n                  sv\n                  en\n                  english: text(lang: EN)\n                }\n                notes {\n                  fi\n                  sv\n                  en\n                }\n                sources {\n                  language\n                }\n              }\n            }\n          }\n        ": typeof types.PublicRecordCallsDocument,
    "\n          query PublicRecordCall5 {\n            call(key: \"2018\") {\n              notes {\n                sv\n                en\n              }\n              conditions {\n                sv\n              }\n              description {\n                text\n              }\n            }\n          }\n        ": typeof types.PublicRecordCall5Document,
    "\n          query PublicRecordCalls3 {\n            calls(first: 10) {\n              nodes {\n                key\n                sources {\n                  ...PublicRecordSourceFields\n                }\n                publishedStatistics {\n                  sources {\n                    key\n                  }\n                }\n                publishedDecisions {\n                  sources {\n                    key\n                  }\n                }\n              }\n            }\n            awards(first: 100) {\n              totalCount\n              nodes {\n                sources {\n                  key\n                }\n              }\n            }\n          }\n        ": typeof types.PublicRecordCalls3Document,
    "\n          query PublicRecordCall6($id: ID!) {\n            call(id: $id) {\n              sources {\n                key\n              }\n              publishedStatistics {\n                sources {\n                  key\n                }\n                totalAwardedPublished\n              }\n              publishedDecisions {\n                id\n              }\n              statistics {\n                grantsDecided\n                totalGranted\n                totalGrantedKnown\n              }\n            }\n          }\n        ": typeof types.PublicRecordCall6Document,
    "\n      query PublicRecordCalls2($first: Int, $filter: CallFilter) {\n        calls(first: $first, filter: $filter) {\n          nodes {\n            sources {\n              key\n            }\n            publishedStatistics {\n              sources {\n                key\n              }\n            }\n            statistics {\n              grantsDecided\n              totalGranted\n            }\n            publishedDecisions {\n              lead {\n                code\n              }\n              recipients {\n                code\n              }\n              sources {\n                key\n              }\n              award {\n                grantedAmount\n              }\n              call {\n                key\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.PublicRecordCalls2Document,
    "\n  mutation ReviewAssignReviewer($a: ID!, $r: ID!) {\n    assignReviewer(applicationId: $a, reviewerId: $r) {\n      id\n      endedAt\n      reviewer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ReviewAssignReviewerDocument,
    "\n  mutation ReviewSaveEvaluation($a: ID!, $input: SaveEvaluationInput!) {\n    saveEvaluation(applicationId: $a, input: $input) {\n      id\n      status\n      version\n      weightedScore\n      recommendation\n      recommendedAmount\n      scores {\n        criterion {\n          code\n        }\n        score\n        comment\n      }\n      reviewer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ReviewSaveEvaluationDocument,
    "\n  mutation ReviewSubmitEvaluation($id: ID!) {\n    submitEvaluation(id: $id) {\n      id\n      status\n      submittedAt\n    }\n  }\n": typeof types.ReviewSubmitEvaluationDocument,
    "\n  query ReviewApplication($id: ID!) {\n    application(id: $id) {\n      id\n      evaluations {\n        id\n        reviewer {\n          id\n        }\n        status\n        weightedScore\n      }\n      evaluationSummary {\n        count\n        weightedScore\n        criteria {\n          criterion {\n            code\n          }\n          mean\n          count\n        }\n      }\n    }\n  }\n": typeof types.ReviewApplicationDocument,
    "\n        mutation ReviewStartReview($c: ID!) {\n          startReview(callId: $c) {\n            id\n            status\n          }\n        }\n      ": typeof types.ReviewStartReviewDocument,
    "\n        mutation ReviewStartReview2($c: ID!) {\n          startReview(callId: $c) {\n            id\n          }\n        }\n      ": typeof types.ReviewStartReview2Document,
    "\n        mutation ReviewStartReview3($c: ID!) {\n          startReview(callId: $c) {\n            id\n          }\n        }\n      ": typeof types.ReviewStartReview3Document,
    "\n        mutation ReviewStartReview4($c: ID!) {\n          startReview(callId: $c) {\n            id\n            status\n          }\n        }\n      ": typeof types.ReviewStartReview4Document,
    "\n        mutation ReviewDeclareConflictOfInterest($a: ID!) {\n          declareConflictOfInterest(applicationId: $a, reason: \"My spouse leads the project\") {\n            endedAt\n            endReason\n            conflictDeclaration\n          }\n        }\n      ": typeof types.ReviewDeclareConflictOfInterestDocument,
    "\n      query ReviewReviewAssignments {\n        reviewAssignments(first: 100) {\n          totalCount\n          nodes {\n            application {\n              id\n              referenceNumber\n            }\n          }\n        }\n      }\n    ": typeof types.ReviewReviewAssignmentsDocument,
    "\n        mutation ReviewUnassignReviewer($a: ID!, $r: ID!) {\n          unassignReviewer(applicationId: $a, reviewerId: $r) {\n            endReason\n          }\n        }\n      ": typeof types.ReviewUnassignReviewerDocument,
    "\n        mutation ReviewUnassignReviewer2($a: ID!, $r: ID!) {\n          unassignReviewer(applicationId: $a, reviewerId: $r) {\n            id\n          }\n        }\n      ": typeof types.ReviewUnassignReviewer2Document,
    "\n      query ReviewCall($id: ID!) {\n        call(id: $id) {\n          applications(first: 20) {\n            nodes {\n              id\n              evaluations {\n                weightedScore\n                reviewer {\n                  name\n                }\n                scores {\n                  score\n                  criterion {\n                    code\n                  }\n                }\n              }\n              evaluationSummary {\n                count\n                weightedScore\n                criteria {\n                  mean\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.ReviewCallDocument,
    "\n          mutation ReviewStartReview5($c: ID!) {\n            startReview(callId: $c) {\n              id\n            }\n          }\n        ": typeof types.ReviewStartReview5Document,
    "\n        query SyntheticCallStatistics($key: String!) {\n          call(key: $key) {\n            statistics {\n              applicationsAwarded\n              remainingAppropriation\n            }\n          }\n        }\n      ": typeof types.SyntheticCallStatisticsDocument,
    "\n    mutation TimeZoneCreateCall($input: CreateCallInput!) {\n      createCall(input: $input) {\n        id\n        opensAt\n        closesAt\n      }\n    }\n  ": typeof types.TimeZoneCreateCallDocument,
    "\n    mutation TimeZoneUpdateCall($id: ID!, $input: UpdateCallInput!) {\n      updateCall(id: $id, input: $input) {\n        id\n        opensAt\n        closesAt\n      }\n    }\n  ": typeof types.TimeZoneUpdateCallDocument,
    "\n  mutation TwoStageInviteProposal($proposalId: ID!, $callId: ID!) {\n    inviteProposal(proposalId: $proposalId, callId: $callId) {\n      ...ApplicationFields\n      call {\n        key\n      }\n      consortium {\n        id\n      }\n      proposal {\n        id\n      }\n    }\n  }\n": typeof types.TwoStageInviteProposalDocument,
    "\n          query TwoStageApplication($id: ID!) {\n            application(id: $id) {\n              status\n              call {\n                key\n              }\n            }\n          }\n        ": typeof types.TwoStageApplicationDocument,
    "\n      mutation TwoStageCreateCall($input: CreateCallInput!) {\n        createCall(input: $input) {\n          id\n        }\n      }\n    ": typeof types.TwoStageCreateCallDocument,
    "\n    query VisibilityApplication($d: ID!, $s: ID!) {\n      draft: application(id: $d) {\n        id\n        status\n        projectName {\n          fi\n        }\n        contact {\n          name\n        }\n        answers {\n          text\n        }\n        maturityAssessment {\n          level\n        }\n      }\n      submitted: application(id: $s) {\n        id\n        status\n        consortium {\n          id\n        }\n        call {\n          id\n        }\n      }\n    }\n  ": typeof types.VisibilityApplicationDocument,
    "\n    query VisibilityApplications {\n      all: applications(first: 100) {\n        totalCount\n        nodes {\n          id\n        }\n      }\n      drafts: applications(filter: { status: [DRAFT] }) {\n        totalCount\n        nodes {\n          id\n        }\n      }\n      submitted: applications(filter: { status: [SUBMITTED] }) {\n        totalCount\n        nodes {\n          id\n        }\n      }\n    }\n  ": typeof types.VisibilityApplicationsDocument,
    "\n    query VisibilityApplications2($c: ID!) {\n      byConsortium: applications(filter: { consortiumId: $c }) {\n        totalCount\n        nodes {\n          id\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      byMunicipality: applications(filter: { municipalityCode: \"049\" }) {\n        totalCount\n        nodes {\n          id\n        }\n      }\n      byCall: applications(filter: { callKey: \"2022\" }) {\n        totalCount\n        nodes {\n          id\n        }\n      }\n    }\n  ": typeof types.VisibilityApplications2Document,
    "\n    query VisibilityCall {\n      call(key: \"2022\") {\n        applications(first: 100) {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  ": typeof types.VisibilityCallDocument,
    "\n    query VisibilityConsortium($c: ID!) {\n      consortium(id: $c) {\n        id\n        name\n        members {\n          role\n          municipality {\n            code\n          }\n        }\n        applications {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  ": typeof types.VisibilityConsortiumDocument,
    "\n    query VisibilityApplication2($s: ID!) {\n      application(id: $s) {\n        consortium {\n          applications {\n            totalCount\n            nodes {\n              id\n              status\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.VisibilityApplication2Document,
    "\n    query VisibilityMunicipality {\n      lead: municipality(code: \"049\") {\n        consortia {\n          id\n        }\n        applications(first: 100) {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n      member: municipality(code: \"092\") {\n        consortia {\n          id\n          name\n        }\n        applications(first: 100) {\n          totalCount\n        }\n      }\n    }\n  ": typeof types.VisibilityMunicipalityDocument,
    "\n    query VisibilityApplicationHistory($d: ID!, $s: ID!) {\n      draft: application(id: $d) {\n        history {\n          totalCount\n          nodes {\n            action\n            changes {\n              field\n              after\n            }\n          }\n        }\n        asSubmitted {\n          summary\n        }\n      }\n      submitted: application(id: $s) {\n        history(first: 5) {\n          totalCount\n        }\n        asSubmitted {\n          summary\n        }\n      }\n    }\n  ": typeof types.VisibilityApplicationHistoryDocument,
    "\n          query VisibilityCall2 {\n            call(key: \"2022\") {\n              statistics {\n                applicationsSubmitted\n              }\n            }\n          }\n        ": typeof types.VisibilityCall2Document,
    "\n          query VisibilityApplication3($id: ID!) {\n            application(id: $id) {\n              id\n              proposalId\n            }\n          }\n        ": typeof types.VisibilityApplication3Document,
    "\n      query VisibilityChangeRequest($r: ID!) {\n        changeRequest(id: $r) {\n          id\n          justification\n        }\n      }\n    ": typeof types.VisibilityChangeRequestDocument,
    "\n      query VisibilityAwardChangeRequests($p: ID!) {\n        application(id: $p) {\n          award {\n            id\n            changeRequests {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.VisibilityAwardChangeRequestsDocument,
    "\n    query VisibilityGrantRecords($c: ID!) {\n      awards(first: 10, filter: { callId: $c }) {\n        nodes {\n          id\n          paidTotal\n          returnedTotal\n          finalReportSummary {\n            fi\n          }\n          paymentRequests {\n            id\n            status\n            claimedCosts {\n              total\n            }\n          }\n          reports {\n            id\n            outcomes\n          }\n        }\n      }\n      municipality(code: \"092\") {\n        awards(first: 10, orderBy: { field: DECISION_DATE, direction: DESC }) {\n          nodes {\n            paymentRequests {\n              id\n            }\n            reports {\n              id\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.VisibilityGrantRecordsDocument,
    "\n  query WorkshopSummary($id: ID!) {\n    call(id: $id) {\n      proposalSummary {\n        total\n        byTheme {\n          theme {\n            code\n          }\n          proposals\n        }\n        byRegion {\n          region {\n            code\n          }\n          proposals\n        }\n        bySizeClass {\n          sizeClass\n          proposals\n        }\n        publishedProjectNames {\n          fi\n        }\n      }\n    }\n  }\n": typeof types.WorkshopSummaryDocument,
    "\n  mutation WorkshopCreate($input: CreateWorkshopInput!) {\n    createWorkshop(input: $input) {\n      id\n      title {\n        fi\n      }\n      startsAt\n      startsAtLocal\n      registrationClosesAt\n      registrationClosesAtLocal\n      place\n      online\n    }\n  }\n": typeof types.WorkshopCreateDocument,
    "\n  mutation WorkshopInvite($workshopId: ID!, $proposalIds: [ID!]) {\n    inviteToWorkshop(workshopId: $workshopId, proposalIds: $proposalIds) {\n      id\n      status\n      proposal {\n        id\n      }\n    }\n  }\n": typeof types.WorkshopInviteDocument,
    "\n  query WorkshopInvitations($id: ID!) {\n    call(id: $id) {\n      workshops {\n        id\n        startsAtLocal\n        invitations {\n          status\n          proposal {\n            id\n          }\n          participants {\n            name\n            role\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkshopInvitationsDocument,
    "\n  mutation WorkshopRegister($input: RegisterForWorkshopInput!) {\n    registerForWorkshop(input: $input) {\n      status\n      respondedAt\n    }\n  }\n": typeof types.WorkshopRegisterDocument,
    "\n  mutation WorkshopDecline($workshopId: ID!, $proposalId: ID!) {\n    declineWorkshop(workshopId: $workshopId, proposalId: $proposalId) {\n      status\n    }\n  }\n": typeof types.WorkshopDeclineDocument,
    "\n  mutation WorkshopAttendance($workshopId: ID!, $proposalId: ID!, $attended: Boolean!) {\n    recordWorkshopAttendance(workshopId: $workshopId, proposalId: $proposalId, attended: $attended) {\n      status\n      attendanceRecordedAt\n    }\n  }\n": typeof types.WorkshopAttendanceDocument,
    "\n  mutation WorkshopFlag($input: FlagLookingForPartnersInput!) {\n    flagLookingForPartners(input: $input) {\n      id\n      partnerSearch {\n        wish\n      }\n    }\n  }\n": typeof types.WorkshopFlagDocument,
    "\n  query WorkshopPartnerSearches($id: ID!) {\n    call(id: $id) {\n      partnerSearches {\n        proposalId\n        projectName {\n          fi\n        }\n        leadMunicipality {\n          code\n        }\n        theme {\n          code\n        }\n        wish\n        offers {\n          municipality {\n            code\n          }\n          status\n        }\n      }\n    }\n  }\n": typeof types.WorkshopPartnerSearchesDocument,
    "\n  mutation WorkshopOffer($input: PartnerOfferInput!) {\n    offerToJoinProposal(input: $input) {\n      id\n      status\n      municipality {\n        code\n      }\n    }\n  }\n": typeof types.WorkshopOfferDocument,
    "\n  mutation WorkshopAccept($input: PartnerOfferInput!) {\n    acceptPartnerOffer(input: $input) {\n      status\n      decidedAt\n    }\n  }\n": typeof types.WorkshopAcceptDocument,
    "\n  mutation WorkshopDeclineOffer($input: PartnerOfferInput!) {\n    declinePartnerOffer(input: $input) {\n      status\n    }\n  }\n": typeof types.WorkshopDeclineOfferDocument,
    "\n  mutation WorkshopInviteProposal($proposalId: ID!, $callId: ID!) {\n    inviteProposal(proposalId: $proposalId, callId: $callId) {\n      id\n      status\n      allowPublication\n      consortium {\n        id\n        lead {\n          code\n        }\n        members {\n          municipality {\n            code\n          }\n          role\n        }\n      }\n      eligibilityIssues {\n        code\n      }\n    }\n  }\n": typeof types.WorkshopInviteProposalDocument,
    "\n  query WorkshopSubmittedChoice($id: ID!) {\n    application(id: $id) {\n      asSubmitted {\n        allowPublication\n      }\n    }\n  }\n": typeof types.WorkshopSubmittedChoiceDocument,
    "\n  query WorkshopProposal($id: ID!) {\n    application(id: $id) {\n      id\n      allowPublication\n      consortium {\n        id\n        members {\n          municipality {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkshopProposalDocument,
    "\n          mutation WorkshopPublishApplication($input: CreateApplicationInput!) {\n            createApplication(input: $input) {\n              id\n            }\n          }\n        ": typeof types.WorkshopPublishApplicationDocument,
    "\n        query WorkshopNested {\n          calls(first: 10) {\n            nodes {\n              proposalSummary {\n                total\n              }\n              workshops {\n                id\n              }\n              partnerSearches {\n                wish\n              }\n            }\n          }\n        }\n      ": typeof types.WorkshopNestedDocument,
};
const documents: Documents = {
    "\n  mutation AdoptionsRecord($input: RecordAdoptionInput!) {\n    recordAdoption(input: $input) {\n      id\n      status\n      kind\n      adoptedOn\n      description\n      decidedAt\n      municipality {\n        code\n      }\n      award {\n        id\n      }\n    }\n  }\n": types.AdoptionsRecordDocument,
    "\n  mutation AdoptionsConfirm($id: ID!) {\n    confirmAdoption(id: $id) {\n      id\n      status\n      decidedAt\n    }\n  }\n": types.AdoptionsConfirmDocument,
    "\n  mutation AdoptionsDecline($id: ID!) {\n    declineAdoption(id: $id) {\n      id\n      status\n    }\n  }\n": types.AdoptionsDeclineDocument,
    "\n  query AdoptionsRead($id: ID!) {\n    adoption(id: $id) {\n      id\n      status\n    }\n  }\n": types.AdoptionsReadDocument,
    "\n  query AdoptionsLists($callId: ID!, $code: String!) {\n    awards(filter: { callId: $callId }) {\n      nodes {\n        adoptions {\n          totalCount\n          nodes {\n            id\n            status\n            municipality {\n              code\n            }\n          }\n        }\n      }\n    }\n    municipality(code: $code) {\n      adoptedResults {\n        totalCount\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": types.AdoptionsListsDocument,
    "\n  query AdoptionsStatistics($callId: ID!) {\n    fundingStatistics(groupBy: [CALL], filter: { callId: $callId }) {\n      totalGranted\n      adoptions\n      adoptingResidents\n      residentsReachedPerEuro\n    }\n  }\n": types.AdoptionsStatisticsDocument,
    "\n  query AdoptionsByRegion {\n    adoptionsByRegion {\n      region {\n        code\n      }\n      adoptions\n      adoptionsFromOtherRegions\n      adoptingMunicipalities\n      residents\n    }\n  }\n": types.AdoptionsByRegionDocument,
    "\n  query AdoptionsNested($callId: ID!, $first: Int!) {\n    awards(first: $first, filter: { callId: $callId }) {\n      nodes {\n        adoptions(first: 3) {\n          totalCount\n          nodes {\n            municipality {\n              code\n              adoptedResults(first: 2) {\n                totalCount\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AdoptionsNestedDocument,
    "\n  query ApplicationsMunicipality {\n    municipality(code: \"091\") {\n      awards {\n        nodes {\n          application {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ApplicationsMunicipalityDocument,
    "\n          query ApplicationsCall {\n            call(key: \"2020\") {\n              themes {\n                id\n              }\n            }\n          }\n        ": types.ApplicationsCallDocument,
    "\n            query ApplicationsCall2 {\n              call(key: \"2020\") {\n                id\n                status\n                themes {\n                  id\n                }\n                questions {\n                  id\n                  code\n                }\n              }\n            }\n          ": types.ApplicationsCall2Document,
    "\n      mutation ApplicationsUpdateCall($id: ID!, $input: UpdateCallInput!) {\n        updateCall(id: $id, input: $input) {\n          title {\n            fi\n          }\n          questions {\n            code\n            required\n          }\n        }\n      }\n    ": types.ApplicationsUpdateCallDocument,
    "\n      mutation ApplicationsUpdateConsortium($id: ID!, $input: UpdateConsortiumInput!) {\n        updateConsortium(id: $id, input: $input) {\n          name\n        }\n      }\n    ": types.ApplicationsUpdateConsortiumDocument,
    "\n          query ApplicationsCall3 {\n            call(key: \"2020\") {\n              questions {\n                id\n              }\n            }\n          }\n        ": types.ApplicationsCall3Document,
    "\n          mutation ApplicationsCreateApplication($input: CreateApplicationInput!) {\n            createApplication(input: $input) {\n              id\n            }\n          }\n        ": types.ApplicationsCreateApplicationDocument,
    "\n        query ApplicationsApplication($id: ID!) {\n          application(id: $id) {\n            status\n            eligibilityIssues {\n              code\n            }\n          }\n        }\n      ": types.ApplicationsApplicationDocument,
    "\n            mutation ApplicationsCreateConsortium {\n              createConsortium(input: { name: \"Ei synny\", leadCode: \"091\", memberCodes: [\"049\"] }) {\n                id\n              }\n            }\n          ": types.ApplicationsCreateConsortiumDocument,
    "\n  query AuditEventsAuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        occurredAt\n        actorId\n        action\n        entityType\n        entityId\n        changes\n      }\n    }\n  }\n": types.AuditEventsAuditEventsDocument,
    "\n  query AuthHttpViewer {\n    viewer {\n      role\n      userId\n    }\n    awards(first: 1) {\n      totalCount\n    }\n  }\n": types.AuthHttpViewerDocument,
    "\n        query AuthHttpPublicViewer {\n          viewer {\n            role\n            userId\n          }\n          viewer2: viewer {\n            roles\n            name\n            municipalities {\n              code\n            }\n          }\n          awards(first: 1) {\n            totalCount\n          }\n        }\n      ": types.AuthHttpPublicViewerDocument,
    "\n      query AuthHttpViewer2 {\n        viewer {\n          role\n          roles\n          userId\n          name\n          municipalities {\n            code\n            name {\n              fi\n            }\n          }\n        }\n      }\n    ": types.AuthHttpViewer2Document,
    "\n        query AuthHttpViewer3 {\n          viewer {\n            role\n            userId\n            municipalities {\n              code\n            }\n          }\n        }\n      ": types.AuthHttpViewer3Document,
    "\n        query AuthHttpViewer4 {\n          viewer {\n            role\n          }\n        }\n      ": types.AuthHttpViewer4Document,
    "\n        query AuthHttpViewer5 {\n          viewer {\n            role\n            roles\n            userId\n          }\n        }\n      ": types.AuthHttpViewer5Document,
    "\n              query AuthHttpViewer6 {\n                viewer {\n                  role\n                }\n              }\n            ": types.AuthHttpViewer6Document,
    "\n  mutation AwardConcurrencyDecideAward($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n      grantedAmount\n    }\n  }\n": types.AwardConcurrencyDecideAwardDocument,
    "\n        mutation AwardConcurrencyStartReview($c: ID!) {\n          startReview(callId: $c) {\n            id\n          }\n        }\n      ": types.AwardConcurrencyStartReviewDocument,
    "\n  mutation AwardDecideAward($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n      grantedAmount\n      decisionDate\n      decisionNumber\n      conditions\n      projectDeadline\n      application {\n        id\n        status\n      }\n      leadMunicipality {\n        code\n      }\n      municipalities {\n        code\n      }\n    }\n  }\n": types.AwardDecideAwardDocument,
    "\n  mutation AwardRejectApplication($a: ID!, $reason: String!) {\n    rejectApplication(applicationId: $a, reason: $reason) {\n      id\n      status\n      rejectionReason\n    }\n  }\n": types.AwardRejectApplicationDocument,
    "\n  query AwardCall($id: ID!) {\n    call(id: $id) {\n      status\n      decisionDate\n      statistics {\n        totalAwarded\n        remainingAppropriation\n      }\n    }\n  }\n": types.AwardCallDocument,
    "\n        mutation AwardStartReview($c: ID!) {\n          startReview(callId: $c) {\n            id\n          }\n        }\n      ": types.AwardStartReviewDocument,
    "\n        query AwardCall2 {\n          call(key: \"2020\") {\n            sv: decisionList {\n              language\n              items\n              text\n            }\n            fi: decisionList(lang: FI) {\n              language\n              items\n            }\n          }\n        }\n      ": types.AwardCall2Document,
    "\n        mutation AwardStartReview2($c: ID!) {\n          startReview(callId: $c) {\n            id\n            status\n          }\n        }\n      ": types.AwardStartReview2Document,
    "\n          mutation AwardAssignReviewer($a: ID!, $r: ID!) {\n            assignReviewer(applicationId: $a, reviewerId: $r) {\n              id\n            }\n          }\n        ": types.AwardAssignReviewerDocument,
    "\n          mutation AwardSaveEvaluation($a: ID!, $input: SaveEvaluationInput!) {\n            saveEvaluation(applicationId: $a, input: $input) {\n              id\n            }\n          }\n        ": types.AwardSaveEvaluationDocument,
    "\n          mutation AwardSubmitEvaluation($id: ID!) {\n            submitEvaluation(id: $id) {\n              status\n            }\n          }\n        ": types.AwardSubmitEvaluationDocument,
    "\n      query AwardCall3($id: ID!) {\n        call(id: $id) {\n          ranking {\n            rank\n            weightedScore\n            evaluationCount\n            application {\n              id\n            }\n          }\n        }\n      }\n    ": types.AwardCall3Document,
    "\n        query AwardCall4($id: ID!) {\n          call(id: $id) {\n            status\n            decisionList {\n              items\n            }\n          }\n        }\n      ": types.AwardCall4Document,
    "\n  mutation CallsAdminCreateCall($input: CreateCallInput!) {\n    createCall(input: $input) {\n      ...CallFields\n    }\n  }\n": types.CallsAdminCreateCallDocument,
    "\n  mutation CallsAdminUpdateCall($id: ID!, $input: UpdateCallInput!) {\n    updateCall(id: $id, input: $input) {\n      ...CallFields\n      description {\n        en\n      }\n    }\n  }\n": types.CallsAdminUpdateCallDocument,
    "\n  mutation CallsAdminPublishCall($id: ID!) {\n    publishCall(id: $id) {\n      id\n      status\n    }\n  }\n": types.CallsAdminPublishCallDocument,
    "\n      query CallsAdminCall($id: ID!) {\n        call(id: $id) {\n          key\n        }\n      }\n    ": types.CallsAdminCallDocument,
    "\n            query CallsAdminCall2($id: ID!) {\n              call(id: $id) {\n                status\n              }\n            }\n          ": types.CallsAdminCall2Document,
    "\n            query CallsAdminCall3 {\n              call(key: \"bad-input\") {\n                id\n              }\n            }\n          ": types.CallsAdminCall3Document,
    "\n          query CallsAdminCall4 {\n            call(key: \"2020\") {\n              id\n            }\n          }\n        ": types.CallsAdminCall4Document,
    "\n  mutation ChangeRequestsDecideAward($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n    }\n  }\n": types.ChangeRequestsDecideAwardDocument,
    "\n  fragment ChangeRequestsBudget on Budget {\n    staff\n    travel\n    premises\n    purchasedServices\n    other\n    total\n  }\n": types.ChangeRequestsBudgetFragmentDoc,
    "\n  fragment ChangeRequestFields on ChangeRequest {\n    id\n    kind\n    status\n    justification\n    projectEnd\n    budget {\n      ...ChangeRequestsBudget\n    }\n    addMunicipalities {\n      code\n    }\n    removeMunicipalities {\n      code\n    }\n    decisionReason\n    decidedAt\n    version\n    amendmentNumber\n    termsBefore {\n      projectEnd\n      approvedBudget {\n        staff\n        total\n      }\n      municipalities {\n        code\n      }\n    }\n  }\n": types.ChangeRequestFieldsFragmentDoc,
    "\n  mutation ChangeRequestsRequest($awardId: ID!, $input: RequestChangeInput!) {\n    requestChange(awardId: $awardId, input: $input) {\n      ...ChangeRequestFields\n    }\n  }\n": types.ChangeRequestsRequestDocument,
    "\n  mutation ChangeRequestsApprove($id: ID!, $reason: String) {\n    approveChangeRequest(id: $id, reason: $reason) {\n      ...ChangeRequestFields\n    }\n  }\n": types.ChangeRequestsApproveDocument,
    "\n  mutation ChangeRequestsReject($id: ID!, $reason: String!) {\n    rejectChangeRequest(id: $id, reason: $reason) {\n      ...ChangeRequestFields\n    }\n  }\n": types.ChangeRequestsRejectDocument,
    "\n  mutation ChangeRequestsWithdraw($id: ID!) {\n    withdrawChangeRequest(id: $id) {\n      ...ChangeRequestFields\n    }\n  }\n": types.ChangeRequestsWithdrawDocument,
    "\n  query ChangeRequestsAward($id: ID!) {\n    changeRequest(id: $id) {\n      id\n      status\n      award {\n        id\n      }\n    }\n  }\n": types.ChangeRequestsAwardDocument,
    "\n  query ChangeRequestsAwardTerms($callId: ID!) {\n    call(id: $callId) {\n      awards(first: 5) {\n        nodes {\n          id\n          projectStart\n          projectEnd\n          approvedBudget {\n            ...ChangeRequestsBudget\n          }\n          municipalities {\n            code\n          }\n          application {\n            consortium {\n              members {\n                role\n                municipality {\n                  code\n                }\n              }\n            }\n          }\n          originalDecision {\n            projectStart\n            projectEnd\n            approvedBudget {\n              ...ChangeRequestsBudget\n            }\n            municipalities {\n              code\n            }\n          }\n          changeRequests {\n            id\n            kind\n            status\n          }\n        }\n      }\n    }\n  }\n": types.ChangeRequestsAwardTermsDocument,
    "\n  mutation ConsortiaCreateConsortium($input: CreateConsortiumInput!) {\n    createConsortium(input: $input) {\n      id\n    }\n  }\n": types.ConsortiaCreateConsortiumDocument,
    "\n  mutation ConsortiaUpdateConsortium($id: ID!, $v: Int, $input: UpdateConsortiumInput!) {\n    updateConsortium(id: $id, expectedVersion: $v, input: $input) {\n      id\n      name\n      version\n      partners\n      members {\n        role\n        municipality {\n          code\n        }\n      }\n    }\n  }\n": types.ConsortiaUpdateConsortiumDocument,
    "\n  query ConsortiaConsortium($id: ID!) {\n    consortium(id: $id) {\n      name\n      lead {\n        code\n      }\n      members {\n        role\n        municipality {\n          code\n        }\n      }\n    }\n  }\n": types.ConsortiaConsortiumDocument,
    "\n          query ConsortiaCall {\n            call(key: \"2020\") {\n              id\n            }\n          }\n        ": types.ConsortiaCallDocument,
    "\n  mutation DeadlineRushSubmitApplication($id: ID!) {\n    submitApplication(id: $id) {\n      id\n      status\n      referenceNumber\n    }\n  }\n": types.DeadlineRushSubmitApplicationDocument,
    "\n  mutation DeadlineRushCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n    }\n  }\n": types.DeadlineRushCreateApplicationDocument,
    "\n  mutation DeadlineRushUpdateApplication($id: ID!, $v: Int!, $input: UpdateApplicationInput!) {\n    updateApplication(id: $id, expectedVersion: $v, input: $input) {\n      id\n      version\n      projectName {\n        fi\n      }\n    }\n  }\n": types.DeadlineRushUpdateApplicationDocument,
    "\n  mutation DeadlineRushSaveEvaluation($a: ID!, $input: SaveEvaluationInput!) {\n    saveEvaluation(applicationId: $a, input: $input) {\n      id\n    }\n  }\n": types.DeadlineRushSaveEvaluationDocument,
    "\n  mutation DeadlineRushDecideAward($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n      grantedAmount\n    }\n  }\n": types.DeadlineRushDecideAwardDocument,
    "\n          mutation DeadlineRushStartReview($c: ID!) {\n            startReview(callId: $c) {\n              id\n            }\n          }\n        ": types.DeadlineRushStartReviewDocument,
    "\n          mutation DeadlineRushStartReview2($c: ID!) {\n            startReview(callId: $c) {\n              id\n            }\n          }\n        ": types.DeadlineRushStartReview2Document,
    "\n  query DecisionDocumentAwards($lang: Language) {\n    awards(first: 100) {\n      nodes {\n        id\n        decisionDocument(lang: $lang)\n      }\n    }\n  }\n": types.DecisionDocumentAwardsDocument,
    "\n  query DecisionDocumentPage($first: Int!) {\n    awards(first: $first) {\n      nodes {\n        decisionDocument(lang: SV)\n      }\n    }\n  }\n": types.DecisionDocumentPageDocument,
    "\n  mutation DecisionDocumentDecide($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n      decisionDocument\n    }\n  }\n": types.DecisionDocumentDecideDocument,
    "\n  mutation DecisionDocumentStartReview($c: ID!) {\n    startReview(callId: $c) {\n      id\n    }\n  }\n": types.DecisionDocumentStartReviewDocument,
    "\n  query DocumentsOfAward($key: String!) {\n    awards(filter: { callKey: $key }, first: 10) {\n      nodes {\n        id\n        hasAgreement\n        documents {\n          id\n          kind\n          fileName\n          mediaType\n          byteSize\n          sha256\n          uploadedAt\n          url\n        }\n      }\n    }\n  }\n": types.DocumentsOfAwardDocument,
    "\n  mutation ErrorShapesDecideAward($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n    }\n  }\n": types.ErrorShapesDecideAwardDocument,
    "\n  mutation ErrorShapesAssignReviewer($a: ID!, $r: ID!) {\n    assignReviewer(applicationId: $a, reviewerId: $r) {\n      id\n    }\n  }\n": types.ErrorShapesAssignReviewerDocument,
    "\n        query ErrorShapesViewer {\n          viewer {\n            role\n          }\n        }\n      ": types.ErrorShapesViewerDocument,
    "\n        mutation ErrorShapesStartReview($c: ID!) {\n          startReview(callId: $c) {\n            id\n          }\n        }\n      ": types.ErrorShapesStartReviewDocument,
    "\n        query ErrorShapesAwards {\n          awards(filter: { callKey: \"1999\" }) {\n            totalCount\n          }\n        }\n      ": types.ErrorShapesAwardsDocument,
    "\n          mutation ErrorShapesUpdateConsortium($id: ID!, $v: Int, $input: UpdateConsortiumInput!) {\n            updateConsortium(id: $id, expectedVersion: $v, input: $input) {\n              id\n            }\n          }\n        ": types.ErrorShapesUpdateConsortiumDocument,
    "\n          mutation ErrorShapesUpdateConsortium2($id: ID!, $input: UpdateConsortiumInput!) {\n            updateConsortium(id: $id, input: $input) {\n              id\n            }\n          }\n        ": types.ErrorShapesUpdateConsortium2Document,
    "\n          mutation ErrorShapesUpdateCall($id: ID!, $input: UpdateCallInput!) {\n            updateCall(id: $id, input: $input) {\n              id\n            }\n          }\n        ": types.ErrorShapesUpdateCallDocument,
    "\n          mutation ErrorShapesPublishCall($id: ID!) {\n            publishCall(id: $id) {\n              id\n            }\n          }\n        ": types.ErrorShapesPublishCallDocument,
    "\n          mutation ErrorShapesStartReview2($c: ID!) {\n            startReview(callId: $c) {\n              id\n            }\n          }\n        ": types.ErrorShapesStartReview2Document,
    "\n          mutation ErrorShapesSaveEvaluation($a: ID!, $input: SaveEvaluationInput!) {\n            saveEvaluation(applicationId: $a, input: $input) {\n              id\n            }\n          }\n        ": types.ErrorShapesSaveEvaluationDocument,
    "\n            mutation ErrorShapesDeclareConflictOfInterest($a: ID!, $reason: String!) {\n              declareConflictOfInterest(applicationId: $a, reason: $reason) {\n                id\n              }\n            }\n          ": types.ErrorShapesDeclareConflictOfInterestDocument,
    "\n            mutation ErrorShapesSaveEvaluation2($a: ID!, $input: SaveEvaluationInput!) {\n              saveEvaluation(applicationId: $a, input: $input) {\n                id\n              }\n            }\n          ": types.ErrorShapesSaveEvaluation2Document,
    "\n            mutation ErrorShapesUnassignReviewer($a: ID!, $r: ID!) {\n              unassignReviewer(applicationId: $a, reviewerId: $r) {\n                id\n              }\n            }\n          ": types.ErrorShapesUnassignReviewerDocument,
    "\n          mutation ErrorShapesSubmitEvaluation($id: ID!) {\n            submitEvaluation(id: $id) {\n              id\n            }\n          }\n        ": types.ErrorShapesSubmitEvaluationDocument,
    "\n          query ErrorShapesCalls {\n            calls {\n              nodes {\n                key\n              }\n            }\n          }\n        ": types.ErrorShapesCallsDocument,
    "\n            query ErrorShapesCalls2 {\n              calls {\n                nodes {\n                  key\n                }\n              }\n            }\n          ": types.ErrorShapesCalls2Document,
    "\n              query ErrorShapes__typename {\n                __typename\n              }\n            ": types.ErrorShapes__TypenameDocument,
    "\n  mutation VoidingSave($a: ID!, $input: SaveEvaluationInput!) {\n    saveEvaluation(applicationId: $a, input: $input) {\n      id\n    }\n  }\n": types.VoidingSaveDocument,
    "\n  mutation VoidingSubmit($id: ID!) {\n    submitEvaluation(id: $id) {\n      id\n      status\n    }\n  }\n": types.VoidingSubmitDocument,
    "\n  mutation VoidingDeclare($id: ID!, $reason: String!) {\n    declareConflictAfterSubmission(evaluationId: $id, reason: $reason) {\n      id\n      status\n      conflictDeclaredAt\n      conflictDeclaration\n    }\n  }\n": types.VoidingDeclareDocument,
    "\n  mutation VoidingVoid($id: ID!, $reason: String!) {\n    voidEvaluation(id: $id, reason: $reason) {\n      id\n      status\n      voidedAt\n      voidReason\n      submittedAt\n    }\n  }\n": types.VoidingVoidDocument,
    "\n  query VoidingSummary($id: ID!) {\n    application(id: $id) {\n      evaluations {\n        id\n        status\n        voidReason\n      }\n      evaluationSummary {\n        count\n        weightedScore\n        criteria {\n          mean\n          count\n        }\n      }\n      call {\n        ranking {\n          application {\n            id\n          }\n          weightedScore\n          evaluationCount\n        }\n      }\n    }\n  }\n": types.VoidingSummaryDocument,
    "\n  query VoidingRanked($first: Int, $after: String, $direction: SortDirection!, $callId: ID!) {\n    applications(\n      first: $first\n      after: $after\n      filter: { callId: $callId }\n      orderBy: { field: WEIGHTED_SCORE, direction: $direction }\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.VoidingRankedDocument,
    "\n        query FederationEvaluationTypename {\n          __typename\n        }\n      ": types.FederationEvaluationTypenameDocument,
    "\n        query FederationEvaluationTypename2 {\n          __typename\n        }\n      ": types.FederationEvaluationTypename2Document,
    "\n  query FilteredAwards($f: AwardFilter) {\n    awards(first: 100, filter: $f) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": types.FilteredAwardsDocument,
    "\n  query FilteredApplications($f: ApplicationFilter) {\n    applications(first: 100, filter: $f) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": types.FilteredApplicationsDocument,
    "\n  query TallyCallStatistics($key: String!) {\n    call(key: $key) {\n      statistics {\n        applicationsSubmitted\n        applicationsAwarded\n        totalRequested\n        totalAwarded\n        grantsDecided\n      }\n    }\n  }\n": types.TallyCallStatisticsDocument,
    "\n  query TallyByMember($key: String!) {\n    fundingStatistics(groupBy: [MUNICIPALITY], municipalityRole: MEMBER, filter: { callKey: $key }) {\n      municipality {\n        code\n      }\n      applicationsSubmitted\n      applicationsAwarded\n      totalRequested\n      totalGranted\n    }\n  }\n": types.TallyByMemberDocument,
    "\n  mutation TallyStartReview($c: ID!) {\n    startReview(callId: $c) {\n      id\n    }\n  }\n": types.TallyStartReviewDocument,
    "\n  mutation TallyDecide($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n    }\n  }\n": types.TallyDecideDocument,
    "\n  mutation TallyPay($a: ID!, $input: PaymentRequestInput!) {\n    submitPaymentRequest(awardId: $a, input: $input) {\n      id\n    }\n  }\n": types.TallyPayDocument,
    "\n  mutation TallyApprovePayment($id: ID!, $input: ApprovePaymentRequestInput!) {\n    approvePaymentRequest(id: $id, input: $input) {\n      id\n    }\n  }\n": types.TallyApprovePaymentDocument,
    "\n  mutation TallyReport($a: ID!, $input: ReportInput!) {\n    submitReport(awardId: $a, input: $input) {\n      id\n    }\n  }\n": types.TallyReportDocument,
    "\n  mutation TallyApproveReport($id: ID!) {\n    approveReport(id: $id) {\n      id\n    }\n  }\n": types.TallyApproveReportDocument,
    "\n  mutation TallyRecover($a: ID!, $amount: Decimal!) {\n    recordRecovery(awardId: $a, amount: $amount) {\n      id\n    }\n  }\n": types.TallyRecoverDocument,
    "\n  mutation TallyReject($a: ID!, $r: String!) {\n    rejectApplication(applicationId: $a, reason: $r) {\n      id\n      status\n    }\n  }\n": types.TallyRejectDocument,
    "\n  mutation GrantJourneyStartReview($call: ID!) {\n    startReview(callId: $call) {\n      id\n    }\n  }\n": types.GrantJourneyStartReviewDocument,
    "\n  mutation GrantJourneyDecide($application: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $application, input: $input) {\n      id\n      grantedAmount\n      projectStart\n      projectEnd\n      approvedBudget {\n        staff\n        purchasedServices\n        total\n      }\n      paidTotal\n      returnedTotal\n    }\n  }\n": types.GrantJourneyDecideDocument,
    "\n  mutation GrantJourneySubmitPayment($award: ID!, $input: PaymentRequestInput!) {\n    submitPaymentRequest(awardId: $award, input: $input) {\n      id\n      number\n      status\n      final\n      claimedCosts {\n        total\n      }\n      paidAmount\n    }\n  }\n": types.GrantJourneySubmitPaymentDocument,
    "\n  mutation GrantJourneyApprovePayment($id: ID!, $input: ApprovePaymentRequestInput!) {\n    approvePaymentRequest(id: $id, input: $input) {\n      id\n      status\n      paidAmount\n      approvedCosts {\n        staff\n        purchasedServices\n        total\n      }\n      award {\n        paidTotal\n        returnedTotal\n        recoveryClaim\n        recoveredTotal\n        settledAt\n      }\n    }\n  }\n": types.GrantJourneyApprovePaymentDocument,
    "\n  mutation GrantJourneyRequestChange($award: ID!, $input: RequestChangeInput!) {\n    requestChange(awardId: $award, input: $input) {\n      id\n      kind\n      status\n      projectEnd\n    }\n  }\n": types.GrantJourneyRequestChangeDocument,
    "\n  mutation GrantJourneyApproveChange($id: ID!, $reason: String) {\n    approveChangeRequest(id: $id, reason: $reason) {\n      id\n      status\n      amendmentNumber\n      termsBefore {\n        projectEnd\n      }\n    }\n  }\n": types.GrantJourneyApproveChangeDocument,
    "\n  mutation GrantJourneySubmitReport($award: ID!, $input: ReportInput!) {\n    submitReport(awardId: $award, input: $input) {\n      id\n      kind\n      status\n    }\n  }\n": types.GrantJourneySubmitReportDocument,
    "\n  mutation GrantJourneyApproveReport($id: ID!) {\n    approveReport(id: $id) {\n      id\n      status\n    }\n  }\n": types.GrantJourneyApproveReportDocument,
    "\n  mutation GrantJourneyRecordRecovery($award: ID!, $amount: Decimal!) {\n    recordRecovery(awardId: $award, amount: $amount) {\n      id\n      recoveryClaim\n      recoveredTotal\n    }\n  }\n": types.GrantJourneyRecordRecoveryDocument,
    "\n  query GrantJourneyPublicView($call: ID!) {\n    call(id: $call) {\n      appropriation\n      statistics {\n        totalAwarded\n        totalPaid\n        totalReturned\n        totalRecovered\n        remainingAppropriation\n      }\n      awards(first: 5) {\n        nodes {\n          id\n          grantedAmount\n          projectStart\n          projectEnd\n          originalDecision {\n            projectStart\n            projectEnd\n          }\n          paidTotal\n          returnedTotal\n          finalReportSummary {\n            fi\n            sv\n          }\n        }\n      }\n    }\n  }\n": types.GrantJourneyPublicViewDocument,
    "\n  query GrantJourneyGrantFile($call: ID!) {\n    call(id: $call) {\n      awards(first: 5) {\n        nodes {\n          id\n          hasAgreement\n          documents {\n            kind\n            fileName\n            mediaType\n          }\n          paymentRequests {\n            number\n            final\n            status\n            paidAmount\n            approvedCosts {\n              total\n            }\n          }\n          reports {\n            kind\n            status\n          }\n          changeRequests {\n            kind\n            status\n            amendmentNumber\n          }\n          recoveryClaim\n          recoveredTotal\n          settledAt\n        }\n      }\n    }\n  }\n": types.GrantJourneyGrantFileDocument,
    "\n  mutation GrantMoneyStartReview($c: ID!) {\n    startReview(callId: $c) {\n      id\n    }\n  }\n": types.GrantMoneyStartReviewDocument,
    "\n  mutation GrantMoneyDecide($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n      paidTotal\n      returnedTotal\n    }\n  }\n": types.GrantMoneyDecideDocument,
    "\n  mutation GrantMoneySubmitPayment($award: ID!, $input: PaymentRequestInput!) {\n    submitPaymentRequest(awardId: $award, input: $input) {\n      id\n      number\n      status\n      final\n      claimedCosts {\n        staff\n        total\n      }\n      approvedCosts {\n        total\n      }\n      paidAmount\n    }\n  }\n": types.GrantMoneySubmitPaymentDocument,
    "\n  mutation GrantMoneyResubmitPayment($id: ID!, $input: PaymentRequestInput!) {\n    resubmitPaymentRequest(id: $id, input: $input) {\n      id\n      status\n      version\n      claimedCosts {\n        total\n      }\n    }\n  }\n": types.GrantMoneyResubmitPaymentDocument,
    "\n  mutation GrantMoneyApprovePayment($id: ID!, $input: ApprovePaymentRequestInput!) {\n    approvePaymentRequest(id: $id, input: $input) {\n      id\n      status\n      paidAmount\n      decisionReason\n      approvedCosts {\n        staff\n        travel\n        total\n      }\n      award {\n        id\n        paidTotal\n        returnedTotal\n        recoveryClaim\n        settledAt\n      }\n    }\n  }\n": types.GrantMoneyApprovePaymentDocument,
    "\n  mutation GrantMoneyReturnPayment($id: ID!, $reason: String!) {\n    returnPaymentRequest(id: $id, reason: $reason) {\n      id\n      status\n      decisionReason\n    }\n  }\n": types.GrantMoneyReturnPaymentDocument,
    "\n  mutation GrantMoneyRecordRecovery($award: ID!, $amount: Decimal!) {\n    recordRecovery(awardId: $award, amount: $amount) {\n      id\n      recoveryClaim\n      recoveredTotal\n    }\n  }\n": types.GrantMoneyRecordRecoveryDocument,
    "\n  mutation GrantMoneySubmitReport($award: ID!, $input: ReportInput!) {\n    submitReport(awardId: $award, input: $input) {\n      id\n      kind\n      status\n      version\n      indicators {\n        name\n        value\n        unit\n      }\n    }\n  }\n": types.GrantMoneySubmitReportDocument,
    "\n  mutation GrantMoneyApproveReport($id: ID!) {\n    approveReport(id: $id) {\n      id\n      status\n    }\n  }\n": types.GrantMoneyApproveReportDocument,
    "\n  mutation GrantMoneyReturnReport($id: ID!, $reason: String!) {\n    returnReport(id: $id, reason: $reason) {\n      id\n      status\n      returnReason\n    }\n  }\n": types.GrantMoneyReturnReportDocument,
    "\n  query GrantMoneyStatistics($key: String!) {\n    call(key: $key) {\n      appropriation\n      statistics {\n        totalAwarded\n        totalPaid\n        totalReturned\n        totalRecovered\n        remainingAppropriation\n      }\n    }\n  }\n": types.GrantMoneyStatisticsDocument,
    "\n  query GrantMoneyPublicAward($key: ID!) {\n    awards(first: 5, filter: { callId: $key }) {\n      nodes {\n        id\n        paidTotal\n        returnedTotal\n        finalReportSummary {\n          fi\n          sv\n        }\n        paymentRequests {\n          id\n        }\n        reports {\n          id\n        }\n      }\n    }\n  }\n": types.GrantMoneyPublicAwardDocument,
    "\n  query GrantMoneyAwardRecovery($key: ID!) {\n    awards(first: 5, filter: { callId: $key }) {\n      nodes {\n        id\n        recoveryClaim\n        recoveredTotal\n      }\n    }\n  }\n": types.GrantMoneyAwardRecoveryDocument,
    "\n  query GrantMoneyOverdue($call: ID, $key: String, $overdue: Boolean!) {\n    awards(first: 50, filter: { callId: $call, callKey: $key, reportOverdue: $overdue }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": types.GrantMoneyOverdueDocument,
    "\n  query GrantMoneyAttachments($call: ID!) {\n    awards(first: 5, filter: { callId: $call }) {\n      nodes {\n        paymentRequests {\n          id\n          documents {\n            kind\n            fileName\n          }\n        }\n        reports {\n          id\n          documents {\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.GrantMoneyAttachmentsDocument,
    "\n  mutation GrantTermsCreateCall($input: CreateCallInput!) {\n    createCall(input: $input) {\n      id\n      projectDeadline\n      reportDueMonths\n      interimReportDue\n      latestProjectEnd\n    }\n  }\n": types.GrantTermsCreateCallDocument,
    "\n  mutation GrantTermsUpdateCall($id: ID!, $input: UpdateCallInput!) {\n    updateCall(id: $id, input: $input) {\n      id\n      reportDueMonths\n      interimReportDue\n      latestProjectEnd\n    }\n  }\n": types.GrantTermsUpdateCallDocument,
    "\n  query GrantTermsCall($key: String!) {\n    call(key: $key) {\n      id\n      projectDeadline\n      reportDueMonths\n      interimReportDue\n      latestProjectEnd\n    }\n  }\n": types.GrantTermsCallDocument,
    "\n  mutation GrantTermsStartReview($c: ID!) {\n    startReview(callId: $c) {\n      id\n    }\n  }\n": types.GrantTermsStartReviewDocument,
    "\n  mutation GrantTermsDecide($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n      projectStart\n      projectEnd\n      approvedBudget {\n        staff\n        travel\n        premises\n        purchasedServices\n        other\n        total\n      }\n    }\n  }\n": types.GrantTermsDecideDocument,
    "\n  query GrantTermsAwards($key: String!) {\n    call(key: $key) {\n      awards(first: 3) {\n        nodes {\n          id\n          projectStart\n          projectEnd\n          approvedBudget {\n            total\n          }\n        }\n      }\n    }\n  }\n": types.GrantTermsAwardsDocument,
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
    "\n  mutation HistoryUpdateCall($id: ID!, $input: UpdateCallInput!) {\n    updateCall(id: $id, input: $input) {\n      id\n    }\n  }\n": types.HistoryUpdateCallDocument,
    "\n  mutation HistoryCreateCall($input: CreateCallInput!) {\n    createCall(input: $input) {\n      id\n    }\n  }\n": types.HistoryCreateCallDocument,
    "\n  mutation HistoryPublishCall($id: ID!) {\n    publishCall(id: $id) {\n      id\n    }\n  }\n": types.HistoryPublishCallDocument,
    "\n  query HistoryCall($id: ID!, $first: Int, $after: String) {\n    call(id: $id) {\n      title {\n        fi\n      }\n      asPublished {\n        publishedAt\n        title {\n          fi\n          en\n        }\n        appropriation\n        themes {\n          code\n          title {\n            en\n          }\n        }\n        criteria {\n          code\n          weight\n        }\n        questions {\n          code\n          required\n        }\n        conditions {\n          fi\n        }\n      }\n      history(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          at\n          action\n          actor {\n            role\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": types.HistoryCallDocument,
    "\n  query HistoryActorNames($id: ID!) {\n    call(id: $id) {\n      history {\n        nodes {\n          actor {\n            role\n            name\n          }\n        }\n      }\n    }\n  }\n": types.HistoryActorNamesDocument,
    "\n  mutation HistoryUpdateConsortium($id: ID!, $input: UpdateConsortiumInput!) {\n    updateConsortium(id: $id, input: $input) {\n      id\n    }\n  }\n": types.HistoryUpdateConsortiumDocument,
    "\n  query HistoryApplicationPublic($id: ID!) {\n    application(id: $id) {\n      summary\n      asSubmitted {\n        referenceNumber\n        submittedAt\n        consortiumName\n        summary\n        requestedAmount\n        projectName {\n          fi\n        }\n        theme {\n          code\n        }\n        budget {\n          staff\n          total\n        }\n        members {\n          role\n          municipality {\n            code\n          }\n        }\n      }\n      history {\n        nodes {\n          action\n          actor {\n            role\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": types.HistoryApplicationPublicDocument,
    "\n  query HistoryApplicationPrivate($id: ID!) {\n    application(id: $id) {\n      asSubmitted {\n        answers {\n          question {\n            code\n          }\n          text\n        }\n        contact {\n          name\n          email\n        }\n      }\n    }\n  }\n": types.HistoryApplicationPrivateDocument,
    "\n  query HistorySubmittedContact($id: ID!) {\n    application(id: $id) {\n      asSubmitted {\n        contact {\n          email\n        }\n      }\n    }\n  }\n": types.HistorySubmittedContactDocument,
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
    "\n  query LoadersAwards($first: Int) {\n    awards(first: $first, orderBy: { field: AMOUNT, direction: DESC }) {\n      totalCount\n      nodes {\n        grantedAmount\n        call {\n          key\n          themes {\n            code\n          }\n          criteria {\n            code\n          }\n          questions {\n            code\n          }\n          conditions {\n            fi\n          }\n          statistics {\n            totalAwarded\n          }\n        }\n        leadMunicipality {\n          code\n          region {\n            code\n          }\n          fundingTotal(year: 2020)\n        }\n        municipalities {\n          code\n          name {\n            text\n          }\n        }\n        application {\n          projectName {\n            text\n          }\n          award {\n            id\n          }\n          theme {\n            code\n          }\n          consortium {\n            name\n            lead {\n              code\n            }\n            members {\n              role\n              municipality {\n                code\n                region {\n                  code\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.LoadersAwardsDocument,
    "\n  query LoadersMunicipalities($first: Int) {\n    municipalities(first: $first, filter: { regionCode: \"01\" }) {\n      nodes {\n        code\n        region {\n          code\n          name {\n            sv\n          }\n        }\n        consortia {\n          id\n        }\n        fundingTotal\n        awards(first: 5) {\n          totalCount\n        }\n      }\n    }\n  }\n": types.LoadersMunicipalitiesDocument,
    "\n        query LoadersMunicipality {\n          hausjarvi: municipality(code: \"086\") {\n            consortia {\n              lead {\n                code\n              }\n              members {\n                municipality {\n                  code\n                }\n              }\n            }\n          }\n          loppi: municipality(code: \"433\") {\n            consortia {\n              lead {\n                code\n              }\n            }\n          }\n          riihimaki: municipality(code: \"694\") {\n            consortia {\n              lead {\n                code\n              }\n            }\n          }\n        }\n      ": types.LoadersMunicipalityDocument,
    "\n      query MetricsProbe {\n        call(key: \"2020\") {\n          key\n        }\n      }\n    ": types.MetricsProbeDocument,
    "\n        query TooLong {\n          awards(first: 1000) {\n            totalCount\n          }\n        }\n      ": types.TooLongDocument,
    "\n        query WithBadToken {\n          __typename\n        }\n      ": types.WithBadTokenDocument,
    "\n          query MetricsCall {\n            call(key: \"2020\") {\n              key\n              title {\n                fi\n              }\n            }\n          }\n        ": types.MetricsCallDocument,
    "\n            query MetricsCall2 {\n              call(key: \"2020\") {\n                key\n              }\n            }\n          ": types.MetricsCall2Document,
    "\n  query OverlapsOfApplication($id: ID!) {\n    application(id: $id) {\n      overlaps {\n        reasons\n        similarity\n        application {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.OverlapsOfApplicationDocument,
    "\n  query OverlapsOfCall($callId: ID!, $first: Int!) {\n    applications(first: $first, filter: { callId: $callId }) {\n      nodes {\n        id\n        overlaps {\n          reasons\n          application {\n            id\n            award {\n              grantedAmount\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OverlapsOfCallDocument,
    "\n        query PublicApiCall {\n          call(key: \"2020\") {\n            key\n            year\n            stage\n            status\n            timeZone\n            closesAt\n            opensAt\n            appropriation\n            minMunicipalities\n            excludedSectors\n            title {\n              fi\n              sv\n              en\n              text\n            }\n            themes {\n              code\n              title {\n                fi\n              }\n            }\n            questions {\n              code\n              required\n            }\n            publishedStatistics {\n              applicationsReceived\n              grantsAwarded\n              totalAwarded\n            }\n            statistics {\n              applicationsAwarded\n              totalAwarded\n              remainingAppropriation\n            }\n            awards(first: 1) {\n              totalCount\n            }\n          }\n        }\n      ": types.PublicApiCallDocument,
    "\n        query PublicApiMunicipality {\n          municipality(code: \"091\") {\n            code\n            kind\n            population\n            name {\n              fi\n              sv\n            }\n            region {\n              code\n              name {\n                fi\n                sv\n              }\n            }\n            awards {\n              nodes {\n                grantedAmount\n                application {\n                  projectName {\n                    fi\n                  }\n                }\n              }\n            }\n            fundingTotal(year: 2020)\n          }\n        }\n      ": types.PublicApiMunicipalityDocument,
    "\n          query PublicApiMunicipalities($search: String!) {\n            municipalities(filter: { search: $search }) {\n              nodes {\n                code\n                name {\n                  fi\n                  sv\n                }\n              }\n            }\n          }\n        ": types.PublicApiMunicipalitiesDocument,
    "\n      query PublicApiCall2 {\n        call(key: \"2020\") {\n          title {\n            text\n            sv: text(lang: SV)\n          }\n        }\n        swedishOnly: call(key: \"2018\") {\n          title {\n            text\n          }\n        }\n      }\n    ": types.PublicApiCall2Document,
    "\n            query PublicApiMunicipalities2($validOn: Date) {\n              municipalities(filter: { validOn: $validOn }) {\n                totalCount\n              }\n            }\n          ": types.PublicApiMunicipalities2Document,
    "\n        query PublicApiAwards {\n          awards(orderBy: { field: AMOUNT, direction: DESC }, first: 3) {\n            nodes {\n              grantedAmount\n              leadMunicipality {\n                code\n                name {\n                  fi\n                }\n              }\n            }\n          }\n        }\n      ": types.PublicApiAwardsDocument,
    "\n          query PublicApiAwards2($after: String) {\n            awards(first: 10, after: $after, filter: { year: 2020 }) {\n              totalCount\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n              edges {\n                cursor\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.PublicApiAwards2Document,
    "\n  fragment PublicRecordSourceFields on Source {\n    key\n    kind\n    language\n    title {\n      fi\n      sv\n      en\n    }\n    publisher {\n      fi\n      sv\n      en\n    }\n    publishedOn\n    publishedAt\n    url\n  }\n": types.PublicRecordSourceFieldsFragmentDoc,
    "\n          query PublicRecordCall {\n            call(key: \"2018\") {\n              publishedStatistics {\n                grantsAwarded\n              }\n              publishedDecisions {\n                listPosition\n                decisionDate\n                asPrinted\n                amountPublished\n                grantedAmount\n                lead {\n                  code\n                }\n                recipients {\n                  code\n                  name {\n                    sv\n                  }\n                }\n                projectName {\n                  fi\n                  sv\n                  en\n                }\n                conditions {\n                  sv\n                  en\n                }\n                award {\n                  id\n                }\n                sources {\n                  key\n                }\n              }\n            }\n          }\n        ": types.PublicRecordCallDocument,
    "\n          query PublicRecordCall2 {\n            call(key: \"2018\") {\n              appropriation\n              publishedStatistics {\n                applicationsReceived\n                grantsAwarded\n                totalAwarded\n                totalAwardedPublished\n              }\n              statistics {\n                applicationsAwarded\n                totalAwarded\n                remainingAppropriation\n                grantsDecided\n                grantsWithoutPublishedAmount\n                totalGranted\n                totalGrantedKnown\n              }\n            }\n            awards(filter: { callKey: \"2018\" }) {\n              totalCount\n            }\n          }\n        ": types.PublicRecordCall2Document,
    "\n          query PublicRecordCall3 {\n            call(key: \"2018\") {\n              sv: decisionList {\n                items\n                text\n              }\n              fi: decisionList(lang: FI) {\n                items\n              }\n            }\n          }\n        ": types.PublicRecordCall3Document,
    "\n          query PublicRecordCall4 {\n            call(key: \"2020\") {\n              publishedStatistics {\n                grantsAwarded\n                totalAwarded\n                totalAwardedPublished\n                sources {\n                  key\n                }\n              }\n              statistics {\n                grantsDecided\n                grantsWithoutPublishedAmount\n                totalAwarded\n                totalGranted\n                totalGrantedKnown\n                remainingAppropriation\n              }\n              publishedDecisions {\n                listPosition\n                amountPublished\n                grantedAmount\n                lead {\n                  code\n                }\n                award {\n                  grantedAmount\n                  listPosition\n                  sources {\n                    key\n                  }\n                }\n                sources {\n                  key\n                }\n              }\n              awards(first: 100) {\n                nodes {\n                  sources {\n                    key\n                    kind\n                    publishedOn\n                  }\n                }\n              }\n            }\n          }\n        ": types.PublicRecordCall4Document,
    "\n          query PublicRecordCalls {\n            calls(first: 10) {\n              nodes {\n                key\n                description {\n                  fi\n                  sv\n                  en\n                  english: text(lang: EN)\n                }\n                notes {\n                  fi\n                  sv\n                  en\n                }\n                sources {\n                  language\n                }\n              }\n            }\n          }\n        ": types.PublicRecordCallsDocument,
    "\n          query PublicRecordCall5 {\n            call(key: \"2018\") {\n              notes {\n                sv\n                en\n              }\n              conditions {\n                sv\n              }\n              description {\n                text\n              }\n            }\n          }\n        ": types.PublicRecordCall5Document,
    "\n          query PublicRecordCalls3 {\n            calls(first: 10) {\n              nodes {\n                key\n                sources {\n                  ...PublicRecordSourceFields\n                }\n                publishedStatistics {\n                  sources {\n                    key\n                  }\n                }\n                publishedDecisions {\n                  sources {\n                    key\n                  }\n                }\n              }\n            }\n            awards(first: 100) {\n              totalCount\n              nodes {\n                sources {\n                  key\n                }\n              }\n            }\n          }\n        ": types.PublicRecordCalls3Document,
    "\n          query PublicRecordCall6($id: ID!) {\n            call(id: $id) {\n              sources {\n                key\n              }\n              publishedStatistics {\n                sources {\n                  key\n                }\n                totalAwardedPublished\n              }\n              publishedDecisions {\n                id\n              }\n              statistics {\n                grantsDecided\n                totalGranted\n                totalGrantedKnown\n              }\n            }\n          }\n        ": types.PublicRecordCall6Document,
    "\n      query PublicRecordCalls2($first: Int, $filter: CallFilter) {\n        calls(first: $first, filter: $filter) {\n          nodes {\n            sources {\n              key\n            }\n            publishedStatistics {\n              sources {\n                key\n              }\n            }\n            statistics {\n              grantsDecided\n              totalGranted\n            }\n            publishedDecisions {\n              lead {\n                code\n              }\n              recipients {\n                code\n              }\n              sources {\n                key\n              }\n              award {\n                grantedAmount\n              }\n              call {\n                key\n              }\n            }\n          }\n        }\n      }\n    ": types.PublicRecordCalls2Document,
    "\n  mutation ReviewAssignReviewer($a: ID!, $r: ID!) {\n    assignReviewer(applicationId: $a, reviewerId: $r) {\n      id\n      endedAt\n      reviewer {\n        id\n        name\n      }\n    }\n  }\n": types.ReviewAssignReviewerDocument,
    "\n  mutation ReviewSaveEvaluation($a: ID!, $input: SaveEvaluationInput!) {\n    saveEvaluation(applicationId: $a, input: $input) {\n      id\n      status\n      version\n      weightedScore\n      recommendation\n      recommendedAmount\n      scores {\n        criterion {\n          code\n        }\n        score\n        comment\n      }\n      reviewer {\n        id\n        name\n      }\n    }\n  }\n": types.ReviewSaveEvaluationDocument,
    "\n  mutation ReviewSubmitEvaluation($id: ID!) {\n    submitEvaluation(id: $id) {\n      id\n      status\n      submittedAt\n    }\n  }\n": types.ReviewSubmitEvaluationDocument,
    "\n  query ReviewApplication($id: ID!) {\n    application(id: $id) {\n      id\n      evaluations {\n        id\n        reviewer {\n          id\n        }\n        status\n        weightedScore\n      }\n      evaluationSummary {\n        count\n        weightedScore\n        criteria {\n          criterion {\n            code\n          }\n          mean\n          count\n        }\n      }\n    }\n  }\n": types.ReviewApplicationDocument,
    "\n        mutation ReviewStartReview($c: ID!) {\n          startReview(callId: $c) {\n            id\n            status\n          }\n        }\n      ": types.ReviewStartReviewDocument,
    "\n        mutation ReviewStartReview2($c: ID!) {\n          startReview(callId: $c) {\n            id\n          }\n        }\n      ": types.ReviewStartReview2Document,
    "\n        mutation ReviewStartReview3($c: ID!) {\n          startReview(callId: $c) {\n            id\n          }\n        }\n      ": types.ReviewStartReview3Document,
    "\n        mutation ReviewStartReview4($c: ID!) {\n          startReview(callId: $c) {\n            id\n            status\n          }\n        }\n      ": types.ReviewStartReview4Document,
    "\n        mutation ReviewDeclareConflictOfInterest($a: ID!) {\n          declareConflictOfInterest(applicationId: $a, reason: \"My spouse leads the project\") {\n            endedAt\n            endReason\n            conflictDeclaration\n          }\n        }\n      ": types.ReviewDeclareConflictOfInterestDocument,
    "\n      query ReviewReviewAssignments {\n        reviewAssignments(first: 100) {\n          totalCount\n          nodes {\n            application {\n              id\n              referenceNumber\n            }\n          }\n        }\n      }\n    ": types.ReviewReviewAssignmentsDocument,
    "\n        mutation ReviewUnassignReviewer($a: ID!, $r: ID!) {\n          unassignReviewer(applicationId: $a, reviewerId: $r) {\n            endReason\n          }\n        }\n      ": types.ReviewUnassignReviewerDocument,
    "\n        mutation ReviewUnassignReviewer2($a: ID!, $r: ID!) {\n          unassignReviewer(applicationId: $a, reviewerId: $r) {\n            id\n          }\n        }\n      ": types.ReviewUnassignReviewer2Document,
    "\n      query ReviewCall($id: ID!) {\n        call(id: $id) {\n          applications(first: 20) {\n            nodes {\n              id\n              evaluations {\n                weightedScore\n                reviewer {\n                  name\n                }\n                scores {\n                  score\n                  criterion {\n                    code\n                  }\n                }\n              }\n              evaluationSummary {\n                count\n                weightedScore\n                criteria {\n                  mean\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.ReviewCallDocument,
    "\n          mutation ReviewStartReview5($c: ID!) {\n            startReview(callId: $c) {\n              id\n            }\n          }\n        ": types.ReviewStartReview5Document,
    "\n        query SyntheticCallStatistics($key: String!) {\n          call(key: $key) {\n            statistics {\n              applicationsAwarded\n              remainingAppropriation\n            }\n          }\n        }\n      ": types.SyntheticCallStatisticsDocument,
    "\n    mutation TimeZoneCreateCall($input: CreateCallInput!) {\n      createCall(input: $input) {\n        id\n        opensAt\n        closesAt\n      }\n    }\n  ": types.TimeZoneCreateCallDocument,
    "\n    mutation TimeZoneUpdateCall($id: ID!, $input: UpdateCallInput!) {\n      updateCall(id: $id, input: $input) {\n        id\n        opensAt\n        closesAt\n      }\n    }\n  ": types.TimeZoneUpdateCallDocument,
    "\n  mutation TwoStageInviteProposal($proposalId: ID!, $callId: ID!) {\n    inviteProposal(proposalId: $proposalId, callId: $callId) {\n      ...ApplicationFields\n      call {\n        key\n      }\n      consortium {\n        id\n      }\n      proposal {\n        id\n      }\n    }\n  }\n": types.TwoStageInviteProposalDocument,
    "\n          query TwoStageApplication($id: ID!) {\n            application(id: $id) {\n              status\n              call {\n                key\n              }\n            }\n          }\n        ": types.TwoStageApplicationDocument,
    "\n      mutation TwoStageCreateCall($input: CreateCallInput!) {\n        createCall(input: $input) {\n          id\n        }\n      }\n    ": types.TwoStageCreateCallDocument,
    "\n    query VisibilityApplication($d: ID!, $s: ID!) {\n      draft: application(id: $d) {\n        id\n        status\n        projectName {\n          fi\n        }\n        contact {\n          name\n        }\n        answers {\n          text\n        }\n        maturityAssessment {\n          level\n        }\n      }\n      submitted: application(id: $s) {\n        id\n        status\n        consortium {\n          id\n        }\n        call {\n          id\n        }\n      }\n    }\n  ": types.VisibilityApplicationDocument,
    "\n    query VisibilityApplications {\n      all: applications(first: 100) {\n        totalCount\n        nodes {\n          id\n        }\n      }\n      drafts: applications(filter: { status: [DRAFT] }) {\n        totalCount\n        nodes {\n          id\n        }\n      }\n      submitted: applications(filter: { status: [SUBMITTED] }) {\n        totalCount\n        nodes {\n          id\n        }\n      }\n    }\n  ": types.VisibilityApplicationsDocument,
    "\n    query VisibilityApplications2($c: ID!) {\n      byConsortium: applications(filter: { consortiumId: $c }) {\n        totalCount\n        nodes {\n          id\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      byMunicipality: applications(filter: { municipalityCode: \"049\" }) {\n        totalCount\n        nodes {\n          id\n        }\n      }\n      byCall: applications(filter: { callKey: \"2022\" }) {\n        totalCount\n        nodes {\n          id\n        }\n      }\n    }\n  ": types.VisibilityApplications2Document,
    "\n    query VisibilityCall {\n      call(key: \"2022\") {\n        applications(first: 100) {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  ": types.VisibilityCallDocument,
    "\n    query VisibilityConsortium($c: ID!) {\n      consortium(id: $c) {\n        id\n        name\n        members {\n          role\n          municipality {\n            code\n          }\n        }\n        applications {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  ": types.VisibilityConsortiumDocument,
    "\n    query VisibilityApplication2($s: ID!) {\n      application(id: $s) {\n        consortium {\n          applications {\n            totalCount\n            nodes {\n              id\n              status\n            }\n          }\n        }\n      }\n    }\n  ": types.VisibilityApplication2Document,
    "\n    query VisibilityMunicipality {\n      lead: municipality(code: \"049\") {\n        consortia {\n          id\n        }\n        applications(first: 100) {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n      member: municipality(code: \"092\") {\n        consortia {\n          id\n          name\n        }\n        applications(first: 100) {\n          totalCount\n        }\n      }\n    }\n  ": types.VisibilityMunicipalityDocument,
    "\n    query VisibilityApplicationHistory($d: ID!, $s: ID!) {\n      draft: application(id: $d) {\n        history {\n          totalCount\n          nodes {\n            action\n            changes {\n              field\n              after\n            }\n          }\n        }\n        asSubmitted {\n          summary\n        }\n      }\n      submitted: application(id: $s) {\n        history(first: 5) {\n          totalCount\n        }\n        asSubmitted {\n          summary\n        }\n      }\n    }\n  ": types.VisibilityApplicationHistoryDocument,
    "\n          query VisibilityCall2 {\n            call(key: \"2022\") {\n              statistics {\n                applicationsSubmitted\n              }\n            }\n          }\n        ": types.VisibilityCall2Document,
    "\n          query VisibilityApplication3($id: ID!) {\n            application(id: $id) {\n              id\n              proposalId\n            }\n          }\n        ": types.VisibilityApplication3Document,
    "\n      query VisibilityChangeRequest($r: ID!) {\n        changeRequest(id: $r) {\n          id\n          justification\n        }\n      }\n    ": types.VisibilityChangeRequestDocument,
    "\n      query VisibilityAwardChangeRequests($p: ID!) {\n        application(id: $p) {\n          award {\n            id\n            changeRequests {\n              id\n            }\n          }\n        }\n      }\n    ": types.VisibilityAwardChangeRequestsDocument,
    "\n    query VisibilityGrantRecords($c: ID!) {\n      awards(first: 10, filter: { callId: $c }) {\n        nodes {\n          id\n          paidTotal\n          returnedTotal\n          finalReportSummary {\n            fi\n          }\n          paymentRequests {\n            id\n            status\n            claimedCosts {\n              total\n            }\n          }\n          reports {\n            id\n            outcomes\n          }\n        }\n      }\n      municipality(code: \"092\") {\n        awards(first: 10, orderBy: { field: DECISION_DATE, direction: DESC }) {\n          nodes {\n            paymentRequests {\n              id\n            }\n            reports {\n              id\n            }\n          }\n        }\n      }\n    }\n  ": types.VisibilityGrantRecordsDocument,
    "\n  query WorkshopSummary($id: ID!) {\n    call(id: $id) {\n      proposalSummary {\n        total\n        byTheme {\n          theme {\n            code\n          }\n          proposals\n        }\n        byRegion {\n          region {\n            code\n          }\n          proposals\n        }\n        bySizeClass {\n          sizeClass\n          proposals\n        }\n        publishedProjectNames {\n          fi\n        }\n      }\n    }\n  }\n": types.WorkshopSummaryDocument,
    "\n  mutation WorkshopCreate($input: CreateWorkshopInput!) {\n    createWorkshop(input: $input) {\n      id\n      title {\n        fi\n      }\n      startsAt\n      startsAtLocal\n      registrationClosesAt\n      registrationClosesAtLocal\n      place\n      online\n    }\n  }\n": types.WorkshopCreateDocument,
    "\n  mutation WorkshopInvite($workshopId: ID!, $proposalIds: [ID!]) {\n    inviteToWorkshop(workshopId: $workshopId, proposalIds: $proposalIds) {\n      id\n      status\n      proposal {\n        id\n      }\n    }\n  }\n": types.WorkshopInviteDocument,
    "\n  query WorkshopInvitations($id: ID!) {\n    call(id: $id) {\n      workshops {\n        id\n        startsAtLocal\n        invitations {\n          status\n          proposal {\n            id\n          }\n          participants {\n            name\n            role\n          }\n        }\n      }\n    }\n  }\n": types.WorkshopInvitationsDocument,
    "\n  mutation WorkshopRegister($input: RegisterForWorkshopInput!) {\n    registerForWorkshop(input: $input) {\n      status\n      respondedAt\n    }\n  }\n": types.WorkshopRegisterDocument,
    "\n  mutation WorkshopDecline($workshopId: ID!, $proposalId: ID!) {\n    declineWorkshop(workshopId: $workshopId, proposalId: $proposalId) {\n      status\n    }\n  }\n": types.WorkshopDeclineDocument,
    "\n  mutation WorkshopAttendance($workshopId: ID!, $proposalId: ID!, $attended: Boolean!) {\n    recordWorkshopAttendance(workshopId: $workshopId, proposalId: $proposalId, attended: $attended) {\n      status\n      attendanceRecordedAt\n    }\n  }\n": types.WorkshopAttendanceDocument,
    "\n  mutation WorkshopFlag($input: FlagLookingForPartnersInput!) {\n    flagLookingForPartners(input: $input) {\n      id\n      partnerSearch {\n        wish\n      }\n    }\n  }\n": types.WorkshopFlagDocument,
    "\n  query WorkshopPartnerSearches($id: ID!) {\n    call(id: $id) {\n      partnerSearches {\n        proposalId\n        projectName {\n          fi\n        }\n        leadMunicipality {\n          code\n        }\n        theme {\n          code\n        }\n        wish\n        offers {\n          municipality {\n            code\n          }\n          status\n        }\n      }\n    }\n  }\n": types.WorkshopPartnerSearchesDocument,
    "\n  mutation WorkshopOffer($input: PartnerOfferInput!) {\n    offerToJoinProposal(input: $input) {\n      id\n      status\n      municipality {\n        code\n      }\n    }\n  }\n": types.WorkshopOfferDocument,
    "\n  mutation WorkshopAccept($input: PartnerOfferInput!) {\n    acceptPartnerOffer(input: $input) {\n      status\n      decidedAt\n    }\n  }\n": types.WorkshopAcceptDocument,
    "\n  mutation WorkshopDeclineOffer($input: PartnerOfferInput!) {\n    declinePartnerOffer(input: $input) {\n      status\n    }\n  }\n": types.WorkshopDeclineOfferDocument,
    "\n  mutation WorkshopInviteProposal($proposalId: ID!, $callId: ID!) {\n    inviteProposal(proposalId: $proposalId, callId: $callId) {\n      id\n      status\n      allowPublication\n      consortium {\n        id\n        lead {\n          code\n        }\n        members {\n          municipality {\n            code\n          }\n          role\n        }\n      }\n      eligibilityIssues {\n        code\n      }\n    }\n  }\n": types.WorkshopInviteProposalDocument,
    "\n  query WorkshopSubmittedChoice($id: ID!) {\n    application(id: $id) {\n      asSubmitted {\n        allowPublication\n      }\n    }\n  }\n": types.WorkshopSubmittedChoiceDocument,
    "\n  query WorkshopProposal($id: ID!) {\n    application(id: $id) {\n      id\n      allowPublication\n      consortium {\n        id\n        members {\n          municipality {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.WorkshopProposalDocument,
    "\n          mutation WorkshopPublishApplication($input: CreateApplicationInput!) {\n            createApplication(input: $input) {\n              id\n            }\n          }\n        ": types.WorkshopPublishApplicationDocument,
    "\n        query WorkshopNested {\n          calls(first: 10) {\n            nodes {\n              proposalSummary {\n                total\n              }\n              workshops {\n                id\n              }\n              partnerSearches {\n                wish\n              }\n            }\n          }\n        }\n      ": types.WorkshopNestedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptionsRecord($input: RecordAdoptionInput!) {\n    recordAdoption(input: $input) {\n      id\n      status\n      kind\n      adoptedOn\n      description\n      decidedAt\n      municipality {\n        code\n      }\n      award {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdoptionsRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptionsConfirm($id: ID!) {\n    confirmAdoption(id: $id) {\n      id\n      status\n      decidedAt\n    }\n  }\n"): typeof import('./graphql').AdoptionsConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptionsDecline($id: ID!) {\n    declineAdoption(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AdoptionsDeclineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionsRead($id: ID!) {\n    adoption(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AdoptionsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionsLists($callId: ID!, $code: String!) {\n    awards(filter: { callId: $callId }) {\n      nodes {\n        adoptions {\n          totalCount\n          nodes {\n            id\n            status\n            municipality {\n              code\n            }\n          }\n        }\n      }\n    }\n    municipality(code: $code) {\n      adoptedResults {\n        totalCount\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdoptionsListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionsStatistics($callId: ID!) {\n    fundingStatistics(groupBy: [CALL], filter: { callId: $callId }) {\n      totalGranted\n      adoptions\n      adoptingResidents\n      residentsReachedPerEuro\n    }\n  }\n"): typeof import('./graphql').AdoptionsStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionsByRegion {\n    adoptionsByRegion {\n      region {\n        code\n      }\n      adoptions\n      adoptionsFromOtherRegions\n      adoptingMunicipalities\n      residents\n    }\n  }\n"): typeof import('./graphql').AdoptionsByRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionsNested($callId: ID!, $first: Int!) {\n    awards(first: $first, filter: { callId: $callId }) {\n      nodes {\n        adoptions(first: 3) {\n          totalCount\n          nodes {\n            municipality {\n              code\n              adoptedResults(first: 2) {\n                totalCount\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdoptionsNestedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsMunicipality {\n    municipality(code: \"091\") {\n      awards {\n        nodes {\n          application {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ApplicationsMunicipalityDocument;
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
export function graphql(source: "\n          mutation ApplicationsCreateApplication($input: CreateApplicationInput!) {\n            createApplication(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').ApplicationsCreateApplicationDocument;
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
export function graphql(source: "\n  query AuditEventsAuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        occurredAt\n        actorId\n        action\n        entityType\n        entityId\n        changes\n      }\n    }\n  }\n"): typeof import('./graphql').AuditEventsAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthHttpViewer {\n    viewer {\n      role\n      userId\n    }\n    awards(first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').AuthHttpViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthHttpPublicViewer {\n          viewer {\n            role\n            userId\n          }\n          viewer2: viewer {\n            roles\n            name\n            municipalities {\n              code\n            }\n          }\n          awards(first: 1) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').AuthHttpPublicViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AuthHttpViewer2 {\n        viewer {\n          role\n          roles\n          userId\n          name\n          municipalities {\n            code\n            name {\n              fi\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').AuthHttpViewer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthHttpViewer3 {\n          viewer {\n            role\n            userId\n            municipalities {\n              code\n            }\n          }\n        }\n      "): typeof import('./graphql').AuthHttpViewer3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthHttpViewer4 {\n          viewer {\n            role\n          }\n        }\n      "): typeof import('./graphql').AuthHttpViewer4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthHttpViewer5 {\n          viewer {\n            role\n            roles\n            userId\n          }\n        }\n      "): typeof import('./graphql').AuthHttpViewer5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query AuthHttpViewer6 {\n                viewer {\n                  role\n                }\n              }\n            "): typeof import('./graphql').AuthHttpViewer6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwardConcurrencyDecideAward($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n      grantedAmount\n    }\n  }\n"): typeof import('./graphql').AwardConcurrencyDecideAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AwardConcurrencyStartReview($c: ID!) {\n          startReview(callId: $c) {\n            id\n          }\n        }\n      "): typeof import('./graphql').AwardConcurrencyStartReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwardDecideAward($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n      grantedAmount\n      decisionDate\n      decisionNumber\n      conditions\n      projectDeadline\n      application {\n        id\n        status\n      }\n      leadMunicipality {\n        code\n      }\n      municipalities {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').AwardDecideAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwardRejectApplication($a: ID!, $reason: String!) {\n    rejectApplication(applicationId: $a, reason: $reason) {\n      id\n      status\n      rejectionReason\n    }\n  }\n"): typeof import('./graphql').AwardRejectApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardCall($id: ID!) {\n    call(id: $id) {\n      status\n      decisionDate\n      statistics {\n        totalAwarded\n        remainingAppropriation\n      }\n    }\n  }\n"): typeof import('./graphql').AwardCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AwardStartReview($c: ID!) {\n          startReview(callId: $c) {\n            id\n          }\n        }\n      "): typeof import('./graphql').AwardStartReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AwardCall2 {\n          call(key: \"2020\") {\n            sv: decisionList {\n              language\n              items\n              text\n            }\n            fi: decisionList(lang: FI) {\n              language\n              items\n            }\n          }\n        }\n      "): typeof import('./graphql').AwardCall2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AwardStartReview2($c: ID!) {\n          startReview(callId: $c) {\n            id\n            status\n          }\n        }\n      "): typeof import('./graphql').AwardStartReview2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AwardAssignReviewer($a: ID!, $r: ID!) {\n            assignReviewer(applicationId: $a, reviewerId: $r) {\n              id\n            }\n          }\n        "): typeof import('./graphql').AwardAssignReviewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AwardSaveEvaluation($a: ID!, $input: SaveEvaluationInput!) {\n            saveEvaluation(applicationId: $a, input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').AwardSaveEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AwardSubmitEvaluation($id: ID!) {\n            submitEvaluation(id: $id) {\n              status\n            }\n          }\n        "): typeof import('./graphql').AwardSubmitEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AwardCall3($id: ID!) {\n        call(id: $id) {\n          ranking {\n            rank\n            weightedScore\n            evaluationCount\n            application {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').AwardCall3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AwardCall4($id: ID!) {\n          call(id: $id) {\n            status\n            decisionList {\n              items\n            }\n          }\n        }\n      "): typeof import('./graphql').AwardCall4Document;
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
export function graphql(source: "\n  mutation ChangeRequestsDecideAward($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ChangeRequestsDecideAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeRequestsBudget on Budget {\n    staff\n    travel\n    premises\n    purchasedServices\n    other\n    total\n  }\n"): typeof import('./graphql').ChangeRequestsBudgetFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeRequestFields on ChangeRequest {\n    id\n    kind\n    status\n    justification\n    projectEnd\n    budget {\n      ...ChangeRequestsBudget\n    }\n    addMunicipalities {\n      code\n    }\n    removeMunicipalities {\n      code\n    }\n    decisionReason\n    decidedAt\n    version\n    amendmentNumber\n    termsBefore {\n      projectEnd\n      approvedBudget {\n        staff\n        total\n      }\n      municipalities {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ChangeRequestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestsRequest($awardId: ID!, $input: RequestChangeInput!) {\n    requestChange(awardId: $awardId, input: $input) {\n      ...ChangeRequestFields\n    }\n  }\n"): typeof import('./graphql').ChangeRequestsRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestsApprove($id: ID!, $reason: String) {\n    approveChangeRequest(id: $id, reason: $reason) {\n      ...ChangeRequestFields\n    }\n  }\n"): typeof import('./graphql').ChangeRequestsApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestsReject($id: ID!, $reason: String!) {\n    rejectChangeRequest(id: $id, reason: $reason) {\n      ...ChangeRequestFields\n    }\n  }\n"): typeof import('./graphql').ChangeRequestsRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestsWithdraw($id: ID!) {\n    withdrawChangeRequest(id: $id) {\n      ...ChangeRequestFields\n    }\n  }\n"): typeof import('./graphql').ChangeRequestsWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeRequestsAward($id: ID!) {\n    changeRequest(id: $id) {\n      id\n      status\n      award {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ChangeRequestsAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeRequestsAwardTerms($callId: ID!) {\n    call(id: $callId) {\n      awards(first: 5) {\n        nodes {\n          id\n          projectStart\n          projectEnd\n          approvedBudget {\n            ...ChangeRequestsBudget\n          }\n          municipalities {\n            code\n          }\n          application {\n            consortium {\n              members {\n                role\n                municipality {\n                  code\n                }\n              }\n            }\n          }\n          originalDecision {\n            projectStart\n            projectEnd\n            approvedBudget {\n              ...ChangeRequestsBudget\n            }\n            municipalities {\n              code\n            }\n          }\n          changeRequests {\n            id\n            kind\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ChangeRequestsAwardTermsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsortiaCreateConsortium($input: CreateConsortiumInput!) {\n    createConsortium(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsortiaCreateConsortiumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsortiaUpdateConsortium($id: ID!, $v: Int, $input: UpdateConsortiumInput!) {\n    updateConsortium(id: $id, expectedVersion: $v, input: $input) {\n      id\n      name\n      version\n      partners\n      members {\n        role\n        municipality {\n          code\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsortiaUpdateConsortiumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsortiaConsortium($id: ID!) {\n    consortium(id: $id) {\n      name\n      lead {\n        code\n      }\n      members {\n        role\n        municipality {\n          code\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsortiaConsortiumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ConsortiaCall {\n            call(key: \"2020\") {\n              id\n            }\n          }\n        "): typeof import('./graphql').ConsortiaCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeadlineRushSubmitApplication($id: ID!) {\n    submitApplication(id: $id) {\n      id\n      status\n      referenceNumber\n    }\n  }\n"): typeof import('./graphql').DeadlineRushSubmitApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeadlineRushCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeadlineRushCreateApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeadlineRushUpdateApplication($id: ID!, $v: Int!, $input: UpdateApplicationInput!) {\n    updateApplication(id: $id, expectedVersion: $v, input: $input) {\n      id\n      version\n      projectName {\n        fi\n      }\n    }\n  }\n"): typeof import('./graphql').DeadlineRushUpdateApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeadlineRushSaveEvaluation($a: ID!, $input: SaveEvaluationInput!) {\n    saveEvaluation(applicationId: $a, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeadlineRushSaveEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeadlineRushDecideAward($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n      grantedAmount\n    }\n  }\n"): typeof import('./graphql').DeadlineRushDecideAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DeadlineRushStartReview($c: ID!) {\n            startReview(callId: $c) {\n              id\n            }\n          }\n        "): typeof import('./graphql').DeadlineRushStartReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DeadlineRushStartReview2($c: ID!) {\n            startReview(callId: $c) {\n              id\n            }\n          }\n        "): typeof import('./graphql').DeadlineRushStartReview2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionDocumentAwards($lang: Language) {\n    awards(first: 100) {\n      nodes {\n        id\n        decisionDocument(lang: $lang)\n      }\n    }\n  }\n"): typeof import('./graphql').DecisionDocumentAwardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionDocumentPage($first: Int!) {\n    awards(first: $first) {\n      nodes {\n        decisionDocument(lang: SV)\n      }\n    }\n  }\n"): typeof import('./graphql').DecisionDocumentPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionDocumentDecide($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n      decisionDocument\n    }\n  }\n"): typeof import('./graphql').DecisionDocumentDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionDocumentStartReview($c: ID!) {\n    startReview(callId: $c) {\n      id\n    }\n  }\n"): typeof import('./graphql').DecisionDocumentStartReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsOfAward($key: String!) {\n    awards(filter: { callKey: $key }, first: 10) {\n      nodes {\n        id\n        hasAgreement\n        documents {\n          id\n          kind\n          fileName\n          mediaType\n          byteSize\n          sha256\n          uploadedAt\n          url\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DocumentsOfAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorShapesDecideAward($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ErrorShapesDecideAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorShapesAssignReviewer($a: ID!, $r: ID!) {\n    assignReviewer(applicationId: $a, reviewerId: $r) {\n      id\n    }\n  }\n"): typeof import('./graphql').ErrorShapesAssignReviewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ErrorShapesViewer {\n          viewer {\n            role\n          }\n        }\n      "): typeof import('./graphql').ErrorShapesViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ErrorShapesStartReview($c: ID!) {\n          startReview(callId: $c) {\n            id\n          }\n        }\n      "): typeof import('./graphql').ErrorShapesStartReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ErrorShapesAwards {\n          awards(filter: { callKey: \"1999\" }) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').ErrorShapesAwardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ErrorShapesUpdateConsortium($id: ID!, $v: Int, $input: UpdateConsortiumInput!) {\n            updateConsortium(id: $id, expectedVersion: $v, input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').ErrorShapesUpdateConsortiumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ErrorShapesUpdateConsortium2($id: ID!, $input: UpdateConsortiumInput!) {\n            updateConsortium(id: $id, input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').ErrorShapesUpdateConsortium2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ErrorShapesUpdateCall($id: ID!, $input: UpdateCallInput!) {\n            updateCall(id: $id, input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').ErrorShapesUpdateCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ErrorShapesPublishCall($id: ID!) {\n            publishCall(id: $id) {\n              id\n            }\n          }\n        "): typeof import('./graphql').ErrorShapesPublishCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ErrorShapesStartReview2($c: ID!) {\n            startReview(callId: $c) {\n              id\n            }\n          }\n        "): typeof import('./graphql').ErrorShapesStartReview2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ErrorShapesSaveEvaluation($a: ID!, $input: SaveEvaluationInput!) {\n            saveEvaluation(applicationId: $a, input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').ErrorShapesSaveEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation ErrorShapesDeclareConflictOfInterest($a: ID!, $reason: String!) {\n              declareConflictOfInterest(applicationId: $a, reason: $reason) {\n                id\n              }\n            }\n          "): typeof import('./graphql').ErrorShapesDeclareConflictOfInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation ErrorShapesSaveEvaluation2($a: ID!, $input: SaveEvaluationInput!) {\n              saveEvaluation(applicationId: $a, input: $input) {\n                id\n              }\n            }\n          "): typeof import('./graphql').ErrorShapesSaveEvaluation2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation ErrorShapesUnassignReviewer($a: ID!, $r: ID!) {\n              unassignReviewer(applicationId: $a, reviewerId: $r) {\n                id\n              }\n            }\n          "): typeof import('./graphql').ErrorShapesUnassignReviewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ErrorShapesSubmitEvaluation($id: ID!) {\n            submitEvaluation(id: $id) {\n              id\n            }\n          }\n        "): typeof import('./graphql').ErrorShapesSubmitEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ErrorShapesCalls {\n            calls {\n              nodes {\n                key\n              }\n            }\n          }\n        "): typeof import('./graphql').ErrorShapesCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ErrorShapesCalls2 {\n              calls {\n                nodes {\n                  key\n                }\n              }\n            }\n          "): typeof import('./graphql').ErrorShapesCalls2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query ErrorShapes__typename {\n                __typename\n              }\n            "): typeof import('./graphql').ErrorShapes__TypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidingSave($a: ID!, $input: SaveEvaluationInput!) {\n    saveEvaluation(applicationId: $a, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').VoidingSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidingSubmit($id: ID!) {\n    submitEvaluation(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').VoidingSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidingDeclare($id: ID!, $reason: String!) {\n    declareConflictAfterSubmission(evaluationId: $id, reason: $reason) {\n      id\n      status\n      conflictDeclaredAt\n      conflictDeclaration\n    }\n  }\n"): typeof import('./graphql').VoidingDeclareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidingVoid($id: ID!, $reason: String!) {\n    voidEvaluation(id: $id, reason: $reason) {\n      id\n      status\n      voidedAt\n      voidReason\n      submittedAt\n    }\n  }\n"): typeof import('./graphql').VoidingVoidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoidingSummary($id: ID!) {\n    application(id: $id) {\n      evaluations {\n        id\n        status\n        voidReason\n      }\n      evaluationSummary {\n        count\n        weightedScore\n        criteria {\n          mean\n          count\n        }\n      }\n      call {\n        ranking {\n          application {\n            id\n          }\n          weightedScore\n          evaluationCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VoidingSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoidingRanked($first: Int, $after: String, $direction: SortDirection!, $callId: ID!) {\n    applications(\n      first: $first\n      after: $after\n      filter: { callId: $callId }\n      orderBy: { field: WEIGHTED_SCORE, direction: $direction }\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').VoidingRankedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FederationEvaluationTypename {\n          __typename\n        }\n      "): typeof import('./graphql').FederationEvaluationTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FederationEvaluationTypename2 {\n          __typename\n        }\n      "): typeof import('./graphql').FederationEvaluationTypename2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilteredAwards($f: AwardFilter) {\n    awards(first: 100, filter: $f) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').FilteredAwardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilteredApplications($f: ApplicationFilter) {\n    applications(first: 100, filter: $f) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').FilteredApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TallyCallStatistics($key: String!) {\n    call(key: $key) {\n      statistics {\n        applicationsSubmitted\n        applicationsAwarded\n        totalRequested\n        totalAwarded\n        grantsDecided\n      }\n    }\n  }\n"): typeof import('./graphql').TallyCallStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TallyByMember($key: String!) {\n    fundingStatistics(groupBy: [MUNICIPALITY], municipalityRole: MEMBER, filter: { callKey: $key }) {\n      municipality {\n        code\n      }\n      applicationsSubmitted\n      applicationsAwarded\n      totalRequested\n      totalGranted\n    }\n  }\n"): typeof import('./graphql').TallyByMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TallyStartReview($c: ID!) {\n    startReview(callId: $c) {\n      id\n    }\n  }\n"): typeof import('./graphql').TallyStartReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TallyDecide($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').TallyDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TallyPay($a: ID!, $input: PaymentRequestInput!) {\n    submitPaymentRequest(awardId: $a, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').TallyPayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TallyApprovePayment($id: ID!, $input: ApprovePaymentRequestInput!) {\n    approvePaymentRequest(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').TallyApprovePaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TallyReport($a: ID!, $input: ReportInput!) {\n    submitReport(awardId: $a, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').TallyReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TallyApproveReport($id: ID!) {\n    approveReport(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').TallyApproveReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TallyRecover($a: ID!, $amount: Decimal!) {\n    recordRecovery(awardId: $a, amount: $amount) {\n      id\n    }\n  }\n"): typeof import('./graphql').TallyRecoverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TallyReject($a: ID!, $r: String!) {\n    rejectApplication(applicationId: $a, reason: $r) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').TallyRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantJourneyStartReview($call: ID!) {\n    startReview(callId: $call) {\n      id\n    }\n  }\n"): typeof import('./graphql').GrantJourneyStartReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantJourneyDecide($application: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $application, input: $input) {\n      id\n      grantedAmount\n      projectStart\n      projectEnd\n      approvedBudget {\n        staff\n        purchasedServices\n        total\n      }\n      paidTotal\n      returnedTotal\n    }\n  }\n"): typeof import('./graphql').GrantJourneyDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantJourneySubmitPayment($award: ID!, $input: PaymentRequestInput!) {\n    submitPaymentRequest(awardId: $award, input: $input) {\n      id\n      number\n      status\n      final\n      claimedCosts {\n        total\n      }\n      paidAmount\n    }\n  }\n"): typeof import('./graphql').GrantJourneySubmitPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantJourneyApprovePayment($id: ID!, $input: ApprovePaymentRequestInput!) {\n    approvePaymentRequest(id: $id, input: $input) {\n      id\n      status\n      paidAmount\n      approvedCosts {\n        staff\n        purchasedServices\n        total\n      }\n      award {\n        paidTotal\n        returnedTotal\n        recoveryClaim\n        recoveredTotal\n        settledAt\n      }\n    }\n  }\n"): typeof import('./graphql').GrantJourneyApprovePaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantJourneyRequestChange($award: ID!, $input: RequestChangeInput!) {\n    requestChange(awardId: $award, input: $input) {\n      id\n      kind\n      status\n      projectEnd\n    }\n  }\n"): typeof import('./graphql').GrantJourneyRequestChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantJourneyApproveChange($id: ID!, $reason: String) {\n    approveChangeRequest(id: $id, reason: $reason) {\n      id\n      status\n      amendmentNumber\n      termsBefore {\n        projectEnd\n      }\n    }\n  }\n"): typeof import('./graphql').GrantJourneyApproveChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantJourneySubmitReport($award: ID!, $input: ReportInput!) {\n    submitReport(awardId: $award, input: $input) {\n      id\n      kind\n      status\n    }\n  }\n"): typeof import('./graphql').GrantJourneySubmitReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantJourneyApproveReport($id: ID!) {\n    approveReport(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').GrantJourneyApproveReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantJourneyRecordRecovery($award: ID!, $amount: Decimal!) {\n    recordRecovery(awardId: $award, amount: $amount) {\n      id\n      recoveryClaim\n      recoveredTotal\n    }\n  }\n"): typeof import('./graphql').GrantJourneyRecordRecoveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantJourneyPublicView($call: ID!) {\n    call(id: $call) {\n      appropriation\n      statistics {\n        totalAwarded\n        totalPaid\n        totalReturned\n        totalRecovered\n        remainingAppropriation\n      }\n      awards(first: 5) {\n        nodes {\n          id\n          grantedAmount\n          projectStart\n          projectEnd\n          originalDecision {\n            projectStart\n            projectEnd\n          }\n          paidTotal\n          returnedTotal\n          finalReportSummary {\n            fi\n            sv\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GrantJourneyPublicViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantJourneyGrantFile($call: ID!) {\n    call(id: $call) {\n      awards(first: 5) {\n        nodes {\n          id\n          hasAgreement\n          documents {\n            kind\n            fileName\n            mediaType\n          }\n          paymentRequests {\n            number\n            final\n            status\n            paidAmount\n            approvedCosts {\n              total\n            }\n          }\n          reports {\n            kind\n            status\n          }\n          changeRequests {\n            kind\n            status\n            amendmentNumber\n          }\n          recoveryClaim\n          recoveredTotal\n          settledAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GrantJourneyGrantFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantMoneyStartReview($c: ID!) {\n    startReview(callId: $c) {\n      id\n    }\n  }\n"): typeof import('./graphql').GrantMoneyStartReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantMoneyDecide($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n      paidTotal\n      returnedTotal\n    }\n  }\n"): typeof import('./graphql').GrantMoneyDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantMoneySubmitPayment($award: ID!, $input: PaymentRequestInput!) {\n    submitPaymentRequest(awardId: $award, input: $input) {\n      id\n      number\n      status\n      final\n      claimedCosts {\n        staff\n        total\n      }\n      approvedCosts {\n        total\n      }\n      paidAmount\n    }\n  }\n"): typeof import('./graphql').GrantMoneySubmitPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantMoneyResubmitPayment($id: ID!, $input: PaymentRequestInput!) {\n    resubmitPaymentRequest(id: $id, input: $input) {\n      id\n      status\n      version\n      claimedCosts {\n        total\n      }\n    }\n  }\n"): typeof import('./graphql').GrantMoneyResubmitPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantMoneyApprovePayment($id: ID!, $input: ApprovePaymentRequestInput!) {\n    approvePaymentRequest(id: $id, input: $input) {\n      id\n      status\n      paidAmount\n      decisionReason\n      approvedCosts {\n        staff\n        travel\n        total\n      }\n      award {\n        id\n        paidTotal\n        returnedTotal\n        recoveryClaim\n        settledAt\n      }\n    }\n  }\n"): typeof import('./graphql').GrantMoneyApprovePaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantMoneyReturnPayment($id: ID!, $reason: String!) {\n    returnPaymentRequest(id: $id, reason: $reason) {\n      id\n      status\n      decisionReason\n    }\n  }\n"): typeof import('./graphql').GrantMoneyReturnPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantMoneyRecordRecovery($award: ID!, $amount: Decimal!) {\n    recordRecovery(awardId: $award, amount: $amount) {\n      id\n      recoveryClaim\n      recoveredTotal\n    }\n  }\n"): typeof import('./graphql').GrantMoneyRecordRecoveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantMoneySubmitReport($award: ID!, $input: ReportInput!) {\n    submitReport(awardId: $award, input: $input) {\n      id\n      kind\n      status\n      version\n      indicators {\n        name\n        value\n        unit\n      }\n    }\n  }\n"): typeof import('./graphql').GrantMoneySubmitReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantMoneyApproveReport($id: ID!) {\n    approveReport(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').GrantMoneyApproveReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantMoneyReturnReport($id: ID!, $reason: String!) {\n    returnReport(id: $id, reason: $reason) {\n      id\n      status\n      returnReason\n    }\n  }\n"): typeof import('./graphql').GrantMoneyReturnReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantMoneyStatistics($key: String!) {\n    call(key: $key) {\n      appropriation\n      statistics {\n        totalAwarded\n        totalPaid\n        totalReturned\n        totalRecovered\n        remainingAppropriation\n      }\n    }\n  }\n"): typeof import('./graphql').GrantMoneyStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantMoneyPublicAward($key: ID!) {\n    awards(first: 5, filter: { callId: $key }) {\n      nodes {\n        id\n        paidTotal\n        returnedTotal\n        finalReportSummary {\n          fi\n          sv\n        }\n        paymentRequests {\n          id\n        }\n        reports {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GrantMoneyPublicAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantMoneyAwardRecovery($key: ID!) {\n    awards(first: 5, filter: { callId: $key }) {\n      nodes {\n        id\n        recoveryClaim\n        recoveredTotal\n      }\n    }\n  }\n"): typeof import('./graphql').GrantMoneyAwardRecoveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantMoneyOverdue($call: ID, $key: String, $overdue: Boolean!) {\n    awards(first: 50, filter: { callId: $call, callKey: $key, reportOverdue: $overdue }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').GrantMoneyOverdueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantMoneyAttachments($call: ID!) {\n    awards(first: 5, filter: { callId: $call }) {\n      nodes {\n        paymentRequests {\n          id\n          documents {\n            kind\n            fileName\n          }\n        }\n        reports {\n          id\n          documents {\n            kind\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GrantMoneyAttachmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantTermsCreateCall($input: CreateCallInput!) {\n    createCall(input: $input) {\n      id\n      projectDeadline\n      reportDueMonths\n      interimReportDue\n      latestProjectEnd\n    }\n  }\n"): typeof import('./graphql').GrantTermsCreateCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantTermsUpdateCall($id: ID!, $input: UpdateCallInput!) {\n    updateCall(id: $id, input: $input) {\n      id\n      reportDueMonths\n      interimReportDue\n      latestProjectEnd\n    }\n  }\n"): typeof import('./graphql').GrantTermsUpdateCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantTermsCall($key: String!) {\n    call(key: $key) {\n      id\n      projectDeadline\n      reportDueMonths\n      interimReportDue\n      latestProjectEnd\n    }\n  }\n"): typeof import('./graphql').GrantTermsCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantTermsStartReview($c: ID!) {\n    startReview(callId: $c) {\n      id\n    }\n  }\n"): typeof import('./graphql').GrantTermsStartReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantTermsDecide($a: ID!, $input: DecideAwardInput!) {\n    decideAward(applicationId: $a, input: $input) {\n      id\n      projectStart\n      projectEnd\n      approvedBudget {\n        staff\n        travel\n        premises\n        purchasedServices\n        other\n        total\n      }\n    }\n  }\n"): typeof import('./graphql').GrantTermsDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantTermsAwards($key: String!) {\n    call(key: $key) {\n      awards(first: 3) {\n        nodes {\n          id\n          projectStart\n          projectEnd\n          approvedBudget {\n            total\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GrantTermsAwardsDocument;
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
export function graphql(source: "\n  mutation HistoryUpdateCall($id: ID!, $input: UpdateCallInput!) {\n    updateCall(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').HistoryUpdateCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryCreateCall($input: CreateCallInput!) {\n    createCall(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').HistoryCreateCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryPublishCall($id: ID!) {\n    publishCall(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').HistoryPublishCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryCall($id: ID!, $first: Int, $after: String) {\n    call(id: $id) {\n      title {\n        fi\n      }\n      asPublished {\n        publishedAt\n        title {\n          fi\n          en\n        }\n        appropriation\n        themes {\n          code\n          title {\n            en\n          }\n        }\n        criteria {\n          code\n          weight\n        }\n        questions {\n          code\n          required\n        }\n        conditions {\n          fi\n        }\n      }\n      history(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          at\n          action\n          actor {\n            role\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HistoryCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryActorNames($id: ID!) {\n    call(id: $id) {\n      history {\n        nodes {\n          actor {\n            role\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HistoryActorNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryUpdateConsortium($id: ID!, $input: UpdateConsortiumInput!) {\n    updateConsortium(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').HistoryUpdateConsortiumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryApplicationPublic($id: ID!) {\n    application(id: $id) {\n      summary\n      asSubmitted {\n        referenceNumber\n        submittedAt\n        consortiumName\n        summary\n        requestedAmount\n        projectName {\n          fi\n        }\n        theme {\n          code\n        }\n        budget {\n          staff\n          total\n        }\n        members {\n          role\n          municipality {\n            code\n          }\n        }\n      }\n      history {\n        nodes {\n          action\n          actor {\n            role\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HistoryApplicationPublicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryApplicationPrivate($id: ID!) {\n    application(id: $id) {\n      asSubmitted {\n        answers {\n          question {\n            code\n          }\n          text\n        }\n        contact {\n          name\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HistoryApplicationPrivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistorySubmittedContact($id: ID!) {\n    application(id: $id) {\n      asSubmitted {\n        contact {\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HistorySubmittedContactDocument;
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
export function graphql(source: "\n  query LoadersAwards($first: Int) {\n    awards(first: $first, orderBy: { field: AMOUNT, direction: DESC }) {\n      totalCount\n      nodes {\n        grantedAmount\n        call {\n          key\n          themes {\n            code\n          }\n          criteria {\n            code\n          }\n          questions {\n            code\n          }\n          conditions {\n            fi\n          }\n          statistics {\n            totalAwarded\n          }\n        }\n        leadMunicipality {\n          code\n          region {\n            code\n          }\n          fundingTotal(year: 2020)\n        }\n        municipalities {\n          code\n          name {\n            text\n          }\n        }\n        application {\n          projectName {\n            text\n          }\n          award {\n            id\n          }\n          theme {\n            code\n          }\n          consortium {\n            name\n            lead {\n              code\n            }\n            members {\n              role\n              municipality {\n                code\n                region {\n                  code\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LoadersAwardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoadersMunicipalities($first: Int) {\n    municipalities(first: $first, filter: { regionCode: \"01\" }) {\n      nodes {\n        code\n        region {\n          code\n          name {\n            sv\n          }\n        }\n        consortia {\n          id\n        }\n        fundingTotal\n        awards(first: 5) {\n          totalCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LoadersMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LoadersMunicipality {\n          hausjarvi: municipality(code: \"086\") {\n            consortia {\n              lead {\n                code\n              }\n              members {\n                municipality {\n                  code\n                }\n              }\n            }\n          }\n          loppi: municipality(code: \"433\") {\n            consortia {\n              lead {\n                code\n              }\n            }\n          }\n          riihimaki: municipality(code: \"694\") {\n            consortia {\n              lead {\n                code\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').LoadersMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MetricsProbe {\n        call(key: \"2020\") {\n          key\n        }\n      }\n    "): typeof import('./graphql').MetricsProbeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TooLong {\n          awards(first: 1000) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').TooLongDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query WithBadToken {\n          __typename\n        }\n      "): typeof import('./graphql').WithBadTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query MetricsCall {\n            call(key: \"2020\") {\n              key\n              title {\n                fi\n              }\n            }\n          }\n        "): typeof import('./graphql').MetricsCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query MetricsCall2 {\n              call(key: \"2020\") {\n                key\n              }\n            }\n          "): typeof import('./graphql').MetricsCall2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverlapsOfApplication($id: ID!) {\n    application(id: $id) {\n      overlaps {\n        reasons\n        similarity\n        application {\n          id\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OverlapsOfApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverlapsOfCall($callId: ID!, $first: Int!) {\n    applications(first: $first, filter: { callId: $callId }) {\n      nodes {\n        id\n        overlaps {\n          reasons\n          application {\n            id\n            award {\n              grantedAmount\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OverlapsOfCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PublicApiCall {\n          call(key: \"2020\") {\n            key\n            year\n            stage\n            status\n            timeZone\n            closesAt\n            opensAt\n            appropriation\n            minMunicipalities\n            excludedSectors\n            title {\n              fi\n              sv\n              en\n              text\n            }\n            themes {\n              code\n              title {\n                fi\n              }\n            }\n            questions {\n              code\n              required\n            }\n            publishedStatistics {\n              applicationsReceived\n              grantsAwarded\n              totalAwarded\n            }\n            statistics {\n              applicationsAwarded\n              totalAwarded\n              remainingAppropriation\n            }\n            awards(first: 1) {\n              totalCount\n            }\n          }\n        }\n      "): typeof import('./graphql').PublicApiCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PublicApiMunicipality {\n          municipality(code: \"091\") {\n            code\n            kind\n            population\n            name {\n              fi\n              sv\n            }\n            region {\n              code\n              name {\n                fi\n                sv\n              }\n            }\n            awards {\n              nodes {\n                grantedAmount\n                application {\n                  projectName {\n                    fi\n                  }\n                }\n              }\n            }\n            fundingTotal(year: 2020)\n          }\n        }\n      "): typeof import('./graphql').PublicApiMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PublicApiMunicipalities($search: String!) {\n            municipalities(filter: { search: $search }) {\n              nodes {\n                code\n                name {\n                  fi\n                  sv\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').PublicApiMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PublicApiCall2 {\n        call(key: \"2020\") {\n          title {\n            text\n            sv: text(lang: SV)\n          }\n        }\n        swedishOnly: call(key: \"2018\") {\n          title {\n            text\n          }\n        }\n      }\n    "): typeof import('./graphql').PublicApiCall2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PublicApiMunicipalities2($validOn: Date) {\n              municipalities(filter: { validOn: $validOn }) {\n                totalCount\n              }\n            }\n          "): typeof import('./graphql').PublicApiMunicipalities2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PublicApiAwards {\n          awards(orderBy: { field: AMOUNT, direction: DESC }, first: 3) {\n            nodes {\n              grantedAmount\n              leadMunicipality {\n                code\n                name {\n                  fi\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').PublicApiAwardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PublicApiAwards2($after: String) {\n            awards(first: 10, after: $after, filter: { year: 2020 }) {\n              totalCount\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n              edges {\n                cursor\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').PublicApiAwards2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicRecordSourceFields on Source {\n    key\n    kind\n    language\n    title {\n      fi\n      sv\n      en\n    }\n    publisher {\n      fi\n      sv\n      en\n    }\n    publishedOn\n    publishedAt\n    url\n  }\n"): typeof import('./graphql').PublicRecordSourceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PublicRecordCall {\n            call(key: \"2018\") {\n              publishedStatistics {\n                grantsAwarded\n              }\n              publishedDecisions {\n                listPosition\n                decisionDate\n                asPrinted\n                amountPublished\n                grantedAmount\n                lead {\n                  code\n                }\n                recipients {\n                  code\n                  name {\n                    sv\n                  }\n                }\n                projectName {\n                  fi\n                  sv\n                  en\n                }\n                conditions {\n                  sv\n                  en\n                }\n                award {\n                  id\n                }\n                sources {\n                  key\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').PublicRecordCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PublicRecordCall2 {\n            call(key: \"2018\") {\n              appropriation\n              publishedStatistics {\n                applicationsReceived\n                grantsAwarded\n                totalAwarded\n                totalAwardedPublished\n              }\n              statistics {\n                applicationsAwarded\n                totalAwarded\n                remainingAppropriation\n                grantsDecided\n                grantsWithoutPublishedAmount\n                totalGranted\n                totalGrantedKnown\n              }\n            }\n            awards(filter: { callKey: \"2018\" }) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql').PublicRecordCall2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PublicRecordCall3 {\n            call(key: \"2018\") {\n              sv: decisionList {\n                items\n                text\n              }\n              fi: decisionList(lang: FI) {\n                items\n              }\n            }\n          }\n        "): typeof import('./graphql').PublicRecordCall3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PublicRecordCall4 {\n            call(key: \"2020\") {\n              publishedStatistics {\n                grantsAwarded\n                totalAwarded\n                totalAwardedPublished\n                sources {\n                  key\n                }\n              }\n              statistics {\n                grantsDecided\n                grantsWithoutPublishedAmount\n                totalAwarded\n                totalGranted\n                totalGrantedKnown\n                remainingAppropriation\n              }\n              publishedDecisions {\n                listPosition\n                amountPublished\n                grantedAmount\n                lead {\n                  code\n                }\n                award {\n                  grantedAmount\n                  listPosition\n                  sources {\n                    key\n                  }\n                }\n                sources {\n                  key\n                }\n              }\n              awards(first: 100) {\n                nodes {\n                  sources {\n                    key\n                    kind\n                    publishedOn\n                  }\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').PublicRecordCall4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PublicRecordCalls {\n            calls(first: 10) {\n              nodes {\n                key\n                description {\n                  fi\n                  sv\n                  en\n                  english: text(lang: EN)\n                }\n                notes {\n                  fi\n                  sv\n                  en\n                }\n                sources {\n                  language\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').PublicRecordCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PublicRecordCall5 {\n            call(key: \"2018\") {\n              notes {\n                sv\n                en\n              }\n              conditions {\n                sv\n              }\n              description {\n                text\n              }\n            }\n          }\n        "): typeof import('./graphql').PublicRecordCall5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PublicRecordCalls3 {\n            calls(first: 10) {\n              nodes {\n                key\n                sources {\n                  ...PublicRecordSourceFields\n                }\n                publishedStatistics {\n                  sources {\n                    key\n                  }\n                }\n                publishedDecisions {\n                  sources {\n                    key\n                  }\n                }\n              }\n            }\n            awards(first: 100) {\n              totalCount\n              nodes {\n                sources {\n                  key\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').PublicRecordCalls3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PublicRecordCall6($id: ID!) {\n            call(id: $id) {\n              sources {\n                key\n              }\n              publishedStatistics {\n                sources {\n                  key\n                }\n                totalAwardedPublished\n              }\n              publishedDecisions {\n                id\n              }\n              statistics {\n                grantsDecided\n                totalGranted\n                totalGrantedKnown\n              }\n            }\n          }\n        "): typeof import('./graphql').PublicRecordCall6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PublicRecordCalls2($first: Int, $filter: CallFilter) {\n        calls(first: $first, filter: $filter) {\n          nodes {\n            sources {\n              key\n            }\n            publishedStatistics {\n              sources {\n                key\n              }\n            }\n            statistics {\n              grantsDecided\n              totalGranted\n            }\n            publishedDecisions {\n              lead {\n                code\n              }\n              recipients {\n                code\n              }\n              sources {\n                key\n              }\n              award {\n                grantedAmount\n              }\n              call {\n                key\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').PublicRecordCalls2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewAssignReviewer($a: ID!, $r: ID!) {\n    assignReviewer(applicationId: $a, reviewerId: $r) {\n      id\n      endedAt\n      reviewer {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewAssignReviewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewSaveEvaluation($a: ID!, $input: SaveEvaluationInput!) {\n    saveEvaluation(applicationId: $a, input: $input) {\n      id\n      status\n      version\n      weightedScore\n      recommendation\n      recommendedAmount\n      scores {\n        criterion {\n          code\n        }\n        score\n        comment\n      }\n      reviewer {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewSaveEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewSubmitEvaluation($id: ID!) {\n    submitEvaluation(id: $id) {\n      id\n      status\n      submittedAt\n    }\n  }\n"): typeof import('./graphql').ReviewSubmitEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewApplication($id: ID!) {\n    application(id: $id) {\n      id\n      evaluations {\n        id\n        reviewer {\n          id\n        }\n        status\n        weightedScore\n      }\n      evaluationSummary {\n        count\n        weightedScore\n        criteria {\n          criterion {\n            code\n          }\n          mean\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReviewStartReview($c: ID!) {\n          startReview(callId: $c) {\n            id\n            status\n          }\n        }\n      "): typeof import('./graphql').ReviewStartReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReviewStartReview2($c: ID!) {\n          startReview(callId: $c) {\n            id\n          }\n        }\n      "): typeof import('./graphql').ReviewStartReview2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReviewStartReview3($c: ID!) {\n          startReview(callId: $c) {\n            id\n          }\n        }\n      "): typeof import('./graphql').ReviewStartReview3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReviewStartReview4($c: ID!) {\n          startReview(callId: $c) {\n            id\n            status\n          }\n        }\n      "): typeof import('./graphql').ReviewStartReview4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReviewDeclareConflictOfInterest($a: ID!) {\n          declareConflictOfInterest(applicationId: $a, reason: \"My spouse leads the project\") {\n            endedAt\n            endReason\n            conflictDeclaration\n          }\n        }\n      "): typeof import('./graphql').ReviewDeclareConflictOfInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReviewReviewAssignments {\n        reviewAssignments(first: 100) {\n          totalCount\n          nodes {\n            application {\n              id\n              referenceNumber\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ReviewReviewAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReviewUnassignReviewer($a: ID!, $r: ID!) {\n          unassignReviewer(applicationId: $a, reviewerId: $r) {\n            endReason\n          }\n        }\n      "): typeof import('./graphql').ReviewUnassignReviewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReviewUnassignReviewer2($a: ID!, $r: ID!) {\n          unassignReviewer(applicationId: $a, reviewerId: $r) {\n            id\n          }\n        }\n      "): typeof import('./graphql').ReviewUnassignReviewer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReviewCall($id: ID!) {\n        call(id: $id) {\n          applications(first: 20) {\n            nodes {\n              id\n              evaluations {\n                weightedScore\n                reviewer {\n                  name\n                }\n                scores {\n                  score\n                  criterion {\n                    code\n                  }\n                }\n              }\n              evaluationSummary {\n                count\n                weightedScore\n                criteria {\n                  mean\n                }\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ReviewCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ReviewStartReview5($c: ID!) {\n            startReview(callId: $c) {\n              id\n            }\n          }\n        "): typeof import('./graphql').ReviewStartReview5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SyntheticCallStatistics($key: String!) {\n          call(key: $key) {\n            statistics {\n              applicationsAwarded\n              remainingAppropriation\n            }\n          }\n        }\n      "): typeof import('./graphql').SyntheticCallStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TimeZoneCreateCall($input: CreateCallInput!) {\n      createCall(input: $input) {\n        id\n        opensAt\n        closesAt\n      }\n    }\n  "): typeof import('./graphql').TimeZoneCreateCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TimeZoneUpdateCall($id: ID!, $input: UpdateCallInput!) {\n      updateCall(id: $id, input: $input) {\n        id\n        opensAt\n        closesAt\n      }\n    }\n  "): typeof import('./graphql').TimeZoneUpdateCallDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VisibilityApplication($d: ID!, $s: ID!) {\n      draft: application(id: $d) {\n        id\n        status\n        projectName {\n          fi\n        }\n        contact {\n          name\n        }\n        answers {\n          text\n        }\n        maturityAssessment {\n          level\n        }\n      }\n      submitted: application(id: $s) {\n        id\n        status\n        consortium {\n          id\n        }\n        call {\n          id\n        }\n      }\n    }\n  "): typeof import('./graphql').VisibilityApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VisibilityApplications {\n      all: applications(first: 100) {\n        totalCount\n        nodes {\n          id\n        }\n      }\n      drafts: applications(filter: { status: [DRAFT] }) {\n        totalCount\n        nodes {\n          id\n        }\n      }\n      submitted: applications(filter: { status: [SUBMITTED] }) {\n        totalCount\n        nodes {\n          id\n        }\n      }\n    }\n  "): typeof import('./graphql').VisibilityApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VisibilityApplications2($c: ID!) {\n      byConsortium: applications(filter: { consortiumId: $c }) {\n        totalCount\n        nodes {\n          id\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      byMunicipality: applications(filter: { municipalityCode: \"049\" }) {\n        totalCount\n        nodes {\n          id\n        }\n      }\n      byCall: applications(filter: { callKey: \"2022\" }) {\n        totalCount\n        nodes {\n          id\n        }\n      }\n    }\n  "): typeof import('./graphql').VisibilityApplications2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VisibilityCall {\n      call(key: \"2022\") {\n        applications(first: 100) {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').VisibilityCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VisibilityConsortium($c: ID!) {\n      consortium(id: $c) {\n        id\n        name\n        members {\n          role\n          municipality {\n            code\n          }\n        }\n        applications {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').VisibilityConsortiumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VisibilityApplication2($s: ID!) {\n      application(id: $s) {\n        consortium {\n          applications {\n            totalCount\n            nodes {\n              id\n              status\n            }\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').VisibilityApplication2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VisibilityMunicipality {\n      lead: municipality(code: \"049\") {\n        consortia {\n          id\n        }\n        applications(first: 100) {\n          totalCount\n          nodes {\n            id\n          }\n        }\n      }\n      member: municipality(code: \"092\") {\n        consortia {\n          id\n          name\n        }\n        applications(first: 100) {\n          totalCount\n        }\n      }\n    }\n  "): typeof import('./graphql').VisibilityMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VisibilityApplicationHistory($d: ID!, $s: ID!) {\n      draft: application(id: $d) {\n        history {\n          totalCount\n          nodes {\n            action\n            changes {\n              field\n              after\n            }\n          }\n        }\n        asSubmitted {\n          summary\n        }\n      }\n      submitted: application(id: $s) {\n        history(first: 5) {\n          totalCount\n        }\n        asSubmitted {\n          summary\n        }\n      }\n    }\n  "): typeof import('./graphql').VisibilityApplicationHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query VisibilityCall2 {\n            call(key: \"2022\") {\n              statistics {\n                applicationsSubmitted\n              }\n            }\n          }\n        "): typeof import('./graphql').VisibilityCall2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query VisibilityApplication3($id: ID!) {\n            application(id: $id) {\n              id\n              proposalId\n            }\n          }\n        "): typeof import('./graphql').VisibilityApplication3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query VisibilityChangeRequest($r: ID!) {\n        changeRequest(id: $r) {\n          id\n          justification\n        }\n      }\n    "): typeof import('./graphql').VisibilityChangeRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query VisibilityAwardChangeRequests($p: ID!) {\n        application(id: $p) {\n          award {\n            id\n            changeRequests {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').VisibilityAwardChangeRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VisibilityGrantRecords($c: ID!) {\n      awards(first: 10, filter: { callId: $c }) {\n        nodes {\n          id\n          paidTotal\n          returnedTotal\n          finalReportSummary {\n            fi\n          }\n          paymentRequests {\n            id\n            status\n            claimedCosts {\n              total\n            }\n          }\n          reports {\n            id\n            outcomes\n          }\n        }\n      }\n      municipality(code: \"092\") {\n        awards(first: 10, orderBy: { field: DECISION_DATE, direction: DESC }) {\n          nodes {\n            paymentRequests {\n              id\n            }\n            reports {\n              id\n            }\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').VisibilityGrantRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopSummary($id: ID!) {\n    call(id: $id) {\n      proposalSummary {\n        total\n        byTheme {\n          theme {\n            code\n          }\n          proposals\n        }\n        byRegion {\n          region {\n            code\n          }\n          proposals\n        }\n        bySizeClass {\n          sizeClass\n          proposals\n        }\n        publishedProjectNames {\n          fi\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WorkshopSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopCreate($input: CreateWorkshopInput!) {\n    createWorkshop(input: $input) {\n      id\n      title {\n        fi\n      }\n      startsAt\n      startsAtLocal\n      registrationClosesAt\n      registrationClosesAtLocal\n      place\n      online\n    }\n  }\n"): typeof import('./graphql').WorkshopCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopInvite($workshopId: ID!, $proposalIds: [ID!]) {\n    inviteToWorkshop(workshopId: $workshopId, proposalIds: $proposalIds) {\n      id\n      status\n      proposal {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').WorkshopInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopInvitations($id: ID!) {\n    call(id: $id) {\n      workshops {\n        id\n        startsAtLocal\n        invitations {\n          status\n          proposal {\n            id\n          }\n          participants {\n            name\n            role\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WorkshopInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopRegister($input: RegisterForWorkshopInput!) {\n    registerForWorkshop(input: $input) {\n      status\n      respondedAt\n    }\n  }\n"): typeof import('./graphql').WorkshopRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopDecline($workshopId: ID!, $proposalId: ID!) {\n    declineWorkshop(workshopId: $workshopId, proposalId: $proposalId) {\n      status\n    }\n  }\n"): typeof import('./graphql').WorkshopDeclineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopAttendance($workshopId: ID!, $proposalId: ID!, $attended: Boolean!) {\n    recordWorkshopAttendance(workshopId: $workshopId, proposalId: $proposalId, attended: $attended) {\n      status\n      attendanceRecordedAt\n    }\n  }\n"): typeof import('./graphql').WorkshopAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopFlag($input: FlagLookingForPartnersInput!) {\n    flagLookingForPartners(input: $input) {\n      id\n      partnerSearch {\n        wish\n      }\n    }\n  }\n"): typeof import('./graphql').WorkshopFlagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopPartnerSearches($id: ID!) {\n    call(id: $id) {\n      partnerSearches {\n        proposalId\n        projectName {\n          fi\n        }\n        leadMunicipality {\n          code\n        }\n        theme {\n          code\n        }\n        wish\n        offers {\n          municipality {\n            code\n          }\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WorkshopPartnerSearchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopOffer($input: PartnerOfferInput!) {\n    offerToJoinProposal(input: $input) {\n      id\n      status\n      municipality {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').WorkshopOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopAccept($input: PartnerOfferInput!) {\n    acceptPartnerOffer(input: $input) {\n      status\n      decidedAt\n    }\n  }\n"): typeof import('./graphql').WorkshopAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopDeclineOffer($input: PartnerOfferInput!) {\n    declinePartnerOffer(input: $input) {\n      status\n    }\n  }\n"): typeof import('./graphql').WorkshopDeclineOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkshopInviteProposal($proposalId: ID!, $callId: ID!) {\n    inviteProposal(proposalId: $proposalId, callId: $callId) {\n      id\n      status\n      allowPublication\n      consortium {\n        id\n        lead {\n          code\n        }\n        members {\n          municipality {\n            code\n          }\n          role\n        }\n      }\n      eligibilityIssues {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').WorkshopInviteProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopSubmittedChoice($id: ID!) {\n    application(id: $id) {\n      asSubmitted {\n        allowPublication\n      }\n    }\n  }\n"): typeof import('./graphql').WorkshopSubmittedChoiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopProposal($id: ID!) {\n    application(id: $id) {\n      id\n      allowPublication\n      consortium {\n        id\n        members {\n          municipality {\n            code\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WorkshopProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation WorkshopPublishApplication($input: CreateApplicationInput!) {\n            createApplication(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').WorkshopPublishApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query WorkshopNested {\n          calls(first: 10) {\n            nodes {\n              proposalSummary {\n                total\n              }\n              workshops {\n                id\n              }\n              partnerSearches {\n                wish\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').WorkshopNestedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
