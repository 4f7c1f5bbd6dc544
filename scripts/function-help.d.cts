/** Types for function-help.cjs, for the tests that render the help page. */
export interface HelpFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters?: { name: string; description?: string; optional?: boolean }[];
}

export function renderHelpPage(metadata: { functions: HelpFunction[] }, namespace: string): string;
export function helpAnchor(fn: HelpFunction, namespace: string): string;
export class FunctionHelpPlugin {
  constructor(options: { metadataFile: string; helpFile: string; baseUrl: string; namespace: string });
  apply(compiler: unknown): void;
}
