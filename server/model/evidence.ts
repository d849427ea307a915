/**
 * The words a person reads for why an assignment was paired with its measure: the one place
 * they are written. The API answers them as `Evidence.text`, and the explorer shows that text.
 */
import type { Evidence } from './model.ts';

export type EvidenceBasis = Evidence['basis'];

/**
 * `文中写明「市城管委牵头」` for a phrase of the measure text (`同组的市交通委：文中写明「…」` when
 * the phrase names another party of the same printed group), `仅按顺序` for the order of the
 * groups only, `表格版式` for the table's layout.
 */
export function evidenceText(evidence: Evidence): string {
  switch (evidence.basis) {
    case 'text':
      if (!evidence.phrase) return '文中写明';
      return evidence.via ? `同组的${evidence.via}：文中写明「${evidence.phrase}」` : `文中写明「${evidence.phrase}」`;
    case 'order':
      return '仅按顺序';
    case 'layout':
      return '表格版式';
  }
}
