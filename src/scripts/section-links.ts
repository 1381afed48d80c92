import { enableCopyLinks } from './copy-link.ts';

/**
 * A "复制本节链接" button beside each section heading, after Starlight's anchor link
 * (the permalink that works without JavaScript), copying the section's full URL.
 */
export function enableSectionLinks(): void {
  for (const heading of document.querySelectorAll<HTMLHeadingElement>('.sl-markdown-content .sl-heading-wrapper > h2[id]')) {
    const wrapper = heading.parentElement!;
    if (wrapper.querySelector('.copy-link')) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.hidden = true;
    button.textContent = '复制本节链接';
    button.dataset.copy = new URL(`#${heading.id}`, location.href).href;
    wrapper.append(button);
  }
  enableCopyLinks();
}
