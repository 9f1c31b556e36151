import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';

// A NUL, a high surrogate without its low half, or a low surrogate without its high half.
// eslint-disable-next-line no-control-regex -- finding the NUL character is the point
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const refuse = (field: string) =>
  new GraphQLError(`${field} contains a NUL character or a broken (unpaired surrogate) character`, {
    // Apollo answers errors thrown from its request hooks with this status.
    extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
  });

function badInValue(value: unknown, path: string): string | null {
  if (typeof value === 'string') return BAD_TEXT.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const bad = badInValue(item, `${path}.${index}`);
      if (bad) return bad;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const bad = badInValue(item, path ? `${path}.${key}` : key);
      if (bad) return bad;
    }
  }
  return null;
}

function badInLiteral(node: ValueNode, path: string): string | null {
  switch (node.kind) {
    case Kind.STRING:
      return BAD_TEXT.test(node.value) ? path : null;
    case Kind.LIST:
      for (const [index, item] of node.values.entries()) {
        const bad = badInLiteral(item, `${path}.${index}`);
        if (bad) return bad;
      }
      return null;
    case Kind.OBJECT:
      for (const field of node.fields) {
        const bad = badInLiteral(field.value, `${path}.${field.name.value}`);
        if (bad) return bad;
      }
      return null;
    default:
      return null;
  }
}

/**
 * The one check of text input at the edge, for every input type on both transports: PostgreSQL cannot
 * store a NUL, and a lone surrogate is not text. Refused as BAD_USER_INPUT naming the field
 * (a variable path such as `input.title`, or the argument of a literal), before anything runs.
 */
export function checkInputText(
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | null {
  const inVariables = badInValue(variables ?? {}, '');
  if (inVariables) return refuse(inVariables);
  let inLiterals: string | null = null;
  visit(document, {
    Argument(node) {
      inLiterals ??= badInLiteral(node.value, node.name.value);
    },
  });
  return inLiterals ? refuse(inLiterals) : null;
}
