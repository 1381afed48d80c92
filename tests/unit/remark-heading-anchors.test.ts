import { compile } from '@mdx-js/mdx';
import { expect, it } from 'vitest';
import { remarkHeadingAnchors } from '../../src/plugins/remark-heading-anchors.ts';

async function html(mdx: string): Promise<string> {
  return String(await compile(mdx, { remarkPlugins: [remarkHeadingAnchors], outputFormat: 'function-body' }));
}

it('remarkHeadingAnchors sets the id written as a trailing MDX comment and drops the comment', async () => {
  const out = await html('## 中国人工智能产业政策环境 {/* #policy */}');
  expect(out).toContain('id: "policy"');
  expect(out).toContain('"中国人工智能产业政策环境"');
  expect(out).not.toContain('#policy */');
});

it('remarkHeadingAnchors leaves headings without an anchor comment alone', async () => {
  const out = await html('## 普通标题 {/* 说明 */}');
  expect(out).not.toContain('id:');
});
