/**
 * The ceiling for `npm run bench:realtime`: a plain graphql-ws server relaying the same
 * review-event payload (no auth, no database). A mutation over HTTP publishes; every
 * subscriber of the document gets the event. Run as its own process: PORT=… node -r register.js plain-relay.ts
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema, graphql, type GraphQLField } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

interface RelayEvent {
  type: string;
  documentId: string;
  chapterId: string;
  comment: { id: string; body: string; createdAt: string };
}

// Node's EventTarget warns from the 11th listener of a topic; hundreds of subscribers to one is the point here.
const eventTarget = new EventTarget();
setMaxListeners(0, eventTarget);
const pubSub = createPubSub<{ REVIEW_EVENT: [documentId: string, payload: RelayEvent] }>({ eventTarget });
const schema = buildSchema(`
  type Comment { id: ID! body: String createdAt: String! }
  type ReviewEvent { type: String! documentId: ID! chapterId: ID comment: Comment }
  input CreateCommentInput { documentId: ID! chapterId: ID! body: String! }
  type Query { ok: Boolean }
  type Mutation { createComment(input: CreateCommentInput!): Comment! }
  type Subscription { reviewEvents(documentId: ID!): ReviewEvent! }
`);
const subscription = schema.getSubscriptionType()!.getFields().reviewEvents as GraphQLField<
  RelayEvent,
  unknown,
  { documentId: string }
>;
subscription.subscribe = (_root, args) => pubSub.subscribe('REVIEW_EVENT', args.documentId);
subscription.resolve = (event) => event;

const rootValue = {
  createComment({ input }: { input: { documentId: string; chapterId: string; body: string } }) {
    const comment = { id: randomUUID(), body: input.body, createdAt: new Date().toISOString() };
    pubSub.publish('REVIEW_EVENT', input.documentId, {
      type: 'COMMENT_ADDED',
      documentId: input.documentId,
      chapterId: input.chapterId,
      comment,
    });
    return comment;
  },
};

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    const { query, variables } = JSON.parse(body || '{}') as {
      query: string;
      variables?: Record<string, unknown>;
    };
    void graphql({ schema, source: query, rootValue, variableValues: variables }).then((result) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(result));
    });
  });
});
useServer({ schema }, new WebSocketServer({ server, path: '/graphql' }));
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
