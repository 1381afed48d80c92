// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { loadGlossary } from './src/lib/glossary/load-glossary.ts';
import { rehypeCardTables } from './src/plugins/rehype-card-tables.ts';
import { rehypeChapterSections } from './src/plugins/rehype-chapter-sections.ts';
import { rehypeGlossaryLinks } from './src/plugins/rehype-glossary-links.ts';
import { rehypeSectionPages } from './src/plugins/rehype-section-pages.ts';
import { readOriginalPages } from './src/lib/source/read-original-pages.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { ASSUMED_SITE, siteOrigin } from './src/integrations/site-origin.ts';
import { katexWoff2Only } from './src/plugins/katex-woff2-only.ts';
import { remarkHeadingAnchors } from './src/plugins/remark-heading-anchors.ts';
import { EMBED_PAGES } from './src/lib/figures/figure-id.ts';
import { baseRoot } from './src/lib/site/with-base.ts';

// SITE_URL and BASE_PATH let the same build serve from any origin or sub-path
// (GitHub Pages serves a project under /<repo>/). Citations name SITE_URL; without it the build assumes a
// placeholder origin and says so (src/integrations/site-origin.ts).
const site = process.env.SITE_URL ?? ASSUMED_SITE;
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Starlight turns on Astro's link prefetching, whose script walks every link of a page once it loads.
  // The service worker precaches every page on the first visit, so it would only fetch pages twice.
  prefetch: false,
  vite: {
    plugins: [katexWoff2Only()],
    // Fonts stay files: a base64 font inside a stylesheet is paid for on every page that links it,
    // whether or not the glyphs are drawn, and a data: font would need its own CSP allowance.
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Upstream, withastro/astro#18087 (open): Astro marks every MDX module with the directive
        // "use astro:head-inject", and Rolldown warns that bundling may not keep it (one warning a page,
        // on a bare Starlight project too). Only that warning is dropped; tests/build reads the build log
        // for any other.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    // The unified processor runs remark/rehype plugins; SmartyPants would turn the
    // report's own quotation marks into other glyphs, so it stays off.
    processor: unified({
      remarkPlugins: [remarkMath, remarkHeadingAnchors],
      rehypePlugins: [
        [rehypeSectionPages, { pages: readOriginalPages() }],
        rehypeChapterSections,
        rehypeCardTables,
        rehypeKatex,
        [rehypeGlossaryLinks, { terms: loadGlossary('./src/content/glossary/terms.json'), glossaryPage: 'glossary', base }],
      ],
      smartypants: false,
    }),
  },
  integrations: [
    siteOrigin(process.env.SITE_URL),
    // Starlight would add MDX with every static subtree compiled to HTML; section headings (h2) stay
    // elements so the print edition can render them one level down (src/pages/full.astro).
    mdx({ optimize: { ignoreElementNames: ['h2'] } }),
    starlight({
      title: '2025年中国人工智能产业研究报告',
      description: '艾瑞咨询《2025年中国人工智能产业研究报告》网页版：全文、可交互图表与开放数据。',
      defaultLocale: 'root',
      routeMiddleware: './src/route-data.ts',
      // src/pages/404.astro is the 404 page; as a docs entry it was also enumerated by the docs route.
      disable404Route: true,
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      // No sidebar option: Starlight lists every page in reading order, each page's sidebar.order.
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 2 },
      lastUpdated: false,
      expressiveCode: false,
      // KaTeX's stylesheet is imported by the components that render formulas, so pages without math skip it.
      customCss: ['./src/styles/tokens.css', './src/styles/typography.css'],
      components: {
        PageTitle: './src/components/overrides/PageTitle.astro',
        Footer: './src/components/overrides/Footer.astro',
        Search: './src/components/overrides/Search.astro',
        LanguageSelect: './src/components/overrides/LanguageSelect.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        MobileTableOfContents: './src/components/overrides/MobileTableOfContents.astro',
        TableOfContents: './src/components/overrides/TableOfContents.astro',
        Sidebar: './src/components/overrides/Sidebar.astro',
      },
    }),
    // Starlight's own sitemap, less the embed pages: they are for other sites' iframes, not for search
    // engines (noindex; their canonical is the figure's page, which is listed). Given here, Starlight adds no other.
    sitemap({ filter: (url) => !new URL(url).pathname.startsWith(`${baseRoot(base)}${EMBED_PAGES}/`) }),
    linkCheck(),
    // After Starlight (which runs Pagefind) and the CSP tags, so the worker's version hashes the final files.
    securityHeaders(),
    serviceWorker(),
  ],
});
