/**
 * The review documents (issue 17): the queue of readings to settle, a decision, and undo. Typed by
 * `npm run codegen` like the other documents.
 */
import { graphql } from '../generated/gql.ts';

export const REVIEW_QUEUE = graphql(`
  query ReviewQueue($filter: Filter, $first: Int, $after: String) {
    reviewQueue(filter: $filter, first: $first, after: $after) {
      totalCount
      remaining
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          file
          open
          unclear
          weight
          lines {
            number
            text
          }
          measure {
            id
            text
            deadline {
              text
            }
            plan {
              id
              title
            }
            task {
              seq
              title
              measures {
                id
                text
              }
            }
          }
          readings {
            id
            role
            column
            asWritten
            confidence
            uncertain
            evidence {
              basis
              text
            }
            source {
              firstLine
              lastLine
            }
            party {
              ... on Unit {
                id
                name
              }
              ... on Person {
                id
                name
              }
            }
            reviewed {
              decision
              by
              note
            }
          }
        }
      }
    }
  }
`);

export const RESOLVE_READING = graphql(`
  mutation ResolveReading($assignment: ID!, $decision: ReadingDecision!, $note: String) {
    resolveReading(assignment: $assignment, decision: $decision, note: $note) {
      id
      kind
      status
      outcome
    }
  }
`);

export const UNDO_DECISION = graphql(`
  mutation UndoDecision($decision: ID!) {
    undoDecision(decision: $decision) {
      id
      outcome
    }
  }
`);
