export declare const QUIET_CHROMIUM_ARGS: readonly string[];
export declare function loadExtensionArgs(dir: string): string[];
