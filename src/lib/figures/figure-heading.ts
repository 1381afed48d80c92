/** How a figure is named in a page title, a link or an iframe's title: its label (图1-3, 时间线) and title; a diagram by its title alone. */
export const figureHeading = ({ label, title }: { label: string | undefined; title: string }): string => (label ? `${label} ${title}` : title);
