/**
 * Cursor pagination over a list the store answered whole: a cursor is the opaque id of an
 * edge's node, so pages stay put while the list does.
 */
import { badInput } from './errors.ts';
import { bounded } from './filters.ts';
import type { PageInfo } from './generated/resolvers.ts';

export const MAX_PAGE = 200;

const encode = (id: string) => Buffer.from(id, 'utf8').toString('base64url');
const decode = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

/** The schema's UnitConnection and MeasureConnection, over the model's items. */
export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

export function paginate<T extends { id: string }>(
  items: readonly T[],
  first: number,
  after?: string | null,
): Connection<T> {
  bounded('first', first, 0, MAX_PAGE);
  let start = 0;
  if (after != null) {
    const id = decode(after);
    const index = items.findIndex((item) => item.id === id);
    if (index < 0)
      throw badInput(
        'after',
        'is not the cursor of an edge of this list (use pageInfo.endCursor of the previous page).',
      );
    start = index + 1;
  }
  const page = items.slice(start, start + first);
  return {
    totalCount: items.length,
    edges: page.map((node) => ({ cursor: encode(node.id), node })),
    pageInfo: {
      hasNextPage: start + first < items.length,
      endCursor: page.length > 0 ? encode(page[page.length - 1]!.id) : null,
    },
  };
}
