import { graphql } from '../../lib/graphql';
import { MEMBERSHIP_FIELDS } from '../../lib/fragments';
import { CRITERION_FIELDS } from './CriterionCard.fragments';
import { TARGET_GROUP_SUMMARY } from './targetGroup.fragments';
import { PROVIDER_FIELDS } from './provider.fragments';
import { CASE_FIELDS } from './CaseView.fragments';
import { PLACEMENT_FIELDS } from './placement.fragments';
import { IMPORT_RESULT_FIELDS } from './importResult.fragments';
import { EVALUATION_NOTE_FIELDS } from './EvaluationNotes.fragments';

/** The project around every specialisation page: title for the breadcrumbs, the caller's rights. */
export const SPECIALISATION_PROJECT = graphql(`
  query SpecialisationProject($id: UUID!) {
    project(id: $id) {
      id
      title
      kind
      viewerCan {
        manage
        evaluate
      }
      myMembership {
        id
        role
      }
    }
  }
`);

export const TARGET_GROUPS = graphql(
  `
    query TargetGroups($projectId: UUID!) {
      targetGroups(projectId: $projectId) {
        ...TargetGroupSummary
        specialists {
          id
          user {
            id
            name
          }
        }
      }
    }
  `,
  [TARGET_GROUP_SUMMARY],
);

export const TARGET_GROUP = graphql(
  `
    query TargetGroup($id: UUID!) {
      targetGroup(id: $id) {
        ...TargetGroupSummary
        document {
          id
          title
          chapters {
            id
            title
            status
            position
          }
        }
        specialists {
          ...MembershipFields
        }
        criteria {
          ...CriterionFields
          history {
            id
            level
            version
            html
            createdAt
            createdBy {
              id
              name
            }
          }
        }
      }
    }
  `,
  [TARGET_GROUP_SUMMARY, MEMBERSHIP_FIELDS, CRITERION_FIELDS],
);

/** The members a coordinator may put in a specialist group (AUTHOR or COORDINATOR). */
export const PROJECT_MEMBERS = graphql(
  `
    query SpecialisationProjectMembers($id: UUID!) {
      project(id: $id) {
        id
        members {
          ...MembershipFields
          mayBeSpecialist
        }
      }
    }
  `,
  [MEMBERSHIP_FIELDS],
);

export const CREATE_TARGET_GROUP = graphql(
  `
    mutation CreateTargetGroup($input: CreateTargetGroupInput!) {
      createTargetGroup(input: $input) {
        ...TargetGroupSummary
      }
    }
  `,
  [TARGET_GROUP_SUMMARY],
);

export const SET_SPECIALISTS = graphql(
  `
    mutation SetSpecialists($input: SetSpecialistsInput!) {
      setSpecialists(input: $input) {
        id
        viewerIsSpecialist
        viewerCan {
          assess
          editCriteria
          settle
        }
        specialists {
          ...MembershipFields
        }
      }
    }
  `,
  [MEMBERSHIP_FIELDS],
);

export const SAVE_LEVEL_CRITERION = graphql(
  `
    mutation SaveLevelCriterion($input: SaveLevelCriterionInput!) {
      saveLevelCriterion(input: $input) {
        ...CriterionFields
      }
    }
  `,
  [CRITERION_FIELDS],
);

// ---------- providers and offers ----------

export const PROVIDERS = graphql(
  `
    query Providers($projectId: UUID!, $filter: PlacementFilter) {
      providers(projectId: $projectId, filter: $filter) {
        ...ProviderFields
        offers {
          id
          targetGroupId
        }
      }
      targetGroups(projectId: $projectId) {
        id
        name
      }
    }
  `,
  [PROVIDER_FIELDS],
);

export const PROVIDERS_CSV = graphql(`
  query ProvidersCsv($projectId: UUID!) {
    providersCsv(projectId: $projectId)
  }
`);

export const PROVIDER = graphql(
  `
    query Provider($id: UUID!) {
      provider(id: $id) {
        ...ProviderFields
        offers {
          id
          name
          description
          targetGroupId
          targetGroup {
            id
            name
          }
          placement {
            ...PlacementFields
          }
          currentCase {
            id
            status
            submittedCount
            sequence
          }
        }
      }
    }
  `,
  [PROVIDER_FIELDS, PLACEMENT_FIELDS],
);

export const CREATE_PROVIDER = graphql(
  `
    mutation CreateProvider($input: ProviderInput!) {
      createProvider(input: $input) {
        ...ProviderFields
      }
    }
  `,
  [PROVIDER_FIELDS],
);

export const UPDATE_PROVIDER = graphql(
  `
    mutation UpdateProvider($input: UpdateProviderInput!) {
      updateProvider(input: $input) {
        ...ProviderFields
      }
    }
  `,
  [PROVIDER_FIELDS],
);

export const DELETE_PROVIDER = graphql(`
  mutation DeleteProvider($id: UUID!) {
    deleteProvider(id: $id)
  }
`);

