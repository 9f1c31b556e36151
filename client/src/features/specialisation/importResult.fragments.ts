import { graphql } from '../../lib/graphql';

/** What a provider import did or would do, row by row. */
export const IMPORT_RESULT_FIELDS = graphql(`
  fragment ImportResultFields on ProviderImportResult {
    imported
    rejected
    createdProviders
    rows {
      line
      status
      reason
      field
      providerName
      cvr
      offerName
      targetGroupName
    }
  }
`);
