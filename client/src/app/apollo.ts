import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { closeCollabConnections } from './live-connections';

export const UNAUTHENTICATED_EVENT = 'samskriv:unauthenticated';

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

function isSubscription(operation: ApolloLink.Operation): boolean {
  const definition = getMainDefinition(operation.query);
  return (
    definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION
  );
}

// A session that ended (expired, logged out elsewhere) sends the person to the login page.
// A wrong password is also UNAUTHENTICATED, but it is the login form's business.
const sessionEnded = new ErrorLink(({ error }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  const ended = error.errors.some(
    (e) => e.extensions?.code === 'UNAUTHENTICATED' && e.extensions?.reason !== 'INVALID_CREDENTIALS',
  );
  if (ended) window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
});

const realtimeClients = new WeakMap<ApolloClient, WsClient>();

/**
 * Forgets the person who logged out: closes the GraphQL WebSocket (opened with their cookie; a later
 * subscription opens a new one), every co-editing connection, and empties the cache while refetching
 * what is still on screen (the header's `me` becomes null).
 */
export async function forgetSession(client: ApolloClient): Promise<void> {
  await closeCollabConnections();
  realtimeClients.get(client)?.terminate();
  await client.resetStore();
}

export function createApolloClient(): ApolloClient {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const wsClient = createClient({
    url: wsUrl(),
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
  });
  const ws = new GraphQLWsLink(wsClient);
  const client = new ApolloClient({
    link: ApolloLink.from([sessionEnded, ApolloLink.split(isSubscription, ws, http)]),
    cache: new InMemoryCache({
      typePolicies: {
        // Groups have no id of their own; they belong to their project.
        MemberGroup: { keyFields: false },
        OrganizationMembers: { keyFields: false },
        ProjectPermissions: { keyFields: false },
        Project: {
          fields: {
            memberGroups: { merge: false },
            members: { merge: false },
            documents: { merge: false },
          },
        },
        Document: { fields: { chapters: { merge: false } } },
        // Approvals have no id of their own; a chapter's list is replaced as a whole.
        OrganizationApproval: { keyFields: false },
        Chapter: { fields: { approvals: { merge: false } } },
        // Specialisation: criteria have no id of their own (they belong to their target group);
        // lists are replaced as a whole when refetched.
        LevelCriterion: { keyFields: false },
        TargetGroup: { fields: { specialists: { merge: false }, criteria: { merge: false } } },
        Provider: { fields: { offers: { merge: false } } },
        Offer: { fields: { cases: { merge: false } } },
        AssessmentCase: { fields: { assessments: { merge: false } } },
        Query: {
          fields: {
            // Reports without ids of their own: a refetch replaces them as a whole.
            placementOverview: { merge: false },
            evaluationReport: { merge: false },
          },
        },
      },
    }),
  });
  realtimeClients.set(client, wsClient);
  return client;
}
