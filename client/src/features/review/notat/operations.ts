import { graphql } from '../../../lib/graphql';

export const NOTAT_ROUND = graphql(`
  query NotatRound($roundId: UUID!) {
    reviewRound(id: $roundId) {
      id
      title
      documentId
      isOpen
      noRemarksOrganizationIds
      viewerCan {
        seeResults
        manageNotat
      }
    }
  }
`);

export const CONSULTATION_NOTAT = graphql(`
  query ConsultationNotat($roundId: UUID!, $version: Int) {
    consultationNotat(roundId: $roundId, version: $version) {
      roundId
      version
      status
      versions
      finalisedAt
      finalisedByName
      projectTitle
      documentTitle
      roundTitle
      materialUrl
      periodStart
      periodEnd
      periodDays
      hearingList {
        organizationId
        name
        responded
        noRemarks
      }
      chapters {
        chapterId
        title
        subjects {
          key
          heading
          quote
          summary
          comment
          edited
          responses {
            commentId
            organizationName
            authorName
            registered
            attachmentName
            disposition
          }
        }
      }
      changes {
        chapterId
        title
        startVersionId
        endVersionId
        insertedWords
        deletedWords
        segments {
          type
          text
        }
        omittedChanges
        accepted {
          commentId
          organizationName
          quote
          proposal
        }
      }
      viewerCan {
        edit
        finalise
        newDraft
      }
    }
  }
`);

export const NOTAT_FILE = graphql(`
  query ConsultationNotatFile(
    $roundId: UUID!
    $version: Int
    $pdf: Boolean!
    $docx: Boolean!
    $html: Boolean!
  ) {
    consultationNotat(roundId: $roundId, version: $version) {
      version
      pdf @include(if: $pdf)
      docx @include(if: $docx)
      html @include(if: $html)
    }
  }
`);

export const EDIT_NOTAT_SUBJECT = graphql(`
  mutation EditNotatSubject($input: EditNotatSubjectInput!) {
    editNotatSubject(input: $input) {
      version
    }
  }
`);

export const FINALISE_NOTAT = graphql(`
  mutation FinaliseConsultationNotat($roundId: UUID!) {
    finaliseConsultationNotat(roundId: $roundId) {
      version
    }
  }
`);

export const NEW_NOTAT_DRAFT = graphql(`
  mutation NewConsultationNotatDraft($roundId: UUID!) {
    newConsultationNotatDraft(roundId: $roundId) {
      version
    }
  }
`);

export const SET_NO_REMARKS = graphql(`
  mutation SetNoRemarks($roundId: UUID!, $organizationId: UUID!, $noRemarks: Boolean!) {
    setNoRemarks(roundId: $roundId, organizationId: $organizationId, noRemarks: $noRemarks) {
      id
      noRemarksOrganizationIds
    }
  }
`);
