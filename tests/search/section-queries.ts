/** For every section of the report: a query a reader would type, and the page and section it must find. */
export const SECTION_QUERIES: { page: string; section: string; query: string }[] = [
  { page: '/macro/', section: 'policy', query: '高维规范建设' },
  { page: '/macro/', section: 'economy', query: '通缩压力' },
  { page: '/macro/', section: 'capital', query: '股权投资' },
  { page: '/macro/', section: 'society-awareness', query: '文心一格' },
  { page: '/macro/', section: 'society-anxiety', query: '数字员工' },
  { page: '/macro/', section: 'technology-architectures', query: 'LeNet' },
  { page: '/macro/', section: 'technology-trends', query: 'Altman' },
];
