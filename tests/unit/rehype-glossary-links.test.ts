import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { expect, it } from 'vitest';
import { rehypeGlossaryLinks } from '../../src/plugins/rehype-glossary-links.ts';

const terms = [
  { id: 'rag', term: 'RAG', name: 'Retrieval-Augmented Generation', definition: '检索增强生成', line: 1, section: 'a' },
  { id: 'sft', term: 'SFT', definition: '监督微调', line: 1, section: 'a' },
  { id: 'lora', term: 'LoRA', editorial: { name: 'Low-Rank Adaptation', definition: '低秩适配' }, line: 1, section: 'a' },
];

async function html(mdx: string, path = '/site/src/content/docs/macro.mdx'): Promise<string> {
  const file = new VFile({ path, value: mdx });
  return String(await compile(file, { rehypePlugins: [[rehypeGlossaryLinks, { terms, glossaryPage: 'glossary', base: '/report/' }]] }));
}

it('rehypeGlossaryLinks links only the first occurrence of a term on a page, with its tooltip', async () => {
  const out = await html('采用RAG工程。\n\n再次提到RAG与SFT。');
  expect(out.match(/href: "\/report\/glossary\/#rag"/g)).toHaveLength(1);
  expect(out).toContain('"aria-describedby": "glossary-tip-macro-rag"');
  expect(out).toContain('id: "glossary-tip-macro-rag"');
  expect(out).toContain('"RAG（Retrieval-Augmented Generation）：检索增强生成"');
  expect(out).toContain('"data-pagefind-ignore": ""');
  expect(out).toContain('href: "/report/glossary/#sft"');
});

it('rehypeGlossaryLinks opens the tooltip of an editorial gloss with its label, and only that tooltip', async () => {
  const out = await html('QLoRA之外，采用LoRA与RAG。');
  expect(out.match(/glossary\/#lora/g)).toHaveLength(1);
  expect(out.indexOf('glossary/#lora')).toBeGreaterThan(out.indexOf('之外'));
  expect(out.match(/"glossary-label"/g)).toHaveLength(1);
  expect(out).toMatch(/className: "glossary-label",\s+children: "编者释义（报告未给出定义）"\s+}\), "LoRA（Low-Rank Adaptation）：低秩适配"/);
});

it('rehypeGlossaryLinks skips headings, links, code and MDX components', async () => {
  const out = await html('## RAG 标题\n\n[RAG](/x/) 与 `RAG`\n\n<Subtitle>RAG</Subtitle>\n\n<dl><dd>后来的RAG</dd></dl>');
  expect(out.match(/glossary\/#rag/g)).toHaveLength(1);
  expect(out.indexOf('glossary/#rag')).toBeGreaterThan(out.indexOf('后来的'));
});

it('rehypeGlossaryLinks leaves the glossary page itself alone', async () => {
  expect(await html('RAG', '/site/src/content/docs/glossary.mdx')).not.toContain('glossary/#rag');
});
