/**
 * The column widths, in CSS px, each chart is drawn for at build time: the narrowest phone column
 * (a 320 px screen's) and the narrowest column that shows the wide drawing (components/charts/ChartFrame's
 * container query). A drawing is never shown narrower than it was drawn, so its 12 px text
 * (CHART_FONT_SIZE) is never set smaller on screen.
 */
export const CHART_WIDTHS = { narrow: 288, wide: 600 } as const;
