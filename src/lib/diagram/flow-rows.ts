import type { FlowBody } from '../../schemas/diagram-flow.ts';

type Step = FlowBody['steps'][number];

/** The flow drawn as rows: each main step with the branch steps that follow it drawn beside it. */
export function flowRows(steps: readonly Step[]): { main: Step; branches: Step[] }[] {
  const rows: { main: Step; branches: Step[] }[] = [];
  for (const step of steps) {
    const last = rows.at(-1);
    if (step.role === 'branch' && last) last.branches.push(step);
    else rows.push({ main: step, branches: [] });
  }
  return rows;
}
