import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * After the run, the time each group of tests took (tests/unit, tests/e2e, …), summed over its files
 * (files run one after another: vitest.config.ts), so CI's log shows where its time goes.
 */
export default class GroupTimesReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const groups = new Map<string, number>();
    for (const module of modules) {
      const group = relative(process.cwd(), module.moduleId).split('/').slice(0, 2).join('/');
      groups.set(group, (groups.get(group) ?? 0) + module.diagnostic().duration);
    }
    const rows = [...groups].sort(([, a], [, b]) => b - a).map(([group, ms]) => `  ${group.padEnd(16)}${(ms / 1000).toFixed(0).padStart(5)} s`);
    console.log(`\nTime per test group:\n${rows.join('\n')}`);
  }
}
