// Types of bin/server-build.mjs (plain JavaScript, so that `tessera start` checks its build without tsx).
export declare const checkout: string;
export declare const manifestName: string;
export declare const entryName: string;
export declare function buildDir(): string;
export interface BuildState {
  project: string;
  files: string[];
  digest: string;
  fresh: boolean;
}
export declare function buildState(dir?: string, project?: string): BuildState;
export declare function buildServer(dir?: string, state?: BuildState): Promise<string>;
export declare function ensureServerBuild(log?: (message: string) => void): Promise<string>;
