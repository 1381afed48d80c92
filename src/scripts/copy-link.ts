/**
 * "复制链接" and "复制代码" buttons: copy a figure's or a section's link (data-copy), or the text of the field
 * a button names (data-copy-from: 嵌入's snippet, which as an attribute would put a <script> tag in the page's
 * HTML). The buttons are hidden in the HTML and shown only here, so readers without JavaScript never see a
 * control that cannot work (the link and the snippet are there to select).
 */
export function enableCopyLinks(): void {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-link:is([data-copy], [data-copy-from])')) {
    if (!button.hidden) continue;
    button.hidden = false;
    const label = button.textContent;
    const { copy, copyFrom } = button.dataset;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(copy ?? document.getElementById(copyFrom!)!.textContent!);
      button.textContent = '已复制';
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}
