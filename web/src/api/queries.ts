/**
 * The GraphQL documents the explorer sends. Their answer and variable types are generated from
 * them and the schema (`npm run codegen`, into web/src/generated/): nothing here is typed by hand.
 * Every filtered query takes the one `Filter` input, as state.filters holds it.
 */
import { graphql } from '../generated/gql.ts';

graphql(`
  fragment UnitRef on Unit {
    id
    name
    jurisdiction
    level
    kind
  }
  fragment Counts on RoleCounts {
    lead
    responsible
    coop
    leader
    total
  }
  fragment SubgraphFields on Subgraph {
    nodes {
      id
      type
      label
      jurisdiction
      level
      kind
      load
    }
    edges {
      id
      source
      target
      role
      confidence
    }
  }
  fragment MeasureRow on Measure {
    id
    text
    deadline {
      text
      kind
      due
    }
    plan {
      id
      title
      seed {
        docNumber
      }
    }
    task {
      seq
      title
    }
  }
  fragment AssignmentRow on Assignment {
    id
    role
    column
    asWritten
    uncertain
    confidence
    via {
      id
      name
    }
    source {
      file
      firstLine
      lastLine
    }
    measure {
      ...MeasureRow
    }
  }
  fragment TouchesDetail on Touches {
    unit {
      ...UnitRef
      known
      aliases
      membership
      members {
        ...UnitRef
      }
      memberOf {
        ...UnitRef
      }
    }
    counts {
      ...Counts
    }
    measureCount
    assignments {
      ...AssignmentRow
    }
  }
  fragment UnitLoadRow on UnitLoad {
    rank
    score
    unit {
      ...UnitRef
    }
    counts {
      ...Counts
    }
  }
  fragment PathStepRow on PathStep {
    from {
      ...UnitRef
    }
    measure {
      ...MeasureRow
    }
    to {
      ...UnitRef
    }
  }
`);

export const SUGGEST = graphql(`
  query Suggest($text: String!) {
    suggest(text: $text, first: 12) {
      id
      type
      name
      jurisdiction
      level
      matched
      sharedBy
    }
  }
`);

export const PLANS = graphql(`
  query Plans {
    plans {
      id
      title
      label
      topic
      topicLabel
      jurisdiction
      year
      measureCount
    }
  }
`);

/** Focus view: every unit the name stands for, with what it touches and the graph to draw. */
export const FOCUS = graphql(`
  query Focus($unit: String!, $filter: Filter) {
    touches(unit: $unit, filter: $filter) {
      ...TouchesDetail
      graph {
        ...SubgraphFields
      }
    }
  }
`);

/** Side panel of a unit. */
export const UNIT_PANEL = graphql(`
  query UnitPanel($unit: String!, $filter: Filter) {
    touches(unit: $unit, filter: $filter) {
      ...TouchesDetail
    }
  }
`);

/** The parties around some units (a person, an expanded node) or, without `around`, the whole graph. */
export const GRAPH = graphql(`
  query Graph($around: [ID!], $filter: Filter) {
    graph(around: $around, filter: $filter) {
      ...SubgraphFields
    }
  }
`);

export const MEMBERS = graphql(`
  query Members($id: ID!) {
    unit(id: $id) {
      id
      membership
      members {
        ...UnitRef
      }
    }
  }
`);

export const MEASURE_PANEL = graphql(`
  query MeasurePanel($id: ID!) {
    measure(id: $id) {
      id
      text
      deadline {
        text
        kind
        due
      }
      plan {
        id
        title
        jurisdiction
        year
        seed {
          docNumber
        }
      }
      task {
        seq
        title
      }
      section {
        path
      }
      source {
        file
        firstLine
        lastLine
      }
      assignments {
        id
        role
        column
        asWritten
        uncertain
        confidence
        evidence {
          basis
          phrase
          text
        }
        reviewed {
          decision
          by
          at
          note
        }
        party {
          id
          name
          jurisdiction
          ... on Unit {
            level
            kind
          }
        }
        via {
          id
          name
        }
      }
    }
  }
`);

export const OVERLOAD = graphql(`
  query Overload($level: Level, $jurisdiction: String, $top: Int, $filter: Filter) {
    overload(level: $level, jurisdiction: $jurisdiction, top: $top, filter: $filter) {
      ...UnitLoadRow
    }
  }
`);

export const PATH = graphql(`
  query Path($from: String!, $to: String!) {
    path(from: $from, to: $to) {
      hops
      steps {
        ...PathStepRow
      }
      graph {
        ...SubgraphFields
      }
    }
  }
`);
