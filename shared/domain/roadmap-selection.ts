/**
 * The chosen templates of a roadmap proposal in priority order, each with its missing
 * prerequisites first, under the maximum number of initiatives. Part of roadmap.ts.
 */
import type { InitiativeTemplate } from '../reference/catalogue/types';
import type { InitiativeReason } from './roadmap-types';

export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Chosen templates in priority order; prerequisites always precede their dependents. */
export class Selection {
  readonly order: InitiativeTemplate[] = [];
  readonly reasons = new Map<string, InitiativeReason>();
  readonly pulledIn = new Set<string>();
  private readonly chosen = new Set<string>();

  constructor(
    private readonly byId: Map<string, InitiativeTemplate>,
    private readonly max: number,
    /** Prerequisites already in place in the company are not added (rule 3). */
    readonly inPlace: (t: InitiativeTemplate) => boolean,
  ) {}

  has(id: string): boolean {
    return this.chosen.has(id);
  }

  get full(): boolean {
    return this.order.length >= this.max;
  }

  /** Templates to add for `template`: its missing prerequisites (depth first, sorted), then itself. */
  closure(template: InitiativeTemplate): InitiativeTemplate[] {
    const out: InitiativeTemplate[] = [];
    const added = new Set<string>();
    const visit = (t: InitiativeTemplate, stack: string[]): void => {
      if (this.chosen.has(t.id) || added.has(t.id)) return;
      if (stack.includes(t.id)) throw new Error(`Catalogue prerequisite cycle: ${[...stack, t.id].join(' → ')}`);
      for (const p of [...t.prerequisites].sort(byText)) {
        const pt = this.byId.get(p);
        if (!pt) throw new Error(`Catalogue template ${t.id} requires unknown template ${p}`);
        if (!this.inPlace(pt)) visit(pt, [...stack, t.id]);
      }
      added.add(t.id);
      out.push(t);
    };
    visit(template, []);
    return out;
  }

  /** Adds the template with its prerequisites if they all fit under the maximum; true when added. */
  tryAdd(template: InitiativeTemplate, reasonOf: (t: InitiativeTemplate, isPick: boolean) => InitiativeReason): boolean {
    const toAdd = this.closure(template);
    if (toAdd.length === 0 || this.order.length + toAdd.length > this.max) return false;
    for (const t of toAdd) {
      this.chosen.add(t.id);
      this.order.push(t);
      this.reasons.set(t.id, reasonOf(t, t === template));
      if (t !== template) this.pulledIn.add(t.id);
    }
    return true;
  }
}
