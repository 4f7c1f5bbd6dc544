export interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  cpu?: string[];
  os?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
  [field: string]: unknown;
}
export interface LockFile {
  packages: Record<string, LockEntry>;
  [field: string]: unknown;
}
export interface MissingPackage {
  from: string;
  name: string;
  spec: string;
}
export function missingOptionalPackages(lock: LockFile): MissingPackage[];
export function addMissing(lock: LockFile): string[];
export function platformOf(name: string): { cpu: string[]; libc?: string[]; os: string[] } | null;
