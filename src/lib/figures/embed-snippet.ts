/**
 * What another site pastes to show one of our figures: an iframe of its embed page, and a listener that
 * sets the iframe's height to the height the embed page posts (src/pages/embed/[anchor].astro), so the
 * frame follows its content without scrollbars.
 */

/** The type of the message an embed page posts to its host with its content height; it names this site. */
export const EMBED_HEIGHT_MESSAGE = 'ai-industry-report-2025:embed-height';

/** The frame's height (px) until its page reports its own: about a chart's at a phone's width. */
const EMBED_INITIAL_HEIGHT = 500;

const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The snippet for an embed page at `src` (an absolute URL), its iframe named by `title` (what the figure
 * is, for screen readers). The listener takes only messages from the embed page's origin and from its own
 * iframe (the element just before the script), and only a numeric height.
 */
export function embedSnippet({ src, title }: { src: string; title: string }): string {
  const origin = new URL(src).origin;
  const listener =
    `(()=>{const f=document.currentScript.previousElementSibling;addEventListener("message",e=>{` +
    `if(e.origin===${JSON.stringify(origin)}&&e.source===f.contentWindow&&e.data&&e.data.type===${JSON.stringify(EMBED_HEIGHT_MESSAGE)}&&typeof e.data.height==="number")` +
    `f.height=String(Math.ceil(e.data.height))})})()`;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" height="${EMBED_INITIAL_HEIGHT}" loading="lazy" style="width:100%;border:0"></iframe>\n` +
    `<script>${listener}</script>`
  );
}
