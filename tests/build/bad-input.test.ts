import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildEnv } from '../helpers/build-env.ts';
import { copySite } from '../helpers/site-copy.ts';

const ROOT = join(import.meta.dirname, '../..');

// Each test breaks one input in its own copy of the site and builds it; the builds run side by side
// (it.concurrent), as the machine's two cores allow.

/** A throwaway copy of the site, to break one input and build. */
function siteCopy(): string {
  const parent = join(import.meta.dirname, '__output__');
  mkdirSync(parent, { recursive: true });
  return copySite(mkdtempSync(join(parent, 'site-')));
}

/** Builds the copy, then removes it. */
function build(dir: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const run = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, env: buildEnv() });
    let output = '';
    run.stdout.on('data', (chunk) => (output += chunk));
    run.stderr.on('data', (chunk) => (output += chunk));
    run.on('close', (status) => {
      rmSync(dir, { recursive: true, force: true });
      resolve({ status, output });
    });
  });
}

/**
 * Builds a copy of the site with one input broken, expecting the build to fail, and returns its log:
 * `file` (relative to the site) written anew from a string, or one passage of it replaced ([from, to]).
 */
async function failingBuild(file: string, edit: string | [from: string, to: string]): Promise<string> {
  const dir = siteCopy();
  const path = join(dir, file);
  if (typeof edit === 'string') writeFileSync(path, edit);
  else {
    const text = readFileSync(path, 'utf8');
    // A passage that is no longer there would break nothing, and the test would test nothing.
    if (!text.includes(edit[0])) throw new Error(`${file} no longer holds ${JSON.stringify(edit[0])}`);
    writeFileSync(path, text.replace(edit[0], edit[1]));
  }
  const { status, output } = await build(dir);
  expect(status, output.slice(-2000)).not.toBe(0);
  return output;
}

it.concurrent('astro build fails naming both data files when two claim one figure number', async () => {
  const copy = readFileSync('src/content/datasets/tenders-by-industry-2024.json', 'utf8').replace('"figure": "图2-3"', '"figure": "图2-1"');
  const output = await failingBuild('src/content/datasets/second-market-size.json', copy);
  expect(output).toContain('图2-1 被多个文件使用：');
  expect(output).toMatch(/src\/content\/datasets\/market-size-2022-2029\.json、src\/content\/datasets\/second-market-size\.json|src\/content\/datasets\/second-market-size\.json、src\/content\/datasets\/market-size-2022-2029\.json/);
});

it.concurrent('astro build fails naming the page and the id when MDX cites a dataset that does not exist', async () => {
  const output = await failingBuild('src/content/docs/broken.mdx', "---\ntitle: 坏页面\nsummary: 测试\n---\nimport { Figure } from '../../components/mdx';\n\n<Figure id=\"no-such-data\" />\n");
  expect(output).toContain('src/content/docs/broken.mdx: <Figure id="no-such-data" /> 引用的数据集不存在');
  expect(output).toContain('已有的数据集：ai-arrival-events');
});

it.concurrent('astro build fails naming the data file and field when shares of one whole do not add up', async () => {
  const output = await failingBuild('src/content/datasets/ai-chip-share-2024.json', ['"share": 51.3', '"share": 52.3']);
  expect(output).toMatch(/ai-chip-share-2024/);
  expect(output).toContain('"全部" 的各项占比合计 101%，应为 100%');
});

it.concurrent('astro build fails naming the page and the link when MDX links to a page or anchor that does not exist', async () => {
  const output = await failingBuild('src/content/docs/broken.mdx', '---\ntitle: 坏链接\nsummary: 测试\n---\n见[不存在的页面](/no-such-page/)与[不存在的小节](/macro/#no-such-section)。\n');
  expect(output).toContain('src/content/docs/broken.mdx：链接 /no-such-page/ 指向的页面或文件不存在');
  expect(output).toContain('src/content/docs/broken.mdx：链接 /macro/#no-such-section 指向的锚点不存在');
});

it.concurrent('astro build fails naming the page and the field when a page has no title', async () => {
  const output = await failingBuild('src/content/docs/untitled.mdx', '---\nsummary: 测试\n---\n正文。\n');
  expect(output).toMatch(/untitled/);
  expect(output).toMatch(/title/);
});

