/**
 * `compute` run once a build and its result kept, but run afresh on every call in `astro dev`, where
 * the content files it reads change while the server runs.
 */
export function onceABuild<A extends unknown[], T>(compute: (...args: A) => T, key: (...args: A) => string = () => ''): (...args: A) => T {
  const results = new Map<string, T>();
  return (...args) => {
    if (process.env.NODE_ENV === 'development') return compute(...args);
    const k = key(...args);
    if (!results.has(k)) results.set(k, compute(...args));
    return results.get(k)!;
  };
}
