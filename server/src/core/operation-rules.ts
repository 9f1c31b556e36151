import { getMetadataStorage } from 'type-graphql';

const publicMethods = new Set<string>();

/** Marks an operation anyone may call (log in, accept an invitation); all others carry @Authorized. */
export function Public(): MethodDecorator {
  return (target, propertyKey) => {
    publicMethods.add(`${target.constructor.name}.${String(propertyKey)}`);
  };
}

export interface OperationRule {
  operation: string;
  /** 'public', 'logged-in', or the required roles; null when none was declared. */
  rule: string | null;
}

/** Each Query, Mutation and Subscription with its declared rule; null means none was declared. */
export function operationRules(): OperationRule[] {
  const storage = getMetadataStorage();
  const kinds = [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
    ['Subscription', storage.subscriptions],
  ] as const;
  return kinds.flatMap(([kind, resolvers]) =>
    resolvers.map((resolver) => {
      const key = `${resolver.target.name}.${resolver.methodName}`;
      const authorized = storage.authorizedFields.find(
        (a) => a.target === resolver.target && a.fieldName === resolver.methodName,
      );
      const rule = publicMethods.has(key)
        ? 'public'
        : authorized
          ? authorized.roles.length > 0
            ? authorized.roles.join(',')
            : 'logged-in'
          : null;
      return { operation: `${kind}.${resolver.schemaName}`, rule };
    }),
  );
}
