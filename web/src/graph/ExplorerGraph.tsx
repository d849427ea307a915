/**
 * A drawn API subgraph with what the user expanded into it: double-click a unit or person
 * for its neighbours, a collective for its members. Styling follows lib/graphStyle. Around one
 * focus unit (the focus view), partners are first joined to it by one aggregated edge each; a
 * selected, hovered or double-clicked partner shows its measure edges, and a toolbar toggle
 * shows them all.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { describeError } from '../lib/apiError.ts';
import { aggregatePartners, toElements, type ElementOptions } from '../lib/graphStyle.ts';
import { MESSAGES, type Lang } from '../lib/i18n.ts';
import type { Selection } from '../lib/state.ts';
import { mergeSubgraphs } from '../lib/subgraph.ts';
import type { Subgraph } from '../lib/vocabulary.ts';
import { Empty } from '../components/Status.tsx';
import type { Expansions } from '../hooks/useExpansions.ts';
import { AGGREGATE_MESSAGES } from './aggregateMessages.ts';
import { GraphCanvas, type NodeRef } from './GraphCanvas.tsx';

type StyleOptions = Omit<ElementOptions, 'memberships'>;

interface Props extends StyleOptions {
  graphId: string;
  /** Draw in rings around the one focus unit (the focus view) rather than by force. */
  radial?: boolean;
  graph: Subgraph;
  lang: Lang;
  expansions: Expansions;
  selected?: Selection;
  onSelect: (selection: Selection | undefined) => void;
}

export function ExplorerGraph({
  graphId,
  graph,
  radial = false,
  lang,
  expansions,
  selected,
  onSelect,
  ...style
}: Props) {
  const [failure, setFailure] = useState<string | null>(null);
  const extras = expansions.extrasFor(graphId);
  // The plain style options are compared by content, so a new object with the same values draws
  // nothing anew; the heat map is compared by identity (the view keeps it in a memo).
  const { heat, ...plain } = style;
  const plainKey = JSON.stringify(plain);
  const full = useMemo(
    () =>
      toElements(mergeSubgraphs(graph, ...extras.graphs), {
        ...(JSON.parse(plainKey) as Omit<StyleOptions, 'heat'>),
        heat,
        memberships: extras.memberships,
      }),
    [graph, extras, plainKey, heat],
  );

  // Around one focus unit: partners by one aggregated edge each, but for those shown in full.
  const centre = radial && style.focusIds?.length === 1 ? style.focusIds[0] : undefined;
  const [allLinks, setAllLinks] = useState(false);
  const [opened, setOpened] = useState<readonly string[]>([]);
  const first = useMemo(() => (centre ? aggregatePartners(full, centre) : undefined), [full, centre]);
  // Only the partners and measures an aggregate stands for change what is drawn when selected:
  // selecting anything else keeps the elements as they are.
  const selectedId = selected?.id;
  const revealKey = [...opened, ...(selectedId ? [selectedId] : [])]
    .filter((id) => first?.details.has(id))
    .sort()
    .join('\n');
  const aggregated = useMemo(
    () =>
      !centre || allLinks
        ? undefined
        : revealKey
          ? aggregatePartners(full, centre, new Set(revealKey.split('\n')))
          : first,
    [full, centre, allLinks, revealKey, first],
  );
  const elements = aggregated?.elements ?? full;
  const canAggregate = first !== undefined && first.details.size > 0;

  // Collectives the URL says are open (a reload, a shared link) open again here, once each.
  const reopened = useRef(new Set<string>());
  useEffect(() => {
    const opened = new Set(extras.memberships.map((m) => m.collectiveId));
    for (const id of expansions.open) {
      if (opened.has(id) || reopened.current.has(id) || !graph.nodes.some((n) => n.id === id)) continue;
      reopened.current.add(id);
      expansions.expandMembers(graphId, id).catch((error: unknown) => setFailure(describeError(error, lang)));
    }
  }, [expansions, extras.memberships, graph, graphId, lang]);

  if (graph.nodes.length === 0) return <Empty>{MESSAGES[lang].emptyGraph}</Empty>;

  const onExpand = (node: NodeRef) => {
    setFailure(null);
    // A double-clicked partner shows its own measure edges from then on.
    if (node.type !== 'MEASURE' && node.id !== centre && !opened.includes(node.id)) setOpened([...opened, node.id]);
    const expand = node.collective
      ? expansions.expandMembers(graphId, node.id)
      : node.type === 'MEASURE'
        ? null
        : expansions.expandNeighbours(graphId, node.id);
    expand?.catch((error: unknown) => setFailure(describeError(error, lang)));
  };

  return (
    <>
      {failure && (
        <div className="status status--error status--inline" role="alert">
          {failure}
        </div>
      )}
      <GraphCanvas
        graphId={graphId}
        elements={elements}
        radialCentre={radial && style.focusIds?.length === 1 ? style.focusIds[0] : undefined}
        lang={lang}
        selectedId={selected?.id}
        onSelect={(node) =>
          onSelect(
            node && {
              id: node.id,
              type: node.type === 'UNIT' ? 'unit' : node.type === 'PERSON' ? 'person' : 'measure',
            },
          )
        }
        onExpand={onExpand}
        details={aggregated?.details}
        tools={
          canAggregate && (
            <button
              type="button"
              className="graph-tools__button"
              aria-pressed={allLinks}
              title={AGGREGATE_MESSAGES[lang].linksHint}
              onClick={() => setAllLinks((on) => !on)}
              data-testid="graph-all-links"
            >
              {AGGREGATE_MESSAGES[lang].showAllLinks}
            </button>
          )
        }
      />
    </>
  );
}
