import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { file, glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { chapterSchema } from './schemas/chapter.ts';
import { datasetSchema } from './schemas/dataset.ts';
import { glossaryTermSchema } from './schemas/glossary-term.ts';
import { diagramSchema } from './schemas/diagram.ts';
import { timelineSchema } from './schemas/event.ts';

export const collections = {
  /** Chapters as MDX pages; rendered by Starlight, titled by components/overrides/PageTitle. */
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: chapterSchema }) }),
  /** Starlight's UI strings where the site words them otherwise than its zh-CN defaults (i18n/zh-CN.json). */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  /** One JSON file per figure; read by components/mdx/Figure and the /data/ download routes. */
  datasets: defineCollection({
    loader: glob({ pattern: '*.json', base: './src/content/datasets' }),
    schema: datasetSchema,
  }),
  /** The glossary (术语表), quoted from the report; rendered by components/lists/GlossaryList, linked by plugins/rehype-glossary-links. */
  glossary: defineCollection({ loader: file('src/content/glossary/terms.json'), schema: glossaryTermSchema }),
  /** One JSON file per structural diagram (tree, flow, stages, matrix, compare); read by components/mdx/Diagram. */
  diagrams: defineCollection({
    loader: glob({ pattern: '*.json', base: './src/content/diagrams' }),
    schema: diagramSchema,
  }),
  /** One JSON file per timeline slide; read by components/mdx/Timeline and AllTimelines. */
  events: defineCollection({
    loader: glob({ pattern: '*.json', base: './src/content/events' }),
    schema: timelineSchema,
  }),
};
