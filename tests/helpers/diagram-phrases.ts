import type { Diagram } from '../../src/schemas/diagram.ts';
import type { LabelledText } from '../../src/schemas/diagram-entry.ts';

const labelled = (t: LabelledText) => (typeof t === 'string' ? [t] : [t.name, ...(t.text ? [t.text] : []), ...t.examples]);

/**
 * Every piece of the report's text a diagram holds, in reading order: title, names, items, explanations.
 * Editor's notes and the source line are not the slide's diagram text and are left out.
 */
export function diagramPhrases(diagram: Diagram): string[] {
  const phrases = [diagram.title];
  switch (diagram.kind) {
    case 'tree':
      for (const layer of diagram.layers) {
        phrases.push(layer.stream, layer.name, ...(layer.en ? [layer.en] : []));
        for (const segment of layer.segments) {
          if (segment.name && segment.placement === 'printed') phrases.push(segment.name);
          for (const item of segment.items) {
            if (typeof item === 'string') phrases.push(item);
            else phrases.push(item.label, ...item.children);
          }
        }
      }
      break;
    case 'flow':
      phrases.push(...diagram.caption);
      for (const step of diagram.steps) {
        phrases.push(step.label, ...(step.detail ? [step.detail] : []), ...step.points.flatMap(labelled), ...step.remarks);
      }
      break;
    case 'stages':
      phrases.push(...diagram.axis);
      for (const stage of diagram.stages) phrases.push(stage.name, ...stage.capability, stage.status, ...stage.examples);
      break;
    case 'matrix':
      for (const row of diagram.rows) {
        phrases.push(row.name);
        for (const category of row.categories) {
          phrases.push(category.name);
          for (const entry of category.entries) phrases.push(...(entry.name ? [entry.name] : []), entry.text);
        }
      }
      break;
    case 'compare': {
      const groups = [...new Set(diagram.options.flatMap((o) => (o.group ? [o.group] : [])))];
      phrases.push(...groups, ...diagram.aspects);
      for (const option of diagram.options) {
        phrases.push(option.name, ...option.values.flatMap((v) => (typeof v === 'string' ? [v] : v.flatMap(labelled))).filter(Boolean));
      }
      break;
    }
  }
  return phrases;
}
