/**
 * The resolver map: queries by theme, the types they return, and the enums.
 */
import { enumResolvers } from '../enums.ts';
import { alignmentQueries, alignmentResolvers } from './alignment.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { catalogQueries } from './catalog.ts';
import { documentResolvers } from './documents.ts';
import { networkQueries, networkResolvers } from './network.ts';
import { overloadQueries, overloadResolvers } from './overload.ts';
import { partyResolvers } from './parties.ts';
import { reviewMutations, reviewQueries, reviewResolvers } from './review.ts';
import { statsQueries, statsResolvers } from './stats.ts';
import { supervisionMutations, supervisionQueries, supervisionResolvers } from './supervision.ts';

export const resolvers = {
  Query: {
    ...catalogQueries,
    ...networkQueries,
    ...overloadQueries,
    ...statsQueries,
    ...supervisionQueries,
    ...alignmentQueries,
    ...reviewQueries,
  },
  Mutation: { ...supervisionMutations, ...reviewMutations },
  ...documentResolvers,
  ...partyResolvers,
  ...networkResolvers,
  ...overloadResolvers,
  ...statsResolvers,
  ...enumResolvers,
  ...supervisionResolvers,
  ...alignmentResolvers,
  ...reviewResolvers,
  Measure: { ...documentResolvers.Measure, ...supervisionResolvers.Measure, ...alignmentResolvers.Measure },
} satisfies Resolvers;
