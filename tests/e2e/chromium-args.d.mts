export declare const PLAYWRIGHT_DISABLED_FEATURES: readonly string[];
export declare const UNUSED_UI_FEATURES: readonly string[];
export declare const QUIET_CHROMIUM_ARGS: readonly string[];
export declare function loadExtensionArgs(dir: string): string[];
