import type { DocumentNode, GraphQLError } from 'graphql';

export type CheckedDocument = { document: DocumentNode } | { failure: readonly GraphQLError[] };

/**
 * Parsed and validated documents by query text, the most recently used kept. The result of a check depends
 * on the text only (the schema and rules are fixed), so identical subscriptions share one document, which
 * also identifies their operation when an event's result is shared. Long texts are checked every time, so
 * the cache stays small whatever clients send.
 */
export class DocumentCache {
  private readonly entries = new Map<string, CheckedDocument>();

  constructor(
    private readonly checkText: (query: string) => CheckedDocument,
    private readonly capacity = 500,
    private readonly maxLength = 10_000,
  ) {}

  check(query: string): CheckedDocument {
    if (query.length > this.maxLength) return this.checkText(query);
    let entry = this.entries.get(query);
    if (entry) this.entries.delete(query);
    else entry = this.checkText(query);
    this.entries.set(query, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }
}
