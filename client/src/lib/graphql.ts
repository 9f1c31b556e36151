import { initGraphQLTada } from 'gql.tada';
import type { introspection } from '../graphql/graphql-env';

/** Typed operations from schema/schema.graphql (run `npm run codegen -w client` after the schema changes). */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTimeISO: string; UUID: string };
}>();

export { readFragment } from 'gql.tada';
export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
