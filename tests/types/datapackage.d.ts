// The part of the Frictionless Data client (npm datapackage, which ships no types) that the tests use.
declare module 'datapackage' {
  interface Field {
    name: string;
  }
  interface Resource {
    name: string;
    schema: { fields: Field[] };
    read(options: { keyed: true; cast: true }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resourceNames: string[];
    resources: Resource[];
  }
}
