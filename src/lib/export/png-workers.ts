import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const resvg = createRequire(join(process.cwd(), 'package.json')).resolve('@resvg/resvg-js');

/** How every image is rasterised: resvg at the SVG's own size, no system font (all text is outlines). */
export const RESVG_OPTIONS = { font: { loadSystemFonts: false } };

// Evaluated as a worker: an SVG in, its PNG out, rendered by resvg at the SVG's own size.
const WORKER = `
const { parentPort } = require('node:worker_threads');
const { Resvg } = require(${JSON.stringify(resvg)});
parentPort.on('message', (svg) => {
  try {
    parentPort.postMessage({ png: new Resvg(svg, ${JSON.stringify(RESVG_OPTIONS)}).render().asPng() });
  } catch (error) {
    parentPort.postMessage({ error: String(error) });
  }
});`;

/**
 * resvg's pixel buffers (8 MB for 1920×1080) live outside the JavaScript heap, so the garbage collector
 * does not hurry to free them: a worker that rendered 260 images held 2 GB. A worker is replaced after
 * this many, which frees them all.
 */
const RENDERS_PER_WORKER = 8;

interface Job {
  svg: string;
  what: string;
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}

/**
 * Rasterising and PNG-encoding is most of what an image costs, and Astro renders one route at a time:
 * worker threads do it beside the main thread, which meanwhile lays out the next images and pages.
 * Each worker takes one image at a time from a shared queue; idle, it lets the process exit.
 */
export class PngWorkers {
  readonly #queue: Job[] = [];
  #idle: { worker: Worker; renders: number }[] = [];
  #running = 0;
  readonly #count: number;

  constructor(count = Math.min(4, availableParallelism())) {
    this.#count = count;
  }

  /** The PNG of an SVG; `what` names the image in an error. */
  render(svg: string, what: string): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ svg, what, resolve, reject });
      this.#next();
    });
  }

  #next(): void {
    while (this.#queue.length > 0 && this.#running < this.#count) {
      const job = this.#queue.shift()!;
      const slot = this.#idle.pop() ?? { worker: new Worker(WORKER, { eval: true }), renders: 0 };
      this.#running++;
      slot.worker.ref();
      let dead = false;
      const done = (result: { png?: Uint8Array; error?: string }) => {
        slot.worker.off('message', done);
        slot.worker.off('error', failed);
        this.#running--;
        if (result.error) job.reject(new Error(`${job.what}：PNG 渲染失败：${result.error}`));
        else job.resolve(new Uint8Array(result.png!));
        if (dead || ++slot.renders >= RENDERS_PER_WORKER) void slot.worker.terminate();
        else {
          slot.worker.unref();
          this.#idle.push(slot);
        }
        this.#next();
      };
      // A worker that died is not used again.
      const failed = (error: Error) => {
        dead = true;
        done({ error: error.message });
      };
      slot.worker.on('message', done);
      slot.worker.on('error', failed);
      slot.worker.postMessage(job.svg);
    }
  }
}
