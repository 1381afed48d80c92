import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagram, diagramSchema } from '../../src/schemas/diagram.ts';

export const DIAGRAMS_DIR = join(import.meta.dirname, '../../src/content/diagrams');

/** Every diagram file of the site, parsed by the same schema the build uses. */
export function realDiagrams(): { id: string; diagram: Diagram }[] {
  return readdirSync(DIAGRAMS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      id: file.replace(/\.json$/, ''),
      diagram: diagramSchema.parse(JSON.parse(readFileSync(join(DIAGRAMS_DIR, file), 'utf8'))),
    }));
}