export const CREATE_OFFER = graphql(`
  mutation CreateOffer($input: OfferInput!) {
    createOffer(input: $input) {
      id
      name
      providerId
      targetGroupId
    }
  }
`);

export const DELETE_OFFER = graphql(`
  mutation DeleteOffer($id: UUID!) {
    deleteOffer(id: $id)
  }
`);

export const PREVIEW_PROVIDER_IMPORT = graphql(
  `
    query PreviewProviderImport($projectId: UUID!, $csv: String!) {
      previewProviderImport(projectId: $projectId, csv: $csv) {
        ...ImportResultFields
      }
    }
  `,
  [IMPORT_RESULT_FIELDS],
);

export const IMPORT_PROVIDERS = graphql(
  `
    mutation ImportProviders($projectId: UUID!, $csv: String!) {
      importProviders(projectId: $projectId, csv: $csv) {
        ...ImportResultFields
      }
    }
  `,
  [IMPORT_RESULT_FIELDS],
);

// ---------- assessments ----------

export const OFFER = graphql(
  `
    query Offer($id: UUID!) {
      offer(id: $id) {
        id
        name
        description
        provider {
          ...ProviderFields
        }
        targetGroup {
          id
          projectId
          name
          viewerIsSpecialist
          viewerCan {
            assess
            editCriteria
            settle
          }
          criteria {
            ...CriterionFields
          }
        }
        placement {
          ...PlacementFields
        }
        currentCase {
          ...CaseFields
        }
        cases {
          ...CaseFields
        }
      }
    }
  `,
  [PROVIDER_FIELDS, CRITERION_FIELDS, PLACEMENT_FIELDS, CASE_FIELDS],
);

export const SUBMIT_ASSESSMENT = graphql(
  `
    mutation SubmitAssessment($input: SubmitAssessmentInput!) {
      submitAssessment(input: $input) {
        ...CaseFields
      }
    }
  `,
  [CASE_FIELDS],
);

export const SETTLE_DISAGREEMENT = graphql(
  `
    mutation SettleDisagreement($input: SettleDisagreementInput!) {
      settleDisagreement(input: $input) {
        ...CaseFields
      }
    }
  `,
  [CASE_FIELDS],
);

export const CONFIRM_PLACEMENT = graphql(
  `
    mutation ConfirmPlacement($input: ConfirmPlacementInput!) {
      confirmPlacement(input: $input) {
        ...CaseFields
      }
    }
  `,
  [CASE_FIELDS],
);

export const REVISIT_PLACEMENT = graphql(
  `
    mutation RevisitPlacement($input: RevisitPlacementInput!) {
      revisitPlacement(input: $input) {
        ...CaseFields
      }
    }
  `,
  [CASE_FIELDS],
);

// ---------- overview and evaluation ----------

export const PLACEMENT_OVERVIEW = graphql(
  `
    query PlacementOverview($projectId: UUID!, $filter: PlacementFilter) {
      placementOverview(projectId: $projectId, filter: $filter) {
        targetGroups {
          id
          name
        }
        rows {
          provider {
            ...ProviderFields
          }
          cells {
            targetGroupId
            offerId
            offerName
            status
            level
          }
        }
        counts {
          targetGroupId
          level
          count
        }
        unplaced
      }
    }
  `,
  [PROVIDER_FIELDS],
);

export const PLACEMENT_OVERVIEW_CSV = graphql(`
  query PlacementOverviewCsv($projectId: UUID!, $filter: PlacementFilter) {
    placementOverviewCsv(projectId: $projectId, filter: $filter)
  }
`);

export const EVALUATION_REPORT = graphql(
  `
    query EvaluationReport($projectId: UUID!) {
      evaluationReport(projectId: $projectId) {
        generatedAt
        targetGroups {
          targetGroup {
            id
            name
          }
          offers
          assessed
          placed
          placedPerLevel
          pairs
          agreements
          agreementRate
          openDisagreements
        }
        totalOffers
        totalAssessed
        totalPlaced
        totalPairs
        totalAgreements
        agreementRate
        openDisagreements
        notes {
          ...EvaluationNoteFields
        }
      }
    }
  `,
  [EVALUATION_NOTE_FIELDS],
);

export const EVALUATION_REPORT_HTML = graphql(`
  query EvaluationReportHtml($projectId: UUID!) {
    evaluationReport(projectId: $projectId) {
      generatedAt
      html
    }
  }
`);

export const ADD_EVALUATION_NOTE = graphql(
  `
    mutation AddEvaluationNote($projectId: UUID!, $body: String!) {
      addEvaluationNote(projectId: $projectId, body: $body) {
        ...EvaluationNoteFields
      }
    }
  `,
  [EVALUATION_NOTE_FIELDS],
);

// ---------- live ----------

export const SPECIALISATION_EVENTS = graphql(`
  subscription SpecialisationEvents($projectId: UUID!) {
    specialisationEvents(projectId: $projectId) {
      type
      projectId
      targetGroupId
      offerId
      caseId
    }
  }
`);
