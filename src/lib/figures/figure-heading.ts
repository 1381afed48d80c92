/**
 * How a figure is named in a page title, a link, a citation or an iframe's title: its label and title, a
 * diagram by its title alone. A number is set off by a space (图1-3 2024年…); a word by a full-width colon
 * (时间线：中国人工智能…), as a space between two Chinese words reads as a gap in the text.
 */
export const figureHeading = ({ label, title }: { label: string | undefined; title: string }): string =>
  label ? `${label}${/\d$/.test(label) ? ' ' : '：'}${title}` : title;
