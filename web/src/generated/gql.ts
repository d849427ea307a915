/* eslint-disable */
import * as types from './graphql.ts';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment UnitRef on Unit {\n    id\n    name\n    jurisdiction\n    level\n    kind\n  }\n  fragment Counts on RoleCounts {\n    lead\n    responsible\n    coop\n    leader\n    total\n  }\n  fragment SubgraphFields on Subgraph {\n    nodes {\n      id\n      type\n      label\n      jurisdiction\n      level\n      kind\n      load\n    }\n    edges {\n      id\n      source\n      target\n      role\n      confidence\n    }\n  }\n  fragment MeasureRow on Measure {\n    id\n    text\n    deadline {\n      text\n      kind\n      due\n    }\n    plan {\n      id\n      title\n      seed {\n        docNumber\n      }\n    }\n    task {\n      seq\n      title\n    }\n  }\n  fragment AssignmentRow on Assignment {\n    id\n    role\n    column\n    asWritten\n    uncertain\n    confidence\n    via {\n      id\n      name\n    }\n    source {\n      file\n      firstLine\n      lastLine\n    }\n    measure {\n      ...MeasureRow\n    }\n  }\n  fragment TouchesDetail on Touches {\n    unit {\n      ...UnitRef\n      known\n      aliases\n      membership\n      members {\n        ...UnitRef\n      }\n      memberOf {\n        ...UnitRef\n      }\n    }\n    counts {\n      ...Counts\n    }\n    measureCount\n    assignments {\n      ...AssignmentRow\n    }\n  }\n  fragment UnitLoadRow on UnitLoad {\n    rank\n    score\n    unit {\n      ...UnitRef\n    }\n    counts {\n      ...Counts\n    }\n  }\n  fragment PathStepRow on PathStep {\n    from {\n      ...UnitRef\n    }\n    measure {\n      ...MeasureRow\n    }\n    to {\n      ...UnitRef\n    }\n  }\n": typeof types.UnitRefFragmentDoc,
    "\n  query Suggest($text: String!) {\n    suggest(text: $text, first: 12) {\n      id\n      type\n      name\n      jurisdiction\n      level\n      matched\n      sharedBy\n    }\n  }\n": typeof types.SuggestDocument,
    "\n  query Plans {\n    plans {\n      id\n      title\n      label\n      topic\n      topicLabel\n      jurisdiction\n      year\n      measureCount\n    }\n  }\n": typeof types.PlansDocument,
    "\n  query Focus($unit: String!, $filter: Filter) {\n    touches(unit: $unit, filter: $filter) {\n      ...TouchesDetail\n      graph {\n        ...SubgraphFields\n      }\n    }\n  }\n": typeof types.FocusDocument,
    "\n  query UnitPanel($unit: String!, $filter: Filter) {\n    touches(unit: $unit, filter: $filter) {\n      ...TouchesDetail\n    }\n  }\n": typeof types.UnitPanelDocument,
    "\n  query Graph($around: [ID!], $filter: Filter) {\n    graph(around: $around, filter: $filter) {\n      ...SubgraphFields\n    }\n  }\n": typeof types.GraphDocument,
    "\n  query Members($id: ID!) {\n    unit(id: $id) {\n      id\n      membership\n      members {\n        ...UnitRef\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query MeasurePanel($id: ID!) {\n    measure(id: $id) {\n      id\n      text\n      deadline {\n        text\n        kind\n        due\n      }\n      plan {\n        id\n        title\n        jurisdiction\n        year\n        seed {\n          docNumber\n        }\n      }\n      task {\n        seq\n        title\n      }\n      section {\n        path\n      }\n      source {\n        file\n        firstLine\n        lastLine\n      }\n      assignments {\n        id\n        role\n        column\n        asWritten\n        uncertain\n        confidence\n        evidence {\n          basis\n          phrase\n          text\n        }\n        party {\n          id\n          name\n          jurisdiction\n          ... on Unit {\n            level\n            kind\n          }\n        }\n        via {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeasurePanelDocument,
    "\n  query Overload($level: Level, $jurisdiction: String, $top: Int, $filter: Filter) {\n    overload(level: $level, jurisdiction: $jurisdiction, top: $top, filter: $filter) {\n      ...UnitLoadRow\n    }\n  }\n": typeof types.OverloadDocument,
    "\n  query Path($from: String!, $to: String!) {\n    path(from: $from, to: $to) {\n      hops\n      steps {\n        ...PathStepRow\n      }\n      graph {\n        ...SubgraphFields\n      }\n    }\n  }\n": typeof types.PathDocument,
    "\n  query Me {\n    me {\n      name\n      role\n      units {\n        id\n        name\n        jurisdiction\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($name: String!, $password: String!) {\n    login(name: $name, password: $password) {\n      expiresAt\n      user {\n        name\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Ledger($filter: Filter, $asOf: Date, $first: Int, $after: String) {\n    ledger(filter: $filter, asOf: $asOf, first: $first, after: $after) {\n      totalCount\n      counts {\n        red\n        yellow\n        green\n        grey\n        total\n      }\n      byMonth {\n        month\n        counts {\n          red\n          yellow\n          green\n          grey\n          total\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          light\n          reason\n          due\n          overdueDays\n          measure {\n            id\n            text\n            deadline {\n              text\n            }\n            task {\n              seq\n            }\n            plan {\n              title\n              jurisdiction\n            }\n          }\n          leads {\n            id\n            name\n          }\n          responsible {\n            id\n            name\n          }\n          lastReport {\n            status\n            asOf\n            by\n            note\n          }\n        }\n      }\n    }\n  }\n": typeof types.LedgerDocument,
    "\n  query MeasureLights($asOf: Date, $after: String) {\n    ledger(asOf: $asOf, first: 1000, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          light\n          measure {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.MeasureLightsDocument,
    "\n  query Scorecard($filter: Filter, $asOf: Date, $top: Int) {\n    scorecard(filter: $filter, asOf: $asOf, top: $top) {\n      rank\n      unit {\n        id\n        name\n        jurisdiction\n      }\n      counts {\n        red\n        yellow\n        green\n        grey\n        total\n      }\n    }\n  }\n": typeof types.ScorecardDocument,
    "\n  query MeasureReports($id: ID!, $asOf: Date) {\n    measure(id: $id) {\n      id\n      light(asOf: $asOf) {\n        light\n        reason\n        due\n      }\n      assignments {\n        role\n        party {\n          id\n          name\n          ... on Unit {\n            level\n          }\n        }\n      }\n      reports {\n        id\n        status\n        note\n        asOf\n        recordedAt\n        by\n        kind\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeasureReportsDocument,
    "\n  mutation ReportProgress($measure: ID!, $unit: ID!, $status: ProgressStatus!, $note: String, $asOf: Date) {\n    reportProgress(measure: $measure, unit: $unit, status: $status, note: $note, asOf: $asOf) {\n      id\n      status\n    }\n  }\n": typeof types.ReportProgressDocument,
    "\n  mutation ReopenReport($report: ID!, $note: String) {\n    reopenReport(report: $report, note: $note) {\n      id\n    }\n  }\n": typeof types.ReopenReportDocument,
};
const documents: Documents = {
    "\n  fragment UnitRef on Unit {\n    id\n    name\n    jurisdiction\n    level\n    kind\n  }\n  fragment Counts on RoleCounts {\n    lead\n    responsible\n    coop\n    leader\n    total\n  }\n  fragment SubgraphFields on Subgraph {\n    nodes {\n      id\n      type\n      label\n      jurisdiction\n      level\n      kind\n      load\n    }\n    edges {\n      id\n      source\n      target\n      role\n      confidence\n    }\n  }\n  fragment MeasureRow on Measure {\n    id\n    text\n    deadline {\n      text\n      kind\n      due\n    }\n    plan {\n      id\n      title\n      seed {\n        docNumber\n      }\n    }\n    task {\n      seq\n      title\n    }\n  }\n  fragment AssignmentRow on Assignment {\n    id\n    role\n    column\n    asWritten\n    uncertain\n    confidence\n    via {\n      id\n      name\n    }\n    source {\n      file\n      firstLine\n      lastLine\n    }\n    measure {\n      ...MeasureRow\n    }\n  }\n  fragment TouchesDetail on Touches {\n    unit {\n      ...UnitRef\n      known\n      aliases\n      membership\n      members {\n        ...UnitRef\n      }\n      memberOf {\n        ...UnitRef\n      }\n    }\n    counts {\n      ...Counts\n    }\n    measureCount\n    assignments {\n      ...AssignmentRow\n    }\n  }\n  fragment UnitLoadRow on UnitLoad {\n    rank\n    score\n    unit {\n      ...UnitRef\n    }\n    counts {\n      ...Counts\n    }\n  }\n  fragment PathStepRow on PathStep {\n    from {\n      ...UnitRef\n    }\n    measure {\n      ...MeasureRow\n    }\n    to {\n      ...UnitRef\n    }\n  }\n": types.UnitRefFragmentDoc,
    "\n  query Suggest($text: String!) {\n    suggest(text: $text, first: 12) {\n      id\n      type\n      name\n      jurisdiction\n      level\n      matched\n      sharedBy\n    }\n  }\n": types.SuggestDocument,
    "\n  query Plans {\n    plans {\n      id\n      title\n      label\n      topic\n      topicLabel\n      jurisdiction\n      year\n      measureCount\n    }\n  }\n": types.PlansDocument,
    "\n  query Focus($unit: String!, $filter: Filter) {\n    touches(unit: $unit, filter: $filter) {\n      ...TouchesDetail\n      graph {\n        ...SubgraphFields\n      }\n    }\n  }\n": types.FocusDocument,
    "\n  query UnitPanel($unit: String!, $filter: Filter) {\n    touches(unit: $unit, filter: $filter) {\n      ...TouchesDetail\n    }\n  }\n": types.UnitPanelDocument,
    "\n  query Graph($around: [ID!], $filter: Filter) {\n    graph(around: $around, filter: $filter) {\n      ...SubgraphFields\n    }\n  }\n": types.GraphDocument,
    "\n  query Members($id: ID!) {\n    unit(id: $id) {\n      id\n      membership\n      members {\n        ...UnitRef\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query MeasurePanel($id: ID!) {\n    measure(id: $id) {\n      id\n      text\n      deadline {\n        text\n        kind\n        due\n      }\n      plan {\n        id\n        title\n        jurisdiction\n        year\n        seed {\n          docNumber\n        }\n      }\n      task {\n        seq\n        title\n      }\n      section {\n        path\n      }\n      source {\n        file\n        firstLine\n        lastLine\n      }\n      assignments {\n        id\n        role\n        column\n        asWritten\n        uncertain\n        confidence\n        evidence {\n          basis\n          phrase\n          text\n        }\n        party {\n          id\n          name\n          jurisdiction\n          ... on Unit {\n            level\n            kind\n          }\n        }\n        via {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeasurePanelDocument,
    "\n  query Overload($level: Level, $jurisdiction: String, $top: Int, $filter: Filter) {\n    overload(level: $level, jurisdiction: $jurisdiction, top: $top, filter: $filter) {\n      ...UnitLoadRow\n    }\n  }\n": types.OverloadDocument,
    "\n  query Path($from: String!, $to: String!) {\n    path(from: $from, to: $to) {\n      hops\n      steps {\n        ...PathStepRow\n      }\n      graph {\n        ...SubgraphFields\n      }\n    }\n  }\n": types.PathDocument,
    "\n  query Me {\n    me {\n      name\n      role\n      units {\n        id\n        name\n        jurisdiction\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($name: String!, $password: String!) {\n    login(name: $name, password: $password) {\n      expiresAt\n      user {\n        name\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Ledger($filter: Filter, $asOf: Date, $first: Int, $after: String) {\n    ledger(filter: $filter, asOf: $asOf, first: $first, after: $after) {\n      totalCount\n      counts {\n        red\n        yellow\n        green\n        grey\n        total\n      }\n      byMonth {\n        month\n        counts {\n          red\n          yellow\n          green\n          grey\n          total\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          light\n          reason\n          due\n          overdueDays\n          measure {\n            id\n            text\n            deadline {\n              text\n            }\n            task {\n              seq\n            }\n            plan {\n              title\n              jurisdiction\n            }\n          }\n          leads {\n            id\n            name\n          }\n          responsible {\n            id\n            name\n          }\n          lastReport {\n            status\n            asOf\n            by\n            note\n          }\n        }\n      }\n    }\n  }\n": types.LedgerDocument,
    "\n  query MeasureLights($asOf: Date, $after: String) {\n    ledger(asOf: $asOf, first: 1000, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          light\n          measure {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.MeasureLightsDocument,
    "\n  query Scorecard($filter: Filter, $asOf: Date, $top: Int) {\n    scorecard(filter: $filter, asOf: $asOf, top: $top) {\n      rank\n      unit {\n        id\n        name\n        jurisdiction\n      }\n      counts {\n        red\n        yellow\n        green\n        grey\n        total\n      }\n    }\n  }\n": types.ScorecardDocument,
    "\n  query MeasureReports($id: ID!, $asOf: Date) {\n    measure(id: $id) {\n      id\n      light(asOf: $asOf) {\n        light\n        reason\n        due\n      }\n      assignments {\n        role\n        party {\n          id\n          name\n          ... on Unit {\n            level\n          }\n        }\n      }\n      reports {\n        id\n        status\n        note\n        asOf\n        recordedAt\n        by\n        kind\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeasureReportsDocument,
    "\n  mutation ReportProgress($measure: ID!, $unit: ID!, $status: ProgressStatus!, $note: String, $asOf: Date) {\n    reportProgress(measure: $measure, unit: $unit, status: $status, note: $note, asOf: $asOf) {\n      id\n      status\n    }\n  }\n": types.ReportProgressDocument,
    "\n  mutation ReopenReport($report: ID!, $note: String) {\n    reopenReport(report: $report, note: $note) {\n      id\n    }\n  }\n": types.ReopenReportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitRef on Unit {\n    id\n    name\n    jurisdiction\n    level\n    kind\n  }\n  fragment Counts on RoleCounts {\n    lead\n    responsible\n    coop\n    leader\n    total\n  }\n  fragment SubgraphFields on Subgraph {\n    nodes {\n      id\n      type\n      label\n      jurisdiction\n      level\n      kind\n      load\n    }\n    edges {\n      id\n      source\n      target\n      role\n      confidence\n    }\n  }\n  fragment MeasureRow on Measure {\n    id\n    text\n    deadline {\n      text\n      kind\n      due\n    }\n    plan {\n      id\n      title\n      seed {\n        docNumber\n      }\n    }\n    task {\n      seq\n      title\n    }\n  }\n  fragment AssignmentRow on Assignment {\n    id\n    role\n    column\n    asWritten\n    uncertain\n    confidence\n    via {\n      id\n      name\n    }\n    source {\n      file\n      firstLine\n      lastLine\n    }\n    measure {\n      ...MeasureRow\n    }\n  }\n  fragment TouchesDetail on Touches {\n    unit {\n      ...UnitRef\n      known\n      aliases\n      membership\n      members {\n        ...UnitRef\n      }\n      memberOf {\n        ...UnitRef\n      }\n    }\n    counts {\n      ...Counts\n    }\n    measureCount\n    assignments {\n      ...AssignmentRow\n    }\n  }\n  fragment UnitLoadRow on UnitLoad {\n    rank\n    score\n    unit {\n      ...UnitRef\n    }\n    counts {\n      ...Counts\n    }\n  }\n  fragment PathStepRow on PathStep {\n    from {\n      ...UnitRef\n    }\n    measure {\n      ...MeasureRow\n    }\n    to {\n      ...UnitRef\n    }\n  }\n"): typeof import('./graphql.ts').UnitRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suggest($text: String!) {\n    suggest(text: $text, first: 12) {\n      id\n      type\n      name\n      jurisdiction\n      level\n      matched\n      sharedBy\n    }\n  }\n"): typeof import('./graphql.ts').SuggestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plans {\n    plans {\n      id\n      title\n      label\n      topic\n      topicLabel\n      jurisdiction\n      year\n      measureCount\n    }\n  }\n"): typeof import('./graphql.ts').PlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Focus($unit: String!, $filter: Filter) {\n    touches(unit: $unit, filter: $filter) {\n      ...TouchesDetail\n      graph {\n        ...SubgraphFields\n      }\n    }\n  }\n"): typeof import('./graphql.ts').FocusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPanel($unit: String!, $filter: Filter) {\n    touches(unit: $unit, filter: $filter) {\n      ...TouchesDetail\n    }\n  }\n"): typeof import('./graphql.ts').UnitPanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Graph($around: [ID!], $filter: Filter) {\n    graph(around: $around, filter: $filter) {\n      ...SubgraphFields\n    }\n  }\n"): typeof import('./graphql.ts').GraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($id: ID!) {\n    unit(id: $id) {\n      id\n      membership\n      members {\n        ...UnitRef\n      }\n    }\n  }\n"): typeof import('./graphql.ts').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasurePanel($id: ID!) {\n    measure(id: $id) {\n      id\n      text\n      deadline {\n        text\n        kind\n        due\n      }\n      plan {\n        id\n        title\n        jurisdiction\n        year\n        seed {\n          docNumber\n        }\n      }\n      task {\n        seq\n        title\n      }\n      section {\n        path\n      }\n      source {\n        file\n        firstLine\n        lastLine\n      }\n      assignments {\n        id\n        role\n        column\n        asWritten\n        uncertain\n        confidence\n        evidence {\n          basis\n          phrase\n          text\n        }\n        party {\n          id\n          name\n          jurisdiction\n          ... on Unit {\n            level\n            kind\n          }\n        }\n        via {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').MeasurePanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overload($level: Level, $jurisdiction: String, $top: Int, $filter: Filter) {\n    overload(level: $level, jurisdiction: $jurisdiction, top: $top, filter: $filter) {\n      ...UnitLoadRow\n    }\n  }\n"): typeof import('./graphql.ts').OverloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Path($from: String!, $to: String!) {\n    path(from: $from, to: $to) {\n      hops\n      steps {\n        ...PathStepRow\n      }\n      graph {\n        ...SubgraphFields\n      }\n    }\n  }\n"): typeof import('./graphql.ts').PathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      name\n      role\n      units {\n        id\n        name\n        jurisdiction\n      }\n    }\n  }\n"): typeof import('./graphql.ts').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($name: String!, $password: String!) {\n    login(name: $name, password: $password) {\n      expiresAt\n      user {\n        name\n        role\n      }\n    }\n  }\n"): typeof import('./graphql.ts').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql.ts').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ledger($filter: Filter, $asOf: Date, $first: Int, $after: String) {\n    ledger(filter: $filter, asOf: $asOf, first: $first, after: $after) {\n      totalCount\n      counts {\n        red\n        yellow\n        green\n        grey\n        total\n      }\n      byMonth {\n        month\n        counts {\n          red\n          yellow\n          green\n          grey\n          total\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          light\n          reason\n          due\n          overdueDays\n          measure {\n            id\n            text\n            deadline {\n              text\n            }\n            task {\n              seq\n            }\n            plan {\n              title\n              jurisdiction\n            }\n          }\n          leads {\n            id\n            name\n          }\n          responsible {\n            id\n            name\n          }\n          lastReport {\n            status\n            asOf\n            by\n            note\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').LedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureLights($asOf: Date, $after: String) {\n    ledger(asOf: $asOf, first: 1000, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          light\n          measure {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').MeasureLightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Scorecard($filter: Filter, $asOf: Date, $top: Int) {\n    scorecard(filter: $filter, asOf: $asOf, top: $top) {\n      rank\n      unit {\n        id\n        name\n        jurisdiction\n      }\n      counts {\n        red\n        yellow\n        green\n        grey\n        total\n      }\n    }\n  }\n"): typeof import('./graphql.ts').ScorecardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureReports($id: ID!, $asOf: Date) {\n    measure(id: $id) {\n      id\n      light(asOf: $asOf) {\n        light\n        reason\n        due\n      }\n      assignments {\n        role\n        party {\n          id\n          name\n          ... on Unit {\n            level\n          }\n        }\n      }\n      reports {\n        id\n        status\n        note\n        asOf\n        recordedAt\n        by\n        kind\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').MeasureReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportProgress($measure: ID!, $unit: ID!, $status: ProgressStatus!, $note: String, $asOf: Date) {\n    reportProgress(measure: $measure, unit: $unit, status: $status, note: $note, asOf: $asOf) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.ts').ReportProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenReport($report: ID!, $note: String) {\n    reopenReport(report: $report, note: $note) {\n      id\n    }\n  }\n"): typeof import('./graphql.ts').ReopenReportDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
