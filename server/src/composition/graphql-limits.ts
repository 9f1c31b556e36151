import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** The same limits on HTTP and graphql-ws (which bypasses Apollo's plugins). */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5000,
  maxDocumentBytes: 100_000,
  /** A whole HTTP request: the query plus its variables (a provider CSV import may be 2 MB). */
  maxRequestBytes: 3_000_000,
  maxRootFields: 30,
};

const limitError = (message: string) => new GraphQLError(message, { extensions: { reason: 'QUERY_LIMIT' } });

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!selectionSet) return 0;
  let max = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      max = Math.max(max, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      if (seen.has(name) || !fragments[name]) continue;
      seen.add(name);
      max = Math.max(max, depthOf(fragments[name].selectionSet, fragments, seen));
      seen.delete(name);
    }
  }
  return max;
}

export const depthLimitRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of context.getDocument().definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  return {
    OperationDefinition(node) {
      const depth = depthOf(node.selectionSet, fragments, new Set());
      if (depth > LIMITS.maxDepth)
        context.reportError(limitError(`Query depth ${depth} exceeds the limit of ${LIMITS.maxDepth}`));
      if (node.selectionSet.selections.length > LIMITS.maxRootFields)
        context.reportError(limitError(`More than ${LIMITS.maxRootFields} root fields`));
    },
  };
};

export const aliasLimitRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  let aliases = 0;
  return {
    Field(node) {
      if (node.alias && ++aliases === LIMITS.maxAliases + 1)
        context.reportError(limitError(`More than ${LIMITS.maxAliases} aliases`));
    },
  };
};

export const validationRules = [depthLimitRule, aliasLimitRule];
