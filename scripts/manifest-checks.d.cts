export interface XmlElement {
  name: string;
  localName: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

export interface SemanticCheckOptions {
  baseUrl?: string;
  namespace?: string;
  allowHttpLoopback?: boolean;
}

export interface SemanticCheckResult {
  problems: string[];
  baseUrl: string | null;
  urls: string[];
}

export declare function parseXml(xml: string): XmlElement;
export declare function checkManifestSemantics(xml: string, options?: SemanticCheckOptions): SemanticCheckResult;
export declare function findManifestXsdDir(env?: Record<string, string | undefined>): string | null;
export declare function validateManifestSchema(xml: string, xsdDir: string): Promise<{ valid: boolean; errors: string[] }>;
