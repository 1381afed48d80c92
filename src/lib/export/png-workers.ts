import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const resvg = createRequire(join(process.cwd(), 'package.json')).resolve('@resvg/resvg-js');

// Evaluated as a worker: an SVG in, its PNG out, rendered by resvg at the SVG's own size.
const WORKER = `
const { parentPort } = require('node:worker_threads');
const { Resvg } = require(${JSON.stringify(resvg)});
parentPort.on('message', ({ id, svg }) => {
  try {
    const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
    parentPort.postMessage({ id, png });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});`;

/** A worker and how many images it has to render. */
interface Slot {
  worker: Worker;
  pending: number;
}

/**
 * Rasterising and PNG-encoding is most of what an image costs, and Astro renders one route at a time:
 * worker threads do it beside the main thread, which meanwhile lays out the next images and pages.
 * A worker holds the process open only while it has work.
 */
export class PngWorkers {
  readonly #workers: Slot[];
  readonly #jobs = new Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void; what: string; slot: Slot }>();
  #next = 0;

  constructor(count = Math.min(4, availableParallelism())) {
    this.#workers = Array.from({ length: count }, () => {
      const slot: Slot = { worker: new Worker(WORKER, { eval: true }), pending: 0 };
      slot.worker.unref();
      slot.worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
        const job = this.#jobs.get(id)!;
        this.#jobs.delete(id);
        if (--slot.pending === 0) slot.worker.unref();
        if (error) job.reject(new Error(`${job.what}：PNG 渲染失败：${error}`));
        else job.resolve(new Uint8Array(png!));
      });
      // A worker that dies fails every image it was rendering, naming them, rather than leaving the build waiting.
      slot.worker.on('error', (error) => {
        for (const [id, job] of this.#jobs) {
          if (job.slot !== slot) continue;
          this.#jobs.delete(id);
          job.reject(new Error(`${job.what}：PNG 渲染进程出错：${error.message}`));
        }
      });
      return slot;
    });
  }

  /** The PNG of an SVG, rendered by the least busy worker; `what` names the image in an error. */
  render(svg: string, what: string): Promise<Uint8Array> {
    const slot = this.#workers.reduce((a, b) => (b.pending < a.pending ? b : a));
    const id = this.#next++;
    if (slot.pending++ === 0) slot.worker.ref();
    return new Promise((resolve, reject) => {
      this.#jobs.set(id, { resolve, reject, what, slot });
      slot.worker.postMessage({ id, svg });
    });
  }
}
