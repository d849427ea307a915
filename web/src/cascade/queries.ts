/**
 * The documents of the cascade feature: how a city measure lands in the districts (下达), what
 * changed for a unit between two years (变化), and a measure's counterparts for the side panel.
 * Typed by `npm run codegen` like api/queries.ts.
 */
import { graphql } from '../generated/gql.ts';

graphql(`
  fragment LinkedMeasure on Measure {
    id
    text
    deadline {
      text
    }
    plan {
      id
      title
      jurisdiction
      year
    }
    task {
      seq
      title
    }
  }
`);

export const CITY_MEASURES = graphql(`
  query CityMeasures {
    plans {
      id
      title
      jurisdiction
      year
      tasks {
        seq
        title
        measures {
          id
          text
          implementedBy {
            score
          }
          unmatched {
            kind
          }
        }
      }
    }
  }
`);

export const CASCADE = graphql(`
  query Cascade($measure: ID!) {
    cascade(measure: $measure) {
      measure {
        ...LinkedMeasure
      }
      districts {
        jurisdiction
        gap
        plan {
          id
          title
        }
        counterparts {
          score
          evidence
          measure {
            ...LinkedMeasure
          }
          leads {
            id
            name
          }
          responsible {
            id
            name
          }
          members {
            unit {
              id
              name
            }
            role
          }
        }
      }
    }
  }
`);

export const CHANGES = graphql(`
  query Changes($unit: String!, $from: Int!, $to: Int!) {
    changes(unit: $unit, from: $from, to: $to) {
      unit {
        id
        name
        jurisdiction
      }
      from
      to
      added {
        roles
        measure {
          ...LinkedMeasure
        }
      }
      dropped {
        roles
        measure {
          ...LinkedMeasure
        }
      }
      continued {
        label
        score
        fromRoles
        toRoles
        from {
          ...LinkedMeasure
        }
        to {
          ...LinkedMeasure
        }
      }
    }
  }
`);

export const COUNTERPARTS = graphql(`
  query Counterparts($id: ID!) {
    measure(id: $id) {
      id
      plan {
        jurisdiction
      }
      implements {
        ...CounterpartFields
      }
      implementedBy {
        ...CounterpartFields
      }
      continues {
        ...CounterpartFields
      }
      continuedBy {
        ...CounterpartFields
      }
      unmatched {
        kind
        otherPlan {
          title
        }
      }
    }
  }
  fragment CounterpartFields on Counterpart {
    score
    label
    measure {
      ...LinkedMeasure
    }
  }
`);
