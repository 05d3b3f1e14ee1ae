export interface BudgetChunk {
  fileName: string;
  code: string;
  imports: readonly string[];
}
export interface MeasuredChunk {
  fileName: string;
  bytes: number;
  gzipBytes: number;
  initial: boolean;
}
export interface MeasuredBundle {
  initialGzipBytes: number;
  chunks: MeasuredChunk[];
}
export declare const INITIAL_JS_BUDGET_BYTES: number;
export declare function gzipSize(code: string): number;
export declare function measureBundle(chunks: readonly BudgetChunk[], entryName: string): MeasuredBundle;
export declare function budgetProblem(measured: MeasuredBundle, budget?: number): string | null;
