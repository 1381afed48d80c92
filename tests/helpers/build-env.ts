/**
 * The environment for an `astro build` started from a test: vitest's own
 * Vite variables (BASE_URL, MODE, DEV, PROD, SSR) would leak into the child
 * build and override its configured base path.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV']) {
    delete env[key];
  }
  return env;
}
