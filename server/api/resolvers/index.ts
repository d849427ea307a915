/**
 * The resolver map: queries by theme, the types they return, and the enums.
 */
import { enumResolvers } from '../enums.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { catalogQueries } from './catalog.ts';
import { documentResolvers } from './documents.ts';
import { networkQueries, networkResolvers } from './network.ts';
import { overloadQueries, overloadResolvers } from './overload.ts';
import { partyResolvers } from './parties.ts';
import { statsQueries, statsResolvers } from './stats.ts';

export const resolvers = {
  Query: { ...catalogQueries, ...networkQueries, ...overloadQueries, ...statsQueries },
  ...documentResolvers,
  ...partyResolvers,
  ...networkResolvers,
  ...overloadResolvers,
  ...statsResolvers,
  ...enumResolvers,
} satisfies Resolvers;
