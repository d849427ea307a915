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
    "\n  fragment UnitRef on Unit {\n    id\n    name\n    jurisdiction\n    level\n    kind\n  }\n  fragment Counts on RoleCounts {\n    lead\n    responsible\n    coop\n    leader\n    total\n  }\n  fragment SubgraphFields on Subgraph {\n    nodes { id type label jurisdiction level kind load }\n    edges { id source target role uncertain }\n  }\n  fragment MeasureRow on Measure {\n    id\n    text\n    deadline { text kind due }\n    plan { id title }\n    task { seq title }\n  }\n  fragment AssignmentRow on Assignment {\n    id\n    role\n    column\n    asWritten\n    uncertain\n    via { id name }\n    source { file firstLine lastLine }\n    measure { ...MeasureRow }\n  }\n  fragment TouchesDetail on Touches {\n    unit { ...UnitRef known aliases membership members { ...UnitRef } memberOf { ...UnitRef } }\n    counts { ...Counts }\n    measureCount\n    assignments { ...AssignmentRow }\n  }\n  fragment UnitLoadRow on UnitLoad {\n    rank\n    score\n    unit { ...UnitRef }\n    counts { ...Counts }\n  }\n  fragment PathStepRow on PathStep {\n    from { ...UnitRef }\n    measure { ...MeasureRow }\n    to { ...UnitRef }\n  }\n": typeof types.UnitRefFragmentDoc,
    "\n  query Suggest($text: String!) {\n    suggest(text: $text, first: 12) { id type name jurisdiction level matched sharedBy }\n  }\n": typeof types.SuggestDocument,
    "\n  query Plans {\n    plans { id title label topic topicLabel jurisdiction year measureCount }\n  }\n": typeof types.PlansDocument,
    "\n  query Focus($unit: String!, $filter: Filter) {\n    touches(unit: $unit, filter: $filter) { ...TouchesDetail graph { ...SubgraphFields } }\n  }\n": typeof types.FocusDocument,
    "\n  query UnitPanel($unit: String!, $filter: Filter) {\n    touches(unit: $unit, filter: $filter) { ...TouchesDetail }\n  }\n": typeof types.UnitPanelDocument,
    "\n  query Graph($around: [ID!], $filter: Filter) {\n    graph(around: $around, filter: $filter) { ...SubgraphFields }\n  }\n": typeof types.GraphDocument,
    "\n  query Members($id: ID!) {\n    unit(id: $id) { id membership members { ...UnitRef } }\n  }\n": typeof types.MembersDocument,
    "\n  query MeasurePanel($id: ID!) {\n    measure(id: $id) {\n      id\n      text\n      deadline { text kind due }\n      plan { id title jurisdiction year }\n      task { seq title }\n      section { path }\n      source { file firstLine lastLine }\n      assignments {\n        id\n        role\n        column\n        asWritten\n        uncertain\n        party { id name jurisdiction ... on Unit { level kind } }\n        via { id name }\n      }\n    }\n  }\n": typeof types.MeasurePanelDocument,
    "\n  query Overload($level: Level, $jurisdiction: String, $top: Int, $filter: Filter) {\n    overload(level: $level, jurisdiction: $jurisdiction, top: $top, filter: $filter) { ...UnitLoadRow }\n  }\n": typeof types.OverloadDocument,
    "\n  query Path($from: String!, $to: String!) {\n    path(from: $from, to: $to) { hops steps { ...PathStepRow } graph { ...SubgraphFields } }\n  }\n": typeof types.PathDocument,
};
const documents: Documents = {
    "\n  fragment UnitRef on Unit {\n    id\n    name\n    jurisdiction\n    level\n    kind\n  }\n  fragment Counts on RoleCounts {\n    lead\n    responsible\n    coop\n    leader\n    total\n  }\n  fragment SubgraphFields on Subgraph {\n    nodes { id type label jurisdiction level kind load }\n    edges { id source target role uncertain }\n  }\n  fragment MeasureRow on Measure {\n    id\n    text\n    deadline { text kind due }\n    plan { id title }\n    task { seq title }\n  }\n  fragment AssignmentRow on Assignment {\n    id\n    role\n    column\n    asWritten\n    uncertain\n    via { id name }\n    source { file firstLine lastLine }\n    measure { ...MeasureRow }\n  }\n  fragment TouchesDetail on Touches {\n    unit { ...UnitRef known aliases membership members { ...UnitRef } memberOf { ...UnitRef } }\n    counts { ...Counts }\n    measureCount\n    assignments { ...AssignmentRow }\n  }\n  fragment UnitLoadRow on UnitLoad {\n    rank\n    score\n    unit { ...UnitRef }\n    counts { ...Counts }\n  }\n  fragment PathStepRow on PathStep {\n    from { ...UnitRef }\n    measure { ...MeasureRow }\n    to { ...UnitRef }\n  }\n": types.UnitRefFragmentDoc,
    "\n  query Suggest($text: String!) {\n    suggest(text: $text, first: 12) { id type name jurisdiction level matched sharedBy }\n  }\n": types.SuggestDocument,
    "\n  query Plans {\n    plans { id title label topic topicLabel jurisdiction year measureCount }\n  }\n": types.PlansDocument,
    "\n  query Focus($unit: String!, $filter: Filter) {\n    touches(unit: $unit, filter: $filter) { ...TouchesDetail graph { ...SubgraphFields } }\n  }\n": types.FocusDocument,
    "\n  query UnitPanel($unit: String!, $filter: Filter) {\n    touches(unit: $unit, filter: $filter) { ...TouchesDetail }\n  }\n": types.UnitPanelDocument,
    "\n  query Graph($around: [ID!], $filter: Filter) {\n    graph(around: $around, filter: $filter) { ...SubgraphFields }\n  }\n": types.GraphDocument,
    "\n  query Members($id: ID!) {\n    unit(id: $id) { id membership members { ...UnitRef } }\n  }\n": types.MembersDocument,
    "\n  query MeasurePanel($id: ID!) {\n    measure(id: $id) {\n      id\n      text\n      deadline { text kind due }\n      plan { id title jurisdiction year }\n      task { seq title }\n      section { path }\n      source { file firstLine lastLine }\n      assignments {\n        id\n        role\n        column\n        asWritten\n        uncertain\n        party { id name jurisdiction ... on Unit { level kind } }\n        via { id name }\n      }\n    }\n  }\n": types.MeasurePanelDocument,
    "\n  query Overload($level: Level, $jurisdiction: String, $top: Int, $filter: Filter) {\n    overload(level: $level, jurisdiction: $jurisdiction, top: $top, filter: $filter) { ...UnitLoadRow }\n  }\n": types.OverloadDocument,
    "\n  query Path($from: String!, $to: String!) {\n    path(from: $from, to: $to) { hops steps { ...PathStepRow } graph { ...SubgraphFields } }\n  }\n": types.PathDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitRef on Unit {\n    id\n    name\n    jurisdiction\n    level\n    kind\n  }\n  fragment Counts on RoleCounts {\n    lead\n    responsible\n    coop\n    leader\n    total\n  }\n  fragment SubgraphFields on Subgraph {\n    nodes { id type label jurisdiction level kind load }\n    edges { id source target role uncertain }\n  }\n  fragment MeasureRow on Measure {\n    id\n    text\n    deadline { text kind due }\n    plan { id title }\n    task { seq title }\n  }\n  fragment AssignmentRow on Assignment {\n    id\n    role\n    column\n    asWritten\n    uncertain\n    via { id name }\n    source { file firstLine lastLine }\n    measure { ...MeasureRow }\n  }\n  fragment TouchesDetail on Touches {\n    unit { ...UnitRef known aliases membership members { ...UnitRef } memberOf { ...UnitRef } }\n    counts { ...Counts }\n    measureCount\n    assignments { ...AssignmentRow }\n  }\n  fragment UnitLoadRow on UnitLoad {\n    rank\n    score\n    unit { ...UnitRef }\n    counts { ...Counts }\n  }\n  fragment PathStepRow on PathStep {\n    from { ...UnitRef }\n    measure { ...MeasureRow }\n    to { ...UnitRef }\n  }\n"): typeof import('./graphql.ts').UnitRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suggest($text: String!) {\n    suggest(text: $text, first: 12) { id type name jurisdiction level matched sharedBy }\n  }\n"): typeof import('./graphql.ts').SuggestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plans {\n    plans { id title label topic topicLabel jurisdiction year measureCount }\n  }\n"): typeof import('./graphql.ts').PlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Focus($unit: String!, $filter: Filter) {\n    touches(unit: $unit, filter: $filter) { ...TouchesDetail graph { ...SubgraphFields } }\n  }\n"): typeof import('./graphql.ts').FocusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPanel($unit: String!, $filter: Filter) {\n    touches(unit: $unit, filter: $filter) { ...TouchesDetail }\n  }\n"): typeof import('./graphql.ts').UnitPanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Graph($around: [ID!], $filter: Filter) {\n    graph(around: $around, filter: $filter) { ...SubgraphFields }\n  }\n"): typeof import('./graphql.ts').GraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($id: ID!) {\n    unit(id: $id) { id membership members { ...UnitRef } }\n  }\n"): typeof import('./graphql.ts').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasurePanel($id: ID!) {\n    measure(id: $id) {\n      id\n      text\n      deadline { text kind due }\n      plan { id title jurisdiction year }\n      task { seq title }\n      section { path }\n      source { file firstLine lastLine }\n      assignments {\n        id\n        role\n        column\n        asWritten\n        uncertain\n        party { id name jurisdiction ... on Unit { level kind } }\n        via { id name }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').MeasurePanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overload($level: Level, $jurisdiction: String, $top: Int, $filter: Filter) {\n    overload(level: $level, jurisdiction: $jurisdiction, top: $top, filter: $filter) { ...UnitLoadRow }\n  }\n"): typeof import('./graphql.ts').OverloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Path($from: String!, $to: String!) {\n    path(from: $from, to: $to) { hops steps { ...PathStepRow } graph { ...SubgraphFields } }\n  }\n"): typeof import('./graphql.ts').PathDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
