// The part of citation-js (npm @citation-js/core and its plugins, which ship no types) that the tests use.
declare module '@citation-js/core' {
  interface CslName {
    family?: string;
    literal?: string;
  }
  interface CslItem {
    type: string;
    title?: string;
    publisher?: string;
    author?: CslName[];
    issued?: { 'date-parts': number[][] };
    URL?: string;
    page?: string;
  }
  export class Cite {
    static async(input: string): Promise<Cite>;
    data: CslItem[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