it.concurrent('astro build fails naming the glossary file, the entry and the field when an entry breaks the schema', async () => {
  const output = await failingBuild('src/content/glossary/terms.json', ['"id": "rag"', '"id": "RAG"']);
  expect(output).toContain('src/content/glossary/terms.json: 术语表有误');
  expect(output).toContain('第1条（RAG） id：id 只能用小写字母、数字和连字符');
});

it.concurrent('astro build fails naming the diagram file, the field and the allowed values when a stage status is unknown', async () => {
  const output = await failingBuild('src/content/diagrams/physical-ai-roadmap.json', ['"status": "试验中"', '"status": "测试中"']);
  expect(output).toMatch(/physical-ai-roadmap/);
  expect(output).toMatch(/stages\.3\.status/);
  expect(output).toContain('status 只能是 "已实现"、"发展中"、"试验中" 或 "长期愿景"');
});

it.concurrent('astro build fails naming the page and the id when MDX cites a diagram that does not exist', async () => {
  const output = await failingBuild('src/content/docs/broken.mdx', "---\ntitle: 坏页面\nsummary: 测试\n---\nimport { Diagram } from '../../components/mdx';\n\n<Diagram id=\"no-such-diagram\" />\n");
  expect(output).toContain('src/content/docs/broken.mdx: <Diagram id="no-such-diagram" /> 引用的图示不存在');
  expect(output).toContain('已有的图示：ai-safety-risks');
});

it.concurrent('astro build fails naming the events file and the field when an event has a date that does not exist', async () => {
  const output = await failingBuild('src/content/events/deepseek-history.json', ['"date": "2024-05"', '"date": "2024-13"']);
  expect(output).toMatch(/deepseek-history/);
  expect(output).toContain('events.2.date');
  expect(output).toContain('日期应为真实存在的 "YYYY"、"YYYY-MM" 或 "YYYY-MM-DD"');
});

it.concurrent('astro build fails naming the page and the id when MDX shows a timeline that does not exist', async () => {
  const output = await failingBuild('src/content/docs/broken.mdx', "---\ntitle: 坏页面\nsummary: 测试\n---\nimport { Timeline } from '../../components/mdx';\n\n<Timeline id=\"no-such-timeline\" />\n");
  expect(output).toContain('src/content/docs/broken.mdx: <Timeline id="no-such-timeline" /> 引用的时间线不存在');
  expect(output).toContain('已有的时间线：ai-policies-2024');
});

it.concurrent('astro build fails naming the page and the field when a repeated heading has no topic to tell it apart', async () => {
  const output = await failingBuild('src/content/docs/commercialization.mdx', ['  voice-products: 典型产品\n', '']);
  expect(output).toContain('src/content/docs/commercialization.mdx: topics: the heading “语音模态” repeats (#voice-investment, #voice-technology, #voice-products); give #voice-products the topic its slide names');
});

it.concurrent('astro build fails naming the page and the id when the cover’s headline chart names no chapter figure', async () => {
  const output = await failingBuild('src/content/docs/index.mdx', ['<HeadlineChart id="market-size-2022-2029" />', '<HeadlineChart id="no-such-figure" />']);
  expect(output).toContain('src/content/docs/index.mdx: <HeadlineChart id="no-such-figure" /> names no figure that a chapter shows');
});

it.concurrent('astro build fails naming the page and the figure when a figure stands before the page’s first section (its own page names its section)', async () => {
  const timeline = '<Timeline id="ai-policies-2024" />';
  const page = readFileSync('src/content/docs/macro.mdx', 'utf8');
  if (!page.includes(timeline)) throw new Error(`macro.mdx no longer holds ${timeline}`);
  const output = await failingBuild('src/content/docs/macro.mdx', page.replace(timeline, '').replace('## 中国人工智能产业政策环境', `${timeline}\n\n## 中国人工智能产业政策环境`));
  expect(output).toContain('src/content/docs/macro.mdx: <timeline> ai-policies-2024 stands before the page\'s first section heading');
  // It fails while pages render, not while content loads, so its build runs longer than the others'.
}, 180_000);

it.concurrent('astro build fails naming the chapter file and the heading when a section matches no slide of the source', async () => {
  const output = await failingBuild('src/content/docs/macro.mdx', ['## 中国人工智能产业资本环境 {/* #capital */}', '## 中国人工智能产业资金环境 {/* #capital */}']);
  expect(output).toContain('src/content/docs/macro.mdx: section “中国人工智能产业资金环境” (#capital) matches no slide title line');
});
