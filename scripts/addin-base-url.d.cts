export declare const DEFAULT_BASE_URL: string;
export declare function readBaseUrl(env?: Record<string, string | undefined>): string;
export declare function rebase(text: string, baseUrl: string): string;
