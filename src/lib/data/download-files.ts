/**
 * The files each dataset is served as, named relative to the site's /data/ folder: the routes, the
 * Data Package, the zip and every download link take their names from here.
 */
export function downloadFiles(id: string) {
  return {
    /** CSV with a UTF-8 BOM, which Excel needs to read the Chinese: the file readers are offered. */
    csv: `${id}.csv`,
    /**
     * The same CSV without the BOM: the Data Package's resource. The Frictionless JavaScript client
     * (npm datapackage) reads a BOM as part of the first column's name and then rejects every header.
     */
    packageCsv: `package/${id}.csv`,
    /** The dataset as JSON, with its id, units and notes. */
    json: `${id}.json`,
  };
}
