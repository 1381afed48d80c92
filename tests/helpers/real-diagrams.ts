import { join } from 'node:path';
import { type Diagram, diagramSchema } from '../../src/schemas/diagram.ts';
import { jsonCollection } from './json-collection.ts';

export const DIAGRAMS_DIR = join(import.meta.dirname, '../../src/content/diagrams');

/** Every diagram file of the site, parsed by the same schema the build uses. */
export function realDiagrams(): { id: string; diagram: Diagram }[] {
  return jsonCollection(DIAGRAMS_DIR, diagramSchema).map(({ id, data }) => ({ id, diagram: data }));
}
