import type { AstroIntegration } from 'astro';

/**
 * The origin a build assumes without SITE_URL: RFC 2606's reserved example.org, which no reader can
 * mistake for the report's address, rather than localhost, which a printed citation would send them to.
 */
export const ASSUMED_SITE = 'https://example.org';

/** Says, as the build starts, which origin citations, canonical links and the sitemap name when SITE_URL is not set. */
export function siteOrigin(siteUrl: string | undefined): AstroIntegration {
  return {
    name: 'site-origin',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (siteUrl === undefined) {
          logger.info(`SITE_URL is not set: citations, canonical links and the sitemap name ${ASSUMED_SITE}, a placeholder; set SITE_URL to the origin the site is served from`);
        }
      },
    },
  };
}
