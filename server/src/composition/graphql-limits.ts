import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type GraphQLFormattedError,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** The same limits on HTTP and graphql-ws (which bypasses Apollo's plugins). */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxCost: 20_000,
  /** graphql-js' own parser limit, given to the parser on both transports. */
  maxTokens: 5000,
  maxDocumentBytes: 100_000,
  /** A whole HTTP request: the query plus its variables (a provider CSV import may be 2 MB). */
  maxRequestBytes: 3_000_000,
  maxRootFields: 30,
};

const SUGGESTION_MASK = '[Suggestion hidden]';

/** Armor reports a limit as a validation error instead of throwing out of graphql-js' validate(). */
const report = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/**
 * GraphQL Armor's depth, alias, directive and cost limits (fragments are counted once each and
 * memoised, so a document of nested fragment spreads is refused in linear time). HTTP gets Armor's
 * Apollo plugins too; graphql-ws gets the same rules and the same suggestion mask from `hideSuggestions`.
 */
export function createArmor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, flattenFragments: true, ...report },
    maxAliases: { n: LIMITS.maxAliases, ...report },
    maxDirectives: { n: LIMITS.maxDirectives, ...report },
    costLimit: { maxCost: LIMITS.maxCost, ...report },
    // graphql-js' parser counts tokens (parseOptions.maxTokens) on both transports.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production, mask: SUGGESTION_MASK },
  }).protect();
}

/** graphql-ws' counterpart of Armor's suggestion blocking on HTTP. */
export function hideSuggestions(error: GraphQLFormattedError): GraphQLFormattedError {
  return { ...error, message: error.message.replace(/Did you mean ".+"\??/g, SUGGESTION_MASK).trim() };
}

/** Root fields of an operation, counting those inside fragment spreads and inline fragments (each fragment once). */
function rootFieldCount(
  selectionSet: SelectionSetNode,
  context: ValidationContext,
  seen: Set<string>,
): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count++;
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      count += rootFieldCount(selection.selectionSet, context, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += rootFieldCount(fragment.selectionSet, context, seen);
    }
  }
  return count;
}

/** Armor has no root-field limit: at most 30 root fields per operation, fragments included. */
export const rootFieldLimitRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(node) {
    if (rootFieldCount(node.selectionSet, context, new Set()) > LIMITS.maxRootFields)
      context.reportError(new GraphQLError(`More than ${LIMITS.maxRootFields} root fields`));
  },
});
