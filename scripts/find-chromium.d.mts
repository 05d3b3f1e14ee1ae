export declare const DEBIAN_CHROMIUM: string;
export declare function findChromium(): { executablePath: string | undefined; source: string } | null;
