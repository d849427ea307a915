/** Autocomplete suggestions as the choices the search box offers. */
import type { Suggestion } from './vocabulary.ts';

/** What the user chose: one unit or person, or every unit bearing a shared name. */
export type Choice =
  { kind: 'one'; suggestion: Suggestion } | { kind: 'shared'; name: string; jurisdictions: string[] };

export const choiceKey = (c: Choice): string => (c.kind === 'one' ? `one:${c.suggestion.id}` : `shared:${c.name}`);

/** The suggestions as choices; with `offerShared`, a shared name first as one choice for all its units. */
export function toChoices(suggestions: readonly Suggestion[], offerShared: boolean): Choice[] {
  const choices: Choice[] = [];
  const sharedDone = new Set<string>();
  for (const s of suggestions) {
    if (offerShared && s.sharedBy > 1 && !sharedDone.has(s.name)) {
      sharedDone.add(s.name);
      const jurisdictions = suggestions
        .filter((o) => o.name === s.name && o.type === s.type)
        .map((o) => o.jurisdiction);
      choices.push({ kind: 'shared', name: s.name, jurisdictions: [...new Set(jurisdictions)] });
    }
    choices.push({ kind: 'one', suggestion: s });
  }
  return choices;
}
