import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { siteOrigin } from '../../src/integrations/site-origin.ts';

/** The lines an integration logs as the build starts, by level. */
function startLog(siteUrl: string | undefined): string[] {
  const lines: string[] = [];
  const record = (level: string) => (message: string) => lines.push(`${level}: ${message}`);
  const logger = { info: record('info'), warn: record('warn'), error: record('error'), debug: record('debug') } as unknown as AstroIntegrationLogger;
  const start = siteOrigin(siteUrl).hooks['astro:build:start'] as (options: { logger: AstroIntegrationLogger }) => void;
  start({ logger });
  return lines;
}

describe('siteOrigin', () => {
  it('says, at info level, which origin a build without SITE_URL assumes, and that it is a placeholder', () => {
    const lines = startLog(undefined);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^info: SITE_URL is not set: .* name https:\/\/example\.org, a placeholder/);
  });

  it('says nothing when SITE_URL names the origin', () => {
    expect(startLog('https://example.github.io')).toEqual([]);
  });
});
