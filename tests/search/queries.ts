/**
 * What readers type, and where it must lead: the page and the fragment of the
 * section or figure about the term (where several sections mention it, the one
 * whose heading or most of whose text is about it; where a figure's title holds the
 * term, that figure, the first such when several do). `expected: null` is a query
 * the report never answers, which must find nothing.
 */
export type QueryKind = 'two-character' | 'product' | 'mixed' | 'acronym' | 'number' | 'figure' | 'term' | 'negative';

export interface ExpectedQuery {
  query: string;
  kind: QueryKind;
  /** "/page/#fragment", or null when nothing may be found. */
  expected: string | null;
}

const q = (kind: QueryKind, query: string, expected: string | null): ExpectedQuery => ({ query, kind, expected });

export const QUERIES: ExpectedQuery[] = [
  q('two-character', '算力', '/industry-value/#compute'),
  q('two-character', '芯片', '/macro/#fig-1-5'),
  q('two-character', '政务', '/industry-value/#enterprise-adoption'),
  q('two-character', '出海', '/commercialization/#going-global'),
  q('two-character', '焦虑', '/macro/#society-anxiety'),
  q('two-character', '治理', '/trends/#ai-safety-governance'),
  q('two-character', '订阅', '/commercialization/#business-models'),
  q('two-character', '编程', '/industry-value/#ai-coding'),
  q('two-character', '邮箱', '/cases/#alimail-architecture'),
  q('two-character', '中标', '/industry-value/#fig-2-2'),
  q('two-character', '医疗', '/commercialization/#fig-3-8'),
  q('two-character', '陪伴', '/commercialization/#voice-products'),
  // The report defines 蒸馏 where it lists the delivery paths (its glossary entry quotes that section).
  q('two-character', '蒸馏', '/industry-value/#open-source-models'),
  q('two-character', '情绪', '/macro/#fig-1-8'),
  q('product', '豆包', '/cases/#bytedance-products'),
  q('product', 'DeepSeek', '/cases/#deepseek-history'),
  q('product', 'ElevenLabs', '/commercialization/#voice-technology'),
  q('product', 'Cursor', '/industry-value/#ai-coding'),
  q('product', 'Suno', '/commercialization/#voice-products'),
  q('product', '美图', '/commercialization/#vision-products'),
  q('product', 'Talkie', '/commercialization/#going-global'),
  q('product', 'PixVerse', '/commercialization/#going-global'),
  q('product', '钉钉', '/cases/#alimail-scenarios'),
  q('product', '扣子', '/cases/#bytedance-products'),
  q('product', 'Claude', '/industry-value/#ai-coding'),
  q('product', 'Midjourney', '/macro/#society-awareness'),
  q('product', '文心一言', '/macro/#society-awareness'),
  q('product', '可灵AI', '/commercialization/#vision-products'),
  q('product', '火山引擎', '/cases/#bytedance-doubao'),
  q('mixed', 'AI芯片', '/macro/#fig-1-5'),
  q('mixed', 'AI Agent', '/industry-value/#ai-agent'),
  q('mixed', 'AI Coding', '/industry-value/#ai-coding'),
  q('mixed', 'AI硬件', '/industry-value/#ai-hardware'),
  q('mixed', '物理AI', '/trends/#physical-ai'),
  q('mixed', 'C端AI产品', '/industry-value/#consumer-products'),
  q('mixed', 'B端大模型', '/industry-value/#enterprise-adoption'),
  q('mixed', 'DeepSeek的产业价值', '/trends/#deepseek-value'),
  q('acronym', 'MCP', '/trends/#agent-evolution'),
  q('acronym', 'RAG', '/industry-value/#open-source-models'),
  q('acronym', 'MoE', '/cases/#deepseek-history'),
  q('acronym', 'GDP', '/macro/#economy'),
  q('acronym', 'CPI', '/macro/#economy'),
  q('acronym', 'TTS', '/commercialization/#voice-technology'),
  q('acronym', 'DiT', '/commercialization/#vision-technology'),
  q('acronym', 'GAN', '/macro/#technology-architectures'),
  q('acronym', 'RLHF', '/industry-value/#application-vendors'),
  q('acronym', 'LLM', '/commercialization/#language-technology'),
  q('acronym', 'MaaS', '/commercialization/#business-models'),
  q('acronym', 'CoT', '/macro/#technology-trends'),
  q('number', '2697', '/industry-value/#market-size'),
  q('number', '26.2%', '/industry-value/#market-size'),
  q('number', '1349084', '/macro/#fig-1-1'),
  q('figure', '图1-3', '/macro/#fig-1-3'),
  q('figure', '图2-1', '/industry-value/#fig-2-1'),
  q('figure', '图3-7', '/commercialization/#fig-3-7'),
  q('figure', '1-9', '/macro/#fig-1-9'),
  q('figure', '居民消费价格指数', '/macro/#fig-1-2'),
  q('figure', '语言及多模态', '/commercialization/#fig-3-6'),
  q('figure', '机器视觉', '/commercialization/#vision-investment'),
  q('figure', '中国大模型中标项目', '/industry-value/#fig-2-2'),
  q('figure', 'AI到来的标志事件', '/macro/#fig-1-6'),
  q('figure', '文娱消费', '/commercialization/#fig-3-8'),
  q('term', '思维链', '/macro/#technology-trends'),
  q('term', '推理模型', '/cases/#deepseek-history'),
  q('term', '知识库', '/industry-value/#open-source-models'),
  q('term', '智算中心', '/industry-value/#compute'),
  q('term', '强化学习', '/cases/#deepseek-innovation'),
  q('term', '多智能体', '/trends/#agent-evolution'),
  q('negative', '冰淇淋', null),
  q('negative', '长颈鹿', null),
  q('negative', '足球比赛', null),
  q('negative', 'Kubernetes', null),
  q('negative', '区块链', null),
];
