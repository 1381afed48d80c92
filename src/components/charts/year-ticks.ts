/**
 * Tick labels for a year axis: "2014年" prints as "2014"; on a narrow chart
 * every other year is left blank so that eleven years fit on a phone.
 */
export function yearTicks(categories: string[], width: number): (label: string) => string {
  const every = width < 480 && categories.length > 8 ? 2 : 1;
  return (label) => {
    const i = categories.indexOf(label);
    return i % every === 0 ? label.replace(/年$/, '') : '';
  };
}
