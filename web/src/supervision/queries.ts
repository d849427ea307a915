/**
 * The supervision documents: who is signed in, signing in and out, the ledger, the scorecard, a
 * measure's light and reports, and reporting. Typed by `npm run codegen` like queries.ts.
 */
import { graphql } from '../generated/gql.ts';

export const ME = graphql(`
  query Me {
    me {
      name
      role
      units {
        id
        name
        jurisdiction
      }
    }
  }
`);

export const LOGIN = graphql(`
  mutation Login($name: String!, $password: String!) {
    login(name: $name, password: $password) {
      expiresAt
      user {
        name
        role
      }
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

export const LEDGER = graphql(`
  query Ledger($filter: Filter, $asOf: Date, $first: Int, $after: String) {
    ledger(filter: $filter, asOf: $asOf, first: $first, after: $after) {
      totalCount
      counts {
        red
        yellow
        green
        grey
        total
      }
      byMonth {
        month
        counts {
          red
          yellow
          green
          grey
          total
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          light
          reason
          due
          overdueDays
          measure {
            id
            text
            deadline {
              text
            }
            task {
              seq
            }
            plan {
              title
              jurisdiction
            }
          }
          leads {
            id
            name
          }
          responsible {
            id
            name
          }
          lastReport {
            status
            asOf
            by
            note
          }
        }
      }
    }
  }
`);

export const MEASURE_LIGHTS = graphql(`
  query MeasureLights($measures: [ID!]!, $asOf: Date) {
    lights(measures: $measures, asOf: $asOf) {
      light
      measure {
        id
      }
    }
  }
`);

export const SCORECARD = graphql(`
  query Scorecard($filter: Filter, $asOf: Date, $top: Int) {
    scorecard(filter: $filter, asOf: $asOf, top: $top) {
      rank
      unit {
        id
        name
        jurisdiction
      }
      counts {
        red
        yellow
        green
        grey
        total
      }
    }
  }
`);

export const MEASURE_REPORTS = graphql(`
  query MeasureReports($id: ID!, $asOf: Date) {
    measure(id: $id) {
      id
      light(asOf: $asOf) {
        light
        reason
        due
      }
      assignments {
        role
        party {
          id
          name
          ... on Unit {
            level
          }
        }
      }
      reports {
        id
        status
        note
        asOf
        recordedAt
        by
        kind
        unit {
          id
          name
        }
      }
    }
  }
`);

export const REPORT_PROGRESS = graphql(`
  mutation ReportProgress($measure: ID!, $unit: ID!, $status: ProgressStatus!, $note: String, $asOf: Date) {
    reportProgress(measure: $measure, unit: $unit, status: $status, note: $note, asOf: $asOf) {
      id
      status
    }
  }
`);

export const REOPEN_REPORT = graphql(`
  mutation ReopenReport($report: ID!, $note: String) {
    reopenReport(report: $report, note: $note) {
      id
    }
  }
`);
