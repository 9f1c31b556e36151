import { graphql } from '../../lib/graphql';

/** A provider as the provider pages show and edit it. */
export const PROVIDER_FIELDS = graphql(`
  fragment ProviderFields on Provider {
    id
    projectId
    name
    cvr
    municipality
    region
    type
    createdAt
  }
`);
