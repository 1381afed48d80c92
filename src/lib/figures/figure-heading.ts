/**
 * How a figure is named in a page title, a link, a citation or an iframe's title: its label and title, a
 * diagram by its title alone. A number is set off by a space (图1-3 2024年…); a word by a full-width colon
 * (时间线：中国人工智能…), as a space between two Chinese words reads as a gap in the text.
 */
export const figureHeading = ({ label, title }: { label: string | undefined; title: string }): string =>
  label ? `${label}${/\d$/.test(label) ? ' ' : '：'}${title}` : title;

/**
 * A link's accessible name in a list of figures, where its visible text is only the format ("SVG 矢量图",
 * "BibTeX"): the format, then the figure it belongs to, so a screen reader's list of links tells them apart.
 */
export const listedLinkLabel = (name: string, figure: { label: string | undefined; title: string }): string => `${name}（${figureHeading(figure)}）`;
